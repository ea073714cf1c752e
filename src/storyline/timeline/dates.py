"""TIMEX3 values as timeline dates: which values date an entry, and how dates sort.

A timeline entry's date keeps the granularity the source gave it: a year
("2019"), a season or quarter ("2019-SU", "2019-Q2"), a month ("2019-05"), an
ISO week ("2018-W27") or a day ("2018-06-12").  Clock times are cut to their
day, because a chronology of news is a chronology of days.  Durations, sets,
vague references (PRESENT_REF ...) and values with unknown parts (X) date
nothing.

Example::

    >>> timeline_date("DATE", "2018-07-12T09:30")
    '2018-07-12'
    >>> timeline_date("DURATION", "P8M") is None
    True
    >>> sorted(["2019-05-02", "2019", "2018-W27", "2019-05"], key=sort_key)
    ['2018-W27', '2019', '2019-05', '2019-05-02']
"""

from __future__ import annotations

import datetime as dt
import functools
import re

_DATED = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?$")
_ISO_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_WEEKEND = re.compile(r"^(\d{4}-W\d{2})-WE$")
_PART_START = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7, "WI": 1, "SP": 3, "SU": 6, "FA": 9}
_PART_END = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "WI": 2, "SP": 5, "SU": 8, "FA": 11}

YEAR, PART, MONTH, WEEK, DAY = range(5)
"""Granularity ranks, coarse to fine; a coarser date sorts before the finer dates it holds."""


def timeline_date(kind: str, value: str | None, anchored: bool = True) -> str | None:
    """The date a TIMEX3 gives a timeline entry, or None when it dates nothing.

    >>> timeline_date("TIME", "2019-06-11TAF")
    '2019-06-11'
    >>> timeline_date("DATE", "XXXX-07-12") is None
    True
    """
    if kind not in ("DATE", "TIME") or not value or not anchored:
        return None
    day = value.split("T", 1)[0] if value[:1].isdigit() else value
    weekend = _WEEKEND.match(day)
    day = weekend.group(1) if weekend else day  # a weekend is told under its ISO week
    if not _DATED.match(day):
        return None
    try:
        span(day)  # "2018-02-30" or week 53 of a 52-week year names no real time
    except ValueError:
        return None
    return day


@functools.lru_cache(maxsize=8192)
def published_day(published: str | None) -> dt.date | None:
    """The day of a publication stamp ("2018-07-12T09:00" -> 2018-07-12); None when there is none or it is no day.

    >>> published_day("2018-07-12T09:00-04:00"), published_day(None), published_day("July 12")
    (datetime.date(2018, 7, 12), None, None)
    """
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def granularity(date: str) -> int:
    """YEAR, PART, MONTH, WEEK or DAY for a timeline date.

    >>> granularity("2018-W27") == WEEK, granularity("2019-05") == MONTH
    (True, True)
    """
    if len(date) == 4:
        return YEAR
    if len(date) == 10:
        return DAY
    if _ISO_WEEK.match(date):  # "2018-W27"; "1997-WI" is a winter, not a week
        return WEEK
    if date[5:].isdigit():
        return MONTH
    return PART


@functools.lru_cache(maxsize=8192)
def span(date: str) -> tuple[dt.date, dt.date]:
    """First and last day a timeline date covers (remembered: a long story compares every coarse date
    with every finer one, see ``merge.group_candidates``).

    >>> span("2018-W27")
    (datetime.date(2018, 7, 2), datetime.date(2018, 7, 8))
    """
    year = int(date[:4])
    g = granularity(date)
    if g == DAY:
        d = dt.date.fromisoformat(date)
        return d, d
    if g == WEEK:
        first = dt.date.fromisocalendar(year, int(date[6:8]), 1)
        return first, first + dt.timedelta(days=6)
    if g == YEAR:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first_month, last_month = (int(date[5:7]),) * 2 if g == MONTH else (_PART_START[date[5:]], _PART_END[date[5:]])
    nxt = dt.date(year + last_month // 12, last_month % 12 + 1, 1)
    return dt.date(year, first_month, 1), nxt - dt.timedelta(days=1)


def sort_key(date: str) -> tuple[dt.date, int]:
    """Order for display: by first day covered, coarser granularity first on ties."""
    return span(date)[0], granularity(date)


def within(date: str, coarse: str) -> bool:
    """True when every day of ``date`` lies inside ``coarse`` (a day is within its month and year).

    >>> within("2019-05-02", "2019-05"), within("2019-05", "2019-05-02")
    (True, False)
    """
    a, b = span(date)
    c, d = span(coarse)
    return c <= a and b <= d


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # not strftime: the output must not depend on the locale
_PART_NAME = {"Q1": "first quarter", "Q2": "second quarter", "Q3": "third quarter", "Q4": "fourth quarter",
              "H1": "first half", "H2": "second half", "WI": "winter", "SP": "spring", "SU": "summer", "FA": "autumn"}


def display_date(date: str) -> str:
    """A timeline date as a reader writes it, at its own granularity.

    A week is named by its Monday: "week 16 of 1997" made a reader count weeks to find 14 April.

    >>> [display_date(d) for d in ["2018-06-12", "2019-05", "2018-W27", "2019-SU", "2019"]]
    ['12 June 2018', 'May 2019', 'week of 2 July 2018', 'summer 2019', '2019']
    """
    g = granularity(date)
    if g == DAY:
        return f"{int(date[8:10])} {_MONTHS[int(date[5:7]) - 1]} {date[:4]}"
    if g == MONTH:
        return f"{_MONTHS[int(date[5:7]) - 1]} {date[:4]}"
    if g == WEEK:
        monday = span(date)[0]
        return f"week of {monday.day} {_MONTHS[monday.month - 1]} {monday.year}"
    if g == PART:
        return f"{_PART_NAME[date[5:]]} {date[:4]}"
    return date


_DATE_SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ].+)?)?)?")
"""The form stored dates have, which a string comparison of since/until with them needs."""


def is_date_prefix(value: str) -> bool:
    """Whether ``value`` is an ISO date prefix a since/until filter takes: a year, a month, a date or a datetime.

    The CLI's ``--since``/``--until`` and the web's ``?since=``/``?until=`` ask this one question: ``2024-13``
    or ``garbage`` listed nothing and said only that nothing matched.

    >>> [is_date_prefix(v) for v in ("2019", "2019-01", "2019-01-31", "2019-01-31T09:30", "2024-13", "last year")]
    [True, True, True, True, False, False]
    >>> is_date_prefix("20190131"), is_date_prefix("2019-W01")  # ISO forms that sort unlike stored dates
    (False, False)
    """
    if not _DATE_SHAPE.fullmatch(value):
        return False
    try:
        if re.fullmatch(r"\d{4}", value):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", value):
            dt.date.fromisoformat(value + "-01")
        else:
            dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
