"""Do per-article costs and query latencies stay flat as the store grows, on SQLite and on PostgreSQL?

Both stores grow side by side, batch by batch (``--batch`` articles into
SQLite, then the same into PostgreSQL), so a noisy shared machine slows both
alike.  Per batch: ingest (``Storyline.add``: content hash, near-duplicate
lookup, store; then saving the reused annotation) in articles/s, and linking
(``link.update``, timelines included) in ms/article.  At each size of
``--sizes``: latency p50/p95 of ``stories`` (a page of 50: the first newest
first, a deep one at half the stories, the first largest first), ``story ID``,
``timeline ID`` and ``search WORD`` (``--reps`` calls each, random ids and
words), and the peak RSS of ``storyline export --format json`` run as a child.

Articles: the 2,452 newswire articles annotated once (``--base``, a store made
by ``storyline ingest``; ``link_scale.base_store`` makes one if missing),
then copies (``link_scale.stream``: new ids and hashes, publication dates and
timex values shifted by 20-year eras).  So that copies are not
near-duplicates of each other yet reuse the annotation's character offsets,
each era's copy rotates every letter of title and text by the era number
(same lengths, different words); annotations are reused, so annotation is
not part of the cost.  PostgreSQL: ``--pg URL`` of an empty database, or a
throwaway server started here from Debian's binaries (as the tests do).

At each size of ``--sizes`` a copy of each store is kept (``--keep``), and the
read latencies and export memory are measured on those copies at the end
(``--report``), so growing (hours at 50,000) and measuring can be separate runs,
and one process per backend can grow them on both cores at once.  ``pg_copy.py``
copies a SQLite snapshot's rows into PostgreSQL (minutes, where growing takes
hours), for a ``--report`` of reads at sizes the PostgreSQL growth did not reach.
The report also reads each deep listing's page at half by OFFSET and by cursor.

Usage::

    .venv/bin/python benchmarks/store_scale.py [--base /tmp/storyline_newswire_annotated.db]
        [--sizes 2500,5000,10000] [--batch 500] [--reps 30] [--pg postgresql://...] [--no-results]
    # or one process per backend, then the report:
    ... --backends sqlite --no-report & ... --backends postgresql --pg URL --no-report; ... --report
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import storyline
from link_scale import base_store, stream
from report import append_results, check_store, markdown_table
from storyline.link import update
from storyline.nlp import ANNOTATION_VERSION
from storyline.records import Annotation, Article
from storyline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
PAGE = 50  # stories a listing shows (storyline stories --limit, the web pages)
WORDS = ["government", "police", "minister", "election", "president", "market", "court", "talks", "army", "oil"]


def rotate(text: str, k: int) -> str:
    """Every ASCII letter moved ``k`` places in the alphabet (lengths and offsets unchanged)."""
    if not k:
        return text
    low = "abcdefghijklmnopqrstuvwxyz"
    table = str.maketrans(low + low.upper(), low[k:] + low[:k] + (low[k:] + low[:k]).upper())
    return text.translate(table)


def items(base: Path, total: int) -> Iterator[tuple[Article, Annotation]]:
    for art, ann in stream(base, total):
        era = int(art.external_id.rsplit("#era", 1)[1])
        art.title, art.text = rotate(art.title, era % 26), rotate(art.text, era % 26)
        yield art, ann


@contextmanager
def pg_database(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    sys.path.insert(0, str(ROOT))
    from tests.store.postgres_server import create_database, find_bin, postgres_server

    bindir = find_bin()
    if bindir is None:
        raise SystemExit("no PostgreSQL binaries: apt-get install postgresql, or pass --pg URL")
    with postgres_server(bindir) as server:
        yield create_database(server, "scale")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def latencies(sl: storyline.Storyline, reps: int, rng: random.Random) -> dict[str, tuple[float, float]]:
    """(p50, p95) in ms of the read paths the CLI and web use.

    Listings read a page of 50 stories, as the web and ``storyline stories`` do:
    the first page newest first (the web's order), a deep one (offset half the
    stories), and the first page largest first (the CLI's order).
    """
    story_ids = [s.id for s in sl.store.stories(with_timeline=False)]
    deep = len(story_ids) // 2
    calls: dict[str, Callable[[], object]] = {
        "stories page 1 (newest)": lambda: sl.stories(with_timeline=False, order="recent", limit=PAGE),
        "stories deep page (offset half)": lambda: sl.stories(with_timeline=False, order="recent", limit=PAGE,
                                                              offset=deep),
        "stories page 1 (largest)": lambda: sl.stories(with_timeline=False, order="largest", limit=PAGE),
        "story": lambda: sl.story(rng.choice(story_ids)),
        "timeline": lambda: sl.timeline(rng.choice(story_ids)),
        "search": lambda: sl.search(rng.choice(WORDS)),
    }
    return {name: timed(call, reps) for name, call in calls.items()}


def timed(call: Callable[[], object], reps: int) -> tuple[float, float]:
    """(p50, p95) in ms of ``reps`` calls."""
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        call()
        times.append(1000 * (time.perf_counter() - t0))
    return statistics.median(times), pct(times, 0.95)


def listing_pages(sl: storyline.Storyline, reps: int) -> list[list[object]]:
    """The first page and the page at half of each deep listing, read by OFFSET and by cursor (keyset).

    Listings: stories newest first (the web UI), largest first (``storyline
    stories``), and articles in publication order (``storyline articles``); a
    page of 50.  The cursor at half is the ``next`` of a first page of half the
    rows; the deep page read both ways must hold the same rows.
    """
    store = sl.store
    half_s, half_a = store.count_stories() // 2, store.count_articles() // 2
    rows: list[list[object]] = []
    listings: list[tuple[str, Callable[..., list[Any]], Callable[..., Any], int]] = [
        (f"stories, {label}", lambda order=order, **kw: store.stories(with_timeline=False, order=order, **kw),
         lambda order=order, **kw: store.story_page(order=order, **kw), half_s)
        for label, order in (("newest first", "recent"), ("largest first", "largest"))]
    listings.append(("articles, by date", lambda **kw: store.articles(**kw), lambda **kw: store.article_page(**kw),
                     half_a))
    for name, by_offset, by_cursor, half in listings:
        rows.append([name, half, *(f"{p50:.1f} / {p95:.1f}" for p50, p95 in offset_vs_cursor(
            name, by_offset, by_cursor, half, reps))])
    return rows


def offset_vs_cursor(name: str, by_offset: Callable[..., list[Any]], by_cursor: Callable[..., Any], half: int,
                     reps: int) -> list[tuple[float, float]]:
    """(p50, p95) of the first page and of the page at ``half``, each read by offset and by cursor."""
    cursor = by_cursor(limit=half).next if half else None
    deep = by_cursor(limit=PAGE, after=cursor).items
    if [x.id for x in by_offset(limit=PAGE, offset=half)] != [x.id for x in deep]:
        raise SystemExit(f"{name}: the page at half read by cursor differs from the one read by offset")
    return [timed(lambda: by_offset(limit=PAGE), reps), timed(lambda: by_offset(limit=PAGE, offset=half), reps),
            timed(lambda: by_cursor(limit=PAGE), reps), timed(lambda: by_cursor(limit=PAGE, after=cursor), reps)]


def export_rss_mb(db: str, out: Path) -> float:
    """Peak RSS (MB) of ``storyline --db DB export --format json`` in a child process.

    Read from the child's own ``VmHWM`` (its address space since exec): Linux keeps
    ``ru_maxrss`` across fork and exec, so it would report this (large) process instead.
    """
    code = ("import atexit, sys; atexit.register(lambda: sys.stderr.write('MAXRSS ' + next("
            "l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')) + '\\n'));"
            "from storyline.cli import main; main()")
    proc = subprocess.run([sys.executable, "-c", code, "--db", db, "export", "--format", "json", "--output", str(out)],
                          capture_output=True, text=True, check=False)
    line = [x for x in proc.stderr.splitlines() if x.startswith("MAXRSS ")]
    if proc.returncode or not line:
        raise SystemExit(f"export failed on {db}: {proc.stderr[-500:]}")
    return int(line[0].split()[1]) / 1024


def snapshot(name: str, sl: storyline.Storyline, url: str, size: int, keep: Path) -> tuple[storyline.Storyline, str]:
    """A copy of the store as it is at ``size`` articles (SQLite: VACUUM INTO; PostgreSQL: a template copy).

    Returns the (reopened) store and the copy's URL; the copies are what ``--report`` measures."""
    if name == "SQLite":
        copy = keep / f"sqlite-{size}.db"
        copy.unlink(missing_ok=True)
        sl.store.db.execute("VACUUM INTO ?", (str(copy),))
        return sl, str(copy)
    import psycopg

    base, db = url.rsplit("/", 1)
    sl.close()
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}_{size}"')  # type: ignore[arg-type]
        conn.execute(f'CREATE DATABASE "{db}_{size}" TEMPLATE "{db}"')  # type: ignore[arg-type]
    return storyline.open(url, Settings()), f"{base}/{db}_{size}"


