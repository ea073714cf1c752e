"""'One day' leading a verb whose time lies ahead is FUTURE_REF; 'one day' the clause counts stays a length.

TimeML gives an expression that points into the future without saying when
the value FUTURE_REF (TimeML Annotation Guidelines 1.2.1).  "One day" is
that adverb after a modal ("will one day") and, read on the parse, as a bare
adverbial standing before a future verb: the three FUTURE_REF sentences are
from the 2,452 newswire articles (AFP_ENG_19970401.0562,
AFP_ENG_20061201.0028, XIN_ENG_20051130.0021).  As the subject or object of
its clause, inside "for", "more than" or "at least", or after its verb, it is
a length that the clause counts ("Only one day will separate the two votes"):
those sentences are the review of branch timex21 (issue 9), each of which the
word rules of that branch read FUTURE_REF.
"""

from __future__ import annotations

import pytest

from storyline.nlp.timex import find_timexes

DCT = "2006-12-01"


def _one_day(timexes_of, text: str) -> list[tuple[str, str]]:
    """(type, value) of every timex ending in "one day" found in ``text``."""
    return [(t[1], t[2]) for t in timexes_of(text, DCT) if t[0].lower().endswith("one day")]


@pytest.mark.parametrize("text", [
    '"One day in the not too distant future we will see justice prevail in Cambodia.',
    "Vested interests are terribly afraid that the Church one day may operate normally and freely.",
    "One day the debris around it could evolve into tiny planets and create a solar system in miniature.",
])
def test_one_day_leading_a_verb_whose_time_lies_ahead_is_future_ref(timexes_of, text):
    assert _one_day(timexes_of, text) == [("DATE", "FUTURE_REF")]


@pytest.mark.parametrize("text", [
    # the subject of its clause, whatever focus word leads it
    "Even one day could make a difference to the talks.",
    "Just one day will not be enough to finish the talks.",
    "Only one day will separate the two votes.",
    "At least one day should be set aside for the debate.",
    "One day in Paris will cost a tourist about $500.",
    "One day without power could cost the economy billions.",
    "One day of talks will follow the summit.",
    "One day at the beach would do us all good.",  # parsed npadvmod, but its verb has no other subject
    # the object of a verb, or inside a prepositional phrase
    "The union wants one day to mourn the victims.",
    "She wanted one day to herself before the trial.",
    "He needs one day to recover from the flight.",
    "Closing the port for one day would cost the economy millions.",
    "One day before the vote, police will be deployed across the city.",
    # after the verb it measures
    "The visit will last one day.",
    "He will stay one day in Paris before flying home.",
])
def test_one_day_the_clause_counts_stays_a_duration(timexes_of, text):
    assert _one_day(timexes_of, text) == [("DURATION", "P1D")]


def test_more_than_one_day_as_a_subject_keeps_its_extent_and_modifier(nlp):
    found = [(t.text, t.type, t.value, t.mod) for t in find_timexes(nlp("More than one day would be needed."), DCT)]
    assert found == [("More than one day", "DURATION", "P1D", "MORE_THAN")]


def test_one_day_of_a_past_narrative_is_no_future_time(timexes_of):
    # a past day nobody names; TimeML gives it no clear value, so only what is known is asserted
    assert ("DATE", "FUTURE_REF") not in _one_day(timexes_of, "One day, he walked into the office and resigned.")


def test_a_word_ending_in_per_is_no_rate_before_one_day(timexes_of):
    # after XIN_ENG_20051108.0309 (shortened): "skipper" ends in "per", which made "one day" a SET ("per day").
    # What it gets now, DURATION P1D, is itself wrong: this "one day" is the unnamed future time, but it follows
    # its verb, where lengths stand, so it is left a length and only the rate is pinned down here.
    text = "He expects John Terry to be the England skipper one day, although Beckham keeps the armband."
    assert [kind for kind, _value in _one_day(timexes_of, text)] == ["DURATION"]
