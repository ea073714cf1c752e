"""How fast does ingest run without NLP, and does its memory stay flat as the input grows?

The ECB+ articles (772 real web news pages, tokenized XML) are turned back into
scraped text first, written as .txt files and as one JSON Lines file in a temp
folder, so the timed run measures our ingest (read, detect, decode, clean,
hash, near-duplicate check, store) and not the XML.  Each run is a fresh
subprocess with a fresh store; peak memory is its ``ru_maxrss``.  The 10x
input is the same articles ten times, each copy with a different closing
sentence so no two hash alike (copies are caught as near-duplicates and stored
as such, as a real stream of wire re-sends would be).

Usage:  python benchmarks/ingest_throughput.py [--data ../shared/data] [--times 10]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import append_results, markdown_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def write_inputs(data: Path, out: Path, times: int) -> dict[str, Path]:
    """ECB+ as .txt files (1x) and JSON Lines (1x and ``times``x) under ``out``."""
    from storyline.ingest.tokenized import token_text

    texts = [(p.stem, token_text(p)) for p in sorted((data / "ecbplus").glob("*/*.xml"))]
    folder = out / "txt"
    folder.mkdir()
    for name, text in texts:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    paths = {"txt": folder}
    for n in (1, times):
        path = out / f"ecb_x{n}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for k in range(n):
                for name, text in texts:
                    suffix = f"\n\nThis is copy {k} of the story." if k else ""
                    fh.write(json.dumps({"id": f"{name}/{k}", "text": text + suffix}) + "\n")
        paths[f"jsonl_x{n}"] = path
    return paths


def child(source: str, db: str) -> None:
    """One measured run: ingest ``source`` into a fresh store, print what it took as JSON."""
    import storyline

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    with storyline.open(db) as sl:
        report = sl.ingest([source], annotate=False, link=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"articles": report.stored + report.duplicates, "stored": report.stored,
                      "near": report.near_duplicates, "problems": len(report.problems), "seconds": seconds,
                      "rss_before_mb": before / 1024, "rss_peak_mb": after / 1024}))


def measure(source: Path, db: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", str(source), str(db)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--times", type=int, default=10)
    ap.add_argument("--child", nargs=2, metavar=("SOURCE", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_inputs(Path(args.data), Path(tmp), args.times)
        rows = []
        for label, key in [("ECB+ as .txt files", "txt"), ("ECB+ as JSON Lines", "jsonl_x1"),
                           (f"ECB+ as JSON Lines, {args.times}x", f"jsonl_x{args.times}")]:
            r = measure(paths[key], Path(tmp) / f"{key}.db")
            rows.append([label, int(r["articles"]), int(r["near"]), int(r["problems"]), f"{r['seconds']:.1f}",
                         f"{r['articles'] / r['seconds']:.0f}", f"{r['rss_before_mb']:.0f}",
                         f"{r['rss_peak_mb']:.0f}", f"{r['rss_peak_mb'] - r['rss_before_mb']:.1f}"])
    header = ["input", "articles", "near-duplicates", "problems", "seconds", "articles/s",
              "RSS before ingest (MB)", "peak RSS (MB)", "growth during ingest (MB)"]
    table = markdown_table(header, rows)
    print(table)
    append_results("Ingest throughput without NLP and peak memory, 1x vs 10x input (ECB+)", table + (
        "\n\nEach row is a fresh subprocess and a fresh SQLite store; `--no-annotate --no-link` equivalent. "
        "Peak RSS is `ru_maxrss`; 'before' is after imports (spaCy is imported by the API package). "
        "Problems are ECB+ texts with under `min_text_chars` of story left after cleaning."))


if __name__ == "__main__":
    main()
