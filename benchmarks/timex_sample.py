"""How do storyline's TIMEX3s read on news nobody annotated?  A seeded sample of sentences, judged by reading.

Question: TimeBank's dev half is tuned on and its held-out half may be run only
once, so neither says how storyline's temporal expressions read on other fresh
news.  This script draws a seeded random sample of **sentences** (every sentence
of the parse, whether or not storyline finds a timex in it, so the sample
measures recall too) from the 2,452 newswire articles of
``../shared/data/newswire-1997-1998.jsonl``, leaving out the articles named in
tests and those of earlier samples (``data/timex_sample_*.tsv``: sample A was read
while tuning, so sample B, drawn after, is the fresh figure of the tuned code).
Each record is read as ``storyline ingest`` reads a JSONL record
(:func:`~storyline.ingest.jsonl.article_from_record`: the cleaned text, its
``published`` date as the document creation time) and parsed whole, as
``storyline ingest`` parses it; storyline's timexes
(:func:`~storyline.nlp.timex.find_timexes`) that start inside the sentence are
its output.

A reader judges each sentence by the TimeML annotation guidelines (TIMEX3: what
is tagged, its exact extent without the signal preposition, its type and value
against the DCT and the time in focus), writing in the TSV's ``gold`` column the
timexes TimeML would tag.  The gold is pre-filled with storyline's output when
the sample is drawn; the reader corrects it (drops extras, fixes extents and
values, adds what storyline missed).  A timex is written ``OFF:TEXT|TYPE|VALUE``
with ``OFF`` its character offset in the sentence; several are joined by `` ; ``
and a sentence with none has ``-``.

The verdicts then follow from gold and output by the TempEval-3 definitions:
``right`` (same extent, same value), ``wrong-value`` (same extent),
``wrong-extent`` (overlapping a gold timex, same value), ``wrong-extent+value``,
``extra`` (overlapping no gold timex: TimeML would not tag it), and each gold
timex no output overlaps is ``missed``.  Strict P/R/F1 counts identical extents;
value P/R/F1 counts overlapping pairs with the same value; the intervals are a
bootstrap over sentences (2,000 resamples, 95%).

Usage:
    python benchmarks/timex_sample.py --seed 1 --n 150 --out FILE.tsv [--cache DIR]  # draw, print, pre-fill
    python benchmarks/timex_sample.py --seed 16 --n 150 --lean 0.67 --out FILE.tsv  # two thirds with time cues
    python benchmarks/timex_sample.py --judged FILE.tsv [--cache DIR] [--append]     # re-run, score, list changes

With ``--judged`` the sentences are annotated by the current code and scored
against the judged gold; a sentence whose output differs from the one written
in the file is printed as ``CHANGED``, for the reader to check that the gold
still stands (``--update`` writes the new outputs and verdicts into the file, the old output into the note).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NEWSWIRE = ROOT.parent / "shared" / "data" / "newswire-1997-1998.jsonl"
sys.path.insert(0, str(HERE))

COLUMNS = ["article", "start", "end", "dct", "output", "gold", "verdicts", "note"]
VERDICTS = ("right", "wrong-value", "wrong-extent", "wrong-extent+value", "extra", "missed")


@dataclass(frozen=True)
class Tx:
    """One timex of a sentence: offset in the sentence, text, TIMEX3 type and value."""

    off: int
    text: str
    type: str
    value: str

    @property
    def end(self) -> int:
        return self.off + len(self.text)

    def cell(self) -> str:
        return f"{self.off}:{self.text}|{self.type}|{self.value}"


@dataclass
class Row:
    """One sampled sentence: where it is, storyline's timexes, the reader's gold."""

    article: str
    start: int
    end: int
    dct: str = ""
    output: str = "-"
    gold: str = "-"
    verdicts: str = ""
    note: str = ""


def parse_cell(cell: str) -> list[Tx]:
    """``OFF:TEXT|TYPE|VALUE ; ...`` (or ``-``) as timexes."""
    out = []
    for part in cell.split(" ; "):
        part = part.strip()
        if not part or part == "-":
            continue
        m = re.fullmatch(r"(\d+):(.+)\|([A-Z]+)\|([^|]*)", part)
        if m is None:
            raise SystemExit(f"timex_sample: cannot read the timex {part!r} (want OFF:TEXT|TYPE|VALUE)")
        out.append(Tx(int(m.group(1)), m.group(2), m.group(3), m.group(4)))
    return out


def cell_of(txs: list[Tx]) -> str:
    return " ; ".join(t.cell() for t in txs) or "-"


def judge(system: list[Tx], gold: list[Tx]) -> tuple[list[str], list[Tx]]:
    """Per system timex its verdict (see the module docstring), and the gold timexes no output overlaps.

    A system timex is paired first with a gold timex of the same extent, else with the first gold timex it
    overlaps that is not paired yet (TempEval-3's one-to-one relaxed match).
    """
    free = list(gold)
    verdicts: list[str] = []
    for s in system:
        g = next((g for g in free if (g.off, g.end) == (s.off, s.end)), None)
        if g is None:
            g = next((g for g in free if g.off < s.end and s.off < g.end), None)
        if g is None:
            verdicts.append("extra")
            continue
        free.remove(g)
        same_extent, same_value = (g.off, g.end) == (s.off, s.end), g.value == s.value
        verdicts.append({(True, True): "right", (True, False): "wrong-value", (False, True): "wrong-extent",
                         (False, False): "wrong-extent+value"}[(same_extent, same_value)])
    return verdicts, free


def counts(rows: list[Row]) -> collections.Counter[str]:
    """Verdict counts plus ``system`` and ``gold`` totals over the rows."""
    c: collections.Counter[str] = collections.Counter()
    for r in rows:
        system, gold = parse_cell(r.output), parse_cell(r.gold)
        verdicts, missed = judge(system, gold)
        c.update(verdicts)
        c["missed"] += len(missed)
        c["system"] += len(system)
        c["gold"] += len(gold)
    return c


def prf(c: collections.Counter[str]) -> dict[str, tuple[float, float, float]]:
    """Strict and value P/R/F1 (percent) from verdict counts."""
    strict = c["right"] + c["wrong-value"]
    value = c["right"] + c["wrong-extent"]

    def f(hit: int) -> tuple[float, float, float]:
        p = hit / c["system"] if c["system"] else 0.0
        r = hit / c["gold"] if c["gold"] else 0.0
        return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)

    return {"strict": f(strict), "value": f(value)}


def bootstrap(rows: list[Row], seed: int = 7, times: int = 2000) -> dict[str, tuple[float, float]]:
    """95% percentile intervals of strict and value F1, resampling sentences."""
    per = [counts([r]) for r in rows]
    rng = random.Random(seed)
    got: dict[str, list[float]] = {"strict": [], "value": []}
    for _ in range(times):
        c: collections.Counter[str] = collections.Counter()
        for _ in range(len(per)):
            c.update(per[rng.randrange(len(per))])
        scores = prf(c)
        for k in got:
            got[k].append(scores[k][2])
    out = {}
    for k, v in got.items():
        v.sort()
        out[k] = (v[int(0.025 * times)], v[int(0.975 * times) - 1])
    return out


def seen_articles() -> set[str]:
    """Newswire articles named in tests or in an earlier sample (``data/timex_sample_*.tsv``), left out of the pool."""
    seen: set[str] = set()
    for judged in sorted((HERE / "data").glob("timex_sample_*.tsv")):
        seen |= {ln.split("\t")[0] for ln in judged.read_text(encoding="utf-8").splitlines()
                 if ln and ln[0] != "#" and not ln.startswith("article\t")}
    for path in (ROOT / "tests").rglob("*.py"):
        seen |= set(re.findall(r"(?:AFP|XIN)_ENG_\d{8}\.\d{4}", path.read_text(encoding="utf-8")))
    return seen


def newswire(limit: int | None = None) -> list[tuple[str, str, str]]:
    """(id, text, published) of each newswire record as ``storyline ingest`` reads it, in file order."""
    from storyline.ingest.article import IngestContext
    from storyline.ingest.jsonl import article_from_record
    from storyline.records import Article
    from storyline.settings import Settings

    ctx = IngestContext(Settings())
    out = []
    with NEWSWIRE.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            art = article_from_record(ctx, rec, f"newswire#{n + 1}")
            if isinstance(art, Article):
                out.append((rec["id"], art.text, art.published or ""))
    return out


def parse(texts: list[str], cache: Path | None) -> list:
    """Parsed docs of ``texts`` with the settings' model, from a DocBin in ``cache`` when its texts match."""
    from spacy.tokens import DocBin

    from storyline.nlp import load_model
    from storyline.settings import Settings

    settings = Settings()
    nlp = load_model(settings.model)
    key = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache / f"newswire-{len(texts)}-{key}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    from storyline.nlp.pipeline import _parse

    piece = settings.annotate_piece_chars
    docs = [d if len(t) <= piece else _parse(nlp, t, piece)
            for t, d in zip(texts, nlp.pipe([t if len(t) <= piece else "" for t in texts], batch_size=32),
                            strict=True)]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs


def sentence_timexes(doc, published: str, start: int, end: int) -> list[Tx]:
    """storyline's timexes that start in ``[start, end)``, offsets from ``start``."""
    from storyline.nlp.timex import find_timexes

    return [Tx(t.start - start, t.text, t.type, t.value) for t in find_timexes(doc, published or None)
            if start <= t.start < end]


# Words that make a sentence hold a relative or anchored time, read from the raw text (not from storyline's
# output, so a timex storyline misses is drawn as often as one it finds): weekdays, this/last/next/past units,
# the day before/after, yesterday/today/tomorrow, ago/earlier/later, quarters, halves, seasons, fiscal periods,
# and lengths in units ("three weeks", "two-year").
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few)"
LEAN_CUES = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight|ago|earlier|later"
    r"|(?:this|last|next|past|coming|previous|following|same|that|the)\s+(?:day|week|month|year|quarter|decade"
    r"|season|weekend|morning|evening|night|period)|day (?:before|after)|quarter|half|spring|summer|autumn|fall"
    r"|winter|fiscal|financial year|" + _NUM + r"[\s-]+(?:day|week|month|year|hour|minute|decade)s?)\b",
    re.IGNORECASE)


