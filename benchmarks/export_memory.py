"""Does export memory stay flat as the store grows?  Peak RSS of ``storyline export``, 1x vs Nx store.

The 1x store is a real linked store (e.g. the 2,452 newswire articles:
``storyline --db nw.db ingest ../shared/data/newswire-1997-1998.jsonl``).  The
Nx store is a copy whose articles, with their annotations, mentions, timexes
and quotes, are repeated N times under new ids (each copy's content hash made
unique), so the export has N times the articles to write.  Each export runs in
a fresh process writing to a file; its peak memory is that process's
``ru_maxrss`` (from ``os.wait4``).

Usage:  python benchmarks/export_memory.py STORE.db [--times 4] [--formats json jsonl csv]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import append_results, markdown_table  # noqa: E402

STORYLINE = str(Path(sys.executable).with_name("storyline"))
COPIED = {  # table: columns other than id and article_id
    "mentions": "entity_id, chain, start, end, text, type",
    "timexes": "start, end, text, type, value, mod, anchored",
    "quotes": "start, end, text, speaker_id, speaker_text, cue, confidence, partial",
    "annotations": "sentences, terms, chains",
}
ARTICLE = ("external_id, title, text, description, published, published_from, source, url, dateline, format,"
           " metadata, removed, content_hash, duplicate_of, minhash, annotated, linked")


def grow(src: Path, dst: Path, times: int) -> int:
    """Copy ``src`` to ``dst`` with every article (and its annotation) ``times`` times; the article count."""
    shutil.copy(src, dst)
    con = sqlite3.connect(dst)
    top = con.execute("SELECT max(id) FROM articles").fetchone()[0]
    for k in range(1, times):
        shift = k * top
        cols = ARTICLE.replace("content_hash", f"content_hash || '-copy{k}'")
        cols = cols.replace("external_id", f"external_id || '-copy{k}'")
        cols = cols.replace("duplicate_of", f"duplicate_of + {shift}").replace("linked", "0")
        con.execute(f"INSERT INTO articles (id, {ARTICLE}) SELECT id + {shift}, {cols} FROM articles WHERE id <= ?",
                    (top,))
        for table, rest in COPIED.items():
            key = "article_id" if table == "annotations" else "id, article_id"
            sel = f"article_id + {shift}" if table == "annotations" else f"NULL, article_id + {shift}"
            con.execute(f"INSERT INTO {table} ({key}, {rest}) SELECT {sel}, {rest} FROM {table}"
                        " WHERE article_id <= ?", (top,))
    con.commit()
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return int(n)


def peak_export(db: Path, fmt: str, out: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one export in a fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([STORYLINE, "--db", str(db), "export", "--format", fmt, "--output", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"export {fmt} of {db} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return time.perf_counter() - t0, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--times", type=int, default=4)
    ap.add_argument("--formats", nargs="+", default=["json", "jsonl", "csv"])
    ap.add_argument("--no-append", action="store_true", help="print only; leave RESULTS.md alone")
    args = ap.parse_args()
    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.db"
        sizes = {1: int(sqlite3.connect(args.store).execute("SELECT count(*) FROM articles").fetchone()[0]),
                 args.times: grow(args.store, big, args.times)}
        for fmt in args.formats:
            for times, db in ((1, args.store), (args.times, big)):
                out = Path(tmp) / f"out.{fmt}"
                secs, mb = peak_export(db, fmt, out)
                rows.append([fmt, f"{times}x", sizes[times], round(out.stat().st_size / 2**20, 1), round(secs, 1),
                             round(mb, 1)])
    table = markdown_table(["format", "store", "articles", "output (MB)", "seconds", "peak RSS (MB)"], rows)
    print(table)
    if not args.no_append:
        append_results("Export peak memory, 1x vs Nx store (streaming export)",
                       table + "\n\nPeak RSS is the export process's `ru_maxrss` (it includes the imports, "
                       "about 100 MB). Flat across store sizes means the export streams.")


if __name__ == "__main__":
    main()
