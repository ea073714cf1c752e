"""A mover link between two stories does not depend on which of them was looked up.

Review r38c: :func:`~storyline.link.movers.article_links` only weighed the looked-up story's articles
against its candidates, so a neighbour's article that sat closer to the looked-up (just grown) story than
to its own gave no link when the batch touched that story, and one when it touched the neighbour.  On
newswire records 2200-2452 (one batch, 20% undated) 136 pairs of stories linked one way only.  Here a
real store of real newswire reports, linked, and every pair of its stories under the story bar.
"""

from __future__ import annotations

from pathlib import Path

import storyline
from storyline.link.events import Cluster
from storyline.link.movers import article_links
from storyline.link.regions import mean_cosine
from storyline.settings import Settings
from tests.conftest import needs_shared, newswire_ids, newswire_store

pytestmark = needs_shared
RECORDS = slice(2200, 2280)


def test_article_links_are_the_same_whichever_story_is_looked_up(tmp_path: Path, nlp):
    settings = Settings()
    with storyline.open(newswire_store(tmp_path, newswire_ids(RECORDS)), settings) as sl:
        store = sl.store
        ids = sorted({e.story for e in sl.events() if e.story is not None})
        info = {r[0]: (st.centroid, st.size) for r in store.story_states(ids, counts=False)
                for st in [Cluster.from_state(*r)]}
        n_docs = store.linked_originals()
        bar = settings.consolidate_story_threshold / 2
        apart = [(a, b) for a in ids for b in ids if a < b and mean_cosine(info[a], info[b]) < bar]
        both = {(a, b): (article_links(store, settings, {a: [b]}, info, n_docs),
                         article_links(store, settings, {b: [a]}, info, n_docs)) for a, b in apart}
    assert any(ab or ba for ab, ba in both.values())  # the slice has stories an article could move between
    assert [pair for pair, (ab, ba) in both.items() if ab != ba] == []
