"""Which held-out cases do tests/, src/ and the benchmark scripts cite?

The brief: "cite only dev cases in comments and tests".  Each benchmark defines its own held-out half, and this
audit asks each benchmark for it (its own split function, never a copy of the rule):

* TimeBank: ``timebank.half_of`` over ``timebank.gold_docs`` (odd index by sorted name);
* ECB+ events, stories and quotes: ``ecb_text.half_of`` (even topics); in a file about time expressions (its path
  holds "timex") ``timex_ecbplus.half_of`` instead, which holds out the odd topics;
* Wikinews attributions: the ``heldout`` articles of ``quotes_wikinews.load_gold``;
* Wikinews timelines: every article of the SemEval-2015 Task 4 test corpora (``wikinews_timeline.DEFAULT``,
  corpus_1-3; the trial corpus is dev), and any path into them;
* extraction pages: ``ingest_extraction.split_of(name) == "held-out"``.

A case is cited when its name appears: a TimeBank file stem, an ECB+ file name ("23_3ecbplus") or topic folder
(``ECBPLUS / "23"``, ``ecbplus/23``), a Wikinews id as a file name opens ("12315-") or as a record id
("wikinews-12315"), a page's file name.  Text is read, not run: a test that builds a path from numbers at run
time is audited by reading it (tests/test_heldout_audit.py keeps this list empty).

A test can also read held-out text through a data file the repository bundles (``data/**/*.jsonl``, such as the
demo corpus, which was corpus_1 until it was rebuilt from the trial corpus): a bundled file whose records' ids
(``wikinews-12315``) name a held-out Wikinews case is a held-out data file, and a line that names it is a citation
too.  The files that read any bundled data file are listed apart.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/heldout_audit.py [--data ../shared/data]

Prints one line per citation (file:line, held-out set, case) and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import ecb_text  # noqa: E402
import ingest_extraction  # noqa: E402
import timebank  # noqa: E402
import timex_ecbplus  # noqa: E402

SCOPES = ("tests", "src", "benchmarks")
BUNDLED = "data"  # the data files the repository ships, under ROOT
_ECB_FILE = re.compile(r"(?<![\w.])(\d+)_\d+ecb(?:plus)?\b")
_ECB_TOPIC = re.compile(r"""(?:ECB(?:PLUS)?\s*/\s*["'](\d+)["']|ecbplus/(\d+)\b|ECB\+[^.\n]{0,30}?\btopics? (\d+))""")
_WIKI_RECORD = re.compile(r"wikinews-(\d{3,7})\b")
_WIKI_FILE = re.compile(r"(?<![\w.-])(\d{3,7})(?=[-_][A-Za-z*])")  # a TimeML file name: "12315-Apple_launches_3G.tml"
_TEST_CORPUS_PATH = re.compile(r"SemEval_Task4_data/corpus_[1-9*]|corpus_[1-9*]/corpus_track")


@dataclass(frozen=True)
class Citation:
    path: str
    line: int
    held_out: str  # which benchmark holds it out
    case: str


@dataclass
class HeldOut:
    """The held-out cases of every benchmark, by the name a text would cite them with."""

    timebank: set[str]
    quotes: set[str]  # Wikinews ids
    timelines: set[str]  # Wikinews ids
    pages: set[str]


def held_out(data: Path) -> HeldOut:
    """Ask each benchmark for its held-out half, over the data under ``data``."""
    docs = timebank.gold_docs(data / "timeml" / "TimeBank" / "TimeBank")
    tb = {d.name.removesuffix(".tml") for i, d in enumerate(docs) if timebank.half_of(i) == "held-out"}
    about = json.loads((HERE / "data" / "wikinews_attributions.jsonl").read_text(encoding="utf-8").splitlines()[0])
    quotes = {a["id"].removeprefix("wikinews-") for a in about["articles"] if a["split"] == "heldout"}
    corpora = data / "wikinews-timeline" / "SemEval_Task4_data"
    timelines = {re.split(r"[-_]", p.name, maxsplit=1)[0] for p in corpora.glob("corpus_*/corpus_trackA_TimeML/*.tml")}
    cases = json.loads((data / "trafilatura-eval" / "evaldata.json").read_text(encoding="utf-8"))
    pages = {c["file"] for c in cases.values() if ingest_extraction.split_of(c["file"]) == "held-out"}
    return HeldOut(tb, quotes, timelines, pages)


def _ecb_half(topic: str, timex: bool) -> str:
    path = Path(topic) / f"{topic}_1ecb.xml"
    return timex_ecbplus.half_of(path) if timex else ecb_text.half_of(path)


def cite(path: str, text: str, cases: HeldOut) -> Iterator[Citation]:
    """Every held-out case ``text`` (the file at ``path``) names."""
    timex = "timex" in path
    ecb_set = "ECB+ timex (timex_ecbplus: odd topics)" if timex else "ECB+ events/quotes (even topics)"
    for n, line in enumerate(text.splitlines(), start=1):
        for m in _ECB_FILE.finditer(line):
            if _ecb_half(m.group(1), timex) == "held-out":
                yield Citation(path, n, ecb_set, m.group(0))
        for m in _ECB_TOPIC.finditer(line):
            topic = next(g for g in m.groups() if g)
            if _ecb_half(topic, timex) == "held-out":
                yield Citation(path, n, ecb_set, m.group(0))
        for name in cases.timebank:
            if name in line:
                yield Citation(path, n, "TimeBank (odd index)", name)
        for name in cases.pages:
            if name in line:
                yield Citation(path, n, "extraction pages (split_of)", name)
        for m in (*_WIKI_RECORD.finditer(line), *_WIKI_FILE.finditer(line)):
            if m.group(1) in cases.quotes:
                yield Citation(path, n, "Wikinews attributions (heldout)", m.group(0))
            if m.group(1) in cases.timelines:
                yield Citation(path, n, "Wikinews timelines (corpus_1-3)", m.group(0))
        for m in _TEST_CORPUS_PATH.finditer(line):
            yield Citation(path, n, "Wikinews timelines (corpus_1-3)", m.group(0))


def held_out_data(root: Path, cases: HeldOut) -> dict[str, str]:
    """The bundled data files (name -> why held out) whose records' ids name a held-out Wikinews case."""
    held: dict[str, str] = {}
    for path in sorted((root / BUNDLED).rglob("*.jsonl")):
        ids = {m.group(1) for m in _WIKI_RECORD.finditer(path.read_text(encoding="utf-8"))}
        sets = [name for name, got in (("Wikinews attributions (heldout)", ids & cases.quotes),
                                       ("Wikinews timelines (corpus_1-3)", ids & cases.timelines)) if got]
        if sets:
            held[path.name] = f"{' and '.join(sets)} through {path.relative_to(root)}"
    return held


def sources(root: Path) -> Iterator[Path]:
    """The Python files of tests/, src/ and benchmarks/, but this one: it lists the held-out sets' file names to
    know them (and prints none of their text)."""
    for scope in SCOPES:
        yield from (p for p in sorted((root / scope).rglob("*.py")) if p.name != Path(__file__).name)


def audit(root: Path, data: Path) -> tuple[list[Citation], list[str]]:
    """(citations of held-out cases, held-out data files read included; files that read a bundled data file)."""
    cases = held_out(data)
    held = held_out_data(root, cases)
    bundled = {p.name for p in (root / BUNDLED).rglob("*.jsonl")}
    found: list[Citation] = []
    readers: list[str] = []
    for path in sources(root):
        text = path.read_text(encoding="utf-8")
        rel = str(path.relative_to(root))
        found += cite(rel, text, cases)
        for n, line in enumerate(text.splitlines(), start=1):
            found += (Citation(rel, n, why, name) for name, why in held.items() if name in line)
        if any(name in text for name in bundled):
            readers.append(rel)
    return found, readers


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="the shared data folder")
    args = ap.parse_args()
    found, readers = audit(ROOT, args.data)
    for c in found:
        print(f"{c.path}:{c.line}: {c.held_out}: {c.case}")
    print(f"{len(found)} citations of held-out cases in {', '.join(SCOPES)}")
    print(f"{len(readers)} files read a bundled data file ({BUNDLED}/): {', '.join(readers)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
