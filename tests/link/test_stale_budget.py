"""Re-checks of stories due by store growth are bounded by the run's own input, on real newswire reports.

Stories consolidated in one region are settled at one count and come due together
(``consolidate_stale_factor``): on ``benchmarks/link_scale.py``'s stream a whole past
era came due in the 10,000 batch, and each due story pulled its settled neighbours in,
so that batch cost twice its neighbours.  Now a run takes at most
``consolidate_stale_per_article`` due stories per article it linked, the most overdue
first, and a story that only came due is grouped with the touched and due stories near
it, not with its settled neighbours; a touched story still takes every neighbour in.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.link.consolidate import consolidate, due
from storyline.link.regions import regions
from storyline.settings import Settings
from tests.link.newswire import NEWSWIRE, newswire_feed

pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data/newswire-1997-1998.jsonl")
N = 120  # real dated reports of a few weeks: stories that share names and places


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """A store of the first N newswire articles, linked in one run (every story settled at N)."""
    folder = tmp_path_factory.mktemp("stale")
    feed = newswire_feed(folder, N)
    db = folder / "store.db"
    with storyline.open(db) as sl:
        sl.ingest([str(feed)])
    return db


def _settled(sl) -> dict[int, int]:
    return {int(r[0]): int(r[1]) for r in sl.store.db.execute("SELECT id, settled FROM stories")}


def test_a_run_re_checks_at_most_its_budget_of_due_stories_most_overdue_first(linked, tmp_path):
    db = tmp_path / "due.db"
    shutil.copy(linked, db)
    with storyline.open(db) as sl:
        ids = sorted(_settled(sl))
        assert len(ids) > 20
        older = ids[-5:]  # settled when the store was smallest: the most overdue, though the newest ids
        with sl.store.transaction():
            sl.store.mark_settled(ids, 40)  # all due: 40 * 1.5 < N
            sl.store.mark_settled(older, 10)
        n_docs = sl.store.linked_originals()
        assert due(sl.store, sl.settings, n_docs, set()) == older + ids[:-5]  # None: every due story
        assert due(sl.store, sl.settings, n_docs, set(), linked=7) == older + ids[:2]
        assert due(sl.store, sl.settings, n_docs, {older[0]}, linked=7) == older[1:] + ids[:3]  # touched: apart
        consolidate(sl.store, sl.settings, [], linked=7)
        after = _settled(sl)
        assert {sid for sid in after if after[sid] == n_docs} == set(older + ids[:2]) & set(after)
        assert all(after[sid] == 40 for sid in ids[2:-5] if sid in after)  # the others wait for the next run
        assert sorted(sid for sid in after if after[sid] < n_docs) == ids[2:-5]


def test_a_due_story_is_grouped_with_due_and_touched_stories_only(linked, tmp_path):
    db = tmp_path / "regions.db"
    shutil.copy(linked, db)
    with storyline.open(db) as sl:
        ids = sorted(_settled(sl))
        settings = Settings()
        every = regions(sl.store, settings, ids[::2])
        # touched, every second story pulls in settled neighbours (the other half)
        assert set().union(*map(set, every)) - set(ids[::2])
        only_due = regions(sl.store, settings, ids[::2], set(ids[::2]))
        assert set().union(*map(set, only_due)) == set(ids[::2])
        assert len(max(only_due, key=len)) > 1  # due stories near each other are still clustered together
        touched = ids[1::4]
        mixed = regions(sl.store, settings, sorted(ids[::2] + touched), set(ids[::2]))
        pulled = set().union(*map(set, mixed)) - set(ids[::2]) - set(touched)
        assert pulled  # a touched story still takes its settled neighbours in
        assert pulled <= set().union(*map(set, regions(sl.store, settings, touched)))
