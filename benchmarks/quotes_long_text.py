"""Does quote attribution cost a long text its length or its square?  find_quotes' CPU time on joined newswire.

Question: one article of hundreds of thousands of characters (a book, a joined feed dump) must not stall a
batch.  This script joins the newswire records (``../shared/data/newswire-1997-1998.jsonl``, in file order)
into one text of ``--chars`` characters (records set apart by a blank line, or by a space with ``--flat``:
one paragraph), parses it once into a DocBin cache, and prints the CPU time of
:func:`~storyline.nlp.entities.find_entities` and :func:`~storyline.nlp.quotes.find_quotes` on it (the parse
excluded) and how many attributions it finds.  Run it at two lengths: linear code takes about three times as
long for three times the text.  Compare versions with ``PYTHONPATH`` on the same cache, alternately.

Usage:
    PYTHONPATH=src python benchmarks/quotes_long_text.py --chars 300000 --cache /tmp/long300k.spacy
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=300_000, help="length of the joined text")
    ap.add_argument("--flat", action="store_true", help="join the records with a space: one paragraph")
    ap.add_argument("--cache", type=Path, required=True, help="DocBin of the parsed text (made if missing)")
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
    if args.cache.is_file():
        doc = next(iter(DocBin().from_disk(args.cache).get_docs(nlp.vocab)))
    else:
        text = joined(args.chars, args.flat)
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        doc = nlp(text)
        DocBin(store_user_data=True, docs=[doc]).to_disk(args.cache)
    start = time.process_time()
    mentions, chains = find_entities(doc)
    found = time.process_time()
    quotes = find_quotes(doc, mentions, chains)
    done = time.process_time()
    print(f"{len(doc.text)} characters: find_entities {found - start:.2f} s, find_quotes {done - found:.2f} s CPU, "
          f"{len(quotes)} attributions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
