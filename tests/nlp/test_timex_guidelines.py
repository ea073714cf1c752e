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
    # branch timex14: a model year, a name's year joined to another, a Sunday paper's title
    pytest.param("Police said the suspect fled in a 2011 Honda Accord after the crash.", "2011", id="model-year"),
    pytest.param("The police said she drove her 2011 Honda Accord into the river.", "2011", id="model-year-his"),
    pytest.param("He stole a silver 2012 Nissan Altima from the lot.", "2012", id="model-year-colour"),
    pytest.param("The thieves took a 2010 Toyota Corolla and a laptop.", "2010", id="model-year-and"),
    pytest.param("The update fixes a flaw in Windows Server 2003 and 2008.", "2008", id="name-year-joined"),
    pytest.param("The minister told the Mail on Sunday that he would stay.", "Sunday", id="sunday-paper-on"),
    pytest.param("The letter was printed in the Independent on Sunday last week.", "Sunday", id="sunday-paper-in"),
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
    # branch timex14: TimeBank's dev half tags an event's year ("the 2000 Olympics")
    pytest.param("Brazil won the 2002 World Cup in Yokohama.", "2002", id="the-event-year"),
    pytest.param("Obama reversed a 2001 Bush policy change on his first day.", "2001", id="year-of-a-common-noun"),
    pytest.param("He was fined for a 2008 Toyota recall that he ignored.", "2008", id="make-then-noun"),
    pytest.param("Sales rose in 2003 and 2008, the company said.", "2008", id="two-years-joined"),
    pytest.param("The coach told the WTO on Sunday that talks would resume.", "Sunday", id="a-body-on-sunday"),
    pytest.param("The agency promised a safety net for \u201cimperiled animals and plants.\u201d "
                 "Between 1998 and 2002, it listed no species.", "1998", id="between-after-a-closing-quote"),
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
