"""The movers' test of a region search, batched, gives the floats of the one-at-a-time test.

Issue 7 (branch gatewave): a region search tests some 18,000 (story, neighbour) pairs at 10k stored, and
:func:`~storyline.link.movers.mover_cosines` took two Python dots per article and pair, its own centroid's again
for every neighbour; the second wave also read and weighed again the stories the first had weighed.
:func:`~storyline.link.movers.all_mover_cosines` takes them in C-level passes, and ``article_links`` keeps the
weighed stories for the next wave, and a pair the earlier tiers of the region have joined already is not
tested (its link would join nothing).  A link's weight orders the article cap, so the floats must be the very
same, not close.  Here a real store of real newswire reports (records 2200-2280, one batch).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.api import Storyline
from storyline.link.events import Cluster
from storyline.link.features import Vector
from storyline.link.movers import all_mover_cosines, article_links, member_vectors, mover_cosines
from storyline.link.regions import _movers
from storyline.settings import Settings
from tests.conftest import needs_shared, newswire_ids, newswire_store

pytestmark = needs_shared
RECORDS = slice(2200, 2280)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Records 2200-2280 ingested once for the module; each test links a copy (one deletes cached features)."""
    return newswire_store(tmp_path_factory.mktemp("movers"), newswire_ids(RECORDS))


def _linked_store(built: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(built, tmp_path / "store.db"))


def _stories(sl: Storyline) -> tuple[list[int], dict[int, tuple[Vector, int]]]:
    """The store's story ids, and each one's centroid and size as the region search reads them."""
    ids = sorted({e.story for e in sl.events() if e.story is not None})
    return ids, {r[0]: (st.centroid, st.size) for r in sl.store.story_states(ids, counts=False)
                 for st in [Cluster.from_state(*r)]}


def test_batched_mover_cosines_are_the_floats_of_one_pair_at_a_time(built: Path, tmp_path: Path, nlp):
    settings = Settings()
    with storyline.open(_linked_store(built, tmp_path), settings) as sl:
        store = sl.store
        ids, info = _stories(sl)
        vecs = member_vectors(store, settings, ids, store.linked_originals(), {})
    pairs = [(a, b) for a in ids for b in ids if a != b]
    batched = all_mover_cosines(vecs, info, pairs)
    one_by_one = [tuple(map(list, zip(*mover_cosines(vecs[a], info[a], info[b]), strict=True))) or ([], [])
                  for a, b in pairs]
    assert sum(len(rest) for rest, _ in batched) > 1000  # many articles against many stories
    assert [(list(r), list(c)) for r, c in batched] == [(list(r), list(c)) for r, c in one_by_one]


def test_stories_weighed_for_one_wave_are_not_read_again_for_the_next(built: Path, tmp_path: Path, nlp):
    settings = Settings()
    with storyline.open(_linked_store(built, tmp_path), settings) as sl:
        store = sl.store
        ids, info = _stories(sl)
        n_docs = store.linked_originals()
        half = len(ids) // 2
        first_wave = {a: ids[half:] for a in ids[:half]}
        second_wave = {a: ids[:half] for a in ids[half:]}
        fresh = [article_links(store, settings, wave, info, n_docs) for wave in (first_wave, second_wave)]
        weighed: dict[int, list[Vector]] = {}
        kept = [article_links(store, settings, wave, info, n_docs, weighed) for wave in (first_wave, second_wave)]
        assert sorted(weighed) == ids  # the first wave weighed every story, both ways
        weighed_again = dict(weighed)
        store.db.execute("DELETE FROM link_features")  # a story read again now would weigh no article
        assert article_links(store, settings, second_wave, info, n_docs, weighed_again) == fresh[1]
    assert kept == fresh and any(fresh)


def test_a_mover_pair_the_earlier_tiers_joined_is_not_tested(built: Path, tmp_path: Path, nlp):
    settings = Settings()
    with storyline.open(_linked_store(built, tmp_path), settings) as sl:
        store = sl.store
        ids, cents = _stories(sl)
        info = {r[0]: (st.centroid, st.size, None, None) for r in store.story_states(ids, counts=False)
                for st in [Cluster.from_state(*r)]}
        n_docs = store.linked_originals()
        linked = article_links(store, settings, {a: ids for a in ids}, cents, n_docs)
        assert linked  # the slice has stories an article could move between
        _, a, b = linked[0]
        alone = _movers(store, settings, [a], [[]], {a: [b]}, info, n_docs, {})
        joined = _movers(store, settings, [a], [[(0.1, a, b)]], {a: [b]}, info, n_docs, {})
        # a story link the article cap refuses joins nothing: the mover pair must still be tested (review r39b)
        tight = Settings(consolidate_max_articles=info[a][1] + info[b][1] - 1)
        refused = _movers(store, tight, [a], [[(0.1, a, b)]], {a: [b]}, info, n_docs, {})
    assert (alone, joined, refused) == ([linked[0]], [], [linked[0]])
