"""A pile ingested again is found stored by its inputs' bytes before any is read: a page is not extracted, a
record not cleaned, again.  The real `storyline` entry point, a real page of the extraction benchmark's dev
half and written JSONL records.

Measured on the dev half of the extraction benchmark (451 pages) plus the newswire JSONL (2452 records),
stored: a re-ingest took 88 s (83 s of it the pages' extraction), now 9 s.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import needs_shared

BIN = Path(sys.executable).with_name("storyline")

RECORDS = [
    {"id": "bridge-1", "published": "2024-03-12", "title": "Council votes to close the old bridge",
     "text": "The city council voted on Tuesday to close the old river bridge to traffic, the mayor said. "
             "Engineers found cracks in two of its piers last week."},
    {"id": "bridge-2", "title": "Bridge repairs to begin", "text": "Repairs to the old river bridge will begin "
     "next month, the city's engineers said on Wednesday. The work is expected to take a year."},
]


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=300)


@needs_shared
def test_a_reingest_finds_its_inputs_stored_before_reading_them_and_published_still_dates(tmp_path):
    from tests.ingest.pages import EVAL

    page = tmp_path / "page.html"  # dev half (split_of in benchmarks/ingest_extraction.py)
    page.write_bytes(gzip.decompress((EVAL / "pages" / "archive.org.he.xinhuanet.com.25340717.html.gz").read_bytes()))
    feed, db = tmp_path / "bridge.jsonl", tmp_path / "store.db"
    feed.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    first = json.loads(run(db, "ingest", str(page), str(feed), "--json", "--no-annotate").stdout)
    assert (first["stored"], first["unchanged"]) == (3, 0)

    again = run(db, "ingest", str(page), str(feed), "--no-annotate")
    assert again.returncode == 0, again.stderr
    assert "duplicates 3 (3 not read again: stored from the same input)" in " ".join(again.stderr.split())

    # --published changes what is stored for the undated record only: it alone is read again, and dated
    dated = json.loads(run(db, "ingest", str(page), str(feed), "--published", "2024-03-13", "--json",
                           "--no-annotate").stdout)
    assert (dated["stored"], dated["dated"], dated["duplicates"], dated["unchanged"]) == (0, 1, 2, 2)
    assert json.loads(run(db, "show", str(first["ids"][2]), "--json").stdout)["published"] == "2024-03-13"

    # other bytes are another input: read, and found a duplicate by its text as before
    page.write_bytes(page.read_bytes() + b"\n<!-- saved again -->\n")
    changed = json.loads(run(db, "ingest", str(page), "--json", "--no-annotate").stdout)
    assert (changed["duplicates"], changed["unchanged"]) == (1, 0)
