"""A year before "to" a length, "Dec.12", "ahead of" a day, modal perfects, timetables in the present: sample C.

Sentences written for these tests (after the timex sample C of newswire, benchmarks/data/timex_sample_C.tsv, and
the timeline sample's wrong dates), one behaviour each, with the real model.
"""

from __future__ import annotations

import pytest

SUN = "2005-11-20"  # a Sunday
WED = "2005-12-14"  # a Wednesday


@pytest.mark.parametrize("sentence, expected", [
    ("The two men were jailed in 2001 to nine years for fraud.",
     [("2001", "DATE", "2001"), ("nine years", "DURATION", "P9Y")]),
    ("She was sentenced in 1998 to 12 months in prison.",
     [("1998", "DATE", "1998"), ("12 months", "DURATION", "P12M")]),
])
def test_a_year_before_to_and_a_length_is_no_range(timexes_of, sentence, expected):
    assert timexes_of(sentence, SUN) == expected


def test_a_rising_count_before_to_is_still_a_range(timexes_of):
    assert timexes_of("Repairs will take two to three weeks.", SUN) == [("two to three weeks", "DURATION", "PXW")]


@pytest.mark.parametrize("sentence, expected", [
    ("Ministers will meet again on Dec.12 in Geneva.", ("Dec.12", "DATE", "2005-12-12")),
    ("The factory exploded on Nov.13, officials said.", ("Nov.13", "DATE", "2005-11-13")),
])
def test_an_abbreviated_month_needs_no_space_before_its_day(timexes_of, sentence, expected):
    assert expected in timexes_of(sentence, SUN)


@pytest.mark.parametrize("sentence, published, expected", [
    # a day a past act is "ahead of" may lie after the publication date
    ("Rallies were banned ahead of the Monday referendum.", SUN, ("Monday", "DATE", "2005-11-21")),
    ("The minister spoke ahead of Thursday's vote in parliament.", WED, ("Thursday", "DATE", "2005-12-15")),
    ("Leaders met ahead of a summit Thursday of the European Union.", WED, ("Thursday", "DATE", "2005-12-15")),
    # a timetable in the simple present lies ahead
    ("The festival, which ends on Monday, draws thousands of visitors.", "2006-12-28",
     ("Monday", "DATE", "2007-01-01")),
    ("The championship starts on June 9 in Berlin.", "2005-11-22", ("June 9", "DATE", "2006-06-09")),
    ("The new rules come into force on Tuesday in Scotland.", "2005-12-16", ("Tuesday", "DATE", "2005-12-20")),
])
def test_a_day_ahead_of_an_act_or_in_a_timetable_lies_after_the_publication_date(timexes_of, sentence, published,
                                                                                   expected):
    assert expected in timexes_of(sentence, published)


def test_a_day_in_a_clause_after_ahead_of_keeps_its_own_tense(timexes_of):
    sentence = "Troops were deployed ahead of the talks, which ended Monday."
    assert ("Monday", "DATE", "2005-11-14") in timexes_of(sentence, "2005-11-19")


@pytest.mark.parametrize("sentence, expected", [
    ("Under the law the campaign should have ended on Saturday.", ("Saturday", "DATE", "2005-11-19")),
    ("Prices would have risen by 0.2 percent in October without the tax cut.", ("October", "DATE", "2005-10")),
])
def test_a_modal_perfect_looks_back(timexes_of, sentence, expected):
    assert expected in timexes_of(sentence, SUN)


def test_a_modal_perfect_leaves_a_day_that_dates_a_noun_to_the_nearest(timexes_of):
    sentence = "A win could have boosted the team's morale before their Saturday final."
    assert ("Saturday", "DATE", "2005-12-17") in timexes_of(sentence, WED)


def test_a_length_taken_is_a_duration(timexes_of):
    assert ("years", "DURATION", "PXY") in timexes_of("It has taken years for the markets to recover.", SUN)


def test_a_simple_present_that_looks_back_keeps_the_nearest_day(timexes_of):
    sentence = "The raid comes two days after Sunday's attack on the base."
    assert ("Sunday", "DATE", "2006-12-24") in timexes_of(sentence, "2006-12-28")


@pytest.mark.parametrize("sentence", [
    "The dollar moved between 117.65 yen and 118.19 yen during the day, trading mostly at 117.75 yen.",
    "It traded between 115.40 yen, its lowest level since Aug. 21, and 116.23 yen during the day.",
    # a day after "since" bounds a span; it is not the day "later in the day" goes on with
    "Shares fell to their lowest level since Aug. 21 but recovered later in the day.",
])
def test_the_day_a_past_clause_tells_of_is_the_day_of_the_report(timexes_of, sentence):
    assert ("the day", "DATE", "2005-11-20") in timexes_of(sentence, SUN)


def test_a_part_of_the_day_after_a_since_day_is_of_the_report(timexes_of):
    # the day after "since" bounds a span: "the afternoon" is not that day's
    sentence = "The yen hit its lowest level since Aug. 21 but recovered in the afternoon."
    assert ("the afternoon", "TIME", "2005-11-20TAF") in timexes_of(sentence, SUN)


def test_during_the_day_in_a_plan_is_the_daytime_and_no_date(timexes_of):
    sentence = "Counting will be done during the day when voters can watch."
    assert not [t for t in timexes_of(sentence, SUN) if t[0] == "the day"]


@pytest.mark.parametrize("sentence, expected", [
    ("After the morning session, the delegates told reporters the talks were frank.",
     ("morning", "TIME", "2005-11-20TMO")),
    ("A sailor was hurt by a jet attempting a night landing on the carrier.", ("night", "TIME", "2005-11-20TNI")),
    ("Nobody was hurt in the mid-afternoon melee outside the stadium.", ("mid-afternoon", "TIME", "2005-11-20TAF")),
    # a day named in an earlier sentence is background, not the day of the session
    ("The index crashed on Oct. 19, 1987. Shares rose 1.3 percent in morning trade.",
     ("morning", "TIME", "2005-11-20TMO")),
    # after "in the" as after other words: the part of the day of the event noun, not "the morning" as a time
    ("Shares fell 2 percent in the morning trading.", ("morning", "TIME", "2005-11-20TMO")),
])
def test_a_part_of_the_day_that_dates_an_event_noun_is_a_time(timexes_of, sentence, expected):
    assert expected in timexes_of(sentence, SUN)


@pytest.mark.parametrize("sentence", ["He has worked the night shift for years.", "She watched the evening news."])
def test_a_part_of_the_day_that_names_a_kind_of_thing_is_no_time(timexes_of, sentence):
    assert not [t for t in timexes_of(sentence, SUN) if t[1] == "TIME"]


@pytest.mark.parametrize("sentence, expected", [
    ("Experts dated the manuscript to between 1260 and 1390.", [("1260", "DATE", "1260"), ("1390", "DATE", "1390")]),
    ("The chapel dates back to the year 1503.", [("the year 1503", "DATE", "1503")]),
])
def test_a_year_before_1600_is_a_date_where_the_words_say_so(timexes_of, sentence, expected):
    assert timexes_of(sentence, SUN) == expected


@pytest.mark.parametrize("sentence", ["Between 1200 and 1500 people joined the march.",
                                      "The polls close between 1200 and 1300 GMT."])
def test_a_count_or_a_clock_between_two_numbers_is_no_early_year(timexes_of, sentence):
    assert not [t for t in timexes_of(sentence, SUN) if t[1] == "DATE"]
