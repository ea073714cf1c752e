"""Two PostgreSQL linkers at once take the rows they write in one order: document frequencies (``link_df``) before
the counted story feature uses (``story_uses``), as a link batch does.  An entity rename that took them the other
way round held the uses a batch wanted while waiting for the frequency the batch held: a deadlock, and PostgreSQL
aborts one linker's transaction."""

from __future__ import annotations

import threading
import time
from typing import Any

from storyline.link.entity_rename import _rename
from storyline.store import open_store

_ROWS = """
INSERT INTO articles (id, external_id, title, text, format, content_hash, published, linked) VALUES
  (1, 'a', 'a', 'x', 'text', 'h1', '2020-01-01', 1), (2, 'b', 'b', 'x', 'text', 'h2', '2020-01-01', 1);
INSERT INTO entities (id, name, type) VALUES (5, 'Acme', 'ORG'), (9, 'Acme Corp', 'ORG');
INSERT INTO mentions (article_id, entity_id, chain, start, end, text, type) VALUES (1, 9, 0, 0, 4, 'Acme', 'ORG');
INSERT INTO link_df (feature, df) VALUES ('e:5', 1), ('t:fire', 1);
"""


def _features(*keys: str) -> dict[str, Any]:
    return {"r": dict.fromkeys(keys, 1), "l": [], "p": "2020-01-01"}


def _wait_for_a_lock_wait(url: str) -> None:
    """Return once some session of the database waits for a row lock (the renaming linker is blocked)."""
    watcher = open_store(url)
    try:
        for _ in range(400):
            waiting = watcher.db.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                         " AND datname = current_database()").fetchone()[0]
            if waiting:
                return
            time.sleep(0.05)
        raise AssertionError("the rename never waited for the batch's document frequency")
    finally:
        watcher.close()


def test_an_entity_rename_and_a_link_batch_at_once_both_commit_on_postgres(pg_url):
    """A batch holds the frequency of ``e:5`` (counted, not yet committed) when another linker renames ``e:5`` to
    ``e:9``; the rename waits for it.  The batch then writes an article's features on the same day (its counted
    uses): both must commit, the rename after the batch."""
    setup = open_store(pg_url)
    with setup.transaction():
        for statement in _ROWS.split(";"):
            if statement.strip():
                setup.db.execute(statement)
        setup.save_many_link_features({1: _features("e:5", "t:fire")})
    setup.close()
    renamer, batch = open_store(pg_url), open_store(pg_url)
    outcome: dict[str, Any] = {}

    def rename() -> None:
        try:
            with renamer.transaction():
                outcome["renamed"] = _rename(renamer, 5, 9)
        except Exception as e:  # noqa: BLE001 -- the deadlock PostgreSQL reports is what is checked
            outcome["renamed"] = e

    worker = threading.Thread(target=rename)
    try:
        with batch.transaction():
            batch.count_features({"e:5": 1, "t:fire": 1})
            worker.start()
            _wait_for_a_lock_wait(pg_url)
            batch.save_many_link_features({2: _features("e:5", "t:fire")})
        worker.join(60)
        assert outcome == {"renamed": True}
        assert batch.document_frequencies(["e:5", "e:9", "t:fire"]) == {"e:5": 1, "e:9": 1, "t:fire": 2}
        d = 737425  # 2020-01-01
        assert batch.story_use_days(["e:5", "e:9", "t:fire"], d, d) == {
            "e:5": [(d, 1)], "e:9": [(d, 1)], "t:fire": [(d, 2)]}
    finally:
        worker.join(60)
        renamer.close()
        batch.close()
