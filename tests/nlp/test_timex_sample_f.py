"""Clocks before a bracketed zone, "midday", "the next week's", "the same period", "a while ago", "the early hours".

The error kinds of the fresh newswire sample F (branch timex20): a clock time whose day is named after a bracket
holding the same time in GMT took the publication date; "midday" was no time; a possessive made no point of "the
next week"; "the same period" after "from 1995 to 2003" took a quarter; in the fresh sample G "some time ago", and
in ECB+'s dev half "in the early hours of the morning", was no time.  The review of that branch (issue 9,
amend33a) found these rules overreaching on ordinary wire copy: a GMT clock across midnight, a possessive day
after the bracket, "the early hours" after an event or as a habit, a span of years over a quarter in focus, "the
next week's" in a past story, a counted "years ago", "Midday" in a name.  Sentences written for these tests, one
behaviour each, with the real model.
"""

from __future__ import annotations

import pytest

THU = "2006-11-16"  # a Thursday


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed at 11:30 a.m. (0830 GMT) on Tuesday when a bomb struck their vehicle.",
     [("11:30 a.m.", "TIME", "2006-11-14T11:30"), ("0830 GMT", "TIME", "2006-11-14T08:30")]),
    ("The raid began just after 3 p.m. (2000 GMT) Monday, police said.",
     [("3 p.m.", "TIME", "2006-11-13T15:00"), ("2000 GMT", "TIME", "2006-11-13T20:00")]),
    ("The plant will shut down at 10:00 am (0700 GMT) Saturday for repairs.",
     [("10:00 am", "TIME", "2006-11-18T10:00"), ("0700 GMT", "TIME", "2006-11-18T07:00")]),
])
def test_clock_times_before_a_bracketed_zone_take_the_day_named_after_it(timexes_of, text, expected):
    found = timexes_of(text, THU)
    assert all(t in found for t in expected), found


@pytest.mark.parametrize("text, expected", [
    ("The bomb exploded at 1 a.m. (2200 GMT) on Tuesday outside a police station in Baghdad.",
     [("1 a.m.", "TIME", "2006-11-14T01:00"), ("2200 GMT", "TIME", "2006-11-13T22:00")]),
    ("Polls closed at 8 p.m. (0100 GMT) on Wednesday in New York.",
     [("8 p.m.", "TIME", "2006-11-15T20:00"), ("0100 GMT", "TIME", "2006-11-16T01:00")]),
])
def test_a_bracketed_gmt_clock_across_midnight_is_on_the_day_before_or_after(timexes_of, text, expected):
    found = timexes_of(text, THU)
    assert all(t in found for t in expected), found


def test_a_possessive_day_after_the_bracket_dates_neither_clock(timexes_of):
    found = timexes_of("The index closed at 4 p.m. (2100 GMT), Tuesday's gains having evaporated.", THU)
    assert ("4 p.m.", "TIME", "2006-11-16T16:00") in found and ("2100 GMT", "TIME", "2006-11-16T21:00") in found


def test_a_clock_time_with_no_day_after_its_bracket_keeps_the_report_day(timexes_of):
    found = timexes_of("The market closed at 4 p.m. (2100 GMT), with shares of banks up 2 percent.", THU)
    assert ("4 p.m.", "TIME", "2006-11-16T16:00") in found


@pytest.mark.parametrize("text, expected", [
    ("The talks will go on until about midday on Sunday.", ("about midday on Sunday", "TIME", "2006-11-19T12:00")),
    ("Rescuers had found 24 bodies by midday, officials said.", ("midday", "TIME", "2006-11-16T12:00")),
])
def test_midday_is_noon(timexes_of, text, expected):
    assert expected in timexes_of(text, THU)


def test_midday_capitalized_inside_a_sentence_is_a_name_not_a_time(timexes_of):
    found = timexes_of("He told Channel Nine's Midday program that he would not resign.", THU)
    assert not any(text == "Midday" for text, _type, _value in found), found


def test_the_next_week_with_a_possessive_in_a_past_story_counts_from_the_day_told(timexes_of):
    found = timexes_of("The ministers met in Brussels on May 3, 2004, and the next week's talks in Paris failed.", THU)
    assert ("the next week", "DATE", "2004-W20") in found


