"""How well does our timex tagger find and normalize temporal expressions in gold TimeML news?

Reads every ``*.tml`` file in a folder (TimeBank layout: a ``<DCT>`` holding the creation-time
``TIMEX3`` and gold ``TIMEX3`` elements inside ``<TEXT>``), rebuilds the plain text with
character offsets, parses it with the real spaCy model, runs
``storyline.nlp.timex.find_timexes`` with the document creation time, and scores it the way
TempEval-3 does:

* strict span P/R/F1: system and gold extents are identical, character for character, as
  TempEval-3 defines it (nothing is trimmed: a span "in April" against gold "April" is a
  relaxed match only);
* relaxed span P/R/F1: the extents overlap (one-to-one);
* value F1: relaxed matches whose TIMEX3 ``value`` is equal, over system and over gold counts;
* type accuracy: share of relaxed matches with the same ``type``.

Files are split deterministically by sorted name: even index = dev half (rules were developed
looking only at its errors), odd index = held-out half.  Anchors from TempEval-3 (value F1):
HeidelTime 77.61, SUTime 67.38.

Usage::

    .venv/bin/python benchmarks/timebank.py [FOLDER ...] [--half dev] [--errors dev] [--no-append]

Default folder: ../shared/data/timeml/TimeBank/TimeBank.  Appends a dated table to
benchmarks/RESULTS.md unless ``--no-append``.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "timeml" / "TimeBank" / "TimeBank"
TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class GoldDoc:
    name: str
    dct: str
    text: str
    timexes: list[Gold] = field(default_factory=list)


def read_tml(path: Path) -> GoldDoc | None:
    """Plain text of ``<TEXT>`` with gold TIMEX3 offsets; None when the file has no DCT or TEXT."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not dct or not body:
        return None
    value = dict(ATTR.findall(dct.group(1))).get("value", "")
    out: list[str] = []
    pos = 0
    open_tx: list[tuple[int, dict[str, str]]] = []
    doc = GoldDoc(path.name, value, "")
    chunk = body.group(1)
    last = 0
    for m in TAG.finditer(chunk):
        piece = html.unescape(chunk[last : m.start()])
        out.append(piece)
        pos += len(piece)
        last = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_tx.append((pos, dict(ATTR.findall(attrs))))
        elif open_tx:
            start, a = open_tx.pop()
            doc.timexes.append(Gold(start, pos, "", a.get("type", ""), a.get("value", "")))
    out.append(html.unescape(chunk[last:]))
    doc.text = "".join(out)
    for g in doc.timexes:
        g.text = doc.text[g.start : g.end]
    return doc


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Score) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_doc(gold: list[Gold], system: list, errors: list[str] | None = None,
              sentence: Callable[[int], str] | None = None) -> Score:
    """Counts of one file; with ``errors``, one line per miss, extra or differing match (and its sentence)."""
    s = Score(gold=len(gold), system=len(system))

    def where(start: int) -> str:
        return f"\n      in: {sentence(start)}" if sentence else ""

    used: set[int] = set()
    sys_spans = [(t.start, t.end) for t in system]
    for g in gold:
        best = None
        for i, (a, b) in enumerate(sys_spans):
            if i in used or a >= g.end or b <= g.start:
                continue
            if best is None or (a, b) == (g.start, g.end):
                best = i
        if best is None:
            if errors is not None:
                errors.append(f"MISS  {g.text!r} {g.type} {g.value}{where(g.start)}")
            continue
        used.add(best)
        t = system[best]
        s.relaxed += 1
        s.strict += sys_spans[best] == (g.start, g.end)
        s.value += t.value == g.value
        s.type += t.type == g.type
        if errors is not None and (t.value != g.value or sys_spans[best] != (g.start, g.end)):
            errors.append(f"DIFF  gold {g.text!r} {g.type} {g.value}  ours {t.text!r} {t.type} {t.value} {t.mod}"
                          f"{where(g.start)}")
    if errors is not None:
        for i, t in enumerate(system):
            if i not in used:
                errors.append(f"EXTRA {t.text!r} {t.type} {t.value}{where(t.start)}")
    return s


