"""Who said what, quoted or reported: attribution detection and speakers on Wikinews gold.

Question: of everything an article attributes to someone (direct quotes,
indirect "X said the plan would fail", mixed), how much do we find, and is
the speaker right?

Gold: ``benchmarks/data/wikinews_attributions.jsonl``, 34 Wikinews articles
annotated by reading (``benchmarks/data/attribution_guidelines.md``); the
texts are rebuilt from the SemEval-2015 Task 4 TimeML files under
``../shared/data/wikinews-timeline`` with ``scripts/make_demo_data.convert``.
Dev articles are where rules were chosen; held-out articles are reported, not
inspected.

Matching: a system attribution matches a gold one when their content ranges
overlap by at least half of the shorter (one-to-one, best overlap first).
Detection P/R/F1 counts every system attribution except ``scare`` quotes.
Speaker: for a gold name, right when the system's speaker entity's name or
an alias contains one of the gold ``speaker_keys``; for a gold description
(the article names nobody), right when the system gives no entity and its
speaker phrase contains the key.  "end-to-end" is the share of gold
attributions (with a named source) found with the right speaker: the issue's
targets are >= 0.90 on quoted speech (direct + mixed) and >= 0.75 over all.
"false quotes" counts gold ``not`` marks (scare quotes, names) that a system
reports as attributions.

Peer: textacy's ``direct_quotations`` on the same parse (direct quotes only),
when importable (see ``quotes_ecb.textacy_peer``).

Usage:
    python benchmarks/quotes_wikinews.py [--split dev|heldout|both] [--errors] [--no-append]

``--errors`` prints our dev-half misses (never the held-out half's).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from spacy.tokens import Doc  # noqa: E402

from quotes_ecb import fold, match, textacy_peer  # noqa: E402
from report import append_results, markdown_table  # noqa: E402
from storyline.nlp import load_model  # noqa: E402
from storyline.nlp.entities import find_entities  # noqa: E402
from storyline.nlp.quotes import find_quotes  # noqa: E402
from storyline.records import Chain, Mention  # noqa: E402
from storyline.settings import Settings  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "scripts"))
from make_demo_data import convert  # noqa: E402

KINDS = ("direct", "mixed", "indirect")


@dataclass
class Found:
    """One system attribution: content range, speaker chain, speaker phrase, kind."""

    start: int
    end: int
    chain: int | None
    text: str | None
    kind: str


System = Callable[[Doc, list[Mention], list[Chain]], list[Found]]


def ours(doc: Doc, mentions: list[Mention], chains: list[Chain]) -> list[Found]:
    return [Found(q.start, q.end, q.speaker_chain, q.speaker_text, q.kind) for q in find_quotes(doc, mentions, chains)]


def peer() -> System | None:
    run = textacy_peer()
    if run is None:
        return None

    def wrapped(doc: Doc, mentions: list[Mention], chains: list[Chain]) -> list[Found]:
        return [Found(s, e, c, None, "direct") for s, e, c in run(doc, mentions, chains)]

    return wrapped


def speaker_right(gold: dict, found: Found, chains: list[Chain]) -> bool:
    keys = [fold(k) for k in gold["speaker_keys"]]
    if gold["speaker_type"] == "description":
        return found.chain is None and found.text is not None and any(k in fold(found.text) for k in keys)
    if found.chain is None:
        return False
    ch = chains[found.chain]
    names = {fold(ch.name)} | {fold(a) for a in ch.aliases}
    return any(k in n for k in keys for n in names)


def load_gold(path: Path) -> tuple[dict, list[dict]]:
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines[0], lines[1:]


@dataclass
class Tally:
    gold: int = 0
    sys: int = 0
    match: int = 0
    false_quotes: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.match / self.sys if self.sys else 0.0
        r = self.match / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def evaluate(system: System, arts: list[dict], gold: list[dict], parsed: dict, show_errors: bool,
             ) -> tuple[Tally, dict[str, list[int]]]:
    """Detection tally and, per kind, [gold, found, speaker right, named gold, named found right]."""
    tally = Tally()
    by_kind: dict[str, list[int]] = {k: [0, 0, 0, 0, 0] for k in KINDS}
    for art in arts:
        doc, mentions, chains, text = parsed[art["id"]]
        found = [f for f in system(doc, mentions, chains) if f.kind != "scare"]
        golds = [g for g in gold if g["article"] == art["id"] and g["kind"] != "not"]
        nots = [g for g in gold if g["article"] == art["id"] and g["kind"] == "not"]
        m = match([(g["content_start"], g["content_end"]) for g in golds], [(f.start, f.end) for f in found])
        tally.gold += len(golds)
        tally.sys += len(found)
        tally.match += len(m)
        tally.false_quotes += len(match([(g["content_start"], g["content_end"]) for g in nots],
                                        [(f.start, f.end) for f in found]))
        for gi, g in enumerate(golds):
            row = by_kind[g["kind"]]
            named = g["speaker_type"] == "name"
            row[0] += 1
            row[3] += named
            ok = gi in m and speaker_right(g, found[m[gi]], chains)
            if gi in m:
                row[1] += 1
                row[2] += ok
                row[4] += ok and named
            if show_errors and not ok:
                got = found[m[gi]] if gi in m else None
                who = (chains[got.chain].name if got and got.chain is not None else got.text if got else "-")
                print(f"  {art['id']} {g['kind']:8} gold {g['speaker']!r} ours {who!r}"
                      f" {'(missed)' if got is None else ''} :: {g['content'][:70]}")
        if show_errors:
            hit = set(m.values())
            for si, f in enumerate(found):
                if si not in hit:
                    print(f"  {art['id']} extra {f.kind:8} {text[f.start:f.end][:80]!r}")
    return tally, by_kind


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=HERE / "data" / "wikinews_attributions.jsonl")
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "wikinews-timeline")
    ap.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    ap.add_argument("--errors", action="store_true", help="print dev-half errors (never held-out ones)")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to RESULTS.md")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"quotes_wikinews: {args.data} not found; it needs ../shared/data/wikinews-timeline", file=sys.stderr)
        return 2
    about, gold = load_gold(args.gold)
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    arts = [a for a in about["articles"] if a["split"] in splits]
    nlp = load_model(Settings().model)
    texts = [convert(args.data / a["file"])["text"] for a in arts]
    parsed = {}
    for a, text, doc in zip(arts, texts, nlp.pipe(texts), strict=True):
        parsed[a["id"]] = (doc, *find_entities(doc), text)
    systems: dict[str, System] = {"storyline": ours}
    textacy = peer()
    if textacy is not None:
        systems["textacy 0.13 direct_quotations (peer)"] = textacy
    rows: list[list[object]] = []
    for name, system in systems.items():
        for split in splits:
            sub = [a for a in arts if a["split"] == split]
            tally, kinds = evaluate(system, sub, gold, parsed, args.errors and split == "dev" and system is ours)
            p, r, f1 = tally.prf()
            quoted = [sum(kinds[k][i] for k in ("direct", "mixed")) for i in range(5)]
            every = [sum(kinds[k][i] for k in KINDS) for i in range(5)]
            cells: list[object] = [f"{name}: {split}", tally.gold, tally.sys, p, r, f1, tally.false_quotes]
            for k in KINDS:
                n, fnd, ok = kinds[k][:3]
                cells.append(f"{fnd}/{n} found, {ok / fnd if fnd else 0:.2f} spk")
            cells.append(quoted[4] / quoted[3] if quoted[3] else 0.0)
            cells.append(every[4] / every[3] if every[3] else 0.0)
            rows.append(cells)
    header = ["system: split", "gold", "system", "P", "R", "F1", "false quotes", "direct", "mixed", "indirect",
              "end-to-end quoted (named)", "end-to-end all (named)"]
    body = markdown_table(header, rows)
    if textacy is not None:
        body += ("\n\nPeer: textacy 0.13.0 installed outside the project (`pip install --target DIR --no-deps "
                 "textacy==0.13.0 cytoolz toolz cachetools jellyfish pyphen floret`, `PYTHONPATH=DIR`); it finds "
                 "direct quotes only and refuses a text whose quote marks do not balance.")
    print(body)
    if not args.no_append:
        append_results(f"Attributions (direct, mixed, indirect) and speakers: Wikinews gold, {'+'.join(splits)}", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
