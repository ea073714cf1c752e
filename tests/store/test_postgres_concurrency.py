"""Two ingests into one PostgreSQL store at the same time: every article stored once, none lost or half-written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.store import open_store

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "wikinews-airlines.jsonl"


def _variants(path: Path, copies: int) -> list[str]:
    """The demo articles, each also with a distinct closing line: many distinct texts, each written twice below."""
    rows = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    out = []
    for k in range(copies):
        for r in rows:
            out.append(json.dumps({**r, "id": f"{r['id']}-{k}", "text": f"{r['text']}\n\nUpdate {k} for {r['id']}."}))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return out


@pytest.mark.slow
def test_two_concurrent_ingests_of_the_same_file_store_each_article_exactly_once(tmp_path, pg_url):
    lines = _variants(tmp_path / "in.jsonl", 4)
    cmd = [sys.executable, "-c", "from storyline.cli import main; main()", "--db", pg_url, "ingest",
           str(tmp_path / "in.jsonl"), "--no-annotate", "--no-link", "--json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        reports.append(json.loads(out))
    store = open_store(pg_url)
    stored = store.articles()
    store.close()
    hashes = [a.content_hash for a in stored]
    assert len(hashes) == len(set(hashes))  # the database kept every text once
    # every input is in the store once: as an original or as a copy marked duplicate_of
    assert sorted(a.external_id for a in stored) == sorted(json.loads(x)["id"] for x in lines)
    assert sum(r["stored"] for r in reports) == len(lines)
    assert sum(r["stored"] + r["duplicates"] for r in reports) == 2 * len(lines)
    assert all(r["failed"] == 0 for r in reports)
    assert all(a.text and a.title for a in stored)
