"""A TIMEX3 is the time's whole phrase: a length before a noun of time, "more recently", "the most recent N years".

TimeML tags the time expression's noun, adjective or adverb phrase with its determiner and premodifiers and without
the preposition before it.  "Over a three-year period" names a three-year stretch, so "a three-year period" is the
extent (TimeBank dev: wsj_0778), while "a five-year term" or "the 23-year occupation" keep only the length, the
modifier of a noun that is no time; "more recently" is the comparative of the adverb (TimeBank dev: VOA19980303),
"only recently" a focus word before it (branch timex18).  Sentences written for these tests, with the real model.
"""

from __future__ import annotations

import pytest

from storyline.nlp.timex import find_timexes

DEC = "2006-12-01"


@pytest.mark.parametrize("text, expected", [
    ("The blasts took place over a two-month period, police said.", ("a two-month period", "DURATION", "P2M")),
    ("Turnover in the three-month period fell five percent.", ("the three-month period", "DURATION", "P3M")),
    ("Officers checked claims made over a 55-year period.", ("a 55-year period", "DURATION", "P55Y")),
    ("He scored twice in a 47-second span late in the game.", ("a 47-second span", "DURATION", "PT47S")),
    ("Prices rose sharply during the first six-month stretch.", ("the first six-month stretch", "DURATION", "P6M")),
    ("Nothing was built in that 10-year period.", ("that 10-year period", "DURATION", "P10Y")),
])
def test_a_length_before_a_noun_of_time_is_tagged_with_its_noun_phrase(timexes_of, text, expected):
    assert expected in timexes_of(text, DEC)


@pytest.mark.parametrize("text, expected", [
    ("He was elected to a five-year term in 2004.", ("five-year", "DURATION", "P5Y")),  # a term of office
    ("They protested the 23-year occupation.", ("23-year", "DURATION", "P23Y")),
    ("The bank set a 30-day deadline.", ("30-day", "DURATION", "P30D")),
])
def test_a_length_before_another_noun_is_tagged_alone(timexes_of, text, expected):
    assert expected in timexes_of(text, DEC)


def test_the_preposition_before_the_noun_phrase_is_its_signal(nlp):
    [t] = find_timexes(nlp("Sales were limited to 500 tonnes over a five-year period."), DEC)
    assert (t.text, t.signal) == ("a five-year period", "over")


@pytest.mark.parametrize("text, expected", [
    ("More recently it has followed the growth of militia groups.", ("More recently", "DATE", "PAST_REF")),
    ("He has criticized the plan, most recently during a visit to Prague.", ("most recently", "DATE", "PAST_REF")),
    ("The killings revived more recent memories of the case.", ("more recent", "DATE", "PAST_REF")),
    ("Banks must file reports for the most recent three years.", ("the most recent three years", "DURATION", "P3Y")),
    ("The town was evacuated only recently.", ("recently", "DATE", "PAST_REF")),  # "only": a focus word, left out
])
def test_the_comparative_of_a_vague_time_is_one_phrase(timexes_of, text, expected):
    assert expected in timexes_of(text, DEC)
