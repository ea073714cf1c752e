"""Does quote attribution cost a long text its length or its square?  find_quotes' CPU time on joined newswire.

Question: one article of hundreds of thousands of characters (a book, a joined feed dump) must not stall a
batch.  This script joins the newswire records (``../shared/data/newswire-1997-1998.jsonl``, in file order)
into one text of ``--chars`` characters (records set apart by a blank line, or by a space with ``--flat``:
one paragraph), parses it once into a DocBin cache, and prints the CPU time of
:func:`~storyline.nlp.entities.find_entities` and :func:`~storyline.nlp.quotes.find_quotes` on it (the parse
excluded) and how many attributions it finds, and appends them to RESULTS.md as a dated table unless
``--no-append``.  Run it at two lengths: linear code takes about three times as long for three times the
text.  Compare versions with ``PYTHONPATH`` on the same cache, alternately.  The cache file's name gets the
length and the layout (``--cache /tmp/long.spacy --chars 300000 --flat`` reads and writes
``/tmp/long-300000-flat.spacy``), so one ``--cache`` serves every length.

Usage:
    PYTHONPATH=src python benchmarks/quotes_long_text.py --chars 300000 --cache /tmp/long.spacy
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
NEWSWIRE = HERE.parent.parent / "shared" / "data" / "newswire-1997-1998.jsonl"


def joined(chars: int, flat: bool) -> str:
    """The first newswire records joined, cut at ``chars`` characters."""
    parts: list[str] = []
    size = 0
    with NEWSWIRE.open(encoding="utf-8") as lines:
        for line in lines:
            parts.append(json.loads(line)["text"])
            size += len(parts[-1]) + 2
            if size >= chars:
                break
    return (" " if flat else "\n\n").join(parts)[:chars]


def keyed(cache: Path, chars: int, flat: bool) -> Path:
    """The cache file for one length and layout: a parse of another text must never be timed as this one."""
    return cache.with_name(f"{cache.stem}-{chars}{'-flat' if flat else ''}{cache.suffix}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=300_000, help="length of the joined text")
    ap.add_argument("--flat", action="store_true", help="join the records with a space: one paragraph")
    ap.add_argument("--cache", type=Path, required=True,
                    help="DocBin of the parsed text (made if missing), its name keyed by --chars and --flat")
    ap.add_argument("--no-append", action="store_true", help="print only; do not add the table to RESULTS.md")
    args = ap.parse_args()
    if not NEWSWIRE.is_file():
        print(f"quotes_long_text: {NEWSWIRE} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    from spacy.tokens import DocBin

    from storyline.nlp import load_model
    from storyline.nlp.entities import find_entities
    from storyline.nlp.quotes import find_quotes
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    cache = keyed(args.cache, args.chars, args.flat)
    if cache.is_file():
        doc = next(iter(DocBin().from_disk(cache).get_docs(nlp.vocab)))
    else:
        text = joined(args.chars, args.flat)
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        doc = nlp(text)
        DocBin(store_user_data=True, docs=[doc]).to_disk(cache)
    start = time.process_time()
    mentions, chains = find_entities(doc)
    found = time.process_time()
    quotes = find_quotes(doc, mentions, chains)
    done = time.process_time()
    print(f"{len(doc.text)} characters: find_entities {found - start:.2f} s, find_quotes {done - found:.2f} s CPU, "
          f"{len(quotes)} attributions")
    if not args.no_append:
        from report import append_results

        layout = "one paragraph" if args.flat else "records set apart by blank lines"
        append_results("Quote attribution on one long text: CPU time by length",
                       "| text | characters | find_entities CPU | find_quotes CPU | attributions |\n"
                       "|---|---|---|---|---|\n"
                       f"| newswire joined, {layout} | {len(doc.text):,} | {found - start:.2f} s | "
                       f"{done - found:.2f} s | {len(quotes)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
