"""'One day' said of a time nobody can name yet is FUTURE_REF; 'one day' as a length stays P1D.

TimeML gives an expression that points into the future without saying when
the value FUTURE_REF (TimeML Annotation Guidelines 1.2.1).  Before this
branch only "one day" right after a modal ("will one day") got it; on the
2,452 newswire articles four more such "one day"s were one-day lengths.  The
first four sentences are from those articles (AFP_ENG_19970401.0562,
AFP_ENG_20061201.0028, AFP_ENG_20061213.0284, XIN_ENG_20051130.0021),
shortened around their clause; the guards are written for this test, one
length each.
"""

from __future__ import annotations

import pytest

DCT = "2006-12-01"


def _one_day(timexes_of, text: str) -> list[tuple[str, str]]:
    """(type, value) of every "one day" found in ``text``."""
    return [(t[1], t[2]) for t in timexes_of(text, DCT) if t[0].lower() == "one day"]


@pytest.mark.parametrize("text", [
    '"One day in the not too distant future we will see justice prevail in Cambodia.',
    "Pope Benedict XVI, who hopes one day to visit the Holy Land, on Wednesday met Israeli Prime Minister Ehud Olmert.",
    "Vested interests are terribly afraid that the Church one day may operate normally and freely.",
    "One day the debris around it could evolve into tiny planets and create a solar system in miniature.",
])
def test_one_day_before_a_verb_whose_time_lies_ahead_is_future_ref(timexes_of, text):
    assert _one_day(timexes_of, text) == [("DATE", "FUTURE_REF")]


@pytest.mark.parametrize("text", [
    "The visit will last one day.",
    "He will stay one day in Paris before flying home.",
    "He needs one day to recover from the flight.",
    "One day will not be enough to finish the talks.",
    "One day before the vote, police will be deployed across the city.",
    "One day of talks will follow the summit.",
    "One day, he walked into the office and resigned.",
])
def test_one_day_as_a_length_stays_a_duration(timexes_of, text):
    assert _one_day(timexes_of, text) == [("DURATION", "P1D")]


def test_a_word_ending_in_per_is_no_rate_before_one_day(timexes_of):
    # after XIN_ENG_20051108.0309 (shortened): "skipper" ends in "per", which made "one day" a SET ("per day")
    text = "He expects John Terry to be the England skipper one day, although Beckham keeps the armband."
    assert ("SET", "P1D") not in _one_day(timexes_of, text)
