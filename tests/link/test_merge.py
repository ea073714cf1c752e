"""Consolidation on real ECB+ reports: early splits are undone, the two happenings stay apart.

Topic 3 of ECB+ (a dev topic): a prisoner's escape, reported around two
different happenings (``ecb`` and ``ecbplus`` files).  Single-pass linking
opens an event per report; only consolidation (:mod:`storyline.link.consolidate`)
brings reports together, and a threshold nothing reaches keeps them all apart.
"""

from __future__ import annotations

import dataclasses

import storyline
from storyline.link import update
from tests.conftest import needs_shared
from tests.link.test_events_stories import ECB, _add

pytestmark = needs_shared

REPORTS = ["3_1ecb.xml", "3_2ecb.xml", "3_3ecb.xml", "3_1ecbplus.xml", "3_2ecbplus.xml", "3_3ecbplus.xml"]


def _events(db, settings) -> dict[int, int]:
    with storyline.open(db, settings) as sl:
        update(sl.store, settings, rebuild=True)
        return {a: e.id for e in sl.store.events() for a in e.articles}


def test_consolidation_joins_reports_of_one_happening_and_keeps_the_two_happenings_apart(tmp_path, nlp):
    db = tmp_path / "s.db"
    with storyline.open(db) as sl:
        ids = {name: _add(sl, ECB / "3" / name) for name in REPORTS}
        sl.annotate()
        settings = sl.settings
    apart = _events(db, dataclasses.replace(settings, consolidate_event_threshold=1.01))
    merged = _events(db, settings)
    assert len(set(apart.values())) == len(REPORTS)  # nothing joins at these thresholds
    assert len(set(merged.values())) < len(REPORTS)
    for a in REPORTS:
        for b in REPORTS:
            if merged[ids[a]] == merged[ids[b]]:  # merged only within one happening
                assert a.endswith("plus.xml") == b.endswith("plus.xml"), (a, b)
    for eid in set(merged.values()):  # a merged event keeps one of the ids its reports had
        assert eid in {apart[a] for a, e in merged.items() if e == eid}
    assert _events(db, settings) == merged  # a rebuild decides the same again
