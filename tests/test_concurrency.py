"""Concurrent use of one SQLite store by real processes: two ingests of overlapping inputs and a reader.

Writers serialize (busy timeout, ``BEGIN IMMEDIATE``), the content hash decides
duplicates in the insert itself, a new store is migrated once, annotation work
is claimed so it is done once; nobody sees a traceback.
"""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from tests.crash import DEMO, STORYLINE, query, records, start, storyline, write_jsonl

pytestmark = pytest.mark.slow


def test_two_ingests_of_overlapping_inputs_and_a_reader_into_a_new_store(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", records(DEMO, 0, 8))
    b = write_jsonl(tmp_path / "b.jsonl", records(DEMO, 4, 12))  # records 4-7 are in both
    db = tmp_path / "shared.db"
    ingests = [start(db, "ingest", str(feed), "--quiet", "--json") for feed in (a, b)]
    reads, errors = 0, []
    while any(p.poll() is None for p in ingests):  # a reader all along, through the command line
        if not db.exists():  # only ingest makes the store; a reader before it gets "no such store"
            time.sleep(0.01)
            continue
        r = storyline(db, "articles", "--json", "--limit", "100")
        if r.returncode != 0 or "Traceback" in r.stderr:
            errors.append(r.stderr)
        else:
            reads += 1
            ids = [row["external_id"] for row in json.loads(r.stdout)["articles"]]
            assert len(ids) == len(set(ids))  # never an article twice, even mid-write
    outs = [p.communicate(timeout=60) for p in ingests]
    for p, (_, err) in zip(ingests, outs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    assert not errors and reads > 0
    reports = [json.loads(out) for out, _ in outs]
    assert sum(r["stored"] for r in reports) == 12  # each article stored by exactly one of them
    assert sum(r["duplicates"] for r in reports) == 4
    assert sum(r["annotated"] for r in reports) == 12  # claimed: no article annotated twice
    assert query(db, "SELECT count(*) FROM articles") == 12
    assert query(db, "SELECT count(DISTINCT external_id) FROM articles") == 12
    assert query(db, "SELECT count(*) FROM articles WHERE annotated = 0 OR linked = 0") == 0
    assert query(db, "SELECT count(*) FROM entities e WHERE NOT EXISTS"
                     " (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)") == 0
    check = storyline(db, "check")
    assert check.returncode == 0, check.stderr


def test_a_second_process_opening_a_new_store_waits_for_the_migration(tmp_path):
    db = tmp_path / "new.db"
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    procs = [subprocess.Popen([STORYLINE, "--db", str(db), "ingest", str(empty), "--quiet", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for p in procs:  # four processes create and migrate one new store at once
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert json.loads(out)["stored"] == 0
    assert json.loads(storyline(db, "articles", "--json").stdout)["articles"] == []


def test_many_connections_opening_a_new_store_at_once_migrate_it_once(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from storyline.store import SqliteStore
    from storyline.store.schema import MIGRATIONS

    db = tmp_path / "racy.db"

    def open_and_count(_: int) -> tuple[int, int]:
        with SqliteStore(db) as store:
            return store.schema_version, store.count_articles()

    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(open_and_count, range(16))) == {(len(MIGRATIONS), 0)}
