"""Web UI latency on a real store: the story page of the largest story, served by the real server.

The store holds every article of the newswire JSONL (2,452 AFP/APW articles),
ingested, annotated and linked through the real pipeline once and kept in
``--cache`` (several minutes to build; reused after).  ``storyline serve``
runs as a subprocess on a free loopback port; a real HTTP client (httpx)
asks for each page ``--n`` times after a warm-up.  Server-side time is the
``Server-Timing`` header the app adds (request in -> response headers out,
the page fully built) and the CPU time spent meanwhile; the round trip adds
the loopback and the client.  The client asks for gzip, as a browser does (the server compresses answers of 1 KB
or more), so the server times include the compression; each page's size is given both ways, the bytes on the
wire and the page as decoded.  Each page is measured rendered (a query
parameter of its own per request defeats the page cache) and the story page
also as a kept page (the server keeps rendered pages until the store changes).  The stories
listing is measured at its first page and at the page halfway down, asked by number (``?page=N``:
OFFSET) and by cursor (``?after=``, as its next links do); the quotes listing at its first page
and halfway down; stories narrowed to the most named entity and to the largest source.  The story
page shows its 40 most salient
entries (``?top=all`` shows every one; measured too).  Goal: the largest
story's page under 100 ms p95 server-side.

Usage::

    .venv/bin/python benchmarks/web_latency.py ../shared/data/newswire-1997-1998.jsonl [--cache PATH] [--n 200]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

import storyline
from report import append_results, check_store, markdown_table

BIN = Path(sys.executable).with_name("storyline")


def build(jsonl: Path, cache: Path) -> None:
    """Ingest, annotate and link every article once (a filled, linked cache is reused as it is)."""
    with storyline.open(cache) as sl:
        if sl.store.count_articles() and not sl.store.links_to_do():
            return
        print(f"building {cache} from {jsonl} (ingest, annotate, link: several minutes)", file=sys.stderr)
        sl.ingest([str(jsonl)])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def browser_like(base: str) -> httpx.Client:
    """A client that asks for gzip, as a browser does: what it downloads is what a reader's page costs on the wire."""
    return httpx.Client(base_url=base, timeout=60, headers={"Accept-Encoding": "gzip"})


def measure(client: httpx.Client, url: str, n: int, warmup: int,
            render: bool) -> tuple[list[float], list[float], list[float], int, int]:
    """(server wall ms, server CPU ms, round-trip ms, bytes on the wire, bytes decoded) of n requests after
    ``warmup`` unmeasured ones (the sizes of the last request).

    ``render``: each request carries a query parameter of its own (which the
    page ignores), so none is answered from the page cache: the cost of building the page.
    """
    wall, cpu, trip, wire, size = [], [], [], 0, 0
    for i in range(warmup + n):
        began = time.perf_counter()
        r = client.get(f"{url}{'&' if '?' in url else '?'}utm_run={i}" if render else url)
        took = (time.perf_counter() - began) * 1000
        r.raise_for_status()
        if i >= warmup:
            timing = dict(part.strip().split(";dur=") for part in r.headers["server-timing"].split(","))
            wall.append(float(timing["app"]))
            cpu.append(float(timing["cpu"]))
            trip.append(took)
            wire, size = r.num_bytes_downloaded, len(r.content)
    return wall, cpu, trip, wire, size


def _quotes_at_half(sl: storyline.Storyline) -> str:
    """The quotes page halfway down the listing: by cursor where the store pages quote groups
    (``quote_group_page``), by number (50 a page) on code from before it."""
    groups = getattr(sl.store, "quote_group_page", None)
    if groups is None:
        total = len({" ".join(q.text.casefold().split()) for _, q in sl.quotes(limit=10**7)})
        return f"/quotes?page={total // 2 // 50 + 1}"
    half = int(sl.store.db.execute("SELECT count(*) FROM quote_groups").fetchone()[0]) // 2
    return f"/quotes?after={groups(limit=max(1, half)).next}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline_web_newswire.db")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=5)
    args = ap.parse_args()
    build(args.jsonl, args.cache)
    with storyline.open(args.cache) as sl:
        articles = sl.store.count_articles()
        stories = sl.stories(with_timeline=False)
        largest = max(stories, key=lambda s: (s.articles, -s.id))
        entries = len(sl.timeline(largest.id))
        top = sl.entities(limit=1)[0]
        one = sl.articles(limit=1)[0]
        deep = len(stories) // 2 // 20 + 1  # the stories page (20 a page) at half the listing
        cursor = sl.store.story_page(order="recent", limit=(deep - 1) * 20).next
        source = sl.store.db.execute("SELECT source FROM articles WHERE source IS NOT NULL GROUP BY source"
                                     " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        quotes_deep = _quotes_at_half(sl)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(BIN), "--db", str(args.cache), "serve", "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    rows = []
    try:
        with browser_like(base) as client:
            for _ in range(100):
                try:
                    client.get("/stories")
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            pages = [("story page, largest story", f"/story/{largest.id}", True),
                     ("story page, largest story, kept page", f"/story/{largest.id}", False),
                     ("story page JSON, largest story", f"/story/{largest.id}.json", True),
                     ("story page, every entry (?top=all)", f"/story/{largest.id}?top=all", True),
                     ("stories, first page", "/stories", True),
                     ("stories, page at half, by offset", f"/stories?page={deep}", True),
                     ("stories, page at half, by cursor", f"/stories?after={cursor}", True),
                     ("entity page, most named entity", f"/entity/{top.id}", True),
                     ("quotes, first page", "/quotes", True),
                     ("quotes, page at half", quotes_deep, True),
                     ("stories of the most named entity, first page", f"/stories?entity={top.id}", True),
                     ("stories of the largest source, first page", f"/stories?source={source}", True),
                     ("article page", f"/article/{one.id}", True)]
            for name, path, render in pages:
                n = args.n if path == f"/story/{largest.id}" else max(20, args.n // 5)
                wall, cpu, trip, wire, size = measure(client, path, n, args.warmup, render)
                rows.append([name, path, "rendered" if render else "page cache", n, round(wire / 1024, 1),
                             round(size / 1024, 1), statistics.median(wall), percentile(wall, 95),
                             statistics.median(cpu), percentile(cpu, 95), percentile(trip, 95)])
                print(f"{name:38s} wall p50 {rows[-1][6]:7.1f} p95 {rows[-1][7]:7.1f}  cpu p50 {rows[-1][8]:7.1f} "
                      f"p95 {rows[-1][9]:7.1f} ms  {wire} B gzip, {size} B raw", file=sys.stderr)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    load = os.getloadavg()[0]
    table = markdown_table(["page", "path", "answer", "requests", "KB on the wire (gzip)", "KB raw",
                            "server wall p50 ms", "server wall p95 ms",
                            "server CPU p50 ms", "server CPU p95 ms", "round trip p95 ms"], rows)
    note = (f"Store: {articles} articles, {len(stories)} stories; the largest story has {largest.articles} articles "
            f"and {entries} timeline entries.  One client, sequential requests, after {args.warmup} warm-up requests "
            "per page; server wall and CPU time from the Server-Timing header.  Goal: largest story page < 100 ms "
            f"p95 server-side.  Load average when the run ended: {load:.1f} on {os.cpu_count()} cores (wall times "
            "include waiting for the CPU when the machine is shared).")
    print(table)
    check_store(args.cache)
    append_results("Web UI latency: pages of the real server over the newswire store", f"{table}\n\n{note}")


if __name__ == "__main__":
    main()
