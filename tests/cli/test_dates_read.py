"""Dates a user gives and reads back through the real `storyline` entry point: a record's date that cannot be read
is said (once, naming the record), kept and shown; a date-only article is listed by a since with a time.  A date
after the moment of reading is not taken and the user is told why (never a silent today); a day whose day and
month read both ways is kept, and `show` says the order was a guess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).with_name("storyline")

RECORDS = [
    {"id": "dam-1", "title": "Dam opens on the river", "published": "not-a-date",
     "text": "The new dam opened on Monday after six years of work. Officials said it would supply water to "
             "three towns in the valley."},
    {"id": "storm-1", "title": "Storm hits the coast", "published": "2024-12-02",
     "text": "A storm hit the coast on Monday night. Thousands of homes lost power and two roads were closed."},
    {"id": "bridge-1", "title": "Bridge closes for repairs", "published": "2024-12-01T22:00:00",
     "text": "The old bridge closed on Sunday evening for repairs. Traffic was sent around the town centre."},
]


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("dates")
    feed = folder / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = folder / "store.db"
    return db, run(db, "ingest", str(feed), "--no-annotate", "--no-link")


def test_a_date_that_cannot_be_read_is_said_once_naming_the_file_line_and_record(ingested):
    """The note named the record's id alone ("dam-1 (article 1)"), leaving the user to grep every dump of a batch
    for it; a problem names the file and line."""
    db, res = ingested
    assert res.returncode == 0, res.stderr
    notes = [line for line in res.stderr.splitlines() if "not-a-date" in line]
    feed = db.parent / "reports.jsonl"
    assert notes == [f"note: {feed}:1 (id dam-1, article 1): its date 'not-a-date' could not be read; stored undated"]
    assert "stored 3" in res.stderr and "dates not read 1" in res.stderr


def test_the_unread_date_is_kept_and_shown(ingested):
    db, _ = ingested
    shown = run(db, "show", "1")
    assert shown.returncode == 0 and "the input's date 'not-a-date' could not be read" in " ".join(shown.stdout.split())
    exported = [json.loads(line) for line in run(db, "export", "-f", "jsonl").stdout.splitlines()]
    dam = next(r for r in exported if r.get("external_id") == "dam-1")
    assert dam["published"] is None and dam["metadata"]["published_raw"] == "not-a-date"


def test_the_json_summary_lists_the_note_with_its_kind_as_it_lists_problems(tmp_path: Path):
    """`notes` lacked the `kind` that every problem has, so one reader could not take both lists."""
    feed = tmp_path / "one.jsonl"
    feed.write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    res = run(tmp_path / "s.db", "ingest", str(feed), "--no-annotate", "--no-link", "--json",
              "--published", "2024-12-05")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["stored"] == 1 and summary["problems"] == []
    assert summary["notes"] == [{"input": f"{feed}:1 (id dam-1, article 1)",
                                 "reason": "its date 'not-a-date' could not be read; dated from --published instead",
                                 "kind": "note"}]


def test_a_since_with_a_time_lists_the_articles_dated_that_day(ingested):
    db, _ = ingested
    listed = run(db, "articles", "--since", "2024-12-02T00:00", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [a["external_id"] for a in json.loads(listed.stdout)["articles"]] == ["storm-1"]
    listed = run(db, "articles", "--since", "2024-12-01T23:00", "--until", "2024-12-02T08:00", "--json")
    assert [a["external_id"] for a in json.loads(listed.stdout)["articles"]] == ["storm-1"]


NOT_TAKEN = [{**RECORDS[0], "published": "2099-01-01"}, {**RECORDS[1], "published": "03/04/2021"}]


def test_a_future_date_is_not_taken_and_show_says_why_and_an_ambiguous_day_is_flagged(tmp_path):
    feed, db = tmp_path / "reports.jsonl", tmp_path / "store.db"
    feed.write_text("".join(json.dumps(r) + "\n" for r in NOT_TAKEN), encoding="utf-8")
    res = run(db, "ingest", str(feed), "--no-annotate", "--no-link")
    assert res.returncode == 0, res.stderr
    said = " ".join((res.stdout + res.stderr).split())
    assert "its date (input 2099-01-01) lies after the moment it was read; stored undated" in said
    future = json.loads(run(db, "show", "1", "--json").stdout)
    assert (future["published"], future["published_from"]) == (None, None)
    shown = " ".join(run(db, "show", "1").stdout.split())
    assert "published ? (not taken, as after the day it was read: input 2099-01-01)" in shown
    guessed = json.loads(run(db, "show", "2", "--json").stdout)
    assert (guessed["published"], guessed["published_from"]) == ("2021-03-04", "input")
    assert guessed["metadata"]["published_order_unclear"] is True  # a flag of its own, said beside the signal
    assert "published 2021-03-04 (input, day/month order unclear)" in " ".join(run(db, "show", "2").stdout.split())
