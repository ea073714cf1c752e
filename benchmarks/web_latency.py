"""Web UI latency on a real store: the story page of the largest story, served by the real server.

The store holds every article of the newswire JSONL (2,452 AFP/APW articles),
ingested, annotated and linked through the real pipeline once and kept in
``--cache`` (several minutes to build; reused after).  ``storyline serve``
runs as a subprocess on a free loopback port; a real HTTP client (httpx)
asks for each page ``--n`` times after a warm-up.  Server-side time is the
``Server-Timing`` header the app adds (request in -> response headers out,
the page fully built); the round trip adds the loopback and the client.
Goal: the largest story's page under 100 ms p95 server-side.

Usage::

    .venv/bin/python benchmarks/web_latency.py ../shared/data/newswire-1997-1998.jsonl [--cache PATH] [--n 200]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

import storyline
from report import append_results, markdown_table

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


def measure(client: httpx.Client, url: str, n: int, warmup: int) -> tuple[list[float], list[float], int]:
    """(server ms, round-trip ms, bytes) of n requests after ``warmup`` unmeasured ones."""
    server, trip, size = [], [], 0
    for i in range(warmup + n):
        began = time.perf_counter()
        r = client.get(url)
        took = (time.perf_counter() - began) * 1000
        r.raise_for_status()
        if i >= warmup:
            server.append(float(r.headers["server-timing"].split("dur=")[1]))
            trip.append(took)
            size = len(r.content)
    return server, trip, size


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
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(BIN), "--db", str(args.cache), "serve", "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    rows = []
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(100):
                try:
                    client.get("/stories")
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            pages = [("story page, largest story", f"/story/{largest.id}"),
                     ("story page JSON, largest story", f"/story/{largest.id}.json"),
                     ("stories, first page", "/stories"),
                     ("entity page, most named entity", f"/entity/{top.id}"),
                     ("quotes, first page", "/quotes"),
                     ("article page", f"/article/{one.id}")]
            for name, path in pages:
                n = args.n if path.startswith("/story/") else max(20, args.n // 5)
                server, trip, size = measure(client, path, n, args.warmup)
                rows.append([name, path, n, size // 1024, statistics.median(server), percentile(server, 95),
                             max(server), statistics.median(trip), percentile(trip, 95)])
                print(f"{name:34s} p50 {rows[-1][4]:7.1f} ms  p95 {rows[-1][5]:7.1f} ms (server)", file=sys.stderr)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    table = markdown_table(["page", "path", "requests", "KB", "server p50 ms", "server p95 ms", "server max ms",
                            "round trip p50 ms", "round trip p95 ms"], rows)
    note = (f"Store: {articles} articles, {len(stories)} stories; the largest story has {largest.articles} articles "
            f"and {entries} timeline entries.  One client, sequential requests, after {args.warmup} warm-up requests "
            "per page; server time from the Server-Timing header.  Goal: largest story page < 100 ms p95 server-side.")
    print(table)
    append_results("Web UI latency: pages of the real server over the newswire store", f"{table}\n\n{note}")


if __name__ == "__main__":
    main()
