"""Does storyline keep every line of the story and drop every line of the page, on real web pages?

The pages are trafilatura's own evaluation set (``../shared/data/trafilatura-eval``:
gzipped HTML, and for each page snippets its article text must contain,
``with``, and must not contain, ``without``).  It is scored the way
trafilatura's documentation scores extractors: a ``with`` snippet found is a
true positive, missed a false negative; a ``without`` snippet found is a false
positive, absent a true negative.  A page is exact when all its ``with``
snippets are in and all its ``without`` snippets out.  A page storyline
rejects (no article) scores as empty text.

storyline's text is what a reader sees as the article: title, standfirst and
body (they are fields apart; trafilatura keeps a headline in its text when it
finds one in the article's block).  Bare
trafilatura (defaults, and ``favor_precision``) runs in the same run on the
same pages.

The pages are split in two halves by a hash of the file name: ``dev``, whose
errors may be looked at and tuned on, and ``held-out``, reported once.  ``--fold A|B`` keeps
one of two folds of a split (a crc32 of the file name, independent of the split): a cleaning
change is kept only when it helps or is neutral on both folds of the dev half, so a rule
shaped by some dev pages shows itself on the others.  ``--versus N`` lists up to N dev pages where
storyline does worse than the library it calls (a ``with`` snippet bare trafilatura keeps and storyline
loses, or a ``without`` snippet bare trafilatura drops and storyline keeps): what storyline's own
cleaning costs, page by page, to read against the code path that removed or kept each line.

Usage:  python benchmarks/ingest_extraction.py [--data ../shared/data] [--split dev|held-out|all]
                                               [--fold A|B] [--errors N] [--versus N] [--no-append]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import append_results, markdown_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def split_of(file_name: str) -> str:
    """'dev' or 'held-out', fixed by the file name so every run splits the same way."""
    return "dev" if hashlib.sha256(file_name.encode()).digest()[0] % 2 == 0 else "held-out"


def fold_of(file_name: str) -> str:
    """'A' or 'B': a second, independent split of the pages (crc32, not the split's sha256).

    A cleaning rule shaped by some pages shows it when it helps one fold and not
    the other; judging every change on both folds apart is a small stand-in for
    pages nobody has seen.
    """
    return "A" if zlib.crc32(file_name.encode()) % 2 == 0 else "B"


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    exact: int = 0
    dated: int = 0
    date_right: int = 0
    given: int | None = None
    """Pages the extractor gave a publication date (None: it gives none to score)."""
    signals: Counter[str] = field(default_factory=Counter)
    """Which signal each page's date came from (storyline's ``published_from``; 'none' when undated)."""
    pages: int = 0
    rejected: int = 0
    seconds: float = 0.0

    def add(self, text: str, must: list[str], must_not: list[str]) -> bool:
        found = [s in text for s in must]
        leaked = [s in text for s in must_not]
        self.tp += sum(found)
        self.fn += len(found) - sum(found)
        self.fp += sum(leaked)
        self.tn += len(leaked) - sum(leaked)
        ok = all(found) and not any(leaked)
        self.exact += ok
        self.pages += 1
        return ok

    def row(self, name: str) -> list[object]:
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f = 2 * p * r / max(1e-9, p + r)
        dates = f"{self.date_right}/{self.dated}" if self.dated else "-"
        given = f"{self.given}/{self.pages}" if self.given is not None else "-"
        return [name, self.pages, round(p, 4), round(r, 4), round(f, 4), round(self.exact / max(1, self.pages), 4),
                self.rejected, given, dates, round(self.seconds, 1)]


DATES: dict[str, str] = {}
"""The publication day each extractor gave for the page at hand (storyline's, htmldate's through trafilatura)."""
SIGNALS: dict[str, str] = {}
"""Where storyline's date for the page at hand came from (``published_from``, e.g. 'html-time', 'url')."""
_URL_DAY = re.compile(r"/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)(?:/|\b)")


def url_day(url: str) -> str | None:
    """The day a URL names (``/2019/03/01/``), the one publication date a page cannot dispute."""
    m = _URL_DAY.search(url)
    return "-".join(m.groups()) if m else None


