"""The end of a relink (``relink_ids.restore_ids``): written once, and voted by originals only.

Two linkers finishing one relink together both read the kept map before either wrote,
so the relink's lineage was recorded twice.  And syndicated copies voted: a story of one
original and two copies outvoted a story of two originals, though consolidation, which
gives ids the same way, counts originals only.  Store-level, on both backends, so the
interleaving and the copies are exactly the ones that went wrong.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import Any

import pytest

from storyline.link import relink_ids
from storyline.records import Article
from storyline.store import open_store
from storyline.store.base import StoreError
from storyline.store.schema import MIGRATIONS
from tests.store.old_schema import store_as_of

_STATE: dict[str, Any] = {"c": {"f": 1.0}, "n": 1}


def _articles(st: Any, n: int) -> list[int]:
    return [st.add_article(Article(f"x{i}", f"T{i}", f"text {i}", content_hash=f"h{i}")) for i in range(n)]


def _link(st: Any, groups: list[list[int]]) -> None:
    """One story per group, one event per article: what a linker writes."""
    with st.transaction():
        for group in groups:
            sid = st.save_story_state(None, _STATE, None, None, ["f"])
            for aid in group:
                st.add_to_event(st.save_event_state(None, _STATE, None, None, ["f"], sid), aid)


def _hold_the_writer_lock(db: str) -> Any:
    """A connection holding what a writer ending a relink waits for, released when it is closed."""
    if db.startswith("postgresql"):
        import psycopg

        from storyline.store.postgres.store import _ENTITY_LOCK

        con = psycopg.connect(db, autocommit=True)
        con.execute("SELECT pg_advisory_lock(%s)", (_ENTITY_LOCK,))
        return con
    lite = sqlite3.connect(db, isolation_level=None)
    lite.execute("BEGIN IMMEDIATE")
    return lite


def test_two_linkers_ending_one_relink_together_record_its_lineage_once(store_url):
    """A third writer holds the lock (SQLite's write lock; PostgreSQL's entity lock) while both linkers
    start ending the relink; both then wait for it, and the one that writes second must find the relink
    ended, not the map it read before."""
    db = store_url
    st = open_store(db)
    a = _articles(st, 3)
    _link(st, [[a[0], a[1]], [a[2]]])
    st.clear_links()
    _link(st, [[a[0], a[1], a[2]]])  # the relink joins the two stories
    holder = _hold_the_writer_lock(db)
    errors: list[BaseException] = []

    def end() -> None:
        linker = open_store(db)  # its own connection, in its own thread, as another process has
        try:
            relink_ids.restore_ids(linker)
        except BaseException as e:  # reported below, not lost in the thread
            errors.append(e)
        finally:
            linker.close()

    threads = [threading.Thread(target=end) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(1.0)  # both are now waiting for the writer lock
    holder.close()  # releases the lock
    for t in threads:
        t.join(60)
    try:
        assert not errors
        assert [(r.old_id, r.relation, r.new_id) for r in st.lineage("story")] == [(2, "merged_into", 1)]
        assert st.previous_links() == {}
    finally:
        st.close()


def test_copies_do_not_outvote_originals_when_a_relink_gives_ids_back(store_url):
    st = open_store(store_url)
    a = _articles(st, 5)
    with st.transaction() as db:  # a[1], a[2]: syndicated copies of a[0]
        db.execute("UPDATE articles SET duplicate_of = ? WHERE id IN (?, ?)", (a[0], a[1], a[2]))
    _link(st, [[a[3], a[4]], [a[0], a[1], a[2]]])  # story 1: two originals; story 2: one original, two copies
    st.clear_links()
    _link(st, [[a[0], a[1], a[2], a[3], a[4]]])
    try:
        relink_ids.restore_ids(st)
        assert {story for _, story in st.links().values()} == {1}
        assert [(r.old_id, r.relation, r.new_id) for r in st.lineage("story")] == [(2, "merged_into", 1)]
    finally:
        st.close()


def _new_story(st: Any) -> int:
    with st.transaction():
        return int(st.save_story_state(None, _STATE, None, None, ["f"]))


def test_an_old_story_id_none_of_whose_articles_came_back_is_never_given_to_a_new_story(store_url):
    st = open_store(store_url)
    a = _articles(st, 4)
    _link(st, [[a[0], a[1]], [a[2]], [a[3]]])  # stories 1, 2, 3
    st.clear_links()
    _link(st, [[a[0], a[1]], [a[2]]])  # a[3], re-dated and not yet annotated again, is not relinked
    try:
        relink_ids.restore_ids(st)
        assert {story for _, story in st.links().values()} == {1, 2}
        assert _new_story(st) > 3  # story 3 was a[3]'s: a bookmark of it must not lead to another story
    finally:
        st.close()


def test_ids_readers_saw_during_a_relink_are_never_given_to_new_stories(store_url):
    st = open_store(store_url)
    a = _articles(st, 3)
    _link(st, [[a[0], a[1]], [a[2]]])
    st.clear_links()
    _link(st, [[a[0], a[1]], [a[2]]])  # committed under temporary ids 3 and 4: a reader may have seen them
    seen = {story for _, story in st.links().values()}
    try:
        relink_ids.restore_ids(st)
        assert {story for _, story in st.links().values()} == {1, 2}
        assert not {_new_story(st), _new_story(st)} & (seen | {1, 2})
    finally:
        st.close()


def test_a_relink_end_that_fails_after_the_story_renumber_changes_nothing_and_runs_again(tmp_path):
    """SQLite: a trigger of this connection only fails the event renumber, which follows the story one."""
    db = str(tmp_path / "s.db")
    st = open_store(db)
    a = _articles(st, 3)
    _link(st, [[a[0], a[1]], [a[2]]])
    st.clear_links()
    _link(st, [[a[0], a[1]], [a[2]]])
    during, kept = st.links(), st.previous_links()
    st.db.execute("CREATE TEMP TRIGGER cut BEFORE INSERT ON main.events BEGIN SELECT RAISE(ABORT, 'cut'); END")
    try:
        with pytest.raises(sqlite3.IntegrityError):
            relink_ids.restore_ids(st)
        assert st.links() == during and st.previous_links() == kept
        st.db.execute("DROP TRIGGER cut")
        relink_ids.restore_ids(st)
        assert st.links() == {a[0]: (1, 1), a[1]: (2, 1), a[2]: (3, 2)} and st.previous_links() == {}
    finally:
        st.close()


def test_a_store_from_before_link_ids_migrates_and_keeps_new_ids_above_its_own(store_url):
    """Both backends: a store of schema 21 gains the high-water mark, empty, and new ids go on from its rows."""
    before = next(i for i, sql in enumerate(MIGRATIONS) if "link_ids" in sql)
    store_as_of(store_url, before, "SELECT 1;")
    st = open_store(store_url)
    try:
        assert st.schema_version == len(MIGRATIONS)
        a = _articles(st, 2)
        _link(st, [[a[0]], [a[1]]])
        assert _new_story(st) == 3
    finally:
        st.close()


def test_renumbering_onto_a_held_id_is_refused_with_the_ids_at_fault_and_changes_nothing(store_url):
    st = open_store(store_url)
    a = _articles(st, 2)
    _link(st, [[a[0]], [a[1]]])
    links = st.links()
    try:
        with pytest.raises(StoreError, match=r"cannot renumber story ids.*held: \[2\]"), st.transaction():
            st.renumber("story", {1: 2})
        assert st.links() == links
    finally:
        st.close()


def test_a_second_linker_ending_its_run_mid_relink_leaves_the_ids_to_the_relinks_end(store_url):
    """Linker A relinks (``link --rebuild``) and has committed one batch when linker B, an ingest that read its
    own list before A cleared the store, ends its run: the relink is half done, so B gives nothing back, and A's
    end gives every old id back (found by review r35h: stories 2 and 3 were lost without lineage)."""
    st = open_store(store_url)
    a = _articles(st, 7)
    with st.transaction():
        st.db.execute("UPDATE articles SET annotated = 1")  # annotated originals: the relink links them all
    _link(st, [[a[0], a[1]], [a[2], a[3]], [a[4], a[5]]])
    before = {aid: sid for aid, (_, sid) in st.links().items()}
    st.clear_links()
    _link(st, [[a[0], a[1]]])  # A's first batch
    _link(st, [[a[6]]])  # B's new article
    relink_ids.restore_ids(st)  # B ends its run
    assert st.previous_links(), "the relink's kept ids must wait for its end"
    _link(st, [[a[2], a[3]], [a[4], a[5]]])  # A's other batches
    relink_ids.restore_ids(st)
    after = {aid: sid for aid, (_, sid) in st.links().items()}
    assert {aid: after[aid] for aid in before} == before
    assert after[a[6]] not in set(before.values()) and not st.previous_links()
    st.close()
