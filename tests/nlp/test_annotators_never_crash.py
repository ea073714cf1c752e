"""No text crashes an annotator: random unicode and random news-like sentences through every one.

The sentences are assembled from the words the timex rules look for (counts in
digits and words, every unit in singular and plural, "ago"/"earlier", month and
weekday names, clock times, ordinals, years) in random order, so each rule
meets the combinations its author did not write down ("two centuries ago"
once raised ``KeyError: 'centuries'``).  Each annotator is run as the pure
function of a parsed ``Doc`` that it is, with the real model, and its output
must be well formed: spans inside the text and equal to the text they claim,
TIMEX3 values in TIMEX3 syntax.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.nlp import entities, quotes, terms, timex
from storyline.records import Timex

_NUMBERS = ["a", "an", "one", "two", "three", "ten", "twelve", "twenty-one", "ninety nine", "a hundred", "a dozen",
            "several", "a few", "a couple of", "some", "many", "half a", "four and a half", "zero", "thousand"]
_UNITS = ["second", "minute", "hour", "hr", "min", "day", "night", "week", "fortnight", "month", "quarter", "year",
          "decade", "century", "millennium", "weekend"]
_PLURALS = ["seconds", "minutes", "hours", "days", "nights", "weeks", "fortnights", "months", "quarters", "years",
            "decades", "centuries", "millennia", "millenniums", "weekends", "centurys", "millennias"]
_TIME_WORDS = ["ago", "earlier", "later", "from now", "before", "after", "long", "or so", "old", "-old", "last", "next",
               "this", "past", "coming", "previous", "following", "the", "of", "in", "on", "at", "since", "by", "until",
               "during", "over", "about", "nearly", "more than", "early", "late", "mid-", "the end of", "today",
               "yesterday", "tomorrow", "tonight", "now", "recently", "the future", "every", "each", "annually",
               "daily", "a year", "per", "morning", "afternoon", "year-ago", "the same period", "the latest quarter",
               "this year's", "the day before", "the next day", "that day", "the following week", "a time of",
               "finished in", "said", "will", "had", "was", "is expected", "fiscal", "calendar", "spring", "fall",
               "Christmas", "New Year's Eve", "Q3", "H1", "FY19", "the 1990s", "the '80s", "the twenties", "noon",
               "midnight", "GMT", "EST", "local time", "%", "percent", "$"]
_NAMES = ["January", "Feb.", "March", "May", "may", "June", "Sept.", "Oct", "December", "Monday", "Tue", "Thursday",
          "Saturday", "Sunday", "sunday", "Dec.", "Mar"]
_ORDINALS = ["first", "second", "third", "fourth", "21st", "2nd", "twenty-first", "12th", "31st", "0th", "99th"]
_FILLER = ["The", "talks", "Kim Jong Un", "Muammar Gaddafi", "Moammar Gadhafi", "officials", "\"We will win,\"",
           "\u201cNo,\u201d", "he", "she", "said", "told", "according to", "Reuters", ",", ".", ";", "--", "(", ")",
           "\n\n", "-", "/", ":", "'s"]


def _digits() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(-5, 10**12).map(str),
        st.integers(0, 3000).map(lambda n: f"{n:,}"),
        st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
        st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
        st.tuples(st.integers(0, 30), st.integers(0, 99), st.integers(0, 99)).map(
            lambda t: f"{t[0]}:{t[1]:02d}:{t[2]:02d}"),
        st.tuples(st.integers(0, 13), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]:02d}am"),
        st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 3000)).map(lambda t: "/".join(map(str, t))),
        st.tuples(st.integers(0, 3000), st.integers(0, 19), st.integers(0, 40)).map(
            lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"),
        st.integers(1500, 2100).map(str),
        st.sampled_from(["'97", "'80s", "1980s", "1998-99", "Q4 2018", "p.m.", "a.m.", "3 p.m.", "14:00 GMT"]),
    )


_COUNT = st.one_of(_digits(), st.sampled_from(_NUMBERS))
_PHRASE = st.tuples(_COUNT, st.sampled_from(_UNITS + _PLURALS), st.sampled_from(_TIME_WORDS)).map(" ".join)
_WORD = st.one_of(
    _PHRASE,
    _digits(),
    st.sampled_from(_NUMBERS), st.sampled_from(_UNITS), st.sampled_from(_PLURALS), st.sampled_from(_TIME_WORDS),
    st.sampled_from(_NAMES), st.sampled_from(_ORDINALS), st.sampled_from(_FILLER),
    st.text(max_size=6),
)
_SEPARATOR = st.sampled_from([" ", " ", " ", "-", ", ", "  ", "\n", ""])
SENTENCES = st.lists(st.tuples(_WORD, _SEPARATOR), min_size=1, max_size=25).map(
    lambda parts: "".join(w + s for w, s in parts))
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()),
                      st.sampled_from(["2018-07-12", "1998-02-28T10:00Z", "not a date", "2000-02-30", "0001-01-01"]))

_POINT = r"(?:\d{4}|\d{3}|\d\d|X{2,4})(?:-(?:\d\d|XX|W\d\d|WXX|Q[1-4X]|H[12]|SP|SU|FA|WI)(?:-(?:\d\d|XX|\d|WE))?)?"
_CLOCK = r"(?:T(?:\d\d(?::\d\d(?::\d\d)?)?|MO|AF|EV|NI|MI|DT))?"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?:{_AMOUNT}(?:Y|M|W|D|Q|H|DE|CE|ML|WE|L))+(?:T(?:{_AMOUNT}(?:H|M|S))+)?|PT(?:{_AMOUNT}(?:H|M|S))+"
TIMEX3_VALUE = re.compile(rf"^(?:{_POINT}{_CLOCK}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)$")
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {None, "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
        "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}


def check_timexes(text: str, found: list[Timex]) -> None:
    """Every timex is a real piece of ``text`` with a TIMEX3 type, value and mod."""
    for t in found:
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text, t
        assert t.type in TYPES and t.mod in MODS, t
        assert TIMEX3_VALUE.match(t.value), f"{t.value!r} is not a TIMEX3 value ({t.text!r} in {text!r})"
        if t.signal is not None:
            assert t.signal_start is not None and t.signal_start < t.start, t
            assert text[t.signal_start : t.signal_start + len(t.signal)] == t.signal, t
            assert not text[t.signal_start + len(t.signal) : t.start].strip(), t


def run_all(nlp, text: str, published: str | None) -> None:
    doc = nlp(text)
    check_timexes(text, timex.find_timexes(doc, published))
    mentions, chains = entities.find_entities(doc)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text, m
        assert m.chain is None or 0 <= m.chain < len(chains), m
    for c in chains:
        assert all(0 <= i < len(mentions) for i in c.mentions), c
    for q in quotes.find_quotes(doc, mentions, chains):
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text, q
        assert q.speaker_chain is None or 0 <= q.speaker_chain < len(chains), q
    assert all(isinstance(w, str) and w for w in terms.key_terms(doc))


_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                             HealthCheck.too_slow])


@_SETTINGS
@given(text=SENTENCES, published=PUBLISHED)
def test_news_like_sentences_never_crash_an_annotator(nlp, text, published):
    run_all(nlp, text, published)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=120), published=PUBLISHED)
def test_random_unicode_never_crashes_an_annotator(nlp, text, published):
    run_all(nlp, text, published)


@pytest.mark.parametrize("text", [
    "The abbey was built two centuries ago.",
    "Settlers arrived three millennia ago and left millennia later.",
    "Over centuries the river moved; for millennias it flooded.",
])
def test_plural_units_with_irregular_spelling_are_durations_or_dates(nlp, text):
    found = timex.find_timexes(nlp(text), "2018-07-12")
    check_timexes(text, found)
    assert found, text


def test_a_day_before_year_one_does_not_crash_the_timex_tagger(nlp):
    # found by the news-like strategy above: "the day before" anchored on a written "0000-01-01" (no year 0)
    for text in ("0000-01-01 0 second the day before ", "0001-01-01 was a day. The day before was quiet."):
        run_all(nlp, text, None)


@pytest.mark.parametrize("text, published", [
    # found by the news-like strategy above: the Christmas before a publication date in year 1 is in no calendar
    ("Christmas ", "0001-01-01"), ("We met at Christmas.", "9999-12-31"), ("Christmas 0000 came.", None),
])
def test_a_holiday_next_to_the_calendars_ends_does_not_crash_the_timex_tagger(nlp, text, published):
    run_all(nlp, text, published)
