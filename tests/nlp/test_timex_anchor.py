"""Calendar arithmetic relative to the publication date (pure; no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.nlp.timex.anchor import Anchor, parse_dct

THU = Anchor(dt.date(2018, 7, 12))


@pytest.mark.parametrize(("day", "when", "strict", "value"), [
    (4, "PAST", False, "2018-07-12"),  # the article's own weekday, past tense: that day
    (4, "FUTURE", False, "2018-07-12"),
    (4, "PAST", True, "2018-07-05"),  # "last Thursday"
    (1, "PAST", False, "2018-07-09"),
    (7, "FUTURE", False, "2018-07-15"),
    (7, "PRESENT", False, "2018-07-15"),  # no tense: the closer one
    (2, "PRESENT", False, "2018-07-10"),
])
def test_weekday_resolution(day, when, strict, value):
    assert THU.weekday(day, when, strict=strict) == value


def test_weeks_months_quarters_cross_year_boundaries():
    jan = Anchor(dt.date(2019, 1, 3))
    assert (jan.week(-1), jan.month(-1), jan.quarter(-1), jan.year(-1)) == ("2018-W52", "2018-12", "2018-Q4", "2018")


def test_month_named_by_tense():
    assert THU.month_named(4, "PAST") == "2018-04"
    assert THU.month_named(9, "PAST") == "2017-09"
    assert THU.month_named(3, "FUTURE") == "2019-03"
    assert THU.month_named(10, "PRESENT") == "2018-10"


def test_parse_dct_takes_the_date_of_a_datetime_and_rejects_junk():
    assert parse_dct("1998-03-22T14:57:00") == dt.date(1998, 3, 22)
    assert parse_dct("19980322") == dt.date(1998, 3, 22)
    assert parse_dct("yesterday") is None and parse_dct(None) is None


def test_without_a_date_everything_relative_has_placeholders():
    a = Anchor(None)
    assert (a.day(-1), a.week(), a.weekday(4, "PAST"), a.month_named(4, "PAST")) == (
        "XXXX-XX-XX", "XXXX-WXX", "XXXX-WXX-4", "XXXX-04")


def test_a_future_clause_takes_a_day_just_gone_not_the_same_day_a_year_on():
    # "Banks will be closed from December 30" in a story dated December 31 (newswire, 2006): written the day
    # before, or a period already begun
    dec31 = Anchor(dt.date(2006, 12, 31))
    assert dec31.month_day(12, 30, "FUTURE") == "2006-12-30"
    assert dec31.month_day(1, 3, "FUTURE") == "2007-01-03"
    # more than a week gone, a future clause means next year's
    assert dec31.month_day(12, 1, "FUTURE") == "2007-12-01"
