"""Does cleaning take out page chrome without taking story sentences with it?

Two real sets: the 772 ECB+ web articles as scraped (their tokens joined back
into text, one sentence a paragraph: URL, headline, date stamps, story,
leftovers) go through the plain-text cleaner; the 120 Wikinews articles of the
TimeLine corpora, each wrapped in a page with navigation, cookie banner, share
bar and footer, go through trafilatura and the cleaner.  A story sentence is
one of six or more words ending in . ! or ?; it is lost when neither the
title, the description nor the body holds it.

Usage:  python benchmarks/ingest_cleaning.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import append_results, markdown_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
_SENTENCE = re.compile(r"[.!?][\"')]*$")


def _is_sentence(s: str) -> bool:
    return len(s.split()) >= 6 and bool(_SENTENCE.search(s))


def ecb(data: Path) -> tuple[list[object], collections.Counter[str]]:
    from storyline.ingest.clean import clean_text
    from storyline.ingest.lines import fold
    from storyline.ingest.tokenized import token_sentences

    files = sorted((data / "ecbplus").glob("*/*.xml"))
    total = lost = described = from_line = 0
    reasons: collections.Counter[str] = collections.Counter()
    for path in files:
        sents = token_sentences(path)
        c = clean_text("\n\n".join(sents))
        kept = fold(" ".join([c.title, c.text, c.description or ""]))
        story = [s for s in sents if _is_sentence(s)]
        total += len(story)
        lost += sum(fold(s) not in kept for s in story)
        described += c.description is not None
        from_line += c.title_from == "line"
        reasons.update(r.reason for r in c.removed)
    return ["ECB+ scraped text", len(files), total, lost, f"{lost / total:.4%}", from_line, described], reasons


def wikinews(data: Path) -> tuple[list[object], collections.Counter[str]]:
    sys.path.insert(0, str(ROOT))
    os.environ["STORYLINE_SHARED"] = str(data.parent)  # the test pages read the Wikinews articles from there
    from tests.ingest.pages import page, wikinews_all

    from storyline.ingest.article import IngestContext
    from storyline.ingest.html import article_from_html
    from storyline.ingest.lines import fold
    from storyline.records import Article
    from storyline.settings import Settings

    ctx = IngestContext(Settings())
    stories = {s.title: s for s in wikinews_all()}
    total = lost = described = titled = 0
    reasons: collections.Counter[str] = collections.Counter()
    for story in stories.values():
        art = article_from_html(ctx, story.url, page(story))
        assert isinstance(art, Article), art
        kept = fold(" ".join([art.title, art.text, art.description or ""]))
        sents = [s for s in story.paragraphs if _is_sentence(s)]
        total += len(sents)
        lost += sum(fold(s) not in kept for s in sents)
        described += art.description is not None
        titled += art.title == story.title
        reasons.update(r.reason for r in art.removed)
    return ["Wikinews in chrome-laden HTML pages", len(stories), total, lost, f"{lost / total:.4%}", titled,
            described], reasons


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = ap.parse_args()
    data = Path(args.data)
    rows, why = [], []
    for measure in (ecb, wikinews):
        row, reasons = measure(data)
        rows.append(row)
        why.append(f"{row[0]}: lines removed by reason: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    header = ["set", "articles", "story sentences", "lost", "lost %", "title from a page line", "standfirst found"]
    table = markdown_table(header, rows)
    print(table)
    print("\n".join(why))
    append_results("Ingest cleaning: story sentences kept, chrome removed (ECB+, Wikinews)",
                   table + "\n\n" + "\n\n".join(why) + "\n\nA lost ECB+ 'sentence' is a date stamp the corpus "
                   "tokenized as one ('May 2, 2013 1: 35 pm.'); it is taken out as a date line on purpose.")


if __name__ == "__main__":
    main()
