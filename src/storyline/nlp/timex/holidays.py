"""Rule for named holidays: fixed days ('Christmas', 'the Fourth of July') and movable ones ('Thanksgiving', 'Easter').

A holiday names one day a year, so TimeML values it as that day (TimeML
Annotation Guidelines 1.2.1: a DATE names a calendar day; "Christmas" in
"we met at Christmas" is YYYY-12-25).  Which year's, when none is written,
follows the tense of the clause, as for a month and day ("July 6"): see
:meth:`storyline.nlp.timex.anchor.Anchor.nearest`.  Movable holidays are
computed from their calendar rule (the fourth Thursday of November, Easter by
the Gregorian computus); the US ones are the US holidays, as the news that
names them means.

Example::

    >>> thanksgiving(1998), easter(2019)
    (datetime.date(1998, 11, 26), datetime.date(2019, 4, 21))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from types import MappingProxyType

from storyline.nlp.timex.found import Context, Found
from storyline.nlp.timex.lexicon import YEAR, rx


def _nth_weekday(year: int, month: int, iso_day: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) weekday ``iso_day`` (1=Monday) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(iso_day - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - iso_day) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return dt.date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def thanksgiving(year: int) -> dt.date:
    return _nth_weekday(year, 11, 4, 4)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


_DAYS: MappingProxyType[str, Callable[[int], dt.date]] = MappingProxyType({
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25), "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26), "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14), "halloween": _fixed(10, 31), "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4), "veterans day": _fixed(11, 11), "armistice day": _fixed(11, 11),
    "bastille day": _fixed(7, 14), "st. patrick's day": _fixed(3, 17),
    "thanksgiving": thanksgiving, "thanksgiving day": thanksgiving,
    "easter": easter, "easter sunday": easter, "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1), "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "mother's day": lambda y: _nth_weekday(y, 5, 7, 2), "father's day": lambda y: _nth_weekday(y, 6, 7, 3),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 1, 3), "presidents day": lambda y: _nth_weekday(y, 2, 1, 3),
})
_HOLIDAY = rx(r"\b(christmas(?:\s+(?:day|eve))?|boxing\s+day|new\s+year['\u2019]s\s+(?:day|eve)"
              r"|valentine['\u2019]s\s+day|halloween|independence\s+day|the\s+fourth\s+of\s+july|veterans['\u2019]?\s+day|armistice\s+day"
              r"|bastille\s+day|st\.\s+patrick['\u2019]s\s+day|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?"
              r"|good\s+friday|labou?r\s+day|memorial\s+day|mother['\u2019]s\s+day|father['\u2019]s\s+day"
              r"|election\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|presidents['\u2019]?\s+day)\b"
              rf"(?:,?\s+({YEAR})\b)?")
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]|[A-Z][a-z])")  # "a Christmas party", "Easter Island": not the day


def _key(name: str) -> str:
    key = " ".join(name.lower().replace("\u2019", "'").split())
    key = re.sub(r"^veterans'? day", "veterans day", key).replace("labour", "labor")
    return re.sub(r"king(?: jr\.?)? day$", "king day", key)


def holidays(text: str, ctx: Context) -> Iterator[Found]:
    """'Christmas' -> that December 25, 'Thanksgiving' -> the fourth Thursday of November (by tense), 'Easter 2019'."""
    for m in _HOLIDAY.finditer(text):
        word = ctx.cased(m, 1)
        capital = re.sub(r"^the\s+", "", word, flags=re.I)[:1].isupper()
        if not capital or (not m.group(2) and _NOUN_AFTER.match(ctx.original, m.end())):
            continue  # "an office Christmas party" names no day
        day_of = _DAYS[_key(word)]
        if m.group(2):
            if dt.MINYEAR <= int(m.group(2)) <= dt.MAXYEAR:  # "Christmas 0000" names no calendar day
                yield Found(m.start(), m.end(), "DATE", day_of(int(m.group(2))).isoformat())
            continue
        a = ctx.anchor
        years = [] if a.dct is None else [y for k in (-1, 0, 1) if dt.MINYEAR <= (y := a.dct.year + k) <= dt.MAXYEAR]
        best = a.nearest([day_of(y) for y in years], ctx.day_tense(m.start(), m.end())) if years else None
        yield Found(m.start(), m.end(), "DATE", best.isoformat() if best else "XXXX-XX-XX", relative=True)


RULES = (holidays,)
