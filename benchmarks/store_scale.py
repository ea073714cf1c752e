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

Usage::

    .venv/bin/python benchmarks/store_scale.py [--base /tmp/storyline_newswire_annotated.db]
        [--sizes 2500,5000,10000] [--batch 500] [--reps 30] [--pg postgresql://...] [--pg-max 0] [--no-results]
"""

from __future__ import annotations

import argparse
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

import storyline
from link_scale import base_store, stream
from report import append_results, markdown_table
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
        "stories": lambda: sl.stories(with_timeline=False, order="recent", limit=PAGE),
        "stories deep": lambda: sl.stories(with_timeline=False, order="recent", limit=PAGE, offset=deep),
        "stories largest": lambda: sl.stories(with_timeline=False, order="largest", limit=PAGE),
        "story": lambda: sl.story(rng.choice(story_ids)),
        "timeline": lambda: sl.timeline(rng.choice(story_ids)),
        "search": lambda: sl.search(rng.choice(WORDS)),
    }
    out = {}
    for name, call in calls.items():
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            call()
            times.append(1000 * (time.perf_counter() - t0))
        out[name] = (statistics.median(times), pct(times, 0.95))
    return out


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "storyline_newswire_annotated.db")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/newswire-1997-1998.jsonl")
    ap.add_argument("--sizes", default="2500,5000,10000")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--pg-max", type=int, default=0,
                    help="Stop growing the PostgreSQL store at this size (0: grow it like SQLite); for slow machines")
    ap.add_argument("--pg", help="URL of an empty PostgreSQL database (default: start a throwaway server)")
    ap.add_argument("--no-results", action="store_true", help="Print the tables only (a short check run):"
                    " do not append them to RESULTS.md")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    settings = Settings()
    base_store(args.data, args.base, settings)
    rng = random.Random(7)
    load: list[tuple[float, float, float]] = []
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        urls = {"SQLite": str(tmp / "scale.db"), "PostgreSQL": stack.enter_context(pg_database(args.pg))}
        apis = {name: stack.enter_context(storyline.open(url, settings)) for name, url in urls.items()}
        batch_rows: list[list[object]] = []
        size_rows: list[list[object]] = []
        pending: list[tuple[Article, Annotation]] = []
        done = 0
        stream_items = items(args.base, sizes[-1])
        while done < sizes[-1]:
            pending = [x for _, x in zip(range(args.batch), stream_items, strict=False)]
            if not pending:
                break
            done += len(pending)
            for name, sl in apis.items():
                if name == "PostgreSQL" and args.pg_max and done > args.pg_max:
                    continue
                t0 = time.perf_counter()
                for art, ann in pending:
                    a2 = Article(**{**art.__dict__, "id": None, "duplicate_of": None})
                    aid = sl.add(a2)
                    if aid is not None and a2.duplicate_of is None:
                        sl.store.save_annotation(Annotation(**{**ann.__dict__, "article_id": aid}), ANNOTATION_VERSION)
                t1 = time.perf_counter()
                update(sl.store, settings)
                t2 = time.perf_counter()
                batch_rows.append([done, name, round(len(pending) / (t1 - t0), 1),
                                   round(1000 * (t2 - t1) / len(pending), 2)])
                print(*batch_rows[-1], flush=True)
            if done in sizes:
                load.append(os.getloadavg())
                for name, sl in apis.items():
                    if name == "PostgreSQL" and args.pg_max and done > args.pg_max:
                        continue
                    lat = latencies(sl, args.reps, rng)
                    rss = export_rss_mb(urls[name], tmp / "export.json")
                    size_rows.append([done, name, *(f"{lat[k][0]:.1f} / {lat[k][1]:.1f}" for k in lat), round(rss)])
                    print(*size_rows[-1], flush=True)
    per_size = markdown_table(["stored", "backend", "ingest articles/s", "link ms/article (timelines incl.)"],
                              batch_rows)
    queries = markdown_table(["stored", "backend", "stories page 1 (newest) p50 / p95 ms",
                              "stories deep page (offset half) p50 / p95 ms", "stories page 1 (largest) p50 / p95 ms",
                              "story p50 / p95 ms",
                              "timeline p50 / p95 ms", "search p50 / p95 ms", "export json peak RSS MB"], size_rows)
    body = (f"Both stores grown side by side in batches of {args.batch}; load average at each size: "
            + ", ".join(f"{a:.1f}" for a, _, _ in load)
            + " on 2 cores (a shared machine: absolute times are inflated and noisy; compare the trend and the"
              " two backends within a row). Copies past 2,452 articles: letters rotated per era, dates shifted,"
              " annotations reused (see the script's docstring).\n\n"
            + per_size + "\n\n" + queries)
    print(body)
    if not args.no_results:
        append_results("Store scale: SQLite vs PostgreSQL as the store grows (benchmarks/store_scale.py)", body)


if __name__ == "__main__":
    main()
