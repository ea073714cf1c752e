"""What the TimeML / TIDES guidelines say is no TIMEX3, on sentences written for these tests (branch timex11).

Each group names the guideline it follows in the docstring of the code it tests.
"""

from __future__ import annotations

import pytest

from storyline.nlp.timex import find_timexes

SUN = "2006-12-10"  # a Sunday


def _texts(nlp, sentence: str, published: str = SUN) -> list[str]:
    return [t.text for t in find_timexes(nlp(sentence), published)]


@pytest.mark.parametrize("sentence, word", [
    pytest.param("The minister told the Sunday Times that he would not resign.", "Sunday", id="sunday-paper"),
    pytest.param("The deal had collapsed, Sunday Times reported.", "Sunday", id="sunday-paper-no-article"),
    pytest.param("The singer once fronted Midnight Oil before turning to politics.", "Midnight", id="band"),
    pytest.param("In an interview with India Today magazine, the envoy denied the charge.", "Today", id="magazine"),
    pytest.param("The plan was reported in the People's Daily, the party's newspaper.", "Daily", id="paper-daily"),
    pytest.param("The figures were published by the China Youth Daily.", "Daily", id="paper-daily-name"),
    pytest.param("Korea's Kim Soon took the silver medal.", "Soon", id="person"),
])
def test_a_time_word_inside_a_name_is_no_timex(nlp, sentence, word):
    assert word not in _texts(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    pytest.param("The team is ready, the coach told the Sabah daily.", id="name-daily"),
    pytest.param("The talks failed, an unnamed source told the daily.", id="the-daily"),
    pytest.param("Profits doubled, the chief executive told the financial daily.", id="adjective-daily"),
    pytest.param("The tabloid Sun, Britain's biggest-selling daily, attacked the deal.", id="hyphenated-adjective"),
])
def test_daily_the_newspaper_is_no_set(nlp, sentence):
    assert "daily" not in _texts(nlp, sentence)


@pytest.mark.parametrize("sentence, text", [
    pytest.param("Ash kept falling on the island daily, the scientists said.", "daily", id="set-after-object"),
    pytest.param("The tablets are taken twice daily.", "daily", id="set-after-adverb"),
    pytest.param("The minister spoke to reporters on Sunday.", "Sunday", id="weekday"),
    pytest.param("The State Department said Thursday Saudi Arabia's envoy had resigned.", "Thursday",
                 id="weekday-before-a-name"),
    pytest.param("Leaders will review the decisions of the September World Summit.", "September",
                 id="month-dating-a-name"),
    pytest.param("Today, the minister left for Paris.", "Today", id="sentence-start"),
    pytest.param("The fans watched Monday Night Football at the bar.", "Monday Night", id="day-part-after"),
])
def test_a_time_word_before_or_after_a_name_stays(nlp, sentence, text):
    assert text in _texts(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    pytest.param("The typhoon packed winds of 95 kilometers per hour near its eye.", id="km-per-hour"),
    pytest.param("The train will run at 350 kilometres an hour.", id="km-an-hour"),
    pytest.param("The car was doing 100 miles an hour when it crashed.", id="miles-an-hour"),
])
def test_a_speed_is_no_set(nlp, sentence):
    assert not _texts(nlp, sentence)


@pytest.mark.parametrize("sentence, text", [
    pytest.param("The company will save $2 million a year.", "a year", id="money-rate"),
    pytest.param("The field pumps 4 billion cubic feet per day.", "per day", id="flow-not-speed"),
    pytest.param("The athletes train twice a day.", "twice a day", id="frequency"),
])
def test_a_rate_that_is_no_speed_stays(nlp, sentence, text):
    assert text in _texts(nlp, sentence)