def draw(arts: list[tuple[str, str, str]], docs: list, seed: int, n: int, lean: float = 0.0) -> list[Row]:
    """``n`` sentences drawn from every sentence (with a letter) of the unseen articles.

    Uniformly when ``lean`` is 0; else ``round(n * lean)`` of them from the sentences :data:`LEAN_CUES` matches
    and the rest from the others, a sample weighted toward relative and anchored times (its F1 is that of the
    weighted mix, not of all news).
    """
    seen = seen_articles()
    pool = [(aid, s.start_char, s.end_char) for (aid, _text, _pub), doc in zip(arts, docs, strict=True)
            if aid not in seen for s in doc.sents if re.search(r"[^\W\d_]", s.text)]
    rng = random.Random(seed)
    if lean:
        text = {aid: t for aid, t, _p in arts}
        cued = [p for p in pool if LEAN_CUES.search(text[p[0]][p[1]:p[2]])]
        plain = [p for p in pool if not LEAN_CUES.search(text[p[0]][p[1]:p[2]])]
        k = min(round(n * lean), len(cued))
        picked = rng.sample(cued, k) + rng.sample(plain, min(n - k, len(plain)))
    else:
        picked = rng.sample(pool, min(n, len(pool)))
    order = {aid: i for i, (aid, _t, _p) in enumerate(arts)}
    return [Row(a, s, e) for a, s, e in sorted(picked, key=lambda p: (order[p[0]], p[1]))]


