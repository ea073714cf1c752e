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

from storyline.link import relink_ids
from storyline.records import Article
from storyline.store import open_store

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


def test_two_linkers_ending_one_relink_together_record_its_lineage_once(tmp_path):
    """SQLite: a third writer holds the lock while both linkers start ending the relink; both then wait
    for it, and the one that writes second must find the relink ended, not the map it read before."""
    db = str(tmp_path / "s.db")
    st = open_store(db)
    a = _articles(st, 3)
    _link(st, [[a[0], a[1]], [a[2]]])
    st.clear_links()
    _link(st, [[a[0], a[1], a[2]]])  # the relink joins the two stories
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
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
    holder.execute("COMMIT")
    for t in threads:
        t.join(60)
    try:
        assert not errors
        assert [(r.old_id, r.relation, r.new_id) for r in st.lineage("story")] == [(2, "merged_into", 1)]
        assert st.previous_links() == {}
    finally:
        st.close()
        holder.close()


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
