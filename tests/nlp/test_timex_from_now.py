"""A length after "in" under a verb that looks ahead is the point it reaches (nlp/timex/from_now.py).

Dev sentences only: TimeBank's dev half and the newswire (ids in the comments), with the real model.
"""

from __future__ import annotations

import pytest

from storyline.nlp.timex import find_timexes


def _found(nlp, sentence: str, published: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(nlp(sentence), published)}


@pytest.mark.parametrize("sentence, published, text, expected", [
    # TimeBank dev wsj_0157: gold DATE 1994
    ("The stock would be redeemed in five years, subject to terms of the surviving company's debt.", "1989-11-02",
     "five years", ("DATE", "1994")),
    # TimeBank dev VOA19980331.1700.1533: gold DATE FUTURE_REF
    ("You may, in a year or two, save a few more lives if you do sickest first.", "1998-03-31",
     "a year or two", ("DATE", "FUTURE_REF")),
    # newswire AFP_ENG_19970412.0154: the ISO week two weeks after the DCT's (1997-W15)
    ("She is due to make a visit to the territory in two weeks, when she will officiate at the opening of the "
     "Tsing Ma Bridge.", "1997-04-12", "two weeks", ("DATE", "1997-W17")),
    # newswire XIN_ENG_20051123.0245
    ("He said the new lineup will be announced in two weeks.", "2005-11-23", "two weeks", ("DATE", "2005-W49")),
    # newswire AFP_ENG_20061203.0085
    ("I also have to think about it, because I will become a father in a month.", "2006-12-03",
     "a month", ("DATE", "2007-01")),
    # newswire AFP_ENG_20061219.0059: the superlative is the partitive's, not the verb's own object's
    ("Ukraine's President Viktor Yushchenko told South Korean business leaders Tuesday his country would be one of "
     "the world's fastest growing economies in a year or two, expanding 10 percent every year.", "2006-12-19",
     "a year or two", ("DATE", "FUTURE_REF")),
    # newswire XIN_ENG_20061128.0081: a vague count reaches a vague future
    ("The results will be announced in two or three days, according to the Intermediate People's Court of Hohhot "
     "City.", "2006-11-28", "two or three days", ("DATE", "FUTURE_REF")),
])
def test_a_length_after_in_under_a_verb_looking_ahead_is_the_date_it_reaches(nlp, sentence, published, text,
                                                                               expected):
    assert _found(nlp, sentence, published).get(text) == expected


@pytest.mark.parametrize("sentence, published, text, expected", [
    # a past verb: how long (newswire XIN_ENG_20051104.0200)
    ("All the 7,000 poultry and birds were killed in two days.", "2005-11-04", "two days", ("DURATION", "P2D")),
    # a noun governs "in": the time counted back (newswire XIN_ENG_20061114.0295)
    ("Democrats retook control of both chambers of Congress in last week's elections, the first time in 12 years.",
     "2006-11-14", "12 years", ("DURATION", "P12Y")),
    # a verb of ability asks how long a thing takes (newswire XIN_ENG_20051118.0227, XIN_ENG_20061120.0043)
    ('"If the bird flu virus mutates, we can develop new vaccines in four months," said Yin.', "2005-11-18",
     "four months", ("DURATION", "P4M")),
    ("She said more than 97 percent of qualified students could obtain their visas in a few days.", "2006-11-20",
     "a few days", ("DURATION", "PXD")),
])
def test_a_length_in_a_past_clause_under_a_noun_or_after_can_stays_a_length(nlp, sentence, published, text,
                                                                             expected):
    assert _found(nlp, sentence, published).get(text) == expected