def read_tsv(path: Path) -> list[Row]:
    from report import read_judged

    return [Row(c[0], int(c[1]), int(c[2]), c[3], c[4], c[5], c[6], c[7]) for c in read_judged(path, COLUMNS)[1]]


def write_tsv(path: Path, rows: list[Row], header: str) -> None:
    from report import write_judged

    write_judged(path, header, COLUMNS, [[r.article, str(r.start), str(r.end), r.dct, r.output, r.gold, r.verdicts,
                                          r.note] for r in rows])


def verdict_cell(r: Row) -> str:
    system, gold = parse_cell(r.output), parse_cell(r.gold)
    verdicts, missed = judge(system, gold)
    return " ; ".join([*verdicts, *(f"missed {m.text}" for m in missed)]) or "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--lean", type=float, default=0.0,
                    help="share of the sentences drawn from those with relative/anchored time words (LEAN_CUES)")
    ap.add_argument("--out", type=Path, help="write the drawn sample here (gold pre-filled with the output), to judge")
    ap.add_argument("--judged", type=Path, help="a judged TSV to re-run and score")
    ap.add_argument("--update", action="store_true", help="with --judged: write the new outputs and verdicts")
    ap.add_argument("--cache", type=Path, help="folder for the parsed newswire (DocBin)")
    ap.add_argument("--append", action="store_true", help="append the table to benchmarks/RESULTS.md")
    args = ap.parse_args()
    if not NEWSWIRE.is_file():
        print(f"timex_sample: {NEWSWIRE} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    if args.judged and not args.judged.is_file():
        print(f"timex_sample: {args.judged} not found; draw one with --out first", file=sys.stderr)
        return 2
    arts = newswire()
    docs = parse([t for _a, t, _p in arts], args.cache)
    by_id = {a[0]: (a, d) for a, d in zip(arts, docs, strict=True)}
    rows = read_tsv(args.judged) if args.judged else draw(arts, docs, args.seed, args.n, args.lean)
    changed = 0
    for i, r in enumerate(rows):
        (aid, text, pub), doc = by_id[r.article]
        r.dct = pub[:10]
        out = cell_of(sentence_timexes(doc, pub, r.start, r.end))
        flag = ""
        if args.judged and out != r.output:
            flag, changed = f"  CHANGED (was {r.output})", changed + 1
            if args.update:  # the output judged stays readable beside the new one
                r.note = f"output was {r.output}; {r.note}".rstrip("; ")
        r.output = out
        if not args.judged:
            r.gold = out
        r.verdicts = verdict_cell(r)
        if not args.judged or flag:
            prev = [s.text for s in doc.sents if r.start - 400 < s.end_char <= r.start][-1:] or [""]
            print(f"== [{i}] {r.article} DCT {r.dct} {r.start}-{r.end}{flag}\n"
                  f"   PREV: {' '.join(prev[0].split())[-300:]}\n"
                  f"   SENT: {' '.join(text[r.start:r.end].split())}\n   OUT:  {r.output}\n   GOLD: {r.gold}\n"
                  f"   VERDICTS: {r.verdicts}\n")
    if args.out or (args.judged and args.update):
        path = args.out or args.judged
        header = (path.read_text(encoding="utf-8").splitlines()[0][2:] if args.judged else
                  f"timex_sample.py --seed {args.seed} --n {args.n}"
                  + (f" --lean {args.lean}" if args.lean else "") + "; gold = OFF:TEXT|TYPE|VALUE ; ... (- for none)")
        write_tsv(path, rows, header)
        print(f"wrote {path}")
        if args.out:
            return 0
    c = counts(rows)
    scores, ci = prf(c), bootstrap(rows)
    from report import append_results, markdown_table

    body = markdown_table(
        ["sample", "sentences", "gold", "system", *VERDICTS, "strict P / R / F1", "value P / R / F1",
         "changed since judged"],
        [[args.judged.name if args.judged else "-", len(rows), c["gold"], c["system"], *(c[v] for v in VERDICTS),
          "{:.1f} / {:.1f} / **{:.1f}** ({:.1f}-{:.1f})".format(*scores["strict"], *ci["strict"]),
          "{:.1f} / {:.1f} / **{:.1f}** ({:.1f}-{:.1f})".format(*scores["value"], *ci["value"]), changed]])
    print(body)
    if args.append:
        append_results("TIMEX3 on unseen newswire: a seeded sample of sentences judged by reading (timex_sample.py)",
                       body + "\n\n- F1 intervals: bootstrap over sentences, 2,000 resamples, 95%.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