def _norm(text: str) -> str:
    """Whitespace folded and Unicode NFC for every extractor alike: canonically equal text is the same text."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def worse_than(text: str, other: str, must: list[str], must_not: list[str]) -> tuple[list[str], list[str]]:
    """The ``with`` snippets ``text`` misses and ``other`` holds, and the ``without`` snippets ``text`` holds and
    ``other`` does not: where one extractor loses to another on a page (texts and snippets as :func:`_norm` made
    them).

    >>> worse_than("storm hit", "storm hit the coast. Share", ["storm hit", "the coast"], ["Share", "Home"])
    (['the coast'], [])
    """
    lost = [s for s in must if s not in text and s in other]
    kept = [s for s in must_not if s in text and s not in other]
    return lost, kept


def extractors() -> dict[str, Callable[[bytes, str], str | None]]:
    import trafilatura

    from storyline.ingest.article import IngestContext
    from storyline.ingest.html import article_from_html
    from storyline.records import Article
    from storyline.settings import Settings

    ctx = IngestContext(Settings())

    def storyline(html: bytes, url: str) -> str | None:
        art = article_from_html(ctx, url, html)
        if not isinstance(art, Article):
            return None
        DATES["storyline"] = (art.published or "")[:10]
        SIGNALS["storyline"] = art.published_from or "none"
        return "\n".join(p for p in (art.title, art.description, art.text) if p)

    def bare(html: bytes, url: str) -> str | None:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        DATES["trafilatura (defaults)"] = (getattr(doc, "date", None) or "")[:10] if doc else ""
        return trafilatura.extract(html, url=url)

    def precise(html: bytes, url: str) -> str | None:
        return trafilatura.extract(html, url=url, favor_precision=True)

    return {"storyline": storyline, "trafilatura (defaults)": bare, "trafilatura (favor_precision)": precise}


def select_pages(folder: Path, split: str, fold: str | None = None, only: str = "") -> list[tuple[str, dict, Path]]:
    """The (url, case, gzipped page) of every page present in ``split`` ('dev', 'held-out' or 'all'), within
    ``fold`` ('A', 'B' or None for both) and whose file name contains ``only``, in URL order."""
    cases = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    todo = []
    for url, case in sorted(cases.items()):
        path = folder / "pages" / (case["file"] + ".gz")
        if not path.is_file() or only not in case["file"]:
            continue
        if split != "all" and split_of(case["file"]) != split:
            continue
        if fold and fold_of(case["file"]) != fold:
            continue
        todo.append((url, case, path))
    return todo


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--split", choices=["dev", "held-out", "all"], default="dev")
    ap.add_argument("--errors", type=int, default=0, help="print storyline's errors on up to N dev pages")
    ap.add_argument("--versus", type=int, default=0,
                    help="print up to N dev pages where storyline does worse than bare trafilatura")
    ap.add_argument("--fold", choices=["A", "B"], default=None,
                    help="score only the pages of this fold (a crc32 of the file name) within the split")
    ap.add_argument("--only", default="", help="score only pages whose file name contains this")
    ap.add_argument("--no-append", action="store_true", help="print the table without adding it to RESULTS.md")
    args = ap.parse_args()
    folder = Path(args.data) / "trafilatura-eval"
    if not (folder / "evaldata.json").is_file():
        sys.exit(f"error: {folder}/evaldata.json not found; pass --data pointing at the shared data folder")
    todo = select_pages(folder, args.split, args.fold, args.only)
    fns = extractors()
    scores = {name: Score() for name in fns}
    shown = versus = 0
    for url, case, path in todo:
        html = gzip.decompress(path.read_bytes())  # bytes, as storyline reads a file: each extractor decodes
        texts: dict[str, str] = {}
        for name, fn in fns.items():
            t0 = time.perf_counter()
            out = fn(html, url)
            scores[name].seconds += time.perf_counter() - t0
            if out is None:
                scores[name].rejected += 1
            if name in DATES:
                given = DATES.pop(name)
                scores[name].given = (scores[name].given or 0) + bool(given)
                scores[name].signals.update([SIGNALS.pop(name)] if name in SIGNALS else [])
                if day := url_day(url):
                    scores[name].dated += 1
                    scores[name].date_right += given == day
            text = texts[name] = _norm(out or "")
            ok = scores[name].add(text, [_norm(s) for s in case["with"]], [_norm(s) for s in case["without"]])
            if name == "storyline" and not ok and args.split == "dev" and shown < args.errors:
                shown += 1
                missed = [s for s in case["with"] if _norm(s) not in text]
                leaked = [s for s in case["without"] if _norm(s) in text]
                print(f"--- {case['file']} rejected={out is None}\n  missed: {missed}\n  leaked: {leaked}")
        lost, kept = worse_than(texts["storyline"], texts["trafilatura (defaults)"],
                                [_norm(s) for s in case["with"]], [_norm(s) for s in case["without"]])
        if (lost or kept) and args.split == "dev" and versus < args.versus:
            versus += 1
            print(f"--- worse than bare trafilatura: {case['file']} (fold {fold_of(case['file'])})\n"
                  f"  lost: {lost}\n  kept: {kept}")
    header = ["extractor", "pages", "precision", "recall", "F1", "exact pages", "rejected",
              "dated pages", "date = URL's day", "seconds"]
    table = markdown_table(header, [s.row(n) for n, s in scores.items()])
    signals = ", ".join(f"{k} {n}" for k, n in scores["storyline"].signals.most_common())
    table += f"\n\nstoryline's dates by signal: {signals}"
    print(table)
    if not args.no_append:
        fold = f", fold {args.fold}" if args.fold else ""
        append_results(f"Extraction on trafilatura's evaluation pages, {args.split} half{fold} (ingest_extraction.py)",
                       table + "\n\nSnippet scoring as in trafilatura's documentation; storyline's text is "
                       "title + standfirst + body; a rejected page scores as empty text.  Dates: pages whose URL "
                       "names a day (/YYYY/MM/DD/), the publication day given (storyline's; htmldate's through "
                       "trafilatura's metadata for the defaults row) against it.")


if __name__ == "__main__":
    main()
