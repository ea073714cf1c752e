"""Stories on dated news: the same running story joins, reports sharing only a country stay apart.

Real dated newswire articles (``../shared/data/newswire-1997-1998.jsonl``) through the
real API: two reports of the H5N1 cases in Egypt (December 2006), and eleven
unrelated reports that all name Brazil over thirteen months (a vice-president's
surgery, a police raid, volleyball, unemployment, trade ...).  Story similarity
between the Brazil reports rests mostly on "Brazil", a name used all year; burst
weights (``Settings.story_burst_power``) and the evidence margin
(``Settings.consolidate_story_evidence``) are what keep them apart.
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

EGYPT_H5N1 = ["AFP_ENG_20061223.0225", "AFP_ENG_20061227.0207"]
BRAZIL = ["XIN_ENG_20061114.0409", "XIN_ENG_20061123.0342", "XIN_ENG_20051120.0249", "XIN_ENG_20051122.0337",
          "XIN_ENG_20051125.0288", "XIN_ENG_20061111.0042", "XIN_ENG_20061121.0306", "XIN_ENG_20061128.0483",
          "AFP_ENG_20061214.0663", "AFP_ENG_20061229.0450", "XIN_ENG_20051113.0247"]
SURGERY, POLICE_RAID = BRAZIL[:2]


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """A store with the articles ingested (annotated and linked with the default settings)."""
    return newswire_store(tmp_path_factory.mktemp("burst"), set(EGYPT_H5N1 + BRAZIL))


def _stories(db: Path, settings: Settings, tmp_path: Path) -> dict[str, int]:
    """External id -> story id after relinking a copy of ``db`` from scratch with ``settings``."""
    copy = tmp_path / f"relinked-{settings.story_burst_power}-{settings.consolidate_story_evidence}.db"
    shutil.copy(db, copy)
    with storyline.open(copy, settings) as sl:
        sl.link(rebuild=True)
        ext = {a.id: a.external_id for a in sl.articles()}
        return {ext[a]: e.story or 0 for e in sl.events() for a in e.articles}


def test_two_reports_of_one_outbreak_share_a_story_and_reports_sharing_only_a_country_do_not(linked, tmp_path):
    story = _stories(linked, Settings(), tmp_path)
    assert story[EGYPT_H5N1[0]] == story[EGYPT_H5N1[1]]
    assert story[SURGERY] != story[POLICE_RAID]
    assert story[EGYPT_H5N1[0]] not in {story[b] for b in BRAZIL}
    assert len({story[b] for b in BRAZIL}) >= len(BRAZIL) - 1  # at most one pair of Brazil reports


def test_without_burst_weights_and_margin_the_country_alone_makes_one_story(linked, tmp_path):
    # what the two settings guard against: the bare 0.05 cut joins most of the Brazil reports
    story = _stories(linked, Settings(story_burst_power=0.0, consolidate_story_evidence=0.0), tmp_path)
    assert story[EGYPT_H5N1[0]] == story[EGYPT_H5N1[1]]
    assert len({story[b] for b in BRAZIL}) < len(BRAZIL) - 2
