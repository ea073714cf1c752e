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

An all-numeric day whose first two parts could both be the month (``03/04/2021``) is read in the order of
the page's locale when the caller knows it (``day_first``: a British or German page writes the day first, a
US one the month); otherwise slashes are read month-first and dots day-first, and :func:`unclear_order`
says the reading was a guess::

    >>> normalize_date("03/04/2021", day_first=True), normalize_date("03/04/2021", day_first=False)
    ('2021-04-03', '2021-03-04')
    >>> unclear_order("03/04/2021"), unclear_order("13/04/2021"), unclear_order("03/04/2021", day_first=True)
    (True, False, False)
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
NUMERIC_DAY = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*"
                         r"(?P<y>\d{4}|\d{2})(?![\d])")
"""A day written in numbers only, day and month in either order (``03/04/2021``, ``03.04.20``); a year
written first (``2021-04-03``) is ISO's order and never ambiguous."""
ORDER_UNCLEAR = "published_order_unclear"
"""The metadata flag (True) set when the publication date's all-numeric day read both ways and nothing said
which order the input writes: the reader of ``storyline show`` knows day and month may be swapped.  A flag of
its own, not words added to ``published_from``: that stays the signal's name, one per signal, to count."""
FUTURE = "published_future"
"""The metadata key listing the dates an input gave that lie after the moment it was read (``html-meta
2099-01-01``): no publication date, so the next signal was taken, and ``storyline show`` says why."""


def date_from(published_from: str | None, metadata: dict[str, object]) -> str:
    """Where a stored date came from, as ``show`` and the article page print it: the signal, and the
    :data:`ORDER_UNCLEAR` flag in words.

    >>> date_from("html-time", {ORDER_UNCLEAR: True}), date_from(None, {})
    ('html-time, day/month order unclear', '')
    """
    return (published_from or "") + (", day/month order unclear" if published_from and metadata.get(ORDER_UNCLEAR)
                                      else "")


def as_list(value: object) -> list[str]:
    """A metadata entry as a list of strings: a record may carry a field of the same name as a plain string.

    >>> as_list(None), as_list("x"), as_list(["a", "b"])
    ([], ['x'], ['a', 'b'])
    """
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def not_taken(metadata: dict[str, object]) -> str:
    """Why the input's later dates were not taken (:data:`FUTURE`), as ``show`` and the article page say it.

    >>> not_taken({FUTURE: ["html-meta 2099-01-01"]}), not_taken({})
    ('not taken, as after the day it was read: html-meta 2099-01-01', '')
    """
    late = metadata.get(FUTURE)
    return f"not taken, as after the day it was read: {', '.join(as_list(late))}" if late else ""


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


def normalize_date(value: object, day_first: bool | None = None) -> str | None:
    """An ISO date (``2005-11-28``) or datetime string for ``value``, or None when it is no date.

    ``day_first`` is the order of the page's locale for an all-numeric day (None: not known)."""
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
    text = _in_order(text, day_first)
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


def _swappable(m: re.Match[str]) -> bool:
    """Whether an all-numeric day (a :data:`NUMERIC_DAY` match) reads either way round (both parts 12 or less
    and not equal): ``13/04/2021`` and ``03/03/2021`` read the same in every order."""
    return m["a"] != m["b"] and 1 <= int(m["a"]) <= 12 and 1 <= int(m["b"]) <= 12


def unclear_order(value: object, day_first: bool | None = None) -> bool:
    """Whether reading ``value`` had to guess the order of day and month: an all-numeric day written with
    slashes or dashes that reads both ways (``03/04/2021``) from an input whose locale does not say which
    comes first.  A dotted day is day-first wherever it is written (``03.04.2021``), so never a guess."""
    if day_first is not None or not isinstance(value, str):
        return False
    m = NUMERIC_DAY.search(value)
    return m is not None and m["sep"] != "." and _swappable(m)


_CLOCK_AFTER = re.compile(r"\s*(?:uhr\b|h\b|o'?clock\b|[ap]\.?m\b)", re.I)
"""What follows a clock written with dots (``10.30.45 Uhr``), never a day."""


