"""How often is a quote's speaker right on news nobody annotated?  A seeded sample, judged by reading.

Question: our gold sets (ECB+, Wikinews) are small and tuned on, so the speaker
accuracy on them overstates what a reader meets on fresh news.  This script draws
a seeded random sample of quoted stretches (every pair of quote marks that
:func:`~storyline.nlp.quotes.find_spans` finds, whether or not storyline gives it
a speaker, so the sample does not depend on the attribution code) from the 2,452
newswire articles of ``../shared/data/newswire-1997-1998.jsonl``, leaving out
the articles already read while tuning (those in ``data/quotes_speaker_diffs.tsv``,
in earlier samples ``data/quotes_sample_*.tsv`` and named in tests), and prints
each with its sentence context and
storyline's attribution: the kind, the speaker phrase and the entity.

A reader then judges each row (the TSV's ``verdict`` column):

- ``right``: quoted speech and the speaker is the one the article means (or the
  article names nobody and storyline gives nobody);
- ``wrong``: quoted speech given to the wrong speaker;
- ``none``: quoted speech whose speaker the article gives, but storyline gives none;
- ``notquote``: not quoted speech (a title, a term, a nickname); ``notquote-spk``
  when storyline nevertheless gives it a speaker.

End-to-end accuracy on quoted speech is right / (right + wrong + none).

Usage:
    python benchmarks/quotes_sample.py --seed 1 --n 100 --out FILE.tsv   # draw, print, write a TSV to judge
    python benchmarks/quotes_sample.py --judged FILE.tsv [--append]     # re-run, tally, flag changed rows
    python benchmarks/quotes_sample.py --judged FILE.tsv --update       # write the new outputs, to re-judge

With ``--judged`` the rows are re-attributed by the current code; a row whose
output (kind / speaker phrase / entity) differs from the one judged is flagged
``CHANGED`` and left out of the tally until it is judged again.  ``--update``
writes the current outputs into the file, the changed rows' verdicts emptied
(their old output and verdict kept in the note) for the reader to fill in.
An output of ``-`` means storyline no longer reports the stretch at all.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data"
NEWSWIRE = SHARED / "newswire-1997-1998.jsonl"
sys.path.insert(0, str(HERE))

COLUMNS = ["article", "start", "end", "sentence", "output", "verdict", "note"]
QUOTED = ("right", "wrong", "none")


@dataclass
class Row:
    """One sampled quote: where it is, what storyline said about it, and the reader's verdict."""

    article: str
    start: int
    end: int
    sentence: int = -1
    output: str = ""
    verdict: str = ""
    note: str = ""


def seen_articles() -> set[str]:
    """Articles read while tuning the quote code: the judged speaker diffs, earlier samples, any named in tests."""
    seen: set[str] = set()
    for judged in [HERE / "data" / "quotes_speaker_diffs.tsv", *sorted((HERE / "data").glob("quotes_sample_*.tsv"))]:
        if judged.is_file():
            seen |= {ln.split("\t")[0] for ln in judged.read_text(encoding="utf-8").splitlines()
                     if ln and ln[0] != "#"}
    for path in (ROOT / "tests").rglob("*.py"):
        body = path.read_text(encoding="utf-8")
        seen |= set(_ids(body))
    return seen


def _ids(body: str) -> list[str]:
    import re

    return re.findall(r"(?:AFP|XIN)_ENG_\d{8}\.\d{4}", body)


def articles() -> dict[str, str]:
    return {rec["id"]: rec["text"] for rec in map(json.loads, NEWSWIRE.open(encoding="utf-8"))}


def draw(texts: dict[str, str], seed: int, n: int) -> list[Row]:
    """``n`` quoted stretches drawn uniformly from all of them in the unseen articles, in a seeded order."""
    from storyline.nlp.quotes import find_spans

    seen = seen_articles()
    pool = [(aid, s.start, s.end) for aid, text in sorted(texts.items()) if aid not in seen
            for s in find_spans(text) if s.end > s.start]
    picked = random.Random(seed).sample(pool, n)
    return [Row(a, s, e) for a, s, e in sorted(picked)]


