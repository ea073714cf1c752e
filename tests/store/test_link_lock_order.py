"""Two PostgreSQL linkers at once take the rows they write in one order: document frequencies (``link_df``) before
the counted story feature uses (``story_uses``), as a link batch does, and the uses of a transaction's articles in
one sorted pass.  An entity rename that took them the other way round, or a consolidation writing its members'
features one article at a time, held rows a batch wanted while waiting for rows the batch held: a deadlock, and
PostgreSQL aborts one linker's transaction.

The consolidation case takes two real newswire reports of November 2006 (``../shared``), ingested and linked."""

from __future__ import annotations

import json
import threading
import time
from datetime import date
from typing import Any

import storyline
from storyline.link.consolidate import members
from storyline.link.entity_rename import _rename
from storyline.settings import Settings
from storyline.store import open_store
from tests.conftest import DATA, needs_shared

_ROWS = """
INSERT INTO articles (id, external_id, title, text, format, content_hash, published, linked) VALUES
  (1, 'a', 'a', 'x', 'text', 'h1', '2020-01-01', 1), (2, 'b', 'b', 'x', 'text', 'h2', '2020-01-01', 1);
INSERT INTO entities (id, name, type) VALUES (5, 'Acme', 'ORG'), (9, 'Acme Corp', 'ORG');
INSERT INTO mentions (article_id, entity_id, chain, start, end, text, type) VALUES (1, 9, 0, 0, 4, 'Acme', 'ORG');
INSERT INTO link_df (feature, df) VALUES ('e:5', 1), ('t:fire', 1);
"""


def _features(*keys: str) -> dict[str, Any]:
    return {"r": dict.fromkeys(keys, 1), "l": [], "p": "2020-01-01"}


def _wait_for_lock_waits(url: str, n: int = 1, until: threading.Thread | None = None) -> None:
    """Return once ``n`` sessions of the database wait for a row lock (or ``until`` has finished)."""
    watcher = open_store(url)
    try:
        for _ in range(400):
            waiting = watcher.db.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                         " AND datname = current_database()").fetchone()[0]
            if waiting >= n or (until is not None and not until.is_alive()):
                return
            time.sleep(0.05)
        raise AssertionError(f"{n} linkers never waited for a lock")
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
        with renamer.transaction():
            outcome["written"] = _rename(renamer, 5, 9)

    workers: list[threading.Thread] = []
    try:
        with batch.transaction():
            batch.count_features({"e:5": 1, "t:fire": 1})
            workers.append(_in_thread(rename, outcome, "rename"))
            _wait_for_lock_waits(pg_url)
            batch.save_many_link_features({2: _features("e:5", "t:fire")})
        workers[0].join(60)
        assert outcome == {"written": True, "rename": "committed"}
        assert batch.document_frequencies(["e:5", "e:9", "t:fire"]) == {"e:5": 1, "e:9": 1, "t:fire": 2}
        d = 737425  # 2020-01-01
        assert batch.story_use_days(["e:5", "e:9", "t:fire"], d, d) == {
            "e:5": [(d, 1)], "e:9": [(d, 1)], "t:fire": [(d, 2)]}
    finally:
        for worker in workers:
            worker.join(60)
        renamer.close()
        batch.close()


def _in_thread(work: Any, outcome: dict[str, Any], name: str) -> threading.Thread:
    def run() -> None:
        try:
            work()
            outcome[name] = "committed"
        except Exception as e:  # noqa: BLE001 -- the deadlock PostgreSQL reports is what is checked
            outcome[name] = e

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@needs_shared
def test_consolidating_articles_with_no_cached_features_and_a_link_batch_at_once_both_commit_on_postgres(
        pg_url, nlp, tmp_path):
    """Two stories whose reports (P, then Q in content order; two days) lost their cached features: consolidation
    computes and writes them again.  A third writer holds the first of Q's uses, so consolidation waits there; a
    batch then writes a later feature of Q's and a still later one of P's, in one sorted pass.  Written one article
    at a time, consolidation held all of P's uses while waiting and wanted the batch's feature of Q's next, while
    the batch waited for P's: each linker waits for the other."""
    ids = {"XIN_ENG_20061122.0143", "XIN_ENG_20061123.0017"}
    feed = tmp_path / "in.jsonl"
    feed.write_text("".join(line + "\n" for line in (DATA / "newswire-1997-1998.jsonl").read_text(
        encoding="utf-8").splitlines() if json.loads(line)["id"] in ids), encoding="utf-8")
    settings = Settings()
    with storyline.open(pg_url, settings) as sl:
        sl.ingest([str(feed)])
        st = sl.store
        stories = sorted({s.id for s in sl.stories(with_timeline=False)})
        order = [aid for aid, *_ in st.story_members(stories)]
        cached = st.link_features(order)
        with st.transaction():
            for table in ("story_use_articles", "story_uses", "link_features"):
                st.db.execute(f"DELETE FROM {table}")
            for aid, of in ((901, order[1]), (902, order[1]), (903, order[0])):  # the other writers' articles
                st.db.execute("INSERT INTO articles (id, external_id, title, text, format, content_hash, published,"
                              " linked) VALUES (?, ?, 'x', 'x', 'text', ?, ?, 1)",
                              (aid, f"x{aid}", f"h{aid}", cached[of]["p"]))
    p_keys, q_keys = ({k for k in cached[a]["r"] if k[0] in "et"} for a in order)
    first = min(q_keys)
    q_later = min(k for k in q_keys if k > first)
    p_later = min(k for k in p_keys if k > q_later)
    assert date.fromisoformat(cached[order[0]]["p"][:10]) != date.fromisoformat(cached[order[1]]["p"][:10])

    holder, consolidator, batch = open_store(pg_url), open_store(pg_url), open_store(pg_url)
    outcome: dict[str, Any] = {}

    def consolidate() -> None:
        with consolidator.transaction():
            members(consolidator, settings, stories)

    def write_batch() -> None:
        with batch.transaction():
            batch.save_many_link_features({902: _features(q_later) | {"p": cached[order[1]]["p"]},
                                           903: _features(p_later) | {"p": cached[order[0]]["p"]}})

    threads: list[threading.Thread] = []
    try:
        with holder.transaction():
            holder.save_many_link_features({901: _features(first) | {"p": cached[order[1]]["p"]}})
            threads.append(_in_thread(consolidate, outcome, "consolidation"))
            _wait_for_lock_waits(pg_url)
            threads.append(_in_thread(write_batch, outcome, "batch"))
            _wait_for_lock_waits(pg_url, 2, until=threads[-1])
        for thread in threads:
            thread.join(60)
        assert outcome == {"consolidation": "committed", "batch": "committed"}
        assert st_features(pg_url, order) == {a: cached[a] for a in order}
    finally:
        for thread in threads:
            thread.join(60)
        for store in (holder, consolidator, batch):
            store.close()


def st_features(url: str, article_ids: list[int]) -> dict[int, dict[str, Any]]:
    store = open_store(url)
    try:
        return store.link_features(article_ids)
    finally:
        store.close()