def _sentence(doc, start: int) -> str:
    """The parsed sentence holding character ``start``, on one line (what an error list shows beside a case)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    sent = span.sent if span is not None and len(span) else doc[:0]
    return " ".join(sent.text.split())


def row(name: str, s: Score) -> str:
    sp, sr, sf = s.prf(s.strict)
    rp, rr, rf = s.prf(s.relaxed)
    vp, vr, vf = s.prf(s.value)
    ta = s.type / s.relaxed if s.relaxed else 0.0
    return (f"| {name} | {s.gold} | {s.system} | {100*sp:.1f} / {100*sr:.1f} / {100*sf:.2f} | "
            f"{100*rp:.1f} / {100*rr:.1f} / {100*rf:.2f} | "
            f"{100*vp:.1f} / {100*vr:.1f} / **{100*vf:.2f}** | {100*ta:.1f} |")


def spread_row(name: str, scores: list[Score], draws: int = 1000, seed: int = 0) -> str:
    """Bootstrap over files: resample the half's files with replacement ``draws`` times, rescore.

    Files, not timexes, are the unit because errors cluster by document (one DCT, one topic),
    so this interval is the honest noise of a half this size.
    """
    import random

    rng = random.Random(seed)
    strict, value = [], []
    for _ in range(draws):
        tot = Score()
        for s in rng.choices(scores, k=len(scores)):
            tot.add(s)
        strict.append(100 * tot.prf(tot.strict)[2])
        value.append(100 * tot.prf(tot.value)[2])
    lo, hi = int(0.025 * draws), int(0.975 * draws) - 1
    strict.sort()
    value.sort()
    return (f"| {name} | | | strict F1 {strict[lo]:.2f} to {strict[hi]:.2f} | | "
            f"value F1 {value[lo]:.2f} to {value[hi]:.2f} | |")


HEADER = ("| set | gold | system | strict P / R / F1 | relaxed P / R / F1 | value P / R / F1 | type acc |\n"
          "|---|---|---|---|---|---|---|")


def parse(nlp, texts: list[str], cache: Path | None) -> tuple[list, float]:
    """Parsed docs and the nlp.pipe time (0 when read from the ``--cache`` DocBin, for quick rule iteration)."""
    from spacy.tokens import DocBin

    if cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs, 0.0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    took = time.perf_counter() - t0
    if cache:
        DocBin(docs=docs, store_user_data=False).to_disk(cache)
    return docs, took


def fold_of(name: str) -> str:
    """A file's fold of its half, "a" or "b", by a stable hash of its name (not its sorted place).

    Two folds of the dev half tell whether a rule helps both or only the documents it was read on: a rule
    that fixes cases in one fold only and none in the other was likely shaped by those documents.
    """
    return "ab"[hashlib.sha1(name.encode("utf-8")).digest()[0] % 2]


def half_of(index: int) -> str:
    """The half of the ``index``-th file of :func:`gold_docs`: even index dev, odd held out."""
    return "dev" if index % 2 == 0 else "held-out"


def gold_docs(folder: Path) -> list[GoldDoc]:
    """The folder's TimeML files that have a DCT and a TEXT, in sorted name order: the order :func:`half_of` splits."""
    return [d for p in sorted(folder.glob("*.tml")) if (d := read_tml(p)) is not None]


def run_folder(folder: Path, nlp, show_errors: str | None, cache: Path | None,
               only: str | None = None, folds: bool = False) -> tuple[list[str], float, float, int]:
    from storyline.nlp.timex import find_timexes

    docs = gold_docs(folder)
    parsed, t_nlp = parse(nlp, [d.text for d in docs], cache and cache / f"{folder.name}.spacy")
    halves = {"dev": Score(), "held-out": Score(), "all": Score()}
    sizes = {"dev": (len(docs) + 1) // 2, "held-out": len(docs) // 2, "all": len(docs)}
    per_file: dict[str, list[Score]] = {"dev": [], "held-out": [], "all": []}
    t_tx = 0.0
    for i, (d, doc) in enumerate(zip(docs, parsed, strict=True)):
        if only and half_of(i) != only:
            continue
        t0 = time.perf_counter()
        system = find_timexes(doc, d.dct)
        t_tx += time.perf_counter() - t0
        half = half_of(i)
        errs: list[str] | None = [] if show_errors in (half, "all") else None
        s = score_doc(d.timexes, system, errs, partial(_sentence, doc))
        if errs:
            print(f"--- {d.name} (DCT {d.dct})")
            print("\n".join(errs))
        halves[half].add(s)
        halves["all"].add(s)
        if folds:
            key = f"{half} fold {fold_of(d.name)}"
            halves.setdefault(key, Score()).add(s)
            sizes[key] = sizes.get(key, 0) + 1
        per_file[half].append(s)
        per_file["all"].append(s)
    name = folder.name
    rows = [row(f"{name} {h} ({sizes[h]} docs)", s) for h, s in halves.items() if s.gold and not (only and h == "all")]
    for h, scores in per_file.items():
        if halves[h].gold and h != "all":
            rows.append(spread_row(f"{name} {h}: 95% interval over files", scores))
    if not halves["all"].gold:
        rows.append(f"| {name} ({len(docs)} docs) | 0 | {halves['all'].system} | "
                    "no gold TIMEX3 in TEXT: nothing to score | | | |")
    return rows, t_nlp, t_tx, len(docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--errors", choices=["dev", "held-out", "all"], help="print per-document errors of that half")
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--half", choices=["dev", "held-out"], help="score only that half (tune with --half dev)")
    ap.add_argument("--cache", type=Path, help="folder for parsed docs (DocBin), to iterate without re-parsing")
    ap.add_argument("--folds", action="store_true",
                    help="also score each half's two folds (a stable hash of the file name: fold_of)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from storyline.nlp import load_model
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    lines = [HEADER]
    timing = []
    for folder in args.folders:
        if args.cache:
            args.cache.mkdir(parents=True, exist_ok=True)
        rows, t_nlp, t_tx, n = run_folder(folder, nlp, args.errors, args.cache, args.half, args.folds)
        lines += rows
        share = f" ({100 * t_tx / t_nlp:.1f}% of nlp.pipe)" if t_nlp else " (docs from cache)"
        timing.append(f"{folder.name}: {n} docs, nlp.pipe {t_nlp:.1f} s, find_timexes {t_tx:.2f} s{share}")
    table = "\n".join(lines)
    print(table)
    print("\n".join(timing))
    print("Anchors (TempEval-3 value F1): HeidelTime 77.61, SUTime 67.38")
    if not args.no_append:
        from report import append_results

        append_results("Timex: TempEval-3 style scores on TimeML gold (benchmarks/timebank.py)",
                       f"{table}\n\n" + "\n".join(f"- {t}" for t in timing)
                       + "\n- Anchors (TempEval-3 value F1, on the TempEval-3 platinum test set, not this one):"
                       " HeidelTime 77.61, SUTime 67.38.\n"
                       "- dev = even-indexed files by sorted name (rules developed on its errors), held-out = odd"
                       " (never inspected).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
