"""What does a search in a script written without spaces (``storyline search 北京``) cost as the store grows?

Such a query is found by substring (``LIKE``, every article's title and text read: see
``storyline.store.literal``), where a word query seeks the FTS5 index.  Articles: the newswire JSONL's
2,452 articles, then copies with every letter rotated by the copy's number (``store_scale.rotate``:
same lengths, other words), stored through ``store.add_article`` (no annotation: search reads none),
plus a few written Chinese reports.  At each size of ``--sizes``: p50 / p95 of ``--reps`` searches of a
word (FTS5), a Chinese word found in a few articles, and two Chinese words.

Usage::

    .venv/bin/python benchmarks/search_spaceless.py [--sizes 10000,50000] [--reps 20] [--no-append]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from report import append_results, markdown_table
from store_scale import WORDS, rotate, timed
from storyline.ingest.article import content_hash
from storyline.records import Article
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[1]
CHINESE = ["北京遭遇今冬首场大雪，市区气温降至零下十度。",
           "上海和北京之间的高速铁路今天恢复运行。",
           "新华社北京十二月二日电 国务院召开常务会议。",
           "广州市政府宣布新的交通规定。",
           "台风登陆海南，北京派出救援队。"]


def fill(store: object, records: list[dict[str, str]], start: int, stop: int) -> None:
    for n in range(start, stop):
        r, era = records[n % len(records)], n // len(records)
        title, text = rotate(r.get("title", ""), era % 26), rotate(r["text"], era % 26)
        if n % 5000 < len(CHINESE):  # a few Chinese reports among them
            title, text = f"报道 {n}", CHINESE[n % 5000]
        store.add_article(Article(external_id=f"a{n}", title=title, text=text, published=r.get("published"),  # type: ignore[attr-defined]
                                  content_hash=content_hash(f"{title}#{n}", text), input_hash=f"i{n}"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "newswire-1997-1998.jsonl"))
    ap.add_argument("--sizes", default="10000,50000")
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args()
    records = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "s.db"))
        have = 0
        for size in [int(x) for x in args.sizes.split(",")]:
            t0 = time.perf_counter()
            fill(store, records, have, size)
            have = size
            print(f"{size} stored ({time.perf_counter() - t0:.0f} s)", flush=True)
            for name, call in (("word (FTS5)", lambda: store.search(rng.choice(WORDS))),
                               ("北京 (substring)", lambda: store.search("北京")),
                               ("北京 大雪 (substring)", lambda: store.search("北京 大雪"))):
                p50, p95 = timed(call, args.reps)
                rows.append([size, name, f"{p50:.1f}", f"{p95:.1f}", len(call())])  # type: ignore[arg-type]
                print(rows[-1], flush=True)
        store.close()  # type: ignore[attr-defined]
    table = markdown_table(["articles", "query", "p50 ms", "p95 ms", "hits"], rows)
    print(table)
    if not args.no_append:
        append_results("Search in a script without spaces: substring cost vs FTS5 (search_spaceless.py)", table)


if __name__ == "__main__":
    main()
