"""How well are quotes and their speakers found?  ECB+ gold we annotated, plus the seed rows.

Question: on real news nobody tuned for, what share of quotes do we find
(span precision/recall/F1) and how often is the speaker right?

Gold: ``benchmarks/data/ecbplus_quotes.jsonl`` - every quote in the first two
ECB+ files of each topic, annotated by reading the text ``ecb_text.py``
rebuilds from the tokens, before any system output existed.  Odd topics are
dev (rules were developed looking at them), even topics are held out.

Matching: a system quote matches a gold quote when their character ranges
overlap by at least half of the shorter one (one-to-one, greedy by overlap).
Speaker accuracy is over matched quotes: right when the gold says nobody is
named and we give no speaker, or when our speaker entity's name or an alias
contains the gold ``speaker_key`` (the surname, or an organisation's name).
"attributed" counts only gold quotes with a named speaker.

Seeds: each quote row of ``shared/acceptance/seeds.json`` checked the way
``check_seeds.py`` does, after ingesting the seed files through the API.

Peer: textacy's ``direct_quotations`` on the same parse and entity chains, when
textacy is importable (see :func:`textacy_peer`).

Usage:
    python benchmarks/quotes_ecb.py [--ecb DIR] [--gold FILE] [--no-append]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from spacy.tokens import Doc  # noqa: E402

from ecb_text import ecb_text  # noqa: E402
from report import append_results, markdown_table  # noqa: E402
from storyline.nlp import load_model  # noqa: E402
from storyline.nlp.entities import find_entities  # noqa: E402
from storyline.nlp.quotes import find_quotes  # noqa: E402
from storyline.records import Chain, Mention  # noqa: E402
from storyline.settings import Settings  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_FOLD)).strip().lower()


def locate(text: str, quote: str, after: int = 0) -> tuple[int, int]:
    """Character range of a gold quote in the text, at or after ``after`` when it occurs there
    (gold is in text order, so a short quote that recurs is found in the right place), with quote
    marks folded and any run of whitespace matching any other."""
    words = quote.translate(_FOLD).lower().split()
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    low = text.translate(_FOLD).lower()
    m = pattern.search(low, after) or pattern.search(low)
    return (m.start(), m.end()) if m else (-1, -1)


def locate_all(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for q in quotes:
        out.append(locate(text, q, out[-1][0] + 1 if out and out[-1][0] >= 0 else 0))
    return out


def match(gold: list[tuple[int, int]], system: list[tuple[int, int]]) -> dict[int, int]:
    """Gold index -> system index, one-to-one, overlap >= half of the shorter range, best overlap first."""
    cands = []
    for gi, (gs, ge) in enumerate(gold):
        for si, (ss, se) in enumerate(system):
            inter = min(ge, se) - max(gs, ss)
            shorter = min(ge - gs, se - ss)
            if gs >= 0 and inter > 0 and inter >= 0.5 * shorter:
                cands.append((inter / max(ge - gs, se - ss), gi, si))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, si in sorted(cands, reverse=True):
        if gi not in out and si not in used:
            out[gi] = si
            used.add(si)
    return out


def speaker_ok(gold: dict, names: set[str] | None) -> bool:
    if gold["speaker"] is None:
        return names is None
    return names is not None and any(fold(gold["speaker_key"]) in n for n in names)


System = Callable[[Doc, list[Mention], list[Chain]], list[tuple[int, int, int | None]]]


def ours(doc: Doc, mentions: list[Mention], chains: list[Chain]) -> list[tuple[int, int, int | None]]:
    """Our quoted attributions (direct, mixed, scare): the ECB+ gold has quote marks only, no indirect speech."""
    return [(q.start, q.end, q.speaker_chain) for q in find_quotes(doc, mentions, chains) if q.kind != "indirect"]


def textacy_peer() -> System | None:
    """textacy's direct_quotations (rule-based, on the same spaCy parse), when textacy is importable.

    It is no dependency of storyline; to run it: pip install --target DIR --no-deps textacy==0.13.0 cytoolz
    toolz cachetools jellyfish pyphen floret, then PYTHONPATH=DIR.  Its speaker tokens are mapped to our
    entity chains by mention overlap (it resolves no pronouns); it refuses a text whose quote marks do
    not balance, which counts as no quotes found.
    """
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None

    def run(doc: Doc, mentions: list[Mention], chains: list[Chain]) -> list[tuple[int, int, int | None]]:
        try:
            found = list(direct_quotations(doc))
        except ValueError:
            return []
        out = []
        for q in found:
            spk = [m.chain for m in mentions for t in q.speaker if m.start <= t.idx < m.end]
            out.append((q.content.start_char, q.content.end_char, spk[0] if spk else None))
        return out

    return run


def run_ecb(root: Path, gold_file: Path, systems: dict[str, System]) -> tuple[list[list[object]], float, float, int]:
    lines = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    files = lines[0]["files"]
    gold = [g for g in lines if "quote" in g]
    nlp = load_model(Settings().model)
    texts = [ecb_text(root / f) for f in files]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    t_pipe = time.perf_counter() - t0
    t_quotes = 0.0
    ents = [find_entities(doc) for doc in docs]
    rows: list[list[object]] = []
    for name, system in systems.items():
        stats = {k: {"gold": 0, "sys": 0, "match": 0, "spk": 0, "named": 0, "named_ok": 0, "named_match": 0}
                 for k in ("dev", "heldout")}
        kinds: dict[str, list[int]] = {}
        for f, text, doc, (mentions, chains) in zip(files, texts, docs, ents, strict=True):
            split = "dev" if int(f.split("/")[0]) % 2 else "heldout"
            t1 = time.perf_counter()
            quotes = system(doc, mentions, chains)
            if system is ours:
                t_quotes += time.perf_counter() - t1
            golds = [g for g in gold if g["file"] == f]
            m = match(locate_all(text, [g["quote"] for g in golds]), [(q[0], q[1]) for q in quotes])
            st = stats[split]
            st["gold"] += len(golds)
            st["sys"] += len(quotes)
            st["match"] += len(m)
            for gi, g in enumerate(golds):
                kinds.setdefault(g["kind"], [0, 0])[0] += 1
                named = g["speaker"] is not None
                st["named"] += named
                if gi not in m:
                    continue
                kinds[g["kind"]][1] += 1
                chain = quotes[m[gi]][2]
                names = None
                if chain is not None:
                    names = {fold(chains[chain].name)} | {fold(a) for a in chains[chain].aliases}
                ok = speaker_ok(g, names)
                st["spk"] += ok
                st["named_match"] += named
                st["named_ok"] += ok and named
        for split, st in stats.items():
            p = st["match"] / st["sys"] if st["sys"] else 0.0
            r = st["match"] / st["gold"] if st["gold"] else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            rows.append([f"{name}: ECB+ {split}", st["gold"], st["sys"], p, r, f1,
                         st["spk"] / st["match"] if st["match"] else 0.0,
                         st["named_ok"] / st["named_match"] if st["named_match"] else 0.0,
                         st["named_ok"] / st["named"] if st["named"] else 0.0])
        for kind, (n, found) in sorted(kinds.items()):
            rows.append([f"{name}:   recall, {kind} quotes (both splits)", n, "", "", found / n if n else 0.0,
                         "", "", "", ""])
    return rows, t_pipe, t_quotes, len(files)


def run_seeds() -> list[list[object]]:
    import storyline
    from storyline.export import export_data

    spec = json.loads((SHARED / "acceptance" / "seeds.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, storyline.open(Path(tmp) / "seeds.db") as sl:
        for art in spec["articles"]:
            sl.ingest([str(SHARED / art["file"])], published=art["published"], link=False)
        data = export_data(sl.store)
    entities = {e["id"]: e for e in data["entities"]}
    rows: list[list[object]] = []
    for art in spec["articles"]:
        exp = next(a for a in data["articles"] if fold(a["title"]) == fold(art["title"]))
        found = spoken = 0
        for q in art["quotes"]:
            hits = [x for x in exp["quotes"] if fold(q["contains"]) in fold(x["text"])]
            want = {fold(q["speaker"])} if "speaker" in q else {fold(s) for s in q["speaker_any"]}
            found += bool(hits)
            for x in hits:
                ent = entities.get(x["speaker"]) or {}
                names = {fold(ent.get("name", ""))} | {fold(a) for a in ent.get("aliases", [])}
                if names & want:
                    spoken += 1
                    break
        n = len(art["quotes"])
        rows.append([f"storyline: seed {art['key']}", n, len(exp["quotes"]), "", found / n, "", "",
                     spoken / n, spoken / n])
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ecb", type=Path, default=SHARED / "data" / "ecbplus")
    ap.add_argument("--gold", type=Path, default=HERE / "data" / "ecbplus_quotes.jsonl")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to RESULTS.md")
    args = ap.parse_args()
    systems: dict[str, System] = {"storyline": ours}
    peer = textacy_peer()
    if peer is not None:
        systems["textacy 0.13 (peer)"] = peer
    rows, t_pipe, t_quotes, n_files = run_ecb(args.ecb, args.gold, systems)
    rows += run_seeds()
    header = ["set", "gold quotes", "system quotes", "span P", "span R", "span F1", "speaker acc (matched)",
              "speaker acc (matched, named)", "speaker recall (named)"]
    table = markdown_table(header, rows)
    timing = (f"find_quotes took {t_quotes:.2f} s against {t_pipe:.2f} s of nlp.pipe on the same "
              f"{n_files} texts: {100 * t_quotes / t_pipe:.1f}% of parsing time.")
    body = f"{table}\n\n{timing}"
    if peer is not None:
        body += ("\n\nPeer rows: textacy 0.13.0 installed outside the project (`pip install --target DIR --no-deps "
                 "textacy==0.13.0 cytoolz toolz cachetools jellyfish pyphen floret`, run with `PYTHONPATH=DIR`); "
                 "it gives up on a text whose quote marks do not balance.")
    print(body)
    if not args.no_append:
        append_results("Quotes and speakers: ECB+ gold (dev = odd topics, held-out = even) and seed rows", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
