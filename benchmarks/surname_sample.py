"""Who does a bare surname two people of one article share mean?  The judged samples, scored on the code at hand.

Question: issue 9 item 2 asks that a bare surname after two or more full names sharing it ("Gray" after "Kimani
Gray" and "his sister Mahnefah Gray") go to the person the writer means.  ``data/surname_sample_A.tsv`` and
``data/surname_sample_B.tsv`` hold dev cases (the 2,452 dev newswire records, ECB+ odd topics), each judged by
reading (``data/README.md`` says how they were drawn).  This script annotates the articles they come from with
the code at hand (``nlp.entities.find_entities``), reads which chain each judged mention joins, and counts right
and wrong over the rows that name a person (``judged`` not ``-``); ``--show`` prints every wrong row.

Usage::

    python benchmarks/surname_sample.py [--show]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATA = HERE.parent.parent / "shared" / "data"
SAMPLES = ("A", "B")


def article_text(article: str, newswire: dict[str, str]) -> str:
    """The text a case's offsets count in: the newswire record's text, or ECB+ text as ``ecb_text`` joins it."""
    if "/" in article:
        from ecb_text import ecb_text

        return ecb_text(DATA / "ecbplus" / article)
    if article not in newswire:
        raise SystemExit(f"surname_sample: {article} is not in the newswire file; is ../shared/data complete?")
    return newswire[article]


def newswire_texts() -> dict[str, str]:
    """Every newswire record's text by id, read once (a sample names dozens of records)."""
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as lines:
        return {r["id"]: str(r["text"]) for r in map(json.loads, lines) if r}


def joined(nlp, text: str, offsets: set[int]) -> dict[int, str]:
    """For each offset, the name of the chain the mention starting there joins ('-' for none)."""
    from storyline.nlp.entities import find_entities

    mentions, chains = find_entities(nlp(text))
    found = {m.start: chains[m.chain].name for m in mentions if m.chain is not None and m.start in offsets}
    return {at: found.get(at, "-") for at in offsets}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="print every wrong row")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"surname_sample: {DATA} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    from storyline.nlp import load_model
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    newswire = newswire_texts()
    for name in SAMPLES:
        rows = list(csv.DictReader((HERE / "data" / f"surname_sample_{name}.tsv").open(encoding="utf-8"),
                                   delimiter="\t"))
        chosen: dict[tuple[str, int], str] = {}
        for article in dict.fromkeys(r["article"] for r in rows):
            offsets = {int(r["offset"]) for r in rows if r["article"] == article}
            for at, chain in joined(nlp, article_text(article, newswire), offsets).items():
                chosen[article, at] = chain
        people = [r for r in rows if r["judged"] != "-"]
        wrong = [r for r in people if chosen[r["article"], int(r["offset"])]
                 not in {r["judged"], *filter(None, r["also_right"].split("|"))}]
        print(f"surname sample {name}: {len(people) - len(wrong)} right, {len(wrong)} wrong of {len(people)} "
              f"({(len(people) - len(wrong)) / len(people):.3f})")
        for r in wrong if args.show else []:
            print(f"  {name}#{r['n']} {r['article']}@{r['offset']} {r['mention']}: "
                  f"{chosen[r['article'], int(r['offset'])]} (judged {r['judged']}) {r['note'][:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
