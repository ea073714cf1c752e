"""A month, day or season followed by a relative year is one expression with one value.

"January next year" in a 2007 article is 2008-01, not "January" (2007-01 or
2008-01) plus "next year" (2008): TimeBank annotates "June last year" as one
TIMEX3, and a timeline must not show the two halves as two entries.
"""

from __future__ import annotations

import pytest

from storyline.nlp.timex import find_timexes

DCT = "2007-06-15"

CASES = [
    ("The plant will open in January next year, the company said.", "January next year", "2008-01"),
    ("Sales fell in March last year.", "March last year", "2006-03"),
    ("The treaty takes effect in May of next year.", "May of next year", "2008-05"),
    ("The talks are due to resume next January.", "next January", "2008-01"),
    ("The law was passed in December this year.", "December this year", "2007-12"),
    ("The ban starts on January 1 next year.", "January 1 next year", "2008-01-01"),
    ("The new model goes on sale in the spring of next year.", "the spring of next year", "2008-SP"),
    ("Output slumped in the winter of last year.", "the winter of last year", "2006-WI"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), CASES, ids=[c[1] for c in CASES])
def test_month_or_season_with_relative_year_is_one_timex(nlp, sentence, text, value):
    found = [(t.text, t.value) for t in find_timexes(nlp(sentence), DCT)]
    assert len(found) == 1, found
    assert text in found[0][0] and found[0][1] == value


def test_lower_case_may_before_next_year_is_the_verb(nlp):
    found = find_timexes(nlp("Prices may next year rise again."), DCT)
    assert [t.value for t in found] == ["2008"]


def test_without_publication_date_the_year_stays_unknown(nlp):
    (t,) = find_timexes(nlp("The plant will open in January next year."), None)
    assert t.value == "XXXX-01" and not t.anchored
