"""The drift re-check of a story reads that story, not its neighbourhood.

A story is consolidated again once the store has grown ``consolidate_stale_factor``
times since it was last clustered (its weights have drifted).  That re-check used to
cluster it with every story near it, so on a dense feed each re-check clustered
thousands of articles.  Now the story is clustered alone and a neighbour is pulled in
only when the story splits or could now join it.

Real dated newswire reports through the real API: eleven unrelated reports that all
name Brazil (stories near each other through "Brazil", kept apart by burst weights and
the evidence margin) and two reports of the H5N1 cases in Egypt.  Which stories a
consolidation clustered is read from the store: it records, per story, the store size
at its last consolidation (``stale_stories`` lists those clustered before a size).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.link.consolidate import consolidate
from storyline.link.regions import regions
from storyline.settings import Settings
from tests.link.test_order_free import _partitions
from tests.link.test_story_burst import EGYPT_H5N1, NEWSWIRE, linked  # noqa: F401  (linked: the module fixture)

pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data/newswire-1997-1998.jsonl")


def _recheck_one(db: Path, settings: Settings) -> tuple[int, list[int], set[int], tuple[object, object]]:
    """Make the Egypt H5N1 story due for the re-check (clustered when the store held one article),
    every other story recently clustered (one article ago, not due), and consolidate with nothing touched.
    Returns the story, the neighbours a full re-check would cluster with it, the stories consolidation
    clustered, and the partitions (events, stories) before and after."""
    with storyline.open(db, settings) as sl:
        ext = {a.id: a.external_id for a in sl.articles()}
        story = next(e.story for e in sl.events() for a in e.articles if ext[a] == EGYPT_H5N1[0])
        assert story is not None
        n_docs = sl.store.linked_originals()
        every = sorted({e.story for e in sl.events() if e.story is not None})
        with sl.store.transaction():
            sl.store.mark_settled(every, n_docs - 1)
            sl.store.mark_settled([story], 1)
        assert sl.store.stale_stories(n_docs, settings.consolidate_stale_factor) == [story]
        near = [s for region in regions(sl.store, settings, [story]) for s in region if s != story]
        before = _partitions(sl)
        consolidate(sl.store, settings, [])
        clustered = set(every) - set(sl.store.stale_stories(n_docs, 1.0))  # those settled at n_docs just now
        return story, near, clustered, (before, _partitions(sl))


def test_a_stale_story_is_rechecked_without_clustering_its_neighbours(linked, tmp_path):  # noqa: F811
    db = tmp_path / "store.db"
    shutil.copy(linked, db)
    story, near, clustered, (before, after) = _recheck_one(db, Settings())
    assert near, "a full re-check would cluster the story with a neighbour"
    assert clustered == {story}  # re-checked and settled; no neighbour was clustered with it
    assert after == before  # the same store size, the same weights: the re-check changes nothing


def test_after_the_store_grows_the_rechecked_stories_match_a_rebuild(linked, tmp_path):  # noqa: F811
    """The second batch (reports from 1997, far outside the Brazil reports' story window) touches none of
    the first batch's stories, but doubles the store: each of them is re-checked, and the store ends as a
    rebuild from scratch leaves it."""
    db = tmp_path / "store.db"
    shutil.copy(linked, db)
    later = NEWSWIRE.read_text(encoding="utf-8").splitlines()[:14]  # April 1997
    (tmp_path / "later.jsonl").write_text("\n".join(later) + "\n", encoding="utf-8")
    with storyline.open(db) as sl:
        first = sl.store.linked_originals()
        sl.ingest([str(tmp_path / "later.jsonl")])
        n_docs = sl.store.linked_originals()
        assert n_docs >= 1.5 * first  # the first batch's stories came due for the re-check
        assert sl.store.stale_stories(n_docs, 1.0) == []  # and every story was consolidated at this size
        incremental = _partitions(sl)
        sl.link(rebuild=True)
        assert _partitions(sl) == incremental
