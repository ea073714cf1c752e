"""Event merging on real ECB+ reports: early splits are undone, the two happenings stay apart.

Topic 12 of ECB+: the Indian Navy foils pirate attacks in the Gulf of Aden,
once in December 2008 (``ecb``) and once in November 2011 (``ecbplus``).  A
join threshold nothing can reach makes every report open its own event, so
only :func:`storyline.link._merge_twin` can bring reports together.
"""

from __future__ import annotations

import dataclasses

import storyline
from storyline.link import update
from tests.conftest import needs_shared
from tests.link.test_events_stories import ECB, _add

pytestmark = needs_shared

PIRATES = ["12_1ecb.xml", "12_2ecb.xml", "12_3ecb.xml", "12_1ecbplus.xml", "12_2ecbplus.xml", "12_3ecbplus.xml"]


def _events(db, settings) -> dict[int, int]:
    with storyline.open(db, settings) as sl:
        update(sl.store, settings, rebuild=True)
        return {a: e.id for e in sl.store.events() for a in e.articles}


def test_twin_events_of_one_story_merge_and_keep_the_older_id(tmp_path, nlp):
    db = tmp_path / "s.db"
    with storyline.open(db) as sl:
        ids = {name: _add(sl, ECB / "12" / name) for name in PIRATES}
        sl.annotate()
        settings = dataclasses.replace(sl.settings, event_threshold=1.01)
    apart = _events(db, dataclasses.replace(settings, event_merge_threshold=0.0))
    merged = _events(db, settings)
    assert len(set(apart.values())) == len(PIRATES)  # nothing joins at this threshold
    assert len(set(merged.values())) < len(PIRATES)
    for a in PIRATES:
        for b in PIRATES:
            if merged[ids[a]] == merged[ids[b]]:  # merged only within one happening
                assert a.endswith("plus.xml") == b.endswith("plus.xml"), (a, b)
    for eid in set(merged.values()):  # the survivor is the event of the group's first report
        assert eid == min(apart[a] for a, e in merged.items() if e == eid)
    assert _events(db, settings) == merged  # a rebuild decides the same again
