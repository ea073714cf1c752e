"""Whose happening a lead reports is event evidence (``a:`` keys, ``Settings.event_main_name_count``).

Real ECB+ articles of dev topic 25: the Saints put running back Reggie Bush on injured reserve (2009, the
``ecb`` half) and, two years later, Pierre Thomas a day after Chris Ivory (the ``ecbplus`` half).  Both halves
name the Saints, their coach and injured reserve; what parts them is who is placed, the subject or object of
each lead's main verb.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import storyline
from storyline.link.features import article_features, lead_keys
from storyline.nlp.pipeline import annotate_doc
from storyline.records import Article
from tests.link.ecb_store import ECB, annotated_store

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, dict[int, str]]:
    db = tmp_path_factory.mktemp("participants") / "store.db"
    return db, annotated_store(db, sorted((ECB / "25").glob("*.xml")))


def test_the_lead_of_a_report_keys_its_main_participant_not_the_player_of_the_day_before(annotated):
    db, names = annotated
    with storyline.open(db) as sl:
        aid = next(a for a, name in names.items() if name == "25_3ecbplus.xml")
        lead = article_features(sl.store.article(aid), sl.annotation(aid)).lead
    assert "a:pierre thomas" in lead
    assert "a:chris ivory" not in lead and "p:ivory" in lead


def test_every_report_of_one_players_injury_is_one_event_apart_from_the_other_players(annotated, tmp_path):
    src, names = annotated
    db = tmp_path / "linked.db"
    shutil.copy(src, db)
    with storyline.open(db) as sl:
        sl.link()
        events = [{names[a] for a in e.articles} for e in sl.store.events()]
    bush = {name for name in names.values() if name.endswith("ecb.xml")}
    thomas = {name for name in names.values() if name.endswith("ecbplus.xml")}
    assert bush in events
    assert thomas in events


def _main_keys(nlp, title: str, body: str) -> set[str]:
    text = f"{title}\n\n{body}"
    article = Article("x", title, text, id=1)
    return {k for k in lead_keys(article, annotate_doc(nlp(text), article)) if k.startswith("a:")}


def test_two_people_of_one_first_name_share_no_main_participant_key(nlp):
    nemtsov = _main_keys(nlp, "Nemtsov shot dead in Moscow",
                         "Boris Nemtsov was shot dead near the Kremlin on Friday night, police said.")
    yeltsin = _main_keys(nlp, "Yeltsin taken to hospital",
                         "Russian President Boris Yeltsin was taken to hospital on Monday with pneumonia, the Kremlin "
                         "said.")
    assert nemtsov == {"a:boris nemtsov"}
    assert yeltsin == {"a:boris yeltsin"}


def test_brothers_of_one_surname_share_no_main_participant_key(nlp):
    fidel = _main_keys(nlp, "Castro undergoes surgery",
                       "Cuban leader Fidel Castro underwent intestinal surgery on Monday, officials said.")
    raul = _main_keys(nlp, "Castro succeeds his brother",
                      "Raul Castro was named president of Cuba by the National Assembly on Sunday.")
    assert fidel and raul
    assert not fidel & raul