def test_the_next_week_with_a_possessive_is_the_coming_week(timexes_of):
    found = timexes_of("Ministers are flying in for the next week's three-day summit.", THU)
    assert ("the next week", "DATE", "2006-W47") in found


def test_the_next_week_without_a_possessive_stays_a_length(timexes_of):
    assert ("the next week", "DURATION", "P1W") in timexes_of("Prices will rise over the next week.", THU)


@pytest.mark.parametrize("text, expected", [
    ("Exports grew 7 percent a year from 1995 to 2003, while imports grew 4 percent during the same period.",
     ("the same period", "DURATION", "P9Y")),
    ("Some 500,000 people were infected between mid-2004 and mid-2005, and 300,000 died in the same period.",
     ("the same period", "DURATION", "P1Y")),
])
def test_the_same_period_after_a_span_of_years_is_that_span(timexes_of, text, expected):
    assert expected in timexes_of(text, THU)


def test_the_same_period_after_a_quarter_stays_that_quarter(timexes_of):
    found = timexes_of("Net profit rose 20 percent in the third quarter, the biggest gain since prices doubled between "
                       "2003 and 2005, while revenue rose 8 percent in the same period.", THU)
    assert ("the same period", "DATE", "2006-Q3") in found


def test_a_span_of_years_two_sentences_back_is_not_the_same_period(timexes_of):
    found = timexes_of("Employment grew 12 percent from 1990 to 2000. The city has since lost two factories. "
                       "Officials said wages rose 3 percent in the same period.", THU)
    assert not any(value == "P11Y" for _text, _type, value in found), found


@pytest.mark.parametrize("text, expected", [
    ("Some time ago, the museum was offered an unsigned painting.", ("Some time ago", "DATE", "PAST_REF")),
    ("The plan was drawn up a long time ago, an official said.", ("a long time ago", "DATE", "PAST_REF")),
    ("The party renounced violence decades ago.", ("decades ago", "DATE", "PAST_REF")),
])
def test_an_uncounted_time_ago_is_past_ref(timexes_of, text, expected):
    assert expected in timexes_of(text, THU)


def test_a_count_the_rules_cannot_read_keeps_its_years_ago_untagged(timexes_of):
    found = timexes_of("The dinosaurs went extinct 65 million years ago.", THU)
    assert not any(text == "years ago" for text, _type, _value in found)


@pytest.mark.parametrize("text", [
    "Humans settled the valley thousands of years ago.",
    "The fortress was built hundreds of years ago.",
    "Tens of thousands of years ago, humans crossed the land bridge.",
    "The company was founded twenty-odd years ago.",
])
def test_years_ago_after_a_quantity_is_not_an_uncounted_past(timexes_of, text):
    assert ("years ago", "DATE", "PAST_REF") not in timexes_of(text, THU)


@pytest.mark.parametrize("text, expected", [
    ("A mob attacked the office in the early hours of Tuesday, officials said.",
     ("the early hours of Tuesday", "TIME", "2006-11-14TMO")),
    ("Five prisoners escaped in the small hours of Monday morning.",
     ("the small hours of Monday morning", "TIME", "2006-11-13TMO")),
    ("Robbers drove a car into the store in the early hours of the morning.",
     ("the early hours of the morning", "TIME", "2006-11-16TMO")),
])
def test_the_early_hours_are_the_start_of_that_days_morning(timexes_of, text, expected):
    assert expected in timexes_of(text, THU)


def test_the_early_hours_after_until_name_no_day(timexes_of):
    assert timexes_of("Bars in Madrid stay open until the early hours.", THU) == []


@pytest.mark.parametrize("text", [
    "In the early hours after the earthquake, rescuers pulled dozens from the rubble.",
    "In the early hours following the blast, the streets were empty.",
    "Most burglaries in the city happen in the early hours, police say.",
])
def test_the_early_hours_after_an_event_or_as_a_habit_are_no_days_morning(timexes_of, text):
    assert not any(value.endswith("TMO") for _text, _type, value in timexes_of(text, THU))


def test_the_early_hours_of_a_night_keep_the_nights_value(timexes_of):
    found = timexes_of("The club was raided in the early hours of Saturday night, police said.", THU)
    assert not any(value.endswith("TMO") for _text, _type, value in found), found
