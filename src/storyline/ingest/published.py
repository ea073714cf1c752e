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
    >>> normalize_date("Fri Apr 24, 2009 9:30pm EDT")
    '2009-04-24T21:30:00-04:00'
    >>> normalize_date("publiziert am 25. September 2018"), normalize_date("Publié le 3 mars 2020 à 10h30")
    ('2018-09-25', '2020-03-03')
    >>> normalize_date(1617580800), normalize_date("1617667200000")  # Unix time, in seconds or milliseconds
    ('2021-04-05T00:00:00+00:00', '2021-04-06T00:00:00+00:00')
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
_EPOCH = re.compile(r"(?P<s>\d{9,10}(?:\.\d+)?)|(?P<ms>\d{12,13})")
"""Unix time in seconds (9-10 digits: 1973-2286) or milliseconds (12-13 digits); 8 digits are a date
(``20210405``), and a bare year is no date."""
MIN_YEAR, MAX_YEAR = 1800, 2100
ZONES = {name: hours * 3600 for name, hours in (
    ("EDT", -4), ("EST", -5), ("CDT", -5), ("CST", -6), ("MDT", -6), ("MST", -7), ("PDT", -7), ("PST", -8),
    ("GMT", 0), ("UTC", 0), ("BST", 1), ("CET", 1), ("CEST", 2), ("MEZ", 1), ("MESZ", 2), ("EET", 2), ("EEST", 3),
    ("MSK", 3), ("IST", 5.5), ("JST", 9), ("KST", 9), ("AEST", 10), ("AEDT", 11))}
"""Time zone abbreviations news pages print, as UTC offsets in seconds, so a page's local time keeps its zone."""
# month names of the major European languages (German, French, Spanish, Italian, Portuguese, Dutch);
# English ones are read by dateutil already
_EURO_MONTH = (r"(?:januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin"
               r"|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio"
               r"|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno"
               r"|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
               r"|novembro|dezembro|januari|februari|maart|augustus|juni|juli|mei|september|november|april"
               r"|august|agosto)")
EURO_DATE = re.compile(rf"\b\d{{1,2}}\.?\s*(?:de\s+)?{_EURO_MONTH}\.?\s*(?:de\s+|,\s*)?\d{{4}}\b"
                       r"|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b", re.I)


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
    if isinstance(value, bool):
        return None
    text = str(value).strip()
    if epoch := _EPOCH.fullmatch(text):  # dumps and APIs give Unix time (a number, or its digits as a string)
        seconds = float(epoch["s"]) if epoch["s"] else float(epoch["ms"]) / 1000
        return _iso(dt.datetime.fromtimestamp(seconds, dt.UTC).replace(microsecond=0), True)
    if isinstance(value, int | float):
        return None
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
    euro = EURO_DATE.search(text)
    if euro is not None:  # "publiziert am 25. September 2018", "le 3 mars 2020", "25.09.2018"
        return european_date(euro.group(0))
    try:
        parsed = _full_day(_FILLER.sub(" ", text))
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


_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))


def _full_day(text: str) -> dt.datetime | None:
    """dateutil's reading of ``text`` when it names a year, a month and a day, else None.

    dateutil fills a part the text lacks from today: "March 2021" was dated the 5th when read on a
    5th, "2021" on today's month and day, so one page got a different date on each run.  The text is
    read against two defaults that differ in every part; a part that moves was not in the text.

    >>> _full_day("Posted March 4, 2021"), _full_day("March 2021"), _full_day("Spring 2019")
    (datetime.datetime(2021, 3, 4, 0, 0), None, None)
    """
    first, second = (dateparser.parse(text, fuzzy=True, tzinfos=ZONES, default=d) for d in _DEFAULTS)
    if first is None or second is None or first.date() != second.date():
        return None
    return first


def european_date(text: str) -> str | None:
    """A day written day-first in a major European language, read by dateparser (imported on first use).

    >>> european_date("3 de março de 2020")
    '2020-03-03'
    """
    import dateparser as multilingual

    parsed = multilingual.parse(text, settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"})
    return _iso(parsed, False) if parsed else None
