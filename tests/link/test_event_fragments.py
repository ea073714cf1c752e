"""A lone report of a well-reported happening joins its event (``consolidate_event_min_reports``).

Real ECB+ articles of dev topic 27 (Microsoft's emergency Internet Explorer
patches): four reports of the 2008 patch that share wording, two more reports of
it that share little with them, one more report of it that shares almost
nothing, and four reports of the 2013 patch.  Average linkage alone leaves the
two brief reports as events of their own; with the fragment rule they join the
2008 patch, the 2013 patch stays apart, and the report that resembles nothing
stays alone (below half the event threshold).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.settings import Settings
from tests.link.ecb_store import ECB, annotated_store

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")
PATCH_2008 = ["27_1ecb.xml", "27_4ecb.xml", "27_7ecb.xml", "27_5ecb.xml", "27_16ecb.xml"]
UNLIKE = "27_2ecb.xml"
PATCH_2013 = ["27_1ecbplus.xml", "27_2ecbplus.xml", "27_3ecbplus.xml", "27_4ecbplus.xml"]


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, dict[int, str]]:
    """An annotated, unlinked store of the topic's files; returns its path and article id -> file."""
    db = tmp_path_factory.mktemp("fragments") / "store.db"
    return db, annotated_store(db, [ECB / "27" / name for name in [*PATCH_2008, UNLIKE, *PATCH_2013]])


def _events(annotated: tuple[Path, dict[int, str]], tmp_path: Path, settings: Settings) -> list[set[str]]:
    src, names = annotated
    db = tmp_path / "linked.db"
    shutil.copy(src, db)
    with storyline.open(db, settings) as sl:
        sl.link()
        return [{names[a] for a in e.articles} for e in sl.store.events()]


def test_brief_reports_of_a_well_reported_patch_join_its_event_and_the_other_patch_stays_apart(
        annotated, tmp_path):
    events = _events(annotated, tmp_path, Settings())
    assert set(PATCH_2008) in events
    assert set(PATCH_2013) in events
    assert {UNLIKE} in events


def test_without_the_fragment_rule_the_brief_reports_stay_events_of_their_own(annotated, tmp_path):
    events = _events(annotated, tmp_path, Settings(consolidate_event_min_reports=1))
    assert set(PATCH_2008) not in events
    assert {"27_16ecb.xml"} in events
    assert set(PATCH_2013) in events