def grow(args: argparse.Namespace, sizes: list[int]) -> None:
    """Grow the asked backends to the largest size, timing each batch; snapshot at each size into ``--keep``."""
    settings = Settings()
    base_store(args.data, args.base, settings)
    args.keep.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        urls: dict[str, str] = {}
        if "sqlite" in args.backends:
            urls["SQLite"] = str(args.keep / "scale.db")
            Path(urls["SQLite"]).unlink(missing_ok=True)
        if "postgresql" in args.backends:
            urls["PostgreSQL"] = stack.enter_context(pg_database(args.pg))
        apis = {name: storyline.open(url, settings) for name, url in urls.items()}
        log = {name: args.keep / f"grow-{name}.jsonl" for name in urls}
        for path in log.values():
            path.unlink(missing_ok=True)
        done = 0
        stream_items = items(args.base, sizes[-1])
        while done < sizes[-1]:
            pending = [x for _, x in zip(range(args.batch), stream_items, strict=False)]
            if not pending:
                break
            done += len(pending)
            for name, sl in apis.items():
                t0, c0 = time.perf_counter(), time.process_time()
                for art, ann in pending:
                    a2 = Article(**{**art.__dict__, "id": None, "duplicate_of": None})
                    aid = sl.add(a2)
                    if aid is not None and a2.duplicate_of is None:
                        sl.store.save_annotation(Annotation(**{**ann.__dict__, "article_id": aid}), ANNOTATION_VERSION)
                t1, c1 = time.perf_counter(), time.process_time()
                update(sl.store, settings)
                t2, c2 = time.perf_counter(), time.process_time()
                row = {"stored": done, "backend": name, "ingest_per_s": round(len(pending) / (t1 - t0), 1),
                       "ingest_cpu_ms": round(1000 * (c1 - c0) / len(pending), 2),
                       "link_ms": round(1000 * (t2 - t1) / len(pending), 2),
                       "link_cpu_ms": round(1000 * (c2 - c1) / len(pending), 2), "load": os.getloadavg()[0]}
                with log[name].open("a") as fh:
                    fh.write(json.dumps(row) + "\n")
                print(*row.values(), flush=True)
                if done in sizes:
                    apis[name], copy = snapshot(name, sl, urls[name], done, args.keep)
                    with (args.keep / "snapshots.jsonl").open("a") as fh:
                        fh.write(json.dumps({"stored": done, "backend": name, "url": copy}) + "\n")
        for sl in apis.values():
            sl.close()
        if not args.no_report:  # inside the stack: a throwaway PostgreSQL server still runs
            report(args)


