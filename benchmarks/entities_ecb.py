"""How well do we find named entities and tell them apart across articles?  Measured on ECB+.

ECB+ (Cybulska & Vossen 2014) marks person, organisation and location mentions
in each article (``HUMAN_PART_PER``, ``HUMAN_PART_ORG``, ``HUMAN_PART_GPE``,
``LOC_GEO``, ``LOC_FAC``, ``LOC_OTHER``) and links them across articles of a
topic with ``CROSS_DOC_COREF`` instance ids.  This rebuilds each article's
text from its tokens (keeping every token's offsets), runs the real model and
our entity stage, stores every chain in a real SQLite store (so the store's
key-based resolution assigns entity ids), and reports:

(a) mention detection on the gold mentions that are proper names (every
    content word capitalized; a sentence-initial one-word mention only when the
    tagger calls it a proper noun): precision, recall and F1, exact span and
    overlap (one-to-one).  ECB+ marks entities only around the events it
    annotates, so many true names are unmarked: precision is also given
    counting only system mentions in sentences that carry any gold markable;
(b) cross-document B-cubed of our store entity ids against gold instance ids,
    on the mentions matched in (a) by overlap.  The store resolves across the
    whole corpus, but ECB+ links mentions only within a topic (Barack Obama in
    two topics has two gold ids), so system ids are scored within each topic.
    Many gold mentions carry no coreference link at all (often plainly the
    same person as a linked one: "LaRue" beside "Fred LaRue"); B-cubed is given
    on the linked ones, and also with each unlinked one as its own entity.

Peer, side by side: bare spaCy ``doc.ents`` (PERSON/ORG/GPE/LOC/FAC/NORP, the
span as tagged) with one entity per lower-cased text, which is what the
placeholder stage did.  Timing: our entity stage against bare ``nlp.pipe``.

Usage:
    python benchmarks/entities_ecb.py [--root ../shared/data/ecbplus] [--topics 1-45] [--per-topic 0] [--no-append]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from report import append_results, markdown_table
from storyline.nlp import load_model
from storyline.nlp.entities import find_entities
from storyline.records import Annotation, Article, Mention
from storyline.settings import Settings
from storyline.store import SqliteStore

GOLD_TYPES = {"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "LOC", "LOC_GEO": "LOC",
              "LOC_FAC": "LOC", "LOC_OTHER": "LOC"}
OUR_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
BARE_TYPES = OUR_TYPES | {"NORP"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'", "''", "'re", "'ve", "'ll", "'d"}
_FUNCTION = {"the", "a", "an", "of", "and", "'s", "'", "for", "de", "la", "von", "van", "-", "&"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "him", "them", "us"}


@dataclass
class GoldDoc:
    name: str
    text: str
    sentences: dict[int, tuple[int, int]]  # sentence number -> char bounds
    mentions: list[tuple[int, int, str, str, int]] = field(default_factory=list)  # start, end, type, instance, sent
    marked_sentences: set[int] = field(default_factory=set)


def read_doc(path: Path) -> GoldDoc:
    """Text from tokens (space-joined, no space before closing marks), gold entity mentions with char offsets."""
    root = ET.parse(path).getroot()
    pos: dict[str, tuple[int, int, int]] = {}
    parts: list[str] = []
    sent_bounds: dict[int, list[int]] = {}
    length, last_sent = 0, None
    for tok in root.iter("token"):
        word, sent = tok.text or "", int(tok.get("sentence", "0"))
        sep = "" if not parts else "\n" if sent != last_sent else "" if word in _NO_SPACE_BEFORE else " "
        parts.append(sep + word)
        length += len(sep)
        pos[tok.get("t_id", "")] = (length, length + len(word), sent)
        sent_bounds.setdefault(sent, [length, length])[1] = length + len(word)
        length += len(word)
        last_sent = sent
    doc = GoldDoc(path.name, "".join(parts), {k: (v[0], v[1]) for k, v in sent_bounds.items()})
    instance: dict[str, str] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        if m.get("instance_id"):
            instance[m.get("m_id", "")] = m.get("instance_id", "")
    gold_of: dict[str, str] = {}
    for rel in root.iter("CROSS_DOC_COREF"):
        target = rel.find("target")
        inst = instance.get(target.get("m_id", "") if target is not None else "", rel.get("note", ""))
        for src in rel.iter("source"):
            gold_of[src.get("m_id", "")] = inst
    for m in markables if markables is not None else []:
        anchors = [pos[a.get("t_id", "")] for a in m.iter("token_anchor") if a.get("t_id", "") in pos]
        if not anchors:
            continue
        doc.marked_sentences.add(anchors[0][2])
        if m.tag in GOLD_TYPES:
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            inst = gold_of.get(m.get("m_id", ""), f"{path.name}#{m.get('m_id')}")
            doc.mentions.append((start, end, GOLD_TYPES[m.tag], inst, anchors[0][2]))
    return doc


def is_proper(text: str, sentence_initial: bool, tagged_proper: bool) -> bool:
    words = [w for w in re.findall(r"[\w'&-]+", text) if w.lower() not in _FUNCTION]
    if not words or any(not w[0].isupper() for w in words) or text.lower() in _PRONOUNS:
        return False
    return not (sentence_initial and len(words) == 1 and not tagged_proper)


def match(gold: list[tuple[int, int]], system: list[tuple[int, int]], exact: bool) -> dict[int, int]:
    """One-to-one gold index -> system index, exact spans or largest overlap first."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for si, (ss, se) in enumerate(system):
            overlap = min(ge, se) - max(gs, ss)
            if (exact and (gs, ge) == (ss, se)) or (not exact and overlap > 0):
                pairs.append((-overlap, gi, si))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, si in sorted(pairs):
        if gi not in out and si not in used:
            out[gi] = si
            used.add(si)
    return out