def attribute(texts: dict[str, str], rows: list[Row]) -> list[tuple[Row, str]]:
    """Fill each row's ``sentence`` and ``output`` with the current code; return (row, context) pairs."""
    from storyline.nlp import load_model
    from storyline.nlp.entities import find_entities
    from storyline.nlp.quotes import find_quotes
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    by_article: dict[str, list[Row]] = collections.defaultdict(list)
    for r in rows:
        by_article[r.article].append(r)
    ids = sorted(by_article)
    out: list[tuple[Row, str]] = []
    for aid, doc in zip(ids, nlp.pipe((texts[a] for a in ids), batch_size=16), strict=True):
        mentions, chains = find_entities(doc)
        quotes = find_quotes(doc, mentions, chains)
        sents = list(doc.sents)
        for r in by_article[aid]:
            covering = [q for q in quotes if q.start <= r.start and r.end <= q.end]
            q = min(covering, key=lambda q: q.end - q.start) if covering else None
            if q is None:
                r.sentence, desc = _sent_index(sents, r.start), "-"
            else:
                spk = chains[q.speaker_chain].name if q.speaker_chain is not None else None
                desc = f"{q.kind}|{q.speaker_text or ''}|{spk or ''}"
                r.sentence = _sent_index(sents, r.start)
            r.output = desc
            i = r.sentence
            lo, hi = sents[max(0, i - 1)].start_char, sents[min(len(sents) - 1, i + 1)].end_char
            out.append((r, doc.text[lo:hi]))
    return out


def _sent_index(sents: list, at: int) -> int:
    return next((i for i, s in enumerate(sents) if s.start_char <= at < s.end_char), len(sents) - 1)


def read_tsv(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("article\t"):
            continue
        c = (line.split("\t") + [""] * 7)[:7]
        rows.append(Row(c[0], int(c[1]), int(c[2]), int(c[3]), c[4], c[5], c[6]))
    return rows


def write_tsv(path: Path, rows: list[Row], header: str) -> None:
    lines = [f"# {header}", "\t".join(COLUMNS)]
    lines += ["\t".join([r.article, str(r.start), str(r.end), str(r.sentence), r.output, r.verdict, r.note])
              for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def tally(rows: list[Row]) -> dict[str, int]:
    return dict(collections.Counter(r.verdict or "not judged" for r in rows))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--out", type=Path, help="write the drawn sample here, to judge")
    ap.add_argument("--judged", type=Path, help="a judged TSV to re-run and tally")
    ap.add_argument("--append", action="store_true", help="append the tally to benchmarks/RESULTS.md")
    ap.add_argument("--update", action="store_true", help="with --judged: write the new outputs to re-judge")
    args = ap.parse_args()
    if not NEWSWIRE.is_file():
        print(f"quotes_sample: {NEWSWIRE} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    texts = articles()
    if args.judged:
        if not args.judged.is_file():
            print(f"quotes_sample: {args.judged} not found; draw one with --out first", file=sys.stderr)
            return 2
        rows = read_tsv(args.judged)
        before = {(r.article, r.start, r.end): r.output for r in rows}
    else:
        rows, before = draw(texts, args.seed, args.n), {}
    changed = 0
    for r, context in attribute(texts, rows):
        old = before.get((r.article, r.start, r.end))
        flag = ""
        if old is not None and old != r.output:
            flag, changed = f"  CHANGED (judged {old!r} {r.verdict})", changed + 1
            r.note = f"was {old} {r.verdict}; {r.note}".rstrip("; ")
            r.verdict = ""
        if args.judged is None or flag:
            quote = texts[r.article][r.start:r.end].replace("\n", " ")
            print(f"== {r.article} {r.start}-{r.end} s{r.sentence}{flag}\n   QUOTE: {quote[:300]}\n"
                  f"   OUT: {r.output}\n   CTX: {' '.join(context.split())[:900]}\n")
    out = args.out or (args.judged if args.update else None)
    if out:
        first = out.read_text(encoding="utf-8").splitlines()[0][2:] if args.update else (
            f"quotes_sample.py --seed {args.seed} --n {args.n}; verdicts: right / wrong / none / notquote / "
            "notquote-spk")
        write_tsv(out, rows, first)
        print(f"wrote {out}")
        return 0
    counts = tally(rows)
    judged = sum(counts.get(v, 0) for v in QUOTED)
    acc = counts.get("right", 0) / judged if judged else 0.0
    from report import append_results, markdown_table

    body = markdown_table(["sample", "rows", *QUOTED, "notquote", "notquote-spk", "changed (to re-judge)",
                           "end-to-end accuracy on quoted speech"],
                          [[args.judged.name, len(rows), *(counts.get(v, 0) for v in QUOTED),
                            counts.get("notquote", 0), counts.get("notquote-spk", 0), changed, acc]])
    print(body)
    if args.append:
        append_results("Quote speakers on unseen newswire: a seeded sample judged by reading", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
