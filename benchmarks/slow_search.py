"""A costly full-text search over the web: how long it runs, and how long another page waits meanwhile.

For each code tree given (``--src``, e.g. main's and a branch's ``src``), ``storyline serve`` runs over the
same store as a subprocess with that tree first on ``PYTHONPATH``; a real HTTP client (httpx) asks for:

- an ordinary search (``share prices``, a query of its own per request so no kept page answers), median of ``--n``;
- the largest story's page alone, rendered (a ``utm_`` tag of its own defeats the page cache);
- each costly query (a common word repeated: FTS5 ranks and cuts a snippet for every matched article times
  every phrase), with the same story page asked 0.5 s after it: its status and time, and the page's.

Peers run one after another in the same command, minutes apart on the same store.  Figures go to
``benchmarks/RESULTS.md`` by hand, with the command.

Usage::

    .venv/bin/python benchmarks/slow_search.py --db news.db --src /path/to/main/src --src src
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from report import markdown_table

COSTLY = {
    "stories: 60 'the' ORed": "/stories?q=" + "+OR+".join(["the"] * 60),
    "stories: 120 'the'": "/stories?q=" + "+".join(["the"] * 120),
    "quotes: 2,000 'the'": "/quotes?q=" + "+".join(["the"] * 2000),
}


def _serve(src: str, db: str) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": src, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "--db", db, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/static/style.css", timeout=2)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"storyline serve with {src} did not start")


def _get(url: str) -> tuple[float, int]:
    began = time.perf_counter()
    status = httpx.get(url, timeout=900).status_code
    return time.perf_counter() - began, status


def measure(src: str, db: str, n: int) -> list[list[object]]:
    proc, base = _serve(src, db)
    rows: list[list[object]] = []
    try:
        story = httpx.get(base + "/stories.json?sort=largest&limit=1", timeout=60).json()["stories"][0]["id"]
        ordinary = [_get(f"{base}/stories?q=share+prices&utm_n={i}")[0] for i in range(n)]
        rows.append([src, "ordinary search (median)", f"{statistics.median(ordinary):.3f}", 200, "", ""])
        alone, _ = _get(f"{base}/story/{story}?utm_n=alone")
        rows.append([src, f"/story/{story} alone", f"{alone:.3f}", 200, "", ""])
        for name, path in COSTLY.items():
            slow: dict[str, tuple[float, int]] = {}
            runner = threading.Thread(target=lambda p=path, out=slow: out.__setitem__("r", _get(base + p)))
            runner.start()
            time.sleep(0.5)
            waited, status = _get(f"{base}/story/{story}?utm_n={len(name)}{name[:3]}")
            runner.join()
            rows.append([src, name, f"{slow['r'][0]:.2f}", slow["r"][1], f"{waited:.3f}", status])
            print(rows[-1], flush=True)
    finally:
        proc.terminate()
        proc.wait()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a linked store, e.g. the 2,452-article newswire store")
    ap.add_argument("--src", action="append", help="a code tree's src folder (repeat for peers; default: src)")
    ap.add_argument("--n", type=int, default=20, help="ordinary searches timed per peer")
    args = ap.parse_args()
    rows = [row for src in args.src or [str(Path(__file__).resolve().parents[1] / "src")]
            for row in measure(src, args.db, args.n)]
    print(markdown_table(["code", "request", "seconds", "status", "story page asked 0.5 s in (s)", "its status"],
                         rows))


if __name__ == "__main__":
    main()
