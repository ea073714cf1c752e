"""Build the bundled demo corpus from the SemEval-2015 Task 4 Wikinews TimeML files.

The TimeML files hold tokenized sentences; this script joins the tokens back
into plain text (detokenize), takes the title from <EXTRAINFO> and the
publication date from the document creation time, and writes one JSON record
per article, the input format ``storyline ingest`` reads.

Every body sentence is kept (``convert(whole=True)``): the trial corpus opens
with the date line, then the lead. An article that the attribution benchmark
holds out (``benchmarks/data/wikinews_attributions.jsonl``, split ``heldout``)
is left out and named, so the demo corpus, which tests read, holds no held-out
text.

Usage:
    python scripts/make_demo_data.py ../shared/data/wikinews-timeline/Corpus-trial-data_task4_TimeML \
        data/demo/wikinews-apple.jsonl
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_NO_SPACE_BEFORE = re.compile(r" ([,.;:?!)\]%]|'s\b|'S\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|'(?= |$))")
_NO_SPACE_AFTER = re.compile(r"([(\[$#]) ")


def detokenize(tokens: str) -> str:
    """Join space-separated tokens as a writer would: ``Apple 's OS X`` -> ``Apple's OS X``."""
    out: list[str] = []
    open_quote = False
    for tok in tokens.split(" "):
        if tok in ("``", "''"):  # Penn Treebank quote tokens: `` opens, '' closes
            open_quote = tok == "''"
            tok = '"'
        if tok == '"':
            if open_quote:
                out[-1:] = [out[-1] + '"'] if out else ['"']
            else:
                out.append('"')
            open_quote = not open_quote
            continue
        if out and out[-1] == '"' and open_quote and not out[-1].strip('"'):
            out[-1] = '"' + tok
        else:
            out.append(tok)
    text = " ".join(out)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return text.replace("GB #", "GB£").replace(" - ", "-")


_DATE_LINE = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\s*,?\s*\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+ \d{4}")


def preamble(sents: list[str], title: str) -> int:
    """How many of a file's first sentences are not its body: a repeat of the title, the date line.

    The trial corpus opens with the date line and then the lead, so a fixed
    two would drop its lead sentence (the article's news):

    >>> preamble(["June 8 , 2010", "Yesterday , Jobs unveiled iPhone 4 ."], "Apple unveils iPhone 4")
    1
    >>> preamble(["Apple unveils iPhone 4", "June 8 , 2010", "Yesterday , ..."], "Apple unveils iPhone 4")
    2
    """
    n = 0
    while n < len(sents) and (sents[n].split() == title.split() or _DATE_LINE.fullmatch(sents[n].strip())):
        n += 1
    return n


def convert(tml: Path, whole: bool = False) -> dict[str, str]:
    """One TimeML file as an ingest record.

    ``whole``: keep every body sentence, dropping only the :func:`preamble`.
    The default drops the first two sentences, as when
    ``benchmarks/data/wikinews_attributions.jsonl``'s offsets were taken; on
    the trial corpus that drops each article's lead.
    """
    root = ET.parse(tml).getroot()
    dct = root.find("DCT/TIMEX3")
    title = (root.findtext("EXTRAINFO") or "").strip()
    sents = ["".join(s.itertext()).strip() for s in root.findall("TEXT/s")]
    body = [detokenize(s) for s in sents[preamble(sents, title) if whole else 2:]]
    paras, cur = [], []  # three sentences a paragraph, never splitting an open quote
    for sent in body:
        cur.append(sent)
        if len(cur) >= 3 and " ".join(cur).count('"') % 2 == 0:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    docid = root.findtext("DOCID") or tml.stem
    return {
        "id": f"wikinews-{docid}",
        "title": detokenize(title),
        "published": dct.get("value", "") if dct is not None else "",
        "source": "Wikinews",
        "url": "https://en.wikinews.org/wiki/" + detokenize(title).replace(" ", "_"),
        "text": "\n\n".join(paras),
        "licence": "CC BY 2.5 (Wikinews); annotations CC BY 3.0 (SemEval-2015 Task 4: FBK, VUA, EHU)",
    }


ATTRIBUTIONS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "wikinews_attributions.jsonl"


def held_out_for_quotes(gold: Path = ATTRIBUTIONS) -> set[str]:
    """Record ids (``wikinews-9509``) the attribution benchmark holds out; its first line lists the split."""
    about = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    return {a["id"] for a in about["articles"] if a["split"] == "heldout"}


def main(src: str, dst: str) -> None:
    held_out = held_out_for_quotes()
    records = [convert(p, whole=True) for p in sorted(Path(src).glob("*.tml"))]
    left_out = sorted(r["id"] for r in records if r["id"] in held_out)
    records = [r for r in records if r["id"] not in held_out]
    records.sort(key=lambda r: (r["published"], r["id"]))
    if left_out:
        print(f"left out {len(left_out)} articles held out for quotes: {', '.join(left_out)}")
    Path(dst).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"wrote {len(records)} articles to {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
