"""Resolve values that point at the time in focus: the quarter ("the latest quarter"), the day ("the next day").

Earnings news names a quarter once ("third-quarter profit rose ...") and then
says "the quarter", "the year-ago period", "a year earlier".  Rules mark such
expressions with a placeholder; this pass replaces it with the quarter last
named before it (a year earlier: the same quarter a year before), or, when
none was named, the last full quarter before the publication date.
Stories told day by day say "the next day", "the day before", "that week":
those count from the last day named before them (itself possibly such a
reference), never from the publication date; a week counts from a week
named after that day, too ("rose last week from 4.26 percent the previous
week": the week before last week).  A month or a year does not: "that
year" after "last week" is a year the story told of, as the current
week's year would be "this year".  What a figure is compared with ("up
0.6 percent from the previous month") leaves the month reported in focus.

Example::

    >>> import datetime as dt
    >>> from storyline.nlp.timex.anchor import Anchor
    >>> from storyline.nlp.timex.found import Found
    >>> fs = [Found(0, 5, "DATE", "1989-Q3"), Found(10, 20, "DATE", "@Q-4")]
    >>> [f.value for f in resolve(fs, Anchor(dt.date(1989, 10, 26)))]
    ['1989-Q3', '1988-Q3']
    >>> fs = [Found(0, 5, "DATE", "2009-06-03"), Found(10, 20, "DATE", "@AD+1"), Found(30, 40, "DATE", "@AW+1")]
    >>> [f.value for f in resolve(fs, Anchor(dt.date(2011, 1, 30)))]
    ['2009-06-03', '2009-06-04', '2009-W24']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from storyline.nlp.timex.anchor import Anchor
from storyline.nlp.timex.found import Found
from storyline.nlp.timex.lexicon import BASELINE, POSSESSIVE, SINCE_BEFORE, WEEKDAY, YEAR_BACK

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_ANAPHORIC = re.compile(r"^@A([DWMY])([+-]\d+)(T\w+)?$")
_FULL_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?=T|$)")
_CALENDAR = re.compile(r"^\d{4}(?:-[01]\d(?:-[0-3]\d)?)?(?=T|$)")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d\d)$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"'\u201c])|\n")
_UNIT_NAMES = {"W": "week", "M": "month", "Y": "year"}
# a period counted from the start of the (fiscal) year, as results report it: "the first nine months", "the six months"
# (any count of months or quarters from the first: "the first 10 months", "the first three quarters"; not "the first
# three months", which are the first quarter)
_YEAR_TO_DATE = re.compile(r"the\s+(?:first\s+|latest\s+)?(?:six|nine|6|9)\s+months\b"
                           r"|the\s+first\s+(?!three\s+months|3\s+months)(?:\w+)\s+(?:months|quarters)\b", re.I)
# "from January to October", "January-September": the months so far of that year, named by their ends (not to March or
# June: those are the first quarter and half, which the quarter in focus and the halves tell)
_JANUARY_TO = re.compile(r"jan(?:uary|\.)?\s*(?:to|through|till|until|-|\u2013)\s*(?:the\s+end\s+of\s+)?"
                         r"(?:feb|apr|may|jul|aug|sep|oct|nov|dec)", re.I)
_HALF = re.compile(r"^\d{4}-H[12]$")
_JANUARY = re.compile(r"^\d{4}-01$")
# a quarter named as what the one reported is compared with ("4.3 percent in the third quarter, the same as in the
# second quarter", "up from 3.1 percent in the second quarter"): the comparison's word a few words before, in its clause
# (a figure's decimal point may come between: "from the 10.8 percent in the second quarter")
_BASELINE = re.compile(rf"\b{BASELINE}\b(?:[^.;:,()]|\.(?=\d)){{0,50}}$", re.I)


def _after_dct(value: str, anchor: Anchor) -> bool:
    """Whether ``value`` names a day (maybe with a part of it) after the publication date."""
    m = _FULL_DAY.match(value)
    return m is not None and m.group() > anchor.day()  # no DCT: "XXXX-XX-XX" sorts after every digit


def _from_named(named: str | None, placeholder: str) -> str:
    """'@AD+1' after 1989-06-03 -> 1989-06-04, '@AW+0' -> its ISO week, '@AY+0' after 1988 -> 1988.

    X when nothing fine enough was named last: "that day" after "in 2010"
    names no day a reader could give.  A week named ("2005-W44", passed for
    a week placeholder only: see ``resolve``) counts from its Thursday (the
    day ISO weeks are numbered by): '@AW-1' after 2005-W44 -> 2005-W43.
    """
    m = _ANAPHORIC.match(placeholder)
    assert m is not None
    unit, step, part = m.group(1), int(m.group(2)), m.group(3) or ""
    need = {"D": 10, "W": 10, "M": 7, "Y": 4}[unit]
    day = None
    week = _WEEK_VALUE.match(named or "")
    if week:
        try:
            day = dt.date.fromisocalendar(int(week[1]), int(week[2]), 4)
        except ValueError:  # "2005-W54" is no week
            day = None
    elif named and len(named) >= need:
        try:
            day = dt.date(int(named[:4]), int(named[5:7] or 1), int(named[8:10] or 1))
        except ValueError:  # "0000-01-01 ... the day before": there is no year 0
            day = None

    def value(at: Anchor) -> str:
        return (at.day(step) if unit == "D" else at.named_unit(_UNIT_NAMES[unit], step)) + part

    try:
        return value(Anchor(day))
    except OverflowError:  # a step past year 1 or 9999 names no day either
        return value(Anchor(None))


def _day_value(placeholder: str, named: str | None, named_end: int, bound: bool, anchor: Anchor, text: str,
               at: int) -> str | None:
    """The value of an anaphoric placeholder at ``at`` from the time last named (None for another placeholder).

    '@AD+1', '@AW+0', '@AY-1' count from it (see ``_from_named``); '@AP...'
    ("in the afternoon") takes that part of the day last named, else of the
    DCT; '@AS...' ("earlier in the day", "the morning session") the day its
    own sentence names, else the DCT's.  A day named after "since"
    (``bound``) bounds a span and is not the day told.
    """
    if _ANAPHORIC.match(placeholder):
        return _from_named(named, placeholder)
    day = named[:10] if named and len(named) >= 10 and not bound else None
    if placeholder.startswith("@AP"):
        return (day or anchor.day()) + placeholder[3:]
    if placeholder.startswith("@AS"):
        same = not _SENTENCE_END.search(text, named_end, at)
        return (day if day and same else anchor.day()) + placeholder[3:]
    return None


FOCUS_DAYS = 180
"""A date named this far from the publication date moves the time in focus away from it."""


_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR_ONLY = re.compile(r"^(\d{4})$")
# a year that opens its sentence as a frame adverbial, "In 1976, ...": what the sentence (and those after it) is about
_FRAME_BEFORE = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\n)(?:in|during|by)\s+$", re.I)
_FRAME_AFTER = re.compile(r"\s*,")
# a month dates its clause's event after "in" ("in November 1976"), not inside a noun ("the August 1988 truce"),
# nor as a bound of a comparison ("the sharpest fall since September 1986 in March": March of this year)
_TIME_PREPOSITION = re.compile(r"\b(?:in|during)\s+$", re.I)


def _in_focus(f: Found, text: str) -> tuple[dt.date, bool] | None:
    """The date a written-out expression puts in focus, and whether it names a day (None: it moves no focus).

    A full date names a day; a month ("in November 1976") dates its clause's
    event after "in", not as a modifier ("the August 1988 cease-fire", a name
    for another event) or a bound ("since September 1986"); a year moves the
    focus only as the frame of its sentence ("In 1976, the pound began a
    slide"): a year inside a clause ("up from 1988", "built in 1975") is a
    comparison or an aside, not the time the text goes on to tell about.
    """
    try:
        if m := _FULL_DAY.match(f.value):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), True
        if (m := _MONTH_VALUE.match(f.value)) and _TIME_PREPOSITION.search(text, max(0, f.start - 8), f.start):
            return dt.date(int(m[1]), int(m[2]), 15), False
    except ValueError:
        return None
    if (m := _YEAR_ONLY.match(f.value)) and _FRAME_AFTER.match(text, f.end) and \
            _FRAME_BEFORE.search(text, max(0, f.start - 12), f.start):
        return dt.date(int(m[1]), 7, 1), False
    return None


def rebase(found: list[Found], anchor: Anchor, text: str) -> list[Found]:
    """Names without a year after a date far from the DCT count from that date ("On June 3, 1991 ... Friday").

    The time in focus is the last date the text wrote out with its year (a
    day, a month, or a year framing its sentence); a month, month-day or
    weekday named after it, in the same paragraph, takes its year from it (a
    weekday, which needs a day in focus: the nearest such day), as a reader
    does ("In 1976, ... asked the IMF for a loan in September" is September
    1976); the tense of the clause tells past from future relative to the
    publication date, not to that date.  Close to the publication date the
    two agree, so nothing changes.
    """
    focus: tuple[dt.date, bool, int] | None = None  # the date, whether it names a day, where its expression ends
    for f in found:
        if not f.relative and _CALENDAR.match(f.value):
            named = _in_focus(f, text)
            if named is not None or _FULL_DAY.match(f.value):
                focus = (*named, f.end) if named else None
                continue
        if f.rebase is None or focus is None or "\n" in text[focus[2] : f.start]:  # a new paragraph, a new focus
            continue
        if f.rebase_needs_day and not focus[1]:
            continue
        if anchor.dct is None or abs((focus[0] - anchor.dct).days) > FOCUS_DAYS:
            f.value, f.relative = f.rebase(Anchor(focus[0])), False
    return found


_RANGE_GLUE = re.compile(r"^\s*(?:-|\u2013|to|through|until|till|and)\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
_TIGHT_GLUE = re.compile(r"[-\u2013]")  # "the January-October period": a range without "from"
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_WEEKDAY_NAME = re.compile(WEEKDAY, re.I)
_DAYS_GLUE = re.compile(r"^\s*(?:-|\u2013|to|through|thru|until|till)\s*$", re.I)


def ranges(found: list[Found], text: str) -> list[Found]:
    """'from April through September', 'Thursday through Saturday': a range's end is the first such month (day) after
    its start; 'the January-October period': its start is the first such month before its end.

    Each month alone takes the year its clause's tense points to, which can
    split a range across years ("runs from April [1998] through September
    [1997]" in February); the end of a range is anchored to its start
    (TimeML Annotation Guidelines 1.2.1: a relative expression is valued
    from its anchor), so it is moved to the start's year or the next.  Two
    weekdays likewise: the end is the first such weekday after the start.
    A range written with a bare hyphen names a period reported whole (a
    quarter, the months so far): its end, valued alone by its clause's
    tense, stands, and the start, far from the publication date and so easily
    put in the wrong year alone ("January" in November is the coming one),
    is moved to the end's year or the one before.
    """
    for a, b in zip(found, found[1:], strict=False):
        if _weekday_range(a, b, text):
            start, end = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
            if end < start:  # "held Thursday through Saturday": the Saturday after that Thursday
                b.value = Anchor(start).weekday(end.isoweekday(), "FUTURE", strict=True)
            continue
        ma, mb = _MONTH_VALUE.match(a.value), _MONTH_VALUE.match(b.value)
        if not (ma and mb):
            continue
        if a.relative and _TIGHT_GLUE.fullmatch(text, a.end, b.start):
            # "the August-October period", "in January-October period": a period just reported or named whole, the
            # end as valued alone (the month nearer its clause's time); the start is the first such month before it
            year = int(mb[1]) - (int(ma[2]) > int(mb[2]))
            a.value = f"{year:04d}-{ma[2]}"
            continue
        if not (b.relative and _RANGE_GLUE.match(text[a.end : b.start])
                and _RANGE_OPEN.search(text, max(0, a.start - 9), a.start)):
            continue
        year = int(ma[1]) + (int(mb[2]) < int(ma[2]))
        b.value = f"{year:04d}-{mb[2]}"
    return found


def _weekday_range(a: Found, b: Found, text: str) -> bool:
    """'Thursday through Saturday', 'from Friday to Monday': two weekdays, each a day, joined as a range."""
    return (b.relative and bool(_DAY_VALUE.match(a.value)) and bool(_DAY_VALUE.match(b.value))
            and all(_WEEKDAY_NAME.fullmatch(text, f.start, f.end) for f in (a, b))
            and bool(_DAYS_GLUE.match(text[a.end : b.start])))


# between a clock time and the other zone's clock in brackets after it: "11:30 p.m. (0830 GMT)"; then from the
# bracket's close to the day both fall on: ") on Tuesday", ") Tuesday" (no comma: "(2100 GMT), Tuesday's gains ..."
# begins another phrase)
_ASIDE_OPEN = re.compile(r"\s*\(\s*")
_ASIDE_CLOSE = re.compile(r"\s*\)\s*(?:on\s+)?", re.I)
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)$")
# how far a zone's clock runs ahead of (+) or behind (-) GMT, in hours: UTC-12 to UTC+14
_EAST, _WEST = 14, -12


def _aside_day(day: str, clock: str, aside: str) -> str:
    """The date of the bracketed clock when the clock before it is on ``day``: a day on when it is past midnight there.

    "exploded at 1 a.m. (2200 GMT) on Tuesday": Baghdad is three hours ahead, so 2200 GMT is still Monday.
    The hours' difference beyond the zones' span (more than 14 hours ahead, more than 12 behind) can only
    be a day boundary between the two clocks.
    """
    local, other = _CLOCK_VALUE.search(clock), _CLOCK_VALUE.search(aside)
    if local is None or other is None:
        return day
    ahead = (int(local.group(1)) * 60 + int(local.group(2)) - int(other.group(1)) * 60 - int(other.group(2))) / 60
    step = -1 if ahead < _WEST else 1 if ahead > _EAST else 0
    return (dt.date.fromisoformat(day) + dt.timedelta(days=step)).isoformat() if step else day


def clocks_before_aside(found: list[Found], text: str) -> list[Found]:
    """'at 11:30 a.m. (0830 GMT) on Tuesday': both clock times are on the day named after the bracket, or a day off.

    Wire copy gives a local time, the same time in GMT in brackets, then the
    day ("began at 11:45 a.m. (0845 GMT) Tuesday"); the bracket keeps the
    clock from meeting its day (:func:`storyline.nlp.timex.extent.join_day_and_clock` joins only
    neighbours), so the clock took the publication date, a day or a week
    off whenever the event was not on the day of the report.  The extents
    stay apart (TimeML tags the two clock times and the day); the values of
    the clocks take the day's date, in place: the local clock the day named, the bracketed one that day or
    the one before or after when midnight lies between them (``_aside_day``).  A possessive day
    ("Tuesday's gains") is a thing of that day, not the clocks' date.

    >>> fs = [Found(3, 13, "TIME", "2006-11-16T11:30", relative=True), Found(15, 23, "TIME", "2006-11-16T08:30"),
    ...       Found(28, 35, "DATE", "2006-11-14")]
    >>> [f.value for f in clocks_before_aside(fs, "at 11:30 a.m. (0830 GMT) on Tuesday")][:2]
    ['2006-11-14T11:30', '2006-11-14T08:30']
    >>> fs = [Found(3, 9, "TIME", "2006-11-16T01:00"), Found(11, 19, "TIME", "2006-11-16T22:00"),
    ...       Found(24, 31, "DATE", "2006-11-14")]
    >>> [f.value for f in clocks_before_aside(fs, "at 1 a.m. (2200 GMT) on Tuesday")][:2]
    ['2006-11-14T01:00', '2006-11-13T22:00']
    """
    for clock, aside, day in zip(found, found[1:], found[2:], strict=False):
        if (clock.type == aside.type == "TIME" and day.type == "DATE" and _DAY_VALUE.match(day.value)
                and "T" in clock.value and "T" in aside.value
                and _ASIDE_OPEN.fullmatch(text, clock.end, aside.start)
                and _ASIDE_CLOSE.fullmatch(text, aside.end, day.start)
                and not POSSESSIVE.match(text, day.end)):
            aside_day = _aside_day(day.value, clock.value, aside.value)
            for f, date in ((clock, day.value), (aside, aside_day)):
                f.value, f.relative = date + f.value[f.value.index("T"):], day.relative
    return found


_MID = r"(?:mid[\s-]*|the\s+middle\s+of\s+)"
_MID_END = re.compile(rf"{_MID}$", re.I)
_YEARS_OPEN = re.compile(rf"\b(?:from|between)\s+(?:{_MID}|(?:early|late)[\s-]+)?$", re.I)
_YEARS_GLUE = re.compile(rf"\s*(?:-|\u2013|to|through|until|till|and)\s*(?:{_MID}|(?:early|late)[\s-]+)?", re.I)


def _years_span(a: Found, b: Found, text: str) -> str | None:
    """'from 1995 to 2003', 'between mid-2004 and mid-2005': the length of a span of years named by its ends.

    "... grew 7 percent from 1995 to 2003, while employment grew 5.5 percent during the same period": the
    same period is that span, not a quarter, so it is a duration of the span's length (TimeML types a stretch
    of time DURATION).  Years named whole count both ends (2007 to 2009 are three budget years); from the
    middle of one year to the middle of another, the difference.
    """
    if not (_YEAR_ONLY.match(a.value) and _YEAR_ONLY.match(b.value) and a.value < b.value
            and _YEARS_GLUE.fullmatch(text, a.end, b.start)
            and _YEARS_OPEN.search(text, max(0, a.start - 25), a.start)):
        return None
    mids = _MID_END.search(text, max(0, a.start - 16), a.start) and _MID_END.search(text, a.end, b.start)
    return f"P{int(b.value) - int(a.value) + (0 if mids else 1)}Y"


# a figure ends just before a comparison word: "rose 0.6 percent from", "at 1,234 units, up from"
_FIGURE = re.compile(r"\d(?:[^.;:,()]|\.(?=\d))*$")
# "the same month", "the prior week" count from a month, a week or a day the story tells of, not from the day of a
# report ("..., the office said Thursday. In the same month, ...": the month the figure was of, named before it)
_PERIOD_ONLY = re.compile(r"the\s+(?:same|prior)\s+(?:(month)|week)\b", re.I)
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|announced|reported|told\s+[a-z]+)\s+(?:on\s+)?$", re.I)
_YEAR_BACK = re.compile(YEAR_BACK, re.I)


def _compared(placeholder: str, text: str, at: int) -> bool:
    """Whether the anaphor at ``at`` is what a figure is compared with ("up 0.6 percent from the previous month").

    Only a comparison word that follows a figure in its clause counts: a
    narrative "from" ("moved from Paris to New York the following year")
    tells of the time it names, which then is in focus.
    """
    if not _ANAPHORIC.match(placeholder):
        return False
    b = _BASELINE.search(text, max(0, at - 80), at)
    return bool(b and _FIGURE.search(text, max(0, b.start() - 40), b.start()))


def _no_period(f: Found, counts_from: str | None, reported: bool, text: str) -> bool:
    """Whether ``f`` is "the same/prior month|week" with no such period to count from.

    It counts from a month (a week) or a day named, not from a year, nor
    from a day named after a reporting verb (``reported``: "said
    Thursday"), which is when the story was told, not a time it tells of.
    These phrases were not read at all before, so where they name no period
    they are left untagged, and "the same month last year" is left to its
    year ("rose 4 percent from the same month last year" with no month
    named: last year).
    """
    m = _PERIOD_ONLY.match(text, f.start, f.end)
    if m is None:
        return False
    if counts_from is None or (_FULL_DAY.match(counts_from) and reported):
        return True
    return not (_FULL_DAY.match(counts_from) or (_MONTH_VALUE if m.group(1) else _WEEK_VALUE).match(counts_from))


def _minus_year(q: str) -> str:
    return f"{int(q[:4]) - 1:04d}{q[4:]}"


def resolve(found: list[Found], anchor: Anchor, text: str = "",
            tense: Callable[[int, int], str] | None = None) -> list[Found]:
    """Replace '@Q', '@Q-4', '@Y-1' and the anaphoric '@AD+1', '@AW+0', '@AM-1'... placeholders (in place; returned).

    The period in focus follows the TimeML guidelines' reading of relative
    expressions: a year-ago expression is anchored to the time the discourse
    is about, at that time's granularity (TimeML Annotation Guidelines 1.2.1,
    value of relative expressions: computed from the anchor, "at the same
    level of granularity").  So

    * the first quarter named is in focus (a results story leads with the period it reports, which
      may be a fiscal quarter with a later label); a later quarter that has not ended by the
      publication date is a forecast ("a fourth-quarter charge is expected") and does not move
      the comparison to it;
    * "the latest quarter" is the quarter in focus when that one has ended, or was reported in a
      past-tense clause ("Ralston reported a decline in fourth-quarter earnings" in November: its
      fiscal fourth quarter, over); a quarter not yet over and named in another tense is a
      forecast, so "the latest quarter" is then the last one that ended before the publication
      date; either way it moves the focus to the quarter it resolves to;
    * "this quarter" is the quarter the story reports when that one is the quarter just ended, named in a
      past-tense clause ("GDP grew 4.3 percent in the third quarter ... exports increased 0.8 percent in this
      quarter" on Nov. 30: the third), as the guidelines anchor a relative expression to the time the
      discourse is about, not always to the publication date; otherwise, and in a forecast, the quarter of
      the publication date;
    * a period counted from the start of the year ("the first nine months", "the six months")
      puts a year in focus, so "a year earlier" and "the 1988 period" after it are years;
    * a span of years named by its ends ("from 1995 to 2003") makes "the same period" in its sentence or
      the next that span, a DURATION of its length (``_years_span``), unless a quarter, a half or the
      months so far are in focus: those are finer, and a span of years beside a quarter is its background
      ("the biggest gain since prices doubled between 2003 and 2005").
    """
    focus: str | None = None
    reported = False  # the quarter in focus was named in a past-tense clause: its results are out, it has ended
    whole_year = False  # the period in focus runs from the start of the year: year-ago values are years
    # what "the same period" is: a half year named after the quarter in focus, or the year of the months so far when
    # named ("from January to October 2005")
    period: str | None = None
    named: str | None = None  # the last year, month or day named: what "the next day", "that year" count from
    named_end = 0  # where it was named
    told_on = False  # it is a day named after a reporting verb ("said Thursday"): when the story was told
    bound = False  # it was named after "since"
    # a week named after it ("rose last week from the previous week"): what a week counts from; a day ("the next day")
    # still counts from the day named before, as a week names no day, and a month or a year ("that year") from the
    # month or year named before, as a writer calls the current week's month or year "this month", "this year"
    week: str | None = None
    years: str | None = None  # the length of the last span of years named ("from 1995 to 2003"): ``_years_span``
    years_end = 0  # where it was named
    prev: Found | None = None
    dropped: set[int] = set()  # ids of the anaphors that name no period here (``_no_period``)
    for f in found:
        if prev is not None and (span := _years_span(prev, f, text)):
            years, years_end = span, f.end
        prev = f
        if _QUARTER.match(f.value):
            if (focus is None or anchor.dct is None or f.value < anchor.quarter()) \
                    and not (focus and _BASELINE.search(text, max(0, f.start - 80), f.start)):
                focus, whole_year, period = f.value, False, None
                reported = tense is not None and tense(f.start, f.end) == "PAST"
            continue
        if f.type == "DURATION" and _YEAR_TO_DATE.match(text, f.start, f.end):
            whole_year, period = True, None
            continue
        if _JANUARY.match(f.value) and _JANUARY_TO.match(text, f.start):
            whole_year, period = True, f.value[:4]
        elif _HALF.match(f.value) and (anchor.dct is None
                                       or f"{f.value[:4]}-Q{2 * int(f.value[-1])}" < anchor.quarter()):
            # a half not over by the publication date is a forecast ("through the first two quarters of 1990"), as a
            # quarter is: the comparisons that follow are with the period reported
            whole_year, period = False, f.value
        placeholder = f.value
        counts_from = week if week and placeholder[:3] == "@AW" else named  # what this placeholder counts from
        if _no_period(f, counts_from, told_on and counts_from == named, text):
            if (back := _YEAR_BACK.search(text, f.start, f.end)) is None:
                dropped.add(id(f))
                continue
            f.start, f.value, placeholder = back.start(), "@Y-1", "@Y-1"  # "last year" alone: a year before the focus
        compared = _compared(placeholder, text, f.start)
        if f.value == "@AN":  # "until then": the time last named, as named
            f.value, f.relative = named or "XXXX-XX-XX", False
        elif (value := _day_value(placeholder, counts_from, named_end, bound, anchor, text, f.start)) is not None:
            f.value, f.relative = value, f.relative and not _ANAPHORIC.match(placeholder)
            if placeholder[:3] in ("@AD", "@AP", "@AS") and tense is not None and _after_dct(value, anchor) \
                    and tense(f.start, f.end) == "PAST":
                # a past clause tells of no day ahead of the report: the day last named was a plan ("due to be
                # announced on Sunday night ... She said earlier the same day"), so the day in focus is the report's own
                again = _day_value(placeholder, anchor.day(), named_end, bound, anchor, text, f.start)
                if again is not None and not _after_dct(again, anchor):
                    f.value = again
        calendar = _CALENDAR.match(f.value)
        if compared:
            # "sales in September rose 0.6 percent from the previous month and 7.8 percent from the same month last
            # year": what a figure is compared with is not the time the story goes on to tell of; the month reported
            # stays in focus
            continue
        if calendar:
            # "its lowest level since Aug. 21, and 116.23 yen during the day": a day after "since" bounds a span, it is
            # not the day told
            named, named_end, week = calendar.group(), f.end, None
            told_on = bool(_REPORTED_BEFORE.search(text, max(0, f.start - 30), f.start))
            bound = bool(SINCE_BEFORE.search(text, max(0, f.start - 8), f.start))
        elif _WEEK_VALUE.match(f.value):
            week = f.value
        if not f.value.startswith("@"):
            continue
        if f.value == "@QT":  # "this quarter": the reported quarter in focus if it has ended, else the DCT's
            f.value = focus if reported and focus == anchor.quarter(-1) else anchor.quarter()
            continue
        q = focus or anchor.quarter(-1)
        if f.value.startswith("@QP"):  # "the same period (last year)": a half or the months so far, else a quarter
            ago = f.value.endswith("-4")
            if years and not ago and focus is None and period is None and not whole_year \
                    and len(_SENTENCE_END.findall(text, years_end, f.start)) <= 1:
                # "from 1995 to 2003 ... during the same period": that span, when no quarter, half or months so
                # far is in focus (finer, so what a comparison means) and it was named in this sentence or the last
                f.type, f.value = "DURATION", years
                continue
            if period:
                f.value = _minus_year(period) if ago else period
                continue
            if whole_year and not ago:
                f.value = q[:4] if q[0].isdigit() else anchor.year()
                continue
            f.value = "@Q-4" if ago else "@Q"
        if whole_year and f.value.startswith("@QY"):
            f.value = f.value[3:]  # "the 1988 period" after "the first nine months": those months of 1988
            continue
        if whole_year and f.value in ("@Y-1", "@Q-4"):
            f.value = _minus_year(q[:4]) if q[0].isdigit() else anchor.year(-1)
            continue
        if f.value == "@Y-1":
            f.value = _minus_year(focus) if focus else anchor.year(-1)  # the quarter in focus, named anywhere before
            continue
        if f.value == "@QL" and anchor.dct is not None and q >= anchor.quarter() and not (focus and reported):
            q = anchor.quarter(-1)  # "the latest quarter" has ended: not the one a forecast named
        if f.value.startswith("@QY"):
            f.value = f"{f.value[3:]}-{q[-2:] if q[0].isdigit() else 'QX'}"
            continue
        if f.value == "@Y" or f.value.startswith("@Y:"):
            # "for the year": the year of the quarter in focus, else of the publication date; "the first half of the
            # year" (@Y:H1): that half of it
            year = focus[:4] if focus else anchor.year()
            f.value = year + (f"-{f.value[3:]}" if f.value != "@Y" and year[0].isdigit() else "")
            continue
        if f.value.startswith("@QO"):  # "the year-ago third quarter"
            f.value = f"{int(q[:4]) - 1:04d}-Q{f.value[3:]}" if q[0].isdigit() else f"XXXX-Q{f.value[3:]}"
            continue
        if f.value.startswith("@QE"):  # "the quarter ended Sept. 30": the one in focus, else the date's
            f.value = focus = focus or f.value[3:]
            continue
        if f.value == "@QL":
            focus = q  # results "in the latest quarter" are what the next "a year ago" compares with
        f.value = _minus_year(q) if f.value == "@Q-4" and q[0].isdigit() else q
    return [f for f in found if id(f) not in dropped]
