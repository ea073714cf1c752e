""""This quarter" after the quarter reported, a quarter named after "since", "then current", "a later date".

The TimeML guidelines' values that TimeBank's dev half showed storyline breaking (branch timex17): a relative
expression is anchored to the time the discourse is about, and the REF values say where a time lies from now.
Sentences written for these tests, one behaviour each, with the real model.
"""

from __future__ import annotations

import pytest

NOV = "2005-11-30"  # a Wednesday, in the fourth quarter: the third has just ended


@pytest.mark.parametrize("text, expected", [
    # "this quarter" after the quarter just ended was reported in a past clause: that quarter
    ("The economy grew 4.3 percent in the third quarter, the government said. "
     "Exports increased 0.8 percent in this quarter.", ("this quarter", "DATE", "2005-Q3")),
    ("The publisher reported a net loss of $8.1 million for the third quarter ended Sept. 30. "
     "This quarter's loss includes charges of $4.9 million.", ("This quarter", "DATE", "2005-Q3")),
])
def test_this_quarter_after_the_quarter_just_reported_is_that_quarter(timexes_of, text, expected):
    assert expected in timexes_of(text, NOV)


@pytest.mark.parametrize("text", [
    "The company expects to break even this quarter.",  # nothing reported: the quarter of the publication date
    "Sales rose 5 percent in the third quarter. The company will report lower sales this quarter.",  # a forecast
    "Sales rose 5 percent in the first quarter of 2004. Sales rose again this quarter.",  # not the quarter just ended
])
def test_this_quarter_otherwise_is_the_quarter_of_the_publication_date(timexes_of, text):
    assert ("this quarter", "DATE", "2005-Q4") in timexes_of(text, NOV)


@pytest.mark.parametrize("text", [
    # a quarter compared with, after a figure with a decimal point
    "Business spending grew 10.8 percent in the third quarter, down from the 10.9 percent pace registered in the "
    "second quarter. Spending on software rose 8 percent during the quarter.",
    # a quarter named after "since" bounds a span: it is not the one reported
    "The economy grew 2.0 percent in the third quarter, the slowest since the final quarter in 2004. "
    "Consumer spending grew 2.8 percent in the quarter.",
])
def test_a_quarter_compared_with_or_after_since_does_not_take_the_focus(timexes_of, text):
    assert ("the quarter", "DATE", "2005-Q3") in timexes_of(text, NOV)


@pytest.mark.parametrize("sentence, expected", [
    ("Holders may buy shares at half of the then current market price.", ("then current", "DATE", "PAST_REF")),
    ("He replaced the then-current chairman of the board.", ("then-current", "DATE", "PAST_REF")),
])
def test_then_current_is_a_past_time(timexes_of, sentence, expected):
    assert expected in timexes_of(sentence, NOV)


def test_current_alone_stays_the_present(timexes_of):
    assert ("current", "DATE", "PRESENT_REF") in timexes_of("The current system works well.", NOV)


@pytest.mark.parametrize("sentence", [
    "The company said it will seek more financing at a later date.",
    "The minister's trip has been postponed to a later date.",
])
def test_a_later_date_is_a_future_time(timexes_of, sentence):
    assert ("a later date", "DATE", "FUTURE_REF") in timexes_of(sentence, NOV)


def test_a_later_date_in_a_past_narrative_is_no_future(timexes_of):
    assert timexes_of("The treaty was ratified at a later date by the parliament.", NOV) == []
