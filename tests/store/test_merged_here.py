"""``Storyline.merged_here`` over a chain of merges, on a SQLite file and on a real PostgreSQL server.

The chain is the one a dev run recorded (the first 240 newswire records fed 20 at a time): stories 45 and 70
were merged into 27, then 27 into 29, while 27 had a part split off as 151.  The lineage rows are written by
the store's own ``add_lineage``, as consolidation writes them; what is pinned is the reading: the story page
and ``storyline story`` name every id whose links now lead to the survivor, each with the id it went into.
"""

from __future__ import annotations

import storyline
from storyline.records import Lineage
from storyline.store import open_store


def test_merged_here_follows_a_chain_of_merges_and_leaves_splits_and_other_kinds_out(store_url):
    storyline.open(store_url).close()  # a fresh store, migrated
    store = open_store(store_url)
    try:
        for rows in ([Lineage("story", 45, "merged_into", 27), Lineage("story", 27, "split_from", 151)],
                     [Lineage("story", 70, "merged_into", 27), Lineage("event", 12, "merged_into", 29)],
                     [Lineage("story", 27, "merged_into", 29, why="3 of its 5 articles report the same story")]):
            with store.transaction():
                store.add_lineage(rows)
    finally:
        store.close()
    with storyline.open(store_url) as sl:
        here = sl.merged_here("story", 29)
        assert sorted((r.old_id, r.new_id) for r in here) == [(27, 29), (45, 27), (70, 27)]  # 45, 70 by way of 27
        assert all(sl.current_id("story", r.old_id) == 29 for r in here)
        assert sorted(r.old_id for r in sl.merged_here("story", 27)) == [45, 70]  # an id merged on: its own
        assert sl.merged_here("story", 151) == [] and sl.merged_here("story", 45) == []  # a split is no merge
        assert [r.old_id for r in sl.merged_here("event", 29)] == [12]  # the kinds kept apart
