""""The same period" after a half or the months so far, a quarter compared with, "in 2005", "late in the day": sample D.

Sentences written for these tests (after the timex sample D of newswire, benchmarks/data/timex_sample_D.tsv), one
behaviour each, with the real model.
"""

from __future__ import annotations

import pytest

NOV = "2006-11-16"  # a Thursday, in the fourth quarter


@pytest.mark.parametrize("sentence, expected", [
    # the months so far of a year: the same period is that year's (or the year before's), no quarter
    ("Exports rose 12 percent in the first 10 months, up from the same period last year.",
     ("the same period last year", "DATE", "2005")),
    ("Sales climbed in the first three quarters, compared with the same period of last year.",
     ("the same period of last year", "DATE", "2005")),
    ("From January to October, imports grew 9 percent over the same period last year.",
     ("the same period last year", "DATE", "2005")),
    ("In the first eight months, the port handled 3 million tons, and rail freight rose in the same period.",
     ("the same period", "DATE", "2006")),
    # a half: the same half
    ("Profit fell in the first half of 2006 against the same period last year.",
     ("the same period last year", "DATE", "2005-H1")),
])
def test_the_same_period_after_a_half_or_the_months_so_far_is_that_half_or_year(timexes_of, sentence, expected):
    assert expected in timexes_of(sentence, NOV)


@pytest.mark.parametrize("sentence, expected", [
    # a quarter stays a quarter, as before
    ("Net profit rose in the third quarter from the same period last year.",
     ("the same period last year", "DATE", "2005-Q3")),
    # a half not over by the publication date is a forecast: the period compared is still the quarter reported
    ("Profit rose in the third quarter, and the firm expects gains through the second half of 2007, up from the "
     "year-ago period.", ("the year-ago period", "DATE", "2005-Q3")),
])
def test_the_same_period_after_a_quarter_or_a_forecast_half_stays_the_quarter(timexes_of, sentence, expected):
    assert expected in timexes_of(sentence, NOV)


def test_a_quarter_compared_with_does_not_take_the_focus(timexes_of):
    text = ("Investment grew 8 percent in the third quarter, the same as in the second quarter. "
            "Spending on software rose 10 percent during the quarter.")
    assert ("the quarter", "DATE", "2006-Q3") in timexes_of(text, NOV)


def test_a_quarter_named_without_comparison_still_moves_the_focus(timexes_of):
    text = ("Investment grew 8 percent in the third quarter. In the second quarter, spending on software rose "
            "10 percent during the quarter.")
    assert ("the quarter", "DATE", "2006-Q2") in timexes_of(text, NOV)


@pytest.mark.parametrize("sentence, expected", [
    ("Growth was the slowest since the final quarter in 2004.", ("the final quarter", "DATE", "2004-Q4")),
    ("Output peaked in the first half in 2003.", ("the first half", "DATE", "2003-H1")),
])
def test_a_year_after_a_quarter_names_its_year(timexes_of, sentence, expected):
    assert expected in timexes_of(sentence, NOV)


def test_a_year_range_after_a_quarter_is_not_its_year(timexes_of):
    assert ("the fourth quarter", "DATE", "2006-Q4") in timexes_of("Sales in the fourth quarter in 2004 and 2005 "
                                                                     "were weak.", NOV)


def test_late_in_the_day_told_in_the_past_is_that_day(timexes_of):
    assert timexes_of("The bowler was called back late in the day and took a wicket.", "2006-12-15") == [
        ("the day", "DATE", "2006-12-15")]


@pytest.mark.parametrize("sentence", [
    "It is late in the day to change course.",
    "The minister said it was rather late in the day for reforms.",
])
def test_late_in_the_day_as_too_late_is_no_time(timexes_of, sentence):
    assert timexes_of(sentence, NOV) == []