def report(args: argparse.Namespace) -> None:
    """Latencies and export memory on every snapshot in ``--keep``, and one RESULTS section with the growth."""
    rng = random.Random(7)
    snaps = [json.loads(x) for x in (args.keep / "snapshots.jsonl").read_text().splitlines()]
    latest = {(s["backend"], s["stored"]): s["url"] for s in snaps}
    size_rows: list[list[object]] = []
    page_rows: list[list[object]] = []
    lat: dict[str, tuple[float, float]] = {}
    for (name, size), url in sorted(latest.items(), key=lambda kv: (kv[0][1], kv[0][0] != "SQLite")):
        if name == "SQLite":
            check_store(url)
        with storyline.open(url, Settings()) as sl:
            lat = latencies(sl, args.reps, rng)
            page_rows += [[size, name, *row] for row in listing_pages(sl, args.reps)]
        rss = export_rss_mb(url, args.keep / "export.json")
        size_rows.append([size, name, *(f"{lat[k][0]:.1f} / {lat[k][1]:.1f}" for k in lat), round(rss)])
        print(*size_rows[-1], flush=True)
    grow_rows: list[list[object]] = []
    marks = sorted({s["stored"] for s in snaps})
    for path in sorted(args.keep.glob("grow-*.jsonl")):
        rows = [json.loads(x) for x in path.read_text().splitlines()]
        for lo, hi in zip([0, *marks], marks, strict=False):  # medians over the batches between two sizes
            part = [r for r in rows if lo < r["stored"] <= hi]
            if part:
                med = {k: statistics.median(r[k] for r in part)
                       for k in ("ingest_per_s", "ingest_cpu_ms", "link_ms", "link_cpu_ms")}
                grow_rows.append([f"{lo:,}-{hi:,}", part[0]["backend"], len(part), round(med["ingest_per_s"], 1),
                                  round(med["ingest_cpu_ms"], 1), round(med["link_ms"], 1),
                                  round(med["link_cpu_ms"], 1), f"{min(r['load'] for r in part):.1f}-"
                                  f"{max(r['load'] for r in part):.1f}"])
    (args.keep / "export.json").unlink(missing_ok=True)
    growth = markdown_table(["stored", "backend", "batches", "ingest articles/s", "ingest CPU ms/article",
                             "link ms/article (timelines incl.)", "link CPU ms/article", "load average"], grow_rows)
    queries = markdown_table(["stored", "backend", *(f"{k} p50 / p95 ms" for k in lat), "export json peak RSS MB"],
                             size_rows)
    pages = markdown_table(["stored", "backend", "listing (50 a page)", "rows before the deep page",
                            "first page, offset p50 / p95 ms", "deep page, offset p50 / p95 ms",
                            "first page, cursor p50 / p95 ms", "deep page, cursor p50 / p95 ms"], page_rows)
    body = ("Stores grown in batches; the growth table gives medians over the batches between two sizes."
            " CPU columns are this process's"
            " CPU time (for SQLite all the work; for PostgreSQL the server's share is not in it), so they hold"
            " on a shared machine where wall times do not. Read latencies and export memory are measured on"
            " copies of the stores taken at each size. Copies past 2,452 articles: letters rotated per era,"
            " dates shifted, annotations reused (see the script's docstring).\n\n" + growth + "\n\n" + queries
            + "\n\nListing pages read by OFFSET (`stories --offset`, `?page=N`) and by cursor"
            " (`--after`, `?after=`):\n\n" + pages)
    print(body)
    if not args.no_results:
        append_results("Store scale: SQLite vs PostgreSQL as the store grows (benchmarks/store_scale.py)", body)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "storyline_newswire_annotated.db")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/newswire-1997-1998.jsonl")
    ap.add_argument("--sizes", default="2500,5000,10000")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--backends", default="sqlite,postgresql",
                    help="Which stores to grow (one process per backend uses both cores)")
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "storyline-scale",
                    help="Folder for the SQLite store, the snapshots at each size and the growth logs")
    ap.add_argument("--pg", help="URL of an empty PostgreSQL database (default: start a throwaway server,"
                                 " whose snapshots are gone when the run ends: pass --pg to --report them)")
    ap.add_argument("--no-report", action="store_true",
                    help="Only grow (e.g. one process per backend, with --pg); then run --report once")
    ap.add_argument("--report", action="store_true", help="Only measure the snapshots in --keep and write RESULTS")
    ap.add_argument("--no-results", action="store_true", help="Print the tables only (a short check run):"
                    " do not append them to RESULTS.md")
    args = ap.parse_args()
    if args.report:
        report(args)
    else:
        (args.keep / "snapshots.jsonl").unlink(missing_ok=True)
        grow(args, sorted(int(s) for s in args.sizes.split(",")))


if __name__ == "__main__":
    main()
