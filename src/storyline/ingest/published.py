"""Publication dates from whatever an input carries, as ISO 8601 strings.

Inputs write dates every way: ISO (``2018-07-12T09:30:00Z``), RFC 2822 in
feeds (``Thu, 12 Jul 2018 09:30:00 GMT``), words on a page (``Published:
November 28, 2005``), a ``time.struct_time`` from feedparser.  A date without a
time stays a date; anything unreadable gives None rather than a guess.

Example::

    >>> normalize_date("Thu, 12 Jul 2018 09:30:00 GMT")
    '2018-07-12T09:30:00+00:00'
    >>> normalize_date("Published : November 28 , 2005")
    '2005-11-28'
    >>> normalize_date("soon") is None
    True
"""

from __future__ import annotations

import datetime as dt
import re
import time
from email.utils import parsedate_to_datetime

from dateutil import parser as dateparser

_TIME = re.compile(r"\d{1,2}\s*:\s*\d{2}")
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}/\d{1,2}/\d{2}\b")
_FILLER = re.compile(r"\b(published|posted|updated|last updated|originally published|on|at)\b\s*:?", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_PART = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s*\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b",
    re.I,
)
MIN_YEAR, MAX_YEAR = 1800, 2100


def _iso(value: dt.datetime | dt.date, with_time: bool) -> str | None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    if isinstance(value, dt.datetime) and with_time:
        return value.isoformat()
    return value.strftime("%Y-%m-%d")


def normalize_date(value: object) -> str | None:
    """An ISO date (``2005-11-28``) or datetime string for ``value``, or None when it is no date."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return _iso(dt.datetime(*value[:6], tzinfo=dt.UTC), True)
    if isinstance(value, dt.datetime | dt.date):
        return _iso(value, isinstance(value, dt.datetime))
    if isinstance(value, int | float):
        return None
    text = str(value).strip()
    with_time = bool(_TIME.search(text))
    try:
        return _iso(dt.datetime.fromisoformat(text.replace("Z", "+00:00")), with_time)
    except ValueError:
        pass
    try:
        return _iso(parsedate_to_datetime(text), with_time)
    except (TypeError, ValueError, IndexError):
        pass
    if not _HAS_YEAR.search(text):
        return None
    try:
        parsed = dateparser.parse(_FILLER.sub(" ", text), fuzzy=True)
        return _iso(parsed, with_time) if parsed else None
    except (ValueError, OverflowError):
        pass
    part = _DATE_PART.search(text)  # a date among words the parser cannot place: keep the day only
    if part is None:
        return None
    try:
        return _iso(dateparser.parse(re.sub(r"\s*/\s*", "/", part.group(0))), False)
    except (ValueError, OverflowError):
        return None
