"""Salience: the top of a story's timeline reads like an editor's chronology.

Articles are written for these tests, annotated by the real model and our
timex tagger, and built into one timeline with ``build_timeline``.
"""

from __future__ import annotations

from storyline.nlp import annotate_doc
from storyline.records import Article
from storyline.timeline import build_timeline
from storyline.timeline.candidates import Candidate
from storyline.timeline.salience import score


def timeline(nlp, texts: list[tuple[str, str]]):
    items = []
    for aid, (published, text) in enumerate(texts, start=1):
        art = Article(external_id=str(aid), title="t", text=text, published=published, id=aid)
        items.append((art, annotate_doc(nlp(text), art)))
    return {e.date: e for e in build_timeline(items, lead=False)}


def test_a_recalled_happening_outranks_background_years(nlp):
    got = timeline(nlp, [
        ("2019-03-04", "Relations have been tense since 2015. The rebels seized the port on January 14, 2019."),
        ("2019-03-11", "Trade has been weak since 2015. Aid stopped after the rebels seized the port "
                       "on January 14, 2019."),
        ("2019-03-18", "Talks have been stalled since 2015, diplomats say."),
    ])  # three articles name the background year, two recall the seizure
    assert got["2019-01-14"].salience > got["2015"].salience


def test_an_event_verb_outranks_a_statement_of_state():
    met = Candidate("2018-06-12", 1, 0, 9, "The leaders met in a border town on June 12.", event=True)
    state = Candidate("2018-06-14", 1, 50, 90, "Prices on June 14 were about the same.")
    assert score([met], {}) > score([state], {})


def test_a_year_joins_the_month_that_tells_the_same_happening(nlp):
    got = timeline(nlp, [
        ("2006-11-02", "Soldiers have patrolled the city since the March 2003 invasion of the country."),
        ("2006-11-09", "Officials said the 2003 invasion of the country left the army in disarray."),
    ])
    assert "2003" not in got and got["2003-03"].articles == [1, 2]


def test_a_wire_dateline_dates_nothing(nlp):
    got = timeline(nlp, [("2006-11-30", "LIMA, Nov. 29 (Xinhua) -- The ruling party won a clear majority in "
                                        "regional elections, officials said.")])
    assert "2006-11-29" not in got
