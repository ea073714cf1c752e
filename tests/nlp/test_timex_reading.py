"""Values a reader of news would not trust: a game's quarter, an event that cannot be foretold, a spoken hour.

Each sentence is written for these tests, after expressions seen valued wrong
on newswire (branch timex10).
"""

from __future__ import annotations

import pytest

from storyline.nlp.timex import find_timexes

MON = "2005-12-12"  # a Monday in December


def _values(nlp, sentence: str, published: str = MON) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(nlp(sentence), published)]


@pytest.mark.parametrize("sentence", [
    "The running back scored on a four-yard run with 2:41 left in the third quarter.",
    "The guard hurt his wrist with six minutes to play in the second quarter of Boston's 98-91 win.",
    "The home side pulled away with 12 straight points in the fourth quarter.",
])
def test_a_games_quarter_is_no_calendar_quarter(nlp, sentence):
    assert not [v for _, v in _values(nlp, sentence) if "-Q" in v], _values(nlp, sentence)


@pytest.mark.parametrize("sentence, value", [
    ("Sales fell 4 percent in the fourth quarter, the retailer said.", "2005-Q4"),
    ("The index gained 30 percentage points in the third quarter.", "2005-Q3"),
    ("The Nikkei lost 300 points in the third quarter.", "2005-Q3"),
])
def test_a_quarter_of_the_calendar_stays_one(nlp, sentence, value):
    assert (f"the {'fourth' if value.endswith('4') else 'third'} quarter", value) in _values(nlp, sentence)


@pytest.mark.parametrize("sentence, text, value", [
    # a month dating what has happened is the last one
    pytest.param("Beirut is still reeling from February's assassination of the former premier.", "February",
                 "2005-02", id="unforeseen-event"),
    pytest.param("The inquiry is looking into a February car bomb blast in the capital.", "February", "2005-02",
                 id="unforeseen-event-compound"),
    pytest.param("Rebels who refused to sign the May accord reached in the capital are fighting on.", "May", "2005-05",
                 id="event-with-past-participle"),
    # a month dating a planned event stays the nearer one
    pytest.param("Skaters are preparing for February's Winter Olympics in Turin.", "February", "2006-02",
                 id="planned-event"),
    pytest.param("The May elections scheduled by the commission will choose a new parliament.", "May", "2006-05",
                 id="scheduled-event"),
    # the latter half of the year is its second half
    pytest.param("Growth should pick up in the latter half of the year, the bank said.", "the latter half of the year",
                 "2005-H2", id="latter-half"),
    # an hour said with o'clock is a time
    pytest.param("The meeting began at nine o'clock on Tuesday.", "nine o'clock on Tuesday", "2005-12-06T09:00",
                 id="oclock"),
    pytest.param("The shop closes at 3 o'clock in the afternoon.", "3 o'clock in the afternoon", "2005-12-12T15:00",
                 id="oclock-afternoon"),
    # a clock time takes the day part after its weekday
    pytest.param("The plane hit the sea at 7:30 p.m. on Thursday night.", "7:30 p.m. on Thursday night",
                 "2005-12-08T19:30", id="clock-weekday-night"),
    pytest.param("Gunmen raided two houses at one o'clock Sunday morning.", "one o'clock Sunday morning",
                 "2005-12-11T01:00", id="oclock-weekday-morning"),
])
def test_an_expression_gets_the_value_a_reader_gives_it(nlp, sentence, text, value):
    assert (text, value) in _values(nlp, sentence)