def bcubed(gold: list[str], system: list[str]) -> tuple[float, float, float]:
    by_g: dict[str, set[int]] = defaultdict(set)
    by_s: dict[str, set[int]] = defaultdict(set)
    for i, (g, s) in enumerate(zip(gold, system, strict=True)):
        by_g[g].add(i)
        by_s[s].add(i)
    n = len(gold) or 1
    p = sum(len(by_g[g] & by_s[s]) / len(by_s[s]) for g, s in zip(gold, system, strict=True)) / n
    r = sum(len(by_g[g] & by_s[s]) / len(by_g[g]) for g, s in zip(gold, system, strict=True)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p, r = tp / (n_sys or 1), tp / (n_gold or 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def topic(doc: GoldDoc) -> str:
    """ECB+ links mentions across the articles of one topic only, so B-cubed is scored within topics."""
    return doc.name.split("_", 1)[0]


def select(root: Path, topics: str, per_topic: int) -> list[Path]:
    lo, _, hi = topics.partition("-")
    wanted = range(int(lo), int(hi or lo) + 1)
    out = []
    for d in sorted((d for d in root.iterdir() if d.is_dir() and d.name.isdigit()), key=lambda d: int(d.name)):
        if int(d.name) in wanted:
            files = sorted(d.glob("*.xml"))
            out += files[:per_topic] if per_topic else files
    return out


def evaluate(name: str, docs: list[GoldDoc], system: list[list[tuple[Mention, str]]], parsed: list) -> list[object]:
    """One table row: mention P/R/F1 (exact, overlap, in marked sentences) and B-cubed on overlap matches."""
    tp_exact = tp_over = n_sys = n_sys_marked = tp_marked = n_gold = 0
    gold_ids: list[str] = []
    sys_ids: list[str] = []
    for gd, ments, pdoc in zip(docs, system, parsed, strict=True):
        gold = []
        for start, end, _, inst, sent in gd.mentions:
            span = pdoc.char_span(start, end, alignment_mode="expand")
            first = span is not None and span.start == span.sent.start
            proper = span is not None and any(t.pos_ == "PROPN" for t in span)
            if is_proper(gd.text[start:end], first, proper):
                gold.append((start, end, inst, sent))
        spans = [(m.start, m.end) for m, _ in ments]
        exact = match([(g[0], g[1]) for g in gold], spans, exact=True)
        over = match([(g[0], g[1]) for g in gold], spans, exact=False)
        marked = [i for i, (m, _) in enumerate(ments)
                  if any(a <= m.start < b for s, (a, b) in gd.sentences.items() if s in gd.marked_sentences)]
        n_gold += len(gold)
        n_sys += len(ments)
        n_sys_marked += len(marked)
        tp_exact += len(exact)
        tp_over += len(over)
        tp_marked += len(set(over.values()) & set(marked))
        for gi, si in over.items():
            gold_ids.append(gold[gi][2])
            sys_ids.append(ments[si][1])
    pe, re_, fe = prf(tp_exact, n_sys, n_gold)
    po, ro, fo = prf(tp_over, n_sys, n_gold)
    pm = tp_marked / (n_sys_marked or 1)
    linked = [i for i, g in enumerate(gold_ids) if "#" not in g]
    bp, br, bf = bcubed([gold_ids[i] for i in linked], [sys_ids[i] for i in linked])
    f_all = bcubed(gold_ids, sys_ids)[2]
    return [name, n_gold, n_sys, pe, re_, fe, po, ro, fo, pm, len(linked), bp, br, bf, f_all]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[2] / "shared/data/ecbplus"))
    ap.add_argument("--topics", default="1-45", help="topic range, e.g. 1-10")
    ap.add_argument("--per-topic", type=int, default=0, help="files per topic (0: all)")
    ap.add_argument("--no-append", action="store_true", help="print only; leave RESULTS.md alone")
    args = ap.parse_args()
    settings = Settings()
    nlp = load_model(settings.model)
    docs = [read_doc(p) for p in select(Path(args.root), args.topics, args.per_topic)]
    list(nlp.pipe(d.text for d in docs[:10]))  # warm up

    t0 = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=settings.batch_size))
    t_pipe = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = [find_entities(doc) for doc in parsed]
    t_ent = time.perf_counter() - t0

    ours: list[list[tuple[Mention, str]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "ecb.db")
        for gd, (mentions, chains) in zip(docs, found, strict=True):
            aid = store.add_article(Article(external_id=gd.name, title=gd.name, text=gd.text, content_hash=gd.name))
            store.save_annotation(Annotation(article_id=aid, mentions=mentions, chains=chains), version=1)
            ours.append([(m, f"{topic(gd)}:e{m.entity}") for m in mentions if m.type in OUR_TYPES])
        store.close()
    bare = [[(Mention(e.start_char, e.end_char, e.text, e.label_), f"{topic(gd)}:{e.text.lower()}") for e in doc.ents
             if e.label_ in BARE_TYPES] for gd, doc in zip(docs, parsed, strict=True)]

    header = ["system", "gold names", "system mentions", "P exact", "R exact", "F1 exact", "P overlap",
              "R overlap", "F1 overlap", "P overlap, marked sentences", "matched linked", "B3 P", "B3 R", "B3 F1",
              "B3 F1, unlinked gold as singletons"]
    rows = [evaluate("bare spaCy ents, entity = lower-cased text", docs, bare, parsed),
            evaluate("storyline entities + store resolution", docs, ours, parsed)]
    body = markdown_table(header, rows)
    words = sum(len(d.text.split()) for d in docs)
    body += (f"\n\n{len(docs)} ECB+ files (topics {args.topics}), {words} words. Entity stage {t_ent:.2f} s vs "
             f"bare nlp.pipe {t_pipe:.2f} s: ratio {t_ent / t_pipe:.3f}.")
    print(body)
    if not args.no_append:
        append_results("Entities on ECB+: mention detection and cross-document B-cubed", body)


if __name__ == "__main__":
    main()
