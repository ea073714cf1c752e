"""Append a benchmark's table to benchmarks/RESULTS.md with the date, machine and command."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def read_judged(path: Path, columns: list[str]) -> tuple[str, list[list[str]]]:
    """A judged sample's TSV: its header (the first ``# `` line) and each data line's cells, padded to the columns.

    The samples' scripts (quotes_sample, timex_sample, timeline_sample) share this layout: comment lines, then the
    column names, then one row a line; a row written before a trailing column existed reads it as ''.
    """
    header, rows = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and not header:
            header = line[2:]
        if not line.strip() or line.startswith("#") or line.startswith(columns[0] + "\t"):
            continue
        rows.append((line.split("\t") + [""] * len(columns))[: len(columns)])
    return header, rows


def write_judged(path: Path, header: str, columns: list[str], rows: list[list[str]]) -> None:
    """Write a judged sample's TSV in the layout :func:`read_judged` reads."""
    lines = [f"# {header}", "\t".join(columns), *("\t".join(cells) for cells in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def append_results(title: str, body: str) -> None:
    """Add a dated section; the command is the script's own argv, so anyone can rerun it."""
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    cmd = " ".join(["python", *sys.argv])
    section = (f"\n## {title}\n\n{dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')} · {machine}\n\n"
               f"`{cmd}`\n\n{body}\n")
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(section)


def check_store(path: str | Path) -> None:
    """Stop with the violations when a store a benchmark built breaks an invariant (``storyline check``).

    Figures taken on an inconsistent store would not count, so every script that builds a
    store checks it before it writes its results.
    """
    import storyline

    with storyline.open(path) as sl:
        bad = sl.check()
    if bad:
        lines = "\n".join(f"  {v}" for v in bad[:20])
        raise SystemExit(f"{path}: {len(bad)} store invariant(s) broken, results not written:\n{lines}")
    print(f"storyline check {path}: every invariant holds")