def _in_order(text: str, day_first: bool | None) -> str:
    """``text`` with its all-numeric day rewritten as ISO (``2021-04-03``) where the readers below would get it
    wrong: a swappable day with slashes or dashes on a day-first input (dateutil reads them month-first), and
    a dotted day with a two-digit year (``19.10.19, 11:29 Uhr``, German news sites' short form), which
    neither reads at all.  Dots are day-first in every locale that writes them (a theme's default en_US
    og:locale on a German page says nothing of them), and a dotted clock (``10.30.45 Uhr``, ``09.15.22``:
    no fifteenth month) is no day.

    >>> _in_order("Posted 03/04/21 10:30", True), _in_order("03.04.2020", False), _in_order("03/04/2021", None)
    ('Posted 2021-04-03 10:30', '03.04.2020', '03/04/2021')
    >>> _in_order("Veröffentlicht am 19.10.19 um 14:34 Uhr", None), _in_order("31.02.19", None)
    ('Veröffentlicht am 2019-10-19 um 14:34 Uhr', '31.02.19')
    >>> _in_order("09.15.22", False), _in_order("12.10.15 Uhr", None)
    ('09.15.22', '12.10.15 Uhr')
    """
    m = NUMERIC_DAY.search(text)
    if m is None:
        return text
    if m["sep"] == ".":
        if len(m["y"]) != 2 or _CLOCK_AFTER.match(text, m.end()):
            return text  # a four-digit dotted year is read day-first below already
    elif not (day_first and _swappable(m)):
        return text
    day, month = int(m["a"]), int(m["b"])
    year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"]) if int(m["y"]) < 70 else 1900 + int(m["y"])
    try:
        return f"{text[:m.start()]}{dt.date(year, month, day).isoformat()}{text[m.end():]}"
    except ValueError:  # no such day read day-first: left to the readers, which say it is no date
        return text


def after_reading(value: str, now: dt.datetime) -> bool:
    """Whether the ISO date or datetime ``value`` lies more than a day after ``now`` (an aware UTC instant):
    no page is published in the future of the moment it is read, so such a date is a broken template's
    (2099) or a scheduled event's, not the publication date.  The day of slack lets any time zone's local
    date (up to UTC+14) pass; a time without an offset is taken as UTC.

    >>> now = dt.datetime(2026, 12, 5, 23, 0, tzinfo=dt.UTC)
    >>> after_reading("2099-01-01", now), after_reading("2026-12-06", now), after_reading("2026-12-07", now)
    (True, False, True)
    >>> after_reading("2026-12-06T20:00:00-05:00", now), after_reading("2026-12-06T12:00:00", now)
    (True, False)
    """
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    if len(value) <= 10:  # a day: its latest local start anywhere is the end of the next UTC day
        return when.date() > (now + dt.timedelta(days=1)).date()
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when > now + dt.timedelta(days=1)


def other_order(value: str | None, now: dt.datetime) -> str | None:
    """The other day/month order of ``value`` (an ISO date or datetime whose numeric day order was a guess,
    :func:`unclear_order`) when ``value`` lies after ``now`` and the other does not, else None.  A guess that
    dates an input ahead is impossible, so the other order is the reading: 12/08/2026 on a page of no known
    locale, read on 5 Dec 2026, is 12 August (8 December has not come).  Callers ask only once no other date
    of the input is left: a future day is more often a scheduled event's than a swapped publication day.

    >>> now = dt.datetime(2026, 12, 5, 23, 0, tzinfo=dt.UTC)
    >>> other_order("2026-12-08", now), other_order("2026-12-08T10:00:00+01:00", now)
    ('2026-08-12', '2026-08-12T10:00:00+01:00')
    >>> other_order("2026-11-08", now), other_order("2027-12-08", now), other_order(None, now)
    (None, None, None)
    """
    if not value or not after_reading(value, now):
        return None
    other = f"{value[:5]}{value[8:10]}-{value[5:7]}{value[10:]}"
    return None if after_reading(other, now) else other


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
