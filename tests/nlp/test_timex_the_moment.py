"""'At the moment', 'for the moment', 'at this (crucial) moment' say now: PRESENT_REF, as 'at present' does.

TimeBank's dev half tags "this crucial moment" PRESENT_REF (AP900815-0044, the first sentence below, with its
DCT); the next three are from the 2,452 newswire articles (AFP_ENG_19970423.0231, AFP_ENG_20061216.0379,
XIN_ENG_20051118.0071).  A moment that a clause or phrase after it defines ("at the moment in question", "at
the moment at which the convoy passed", "for the moment to strike") is that event's time, and "for this
moment" or "the very moment" wait for what they name: those sentences are the review of branch timex21
(issue 9), which that branch read as now, or the other way round for "this very moment".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, dct, expected", [
    ("he declined to discuss details, but said: ``I don't think that his majesty would be traveling at this crucial "
     "moment if the Iraqi leadership did not have a rational approach to the future.''", "1990-08-15",
     "this crucial moment"),
    ('"We have no plan for any sanctions at this moment," a foreign ministry official said in Tokyo.', "1997-04-23",
     "this moment"),
    ("NASA officials decided to abandon, at least for the moment, attempts to unblock the stuck array.", "2006-12-16",
     "the moment"),
    ('"He is in the emergency care unit at the moment.', "2005-11-18", "the moment"),
    ("At this very moment, thousands of refugees are waiting at the border.", "2006-12-01", "this very moment"),
    ("At this moment in time, the talks are stalled.", "2006-12-01", "this moment"),  # "in time" names no moment
])
def test_the_moment_said_of_now_is_present_ref(timexes_of, text, dct, expected):
    assert (expected, "DATE", "PRESENT_REF") in timexes_of(text, dct)


@pytest.mark.parametrize("text", [
    "He was not at home at the moment in question.",
    "The bomb went off at the moment at which the convoy passed.",
    "The rebels are waiting for the moment to strike.",
    "The players have trained for years for this moment.",
    "At the very moment, the talks are stalled.",
    "Five scientists had descended into the crater to sample gases at the moment it blew.",
    "We are prepared to wait patiently for the moment when common sense takes root.",
])
def test_a_moment_something_else_defines_is_not_now(timexes_of, text):
    assert not [t for t in timexes_of(text, "2006-12-01") if "moment" in t[0]]
