"""Stories on dated news: recurring reports of one measure on different days (a market's closes, a weekly rate
survey, a monthly release) are parted into their events' own stories, while events of one running story stay
together, also when their leads give figures.

Real dated newswire articles (``../shared/data/newswire-1997-1998.jsonl``) through the real API.  The series are
stories main's consolidation made in the whole 2,452-report store and ``Settings.story_series_parting`` parts
there, each pair judged wrong in ``benchmarks/data/newswire_pairs_seed50_crossevent.txt`` or
``..._seed8_spread1.txt``, with every article of their stories.  The running stories are pairs judged right in
``..._seed50_crossevent.txt`` and ``..._seed51_crossevent.txt`` that main joins across two events, among them
Typhoon Durian's position and the Doha shooting scores (a decimal figure in one lead of each).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.settings import Settings
from tests.conftest import DATA, newswire_store

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data/newswire-1997-1998.jsonl")

SERIES = {  # judged wrong: reports of one measure on different days
    "the Korea Stock Exchange, Apr 11 and Apr 22 1997": ("AFP_ENG_19970411.0145", "AFP_ENG_19970422.0093"),
    "Freddie Mac's weekly mortgage rates, Nov 10 and Nov 23 2005": ("XIN_ENG_20051110.0295", "XIN_ENG_20051123.0291"),
    "the Malaysian market's closes, Nov 16 and Nov 30 2006": ("XIN_ENG_20061130.0147", "XIN_ENG_20061116.0130"),
    "Vietnam's VN-Index, Nov 2005 and Nov 2006": ("XIN_ENG_20051107.0061", "XIN_ENG_20061130.0119"),
}
OTHERS = ["AFP_ENG_19970405.0041", "XIN_ENG_20061102.0309", "XIN_ENG_20061107.0135",  # the stories' other reports
          "XIN_ENG_20061108.0124"]
ONE_STORY = {  # judged right, two events of one story
    "Typhoon Durian": ("XIN_ENG_20061130.0054", "XIN_ENG_20061127.0475"),
    "the Doha Asian Games shooting": ("AFP_ENG_20061202.0273", "AFP_ENG_20061205.0133"),
    "the Tennis Masters Cup in Shanghai": ("XIN_ENG_20051115.0174", "XIN_ENG_20051117.0198"),
    "the Amman hotel bombings": ("XIN_ENG_20051110.0014", "XIN_ENG_20051113.0178"),
    "the Mykonos trial": ("AFP_ENG_19970415.0457", "AFP_ENG_19970409.0172"),
    "the Sandline affair": ("AFP_ENG_19970409.0624", "AFP_ENG_19970415.0143"),
    "Canada's government falling": ("XIN_ENG_20051124.0255", "XIN_ENG_20051107.0284"),
}


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """A store with the articles ingested (annotated and linked with the default settings)."""
    ids = {x for pair in [*SERIES.values(), *ONE_STORY.values()] for x in pair} | set(OTHERS)
    return newswire_store(tmp_path_factory.mktemp("series"), ids)


def _placed(db: Path, settings: Settings, tmp_path: Path, pairs: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Each pair's place after relinking a copy of ``db`` from scratch with ``settings``: "event" (both in one
    event), "story" (one story, two events) or "split"."""
    copy = tmp_path / "relinked.db"
    shutil.copy(db, copy)
    with storyline.open(copy, settings) as sl:
        sl.link(rebuild=True)
        ext = {a.id: a.external_id for a in sl.articles()}
        events = sl.events()
    event = {ext[a]: e.id for e in events for a in e.articles}
    story = {ext[a]: e.story for e in events for a in e.articles}
    return {name: "event" if event[a] == event[b] else "story" if story[a] == story[b] else "split"
            for name, (a, b) in pairs.items()}


def test_recurring_reports_of_one_measure_are_parted(linked, tmp_path):
    before = _placed(linked, Settings(story_series_parting=False), tmp_path, SERIES)
    after = _placed(linked, Settings(), tmp_path, SERIES)
    joined = [name for name, place in before.items() if place == "story"]
    assert len(joined) >= 3  # among these few reports the weights are not the whole store's (3 of the 4 joined)
    assert [after[name] for name in joined] == ["split"] * len(joined)


def test_events_of_one_running_story_stay_joined(linked, tmp_path):
    before = _placed(linked, Settings(story_series_parting=False), tmp_path, ONE_STORY)
    assert _placed(linked, Settings(), tmp_path, ONE_STORY) == before
    assert sum(place == "story" for place in before.values()) >= 3
