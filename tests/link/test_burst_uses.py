"""Which stored stories a batch's new article sends back to consolidation (``link.burst_uses.burst_neighbours``).

Real dated newswire reports of one November 2006 week (``../shared/data/newswire-1997-1998.jsonl``): a football
report naming Barcelona (XIN_ENG_20061127.0010), a later match report sharing Barcelona and goal words with it
(XIN_ENG_20061129.0318), and two reports of that week sharing none of its entities or terms
(XIN_ENG_20061122.0143, XIN_ENG_20061123.0017).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.link.burst_uses import burst_neighbours
from storyline.settings import Settings
from tests.conftest import DATA, newswire_store

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data/newswire-1997-1998.jsonl")

NEW = "XIN_ENG_20061127.0010"
SHARING = "XIN_ENG_20061129.0318"
UNRELATED = ["XIN_ENG_20061122.0143", "XIN_ENG_20061123.0017"]


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    return newswire_store(tmp_path_factory.mktemp("week"), {NEW, SHARING, *UNRELATED})


def test_a_new_article_sends_back_only_the_stories_of_the_week_naming_one_of_its_features(week):
    # the burst share of a feature rises only for the articles naming it: a story of the same week that shares
    # no entity or term with the new article scores every pair as before and is not consolidated again
    with storyline.open(week) as sl:
        ids = {a.external_id: a.id for a in sl.articles()}
        near = burst_neighbours(sl.store, [ids[NEW]], Settings().story_burst_days)
        assert set(sl.store.stories_of_articles([ids[NEW], ids[SHARING]])) <= set(near)
        assert not set(sl.store.stories_of_articles([ids[x] for x in UNRELATED])) & set(near)


def test_a_story_whose_link_features_are_not_cached_is_sent_back_too(week, tmp_path):
    """Review r37d: an article linked by an older release has no cached features to compare, but the new
    article still moves its burst shares: its story is looked at again, as before the feature filter."""
    copy = tmp_path / "store.db"
    shutil.copy(week, copy)
    with storyline.open(copy) as sl:
        ids = {a.external_id: a.id for a in sl.articles()}
        with sl.store.transaction():
            sl.store.db.execute("DELETE FROM link_features WHERE article_id IN (?, ?)",
                                (ids[SHARING], ids[UNRELATED[0]]))
        near = burst_neighbours(sl.store, [ids[NEW]], Settings().story_burst_days)
        assert set(sl.store.stories_of_articles([ids[SHARING], ids[UNRELATED[0]]])) <= set(near)
        assert not set(sl.store.stories_of_articles([ids[UNRELATED[1]]])) & set(near)
