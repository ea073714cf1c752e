"""Timeline dates: which TIMEX3 values date an entry, how they sort and nest (pure, no model)."""

from __future__ import annotations

import pytest

from storyline.timeline.dates import DAY, MONTH, WEEK, YEAR, display_date, granularity, sort_key, timeline_date, within


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("DATE", "2018-06-12", "2018-06-12"),
        ("TIME", "2019-06-11TAF", "2019-06-11"),  # a time of day dates its day
        ("TIME", "2018-07-12T09:30", "2018-07-12"),
        ("DATE", "2018-W27", "2018-W27"),
        ("DATE", "2019-05", "2019-05"),
        ("DATE", "2019-Q2", "2019-Q2"),
        ("DATE", "2019", "2019"),
        ("DURATION", "P8M", None),  # durations, sets and vague references date nothing
        ("SET", "XXXX-WXX-1", None),
        ("DATE", "PRESENT_REF", None),
        ("DATE", "PAST_REF", None),
        ("DATE", "XXXX-07-12", None),  # unknown year: not placeable
        ("DATE", "199", None),  # a decade is too vague for a chronology
        ("DATE", "2018-02-30", None),  # not a real day
    ],
)
def test_timeline_date_keeps_dates_at_their_granularity_and_drops_the_rest(kind, value, expected):
    assert timeline_date(kind, value) == expected


def test_unanchored_timex_dates_nothing():
    assert timeline_date("DATE", "2019-06-10", anchored=False) is None


def test_coarser_dates_sort_before_the_finer_dates_they_hold():
    dates = ["2019-06-10", "2019-06", "2019-W24", "2019", "2018-06-12", "2019-05"]
    assert sorted(dates, key=sort_key) == ["2018-06-12", "2019", "2019-05", "2019-06", "2019-W24", "2019-06-10"]


def test_granularity_and_nesting():
    assert [granularity(d) for d in ("2019", "2019-05", "2018-W27", "2018-06-12")] == [YEAR, MONTH, WEEK, DAY]
    assert within("2018-07-06", "2018-W27") and within("2018-07-06", "2018") and not within("2018-07", "2018-07-06")
    assert within("2019-12-31", "2019-Q4") and not within("2019-09-30", "2019-Q4")


def test_display_dates_read_like_a_chronology():
    assert display_date("2018-06-12") == "12 June 2018"
    assert display_date("2019-02") == "February 2019"
    assert display_date("2019-W24") == "week of 10 June 2019"  # its Monday: "week 24 of 2019" made a reader count
    assert display_date("2020-W01") == "week of 30 December 2019"  # an ISO week can start in the year before


@pytest.mark.parametrize(
    ("value", "expected", "rank", "first", "last"),
    [
        ("1997-WI", "1997-WI", "PART", "1997-01-01", "1997-02-28"),  # a season, not an ISO week
        ("1998-SU", "1998-SU", "PART", "1998-06-01", "1998-08-31"),
        ("1998-SP", "1998-SP", "PART", "1998-03-01", "1998-05-31"),
        ("1997-FA", "1997-FA", "PART", "1997-09-01", "1997-11-30"),
        ("1997-Q4", "1997-Q4", "PART", "1997-10-01", "1997-12-31"),
        ("1998-H1", "1998-H1", "PART", "1998-01-01", "1998-06-30"),
        ("1998-W05-WE", "1998-W05", "WEEK", "1998-01-26", "1998-02-01"),  # a weekend dates its week
        ("1998-W05", "1998-W05", "WEEK", "1998-01-26", "1998-02-01"),
    ],
)
def test_seasons_quarters_halves_and_weekends_have_their_own_span(value, expected, rank, first, last):
    from storyline.timeline import dates

    date = timeline_date("DATE", value)
    assert date == expected
    assert granularity(date) == getattr(dates, rank)
    assert [d.isoformat() for d in dates.span(date)] == [first, last]
    assert display_date(date)  # every kept date can be shown


@pytest.mark.parametrize("value", ["199", "19", "1999-W53", "1998-W00", "1998-XX", "1998-WX"])
def test_decades_centuries_and_impossible_weeks_date_nothing(value):
    assert timeline_date("DATE", value) is None
