"""Consolidation on a store larger than ``consolidate_max_articles`` still clusters (regions are capped).

Real ECB+ articles of two dev topics (1: a celebrity's rehab stays; 27: Microsoft's
emergency browser patches).  Stories near each other are clustered together as one
region; on a dense feed those neighbourhoods chain into the whole store.  A region
over the cap used to be left as single-pass linking made it (every report an event of
its own), so past a few thousand articles consolidation silently stopped.  Now the
weakest neighbour links are cut until each region fits: a cap that only cuts the
weak links between the two topics gives the same events as no cap at all.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.settings import Settings
from tests.link.ecb_store import ECB, annotated_store

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")
TOPICS = ("1", "27")


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, dict[int, str]]:
    """An annotated, unlinked store of both topics' files; returns its path and article id -> file."""
    db = tmp_path_factory.mktemp("cap") / "store.db"
    return db, annotated_store(db, [p for topic in TOPICS for p in sorted((ECB / topic).glob("*.xml"))])


def _partition(annotated: tuple[Path, dict[int, str]], tmp_path: Path, settings: Settings, name: str
               ) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    src, names = annotated
    db = tmp_path / name
    shutil.copy(src, db)
    with storyline.open(db, settings) as sl:
        sl.link()
        events = sl.store.events()
        stories: dict[int | None, set[str]] = {}
        for e in events:
            stories.setdefault(e.story, set()).update(names[a] for a in e.articles)
        return ({frozenset(names[a] for a in e.articles) for e in events},
                {frozenset(s) for s in stories.values()})


def test_a_cap_below_the_store_still_consolidates_and_cuts_only_weak_links(annotated, tmp_path):
    events, stories = _partition(annotated, tmp_path, Settings(), "uncapped.db")
    assert max(len(e) for e in events) >= 5  # consolidation ran: reports share events
    largest = max(len(s) for s in stories)
    n = len(annotated[1])
    assert largest < n  # the two topics are not one story, so a cap between the two sizes is meaningful
    capped = Settings(consolidate_max_articles=largest)
    got_events, got_stories = _partition(annotated, tmp_path, capped, "capped.db")
    assert got_stories == stories
    assert got_events == events
