"""Later passes of consolidation reuse what earlier passes of the same call found, and give what a fresh look does.

Consolidation passes again over the stories of every region that changed (``Settings.consolidate_rounds``).
At 10k stored a second and third pass touched thousands of stories whose candidates and cosines the first had
computed, and re-clustered regions of the very articles the first had clustered: twice main's link cost.  Real
dated newswire reports (the 45 of test_story_names), the real model, real SQLite.
"""

from __future__ import annotations

import importlib

import pytest

import storyline
from storyline.settings import Settings
from tests.conftest import DATA, newswire_store

pytestmark = pytest.mark.skipif(not (DATA / "newswire-1997-1998.jsonl").is_file(),
                                reason="needs ../shared/data/newswire-1997-1998.jsonl")


def _reports() -> set[str]:
    from tests.link.test_story_names import ONE_NAME, ONE_STORY, OTHERS

    return {x for pair in [*ONE_NAME.values(), *ONE_STORY.values()] for x in pair} | set(OTHERS)


def test_regions_from_what_an_earlier_pass_saw_are_the_regions_found_afresh(tmp_path, nlp):
    from storyline.link.regions import Seen, regions

    settings = Settings()
    with storyline.open(newswire_store(tmp_path, _reports())) as sl:
        store = sl.store
        touched = [s.id for s in store.stories(with_timeline=False)]
        fresh = regions(store, settings, touched)
        seen = Seen()
        assert regions(store, settings, touched, seen) == fresh
        assert set(seen.candidates) == set(touched) and set(seen.pairs) == set(touched)
        assert regions(store, settings, touched, seen) == fresh  # every story from what was seen
        linked = next(n for near in seen.pairs.values() for n, _ in near)
        seen.forget({linked})  # as if rewritten: what rests on it is looked at again
        assert linked not in seen.candidates
        assert all(n != linked for near in seen.pairs.values() for n, _ in near)
        assert regions(store, settings, touched, seen) == fresh
        assert len(fresh) < len(touched)  # not trivially one story a region


def test_a_later_pass_does_not_cluster_again_the_articles_an_earlier_pass_clustered(tmp_path, nlp, monkeypatch):
    """One report of the OSCE meeting is put in a story of its own and every story is consolidated (as after
    an upgrade): the first pass rewrites the meeting's region, and the second finds that region's stories, with
    their own neighbours, to be the same articles again, which need no second clustering."""
    consolidation = importlib.import_module("storyline.link.consolidate")  # the package re-exports the function
    meeting = ("AFP_ENG_20051206.0287", "AFP_ENG_20051206.0280")
    with storyline.open(newswire_store(tmp_path, _reports())) as sl:
        store = sl.store
        ext = {a.external_id: a.id for a in sl.articles()}
        _, ev_state, first, last, story = store.event_states([store.event_of(ext[meeting[1]])])[0]
        with store.transaction():
            apart = store.save_story_state(None, *store.story_states([story])[0][1:4], [])
            store.move_to_event(store.save_event_state(None, ev_state, first, last, [], apart), [ext[meeting[1]]])
        clustered: list[frozenset[int]] = []
        real = consolidation.cluster_stories

        def counted(group, *args, **kwargs):  # the real clustering, its article sets noted
            clustered.append(frozenset(m.aid for m in group))
            return real(group, *args, **kwargs)

        monkeypatch.setattr(consolidation, "cluster_stories", counted)
        out = consolidation.consolidate(store, Settings(), [s.id for s in store.stories(with_timeline=False)])
        assert out.stories  # the first pass rewrote the region
        stories = [store.event_states([store.event_of(ext[m])])[0][4] for m in meeting]
        assert stories[0] == stories[1]  # the meeting's reports joined again
        assert len(clustered) == len(set(clustered)), "a region's very articles were clustered twice"
