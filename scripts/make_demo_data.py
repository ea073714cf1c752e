"""Build the bundled demo corpus from the SemEval-2015 Task 4 Wikinews TimeML files.

The TimeML files hold tokenized sentences; this script joins the tokens back
into plain text (detokenize), takes the title from <EXTRAINFO> and the
publication date from the document creation time, and writes one JSON record
per article, the input format ``storyline ingest`` reads.

Usage:
    python scripts/make_demo_data.py ../shared/data/wikinews-timeline/SemEval_Task4_data/corpus_1/corpus_trackA_TimeML \
        data/demo/wikinews-airlines.jsonl
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


def convert(tml: Path) -> dict[str, str]:
    root = ET.parse(tml).getroot()
    dct = root.find("DCT/TIMEX3")
    title = (root.findtext("EXTRAINFO") or "").strip()
    sents = ["".join(s.itertext()).strip() for s in root.findall("TEXT/s")]
    body = [detokenize(s) for s in sents[2:]]  # s0 repeats the title, s1 is the date line
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


def main(src: str, dst: str) -> None:
    records = [convert(p) for p in sorted(Path(src).glob("*.tml"))]
    records.sort(key=lambda r: (r["published"], r["id"]))
    Path(dst).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"wrote {len(records)} articles to {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
