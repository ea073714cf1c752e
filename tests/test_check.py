"""``storyline check``: the store's invariants hold after real runs, and a broken one is reported."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from tests.crash import DEMO, records, write_jsonl


def _check(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), "check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_new_store_is_consistent(db):
    with storyline.open(db):  # a new, empty store
        pass
    assert _check(db) == (0, "", "ok: every invariant holds\n")
    code, out, _ = _check(db, "--json")
    assert (code, json.loads(out)) == (0, {"schema": 2, "violations": []})


def test_a_linked_store_is_consistent_and_a_broken_one_names_each_violation(tmp_path, nlp):
    db = tmp_path / "store.db"
    with storyline.open(db) as sl:
        sl.ingest(write_jsonl(tmp_path / "feed.jsonl", records(DEMO, 0, 6)))
        assert sl.check() == []
        stories = sl.stories(with_timeline=False)
        events = sl.events()
    assert stories and events
    assert _check(db)[0] == 0
    # break the store behind its back, the way a write path outside a transaction would
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DELETE FROM stories WHERE id = ?", (stories[0].id,))
    con.execute("UPDATE articles SET duplicate_of = 999 WHERE id = 2")  # an original that is not stored
    con.execute("DELETE FROM annotations WHERE article_id = 3")
    con.commit()
    con.close()
    code, out, err = _check(db, "--json")
    assert code == 1
    violations = json.loads(out)["violations"]  # an object as every listing's --json, not a bare list
    found = {(v["name"], v["item"]) for v in violations}
    gone = [e.id for e in events if e.story == stories[0].id]
    assert {("event-story", e) for e in gone} <= found
    assert ("duplicate-original", 2) in found and ("annotated-rows", 3) in found
    code, _, err = _check(db)
    assert code == 1 and f"event {gone[0]} -> missing story {stories[0].id}" in err
    assert err.strip().splitlines()[-1] == f"{len(violations)} violations"


def test_a_full_disk_stops_the_ingest_with_the_store_consistent_and_the_next_run_resumes(tmp_path):
    recs = records(DEMO, 0, 12)
    db = tmp_path / "store.db"
    with storyline.open(db) as sl:
        sl.ingest(write_jsonl(tmp_path / "first.jsonl", recs[:2]), annotate=False, link=False)
        pages = sl.store.db.execute("PRAGMA page_count").fetchone()[0]
        sl.store.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow, as on a full disk
        with pytest.raises(sqlite3.OperationalError, match="full"):
            sl.ingest(write_jsonl(tmp_path / "all.jsonl", recs), annotate=False, link=False)
        stored = sl.store.count_articles()
        assert 2 <= stored < 12 and sl.check() == []
    with storyline.open(db) as sl:  # space again: the same input finishes
        report = sl.ingest(tmp_path / "all.jsonl", annotate=False, link=False)
        assert report.stored + report.duplicates == 12 and sl.store.count_articles() == 12
        assert sl.check() == []
