"""Rules for calendar names: full dates, months, years, decades, centuries, quarters, seasons.

A month or day named without a year takes its year from the reference date:
"July 6" is the July 6 nearest the article, "In April" the most recent April
unless the clause is in the future tense.  Month and weekday words must be
capitalised, as news writes them, so "may" the verb is never a month.

Example::

    >>> import datetime as dt
    >>> from storyline.nlp.timex.anchor import Anchor
    >>> from storyline.nlp.timex.found import Context
    >>> text = "in April 2018"
    >>> ctx = Context(Anchor(dt.date(2019, 6, 11)), lambda a, b: "PAST", lambda a, b: False, text)
    >>> [f.value for f in month_year(text.lower(), ctx)]
    ['2018-04']
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from functools import partial
from types import MappingProxyType

from storyline.nlp.timex.anchor import Anchor
from storyline.nlp.timex.found import Context, Found
from storyline.nlp.timex.lexicon import (
    DAY,
    MONTH,
    MONTHS,
    ORDINAL,
    ORDINALS,
    SEASON,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    day_number,
    month_number,
    number,
    rx,
    word_start,
)

# Patterns start with the month or the day itself (no leading \b or optional words), so the regex
# engine can jump between possible first characters; word starts and leading words are checked after.
# "Dec.12", "Nov.3": wire copy drops the space after an abbreviated month's full stop
_AFTER_MONTH = r"(?:(?<=\.)\s*|\s+)"
_MDY = rx(rf"({MONTH}){_AFTER_MONTH}({DAY}),?\s+({YEAR})\b")
_DMY = rx(rf"({DAY})\s+(?:of\s+)?({MONTH}),?\s+({YEAR})\b")
_MD = rx(rf"({MONTH}){_AFTER_MONTH}({DAY})\b(?![,.]?\s*\d|:)")
_DM = rx(rf"({DAY})\s+(?:of\s+)?({MONTH})\b")
# the second day of a range: "Feb. 20-21", "March 3 to 5", "Feb. 8 and 9, 1998".  The number must close the phrase
# (punctuation or a preposition next), so "May 3 to 5 others" stays a count; failing that, a day joined to the first
# by a bare hyphen or dash ("the Nov. 18-19 APEC leaders' meeting", "the Dec. 1-15 games") is a range whatever word
# follows, unless more digits or a percent go on ("May 3-5 percent", "3-5-7").  A count written after a month with
# no comma ("In April 20-30 civilians were killed") is still misread as a range, its first number as the day.
_DAY_RANGE = rx(rf"(?:\s*(?:-|\u2013|to\s|through\s|and\s)\s*|([-\u2013])(?=\d))(\d{{1,2}})(?:st|nd|rd|th)?\b"
                rf"(?:,?\s+({YEAR})\b)?"
                r"(?(1)(?![-\u2013.,:/]\d)(?!\s*(?:%|percent\b|per\s+cent\b))"
                r"|(?=\s*(?:[,.;:)\]]|$)|\s+(?:in|at|on|for|with|when|while|and|or|to|from|by|as|after|before|during|of"
                r"|this|next|last)\b))")
_WEEKDAY_LEAD = rx(rf"\b{WEEKDAY},?\s+(?:the\s+)?$|\bthe\s+$")
_NUMERIC = rx(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_MY = rx(rf"\b({MONTH})(?:\s+of)?,?\s+({YEAR})\b(?!\s*(?:%|percent))")
# a month joined by a hyphen to a number is a compound, not the month alone; joined to another month it is the
# first end of a range ("the January-October period", "the July-September quarter"), its own TIMEX3 as the first day
# of "Nov. 4-5" is and as each end of "from July to September" is (focus.ranges gives it its year); a hyphen before a
# word is a dash ("penciled in for October-the ...")
_MONTH = rx(rf"\b(?:(this|last|next|past|coming|previous|each|every)\s+)?({MONTH})(?![\w.]*\s+\d)(?!-\d)")
_YEAR = rx(rf"(?<![\w$.,/])(?<!\d-)(?:(fiscal\s+(?:year\s+)?|(?:the\s+)?(?:calendar\s+)?year\s+)?({YEAR})"
           r"|fiscal\s+(?:year\s+)?'?(\d\d))(?![\w%]|[.,]\d|-\d)")
_RANGE = rx(rf"\b({YEAR})\s*[-\u2013]\s*(\d\d|{YEAR})\b(?!-)")
# years before 1600 (YEAR leaves them out: most such numbers are amounts) where the words leave nothing else to
# be: "carbon-dated ... to between 1260 and 1390", "during the fourth Crusades between 1202 and 1204", "dates back
# to the year 1503"; not a count ("between 1200 and 1500 people"), a clock ("1300 GMT") nor BC (written otherwise)
_EARLY = r"1[0-5]\d\d"
_EARLY_YEARS = rx(rf"\bbetween\s+({_EARLY})\s+and\s+({_EARLY}|{YEAR})\b|\bthe\s+year\s+({_EARLY})\b")
# what may follow such a year: the end of its phrase, not a noun it counts ("between 1200 and 1500 people")
_EARLY_YEAR_END = rx(r"(?![,.]\d)(?=\s*(?:[,.;:)\"\u201d]|$)|\s+(?:and|or|in|on|at|to|when|as|with|by|for|after|before"
                     r"|during|while|under|from|a\.?d\b)\b)")
_DECADE = rx(r"(1[6-9]|20)?(\d)0(?:'s|s)\b|'(\d)0s\b")
_DECADE_LEAD = rx(r"\b(?:the\s+)?(?:(early|mid|late)[- ])?$")
_DECADE_WORD = rx(r"\bthe\s+(?:(early|mid|late)[- ])?"
                  r"(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b")
_CENTURY = rx(rf"\b(?:the\s+)?({ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})[- ]century\b")
_TENS_WORD = (r"(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
              r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_UNIT_WORD = r"(one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN = rx(rf"\b(?:({MONTH})\s+)?((?:the\s+year\s+)?(?:(nineteen|twenty)[- ]{_TENS_WORD}(?:[- ]{_UNIT_WORD})?"
             rf"|two\s+thousand(?:\s+and)?(?:[- ]{_UNIT_WORD})?))\b")
_SEASON = rx(rf"\b(?:(this|last|next|past|coming|the|early|late|mid-?)\s*)?({SEASON})(?:\s+(?:of\s+)?({YEAR}))?\b")
_DECADE_WORDS = MappingProxyType({"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                                  "seventies": 7, "eighties": 8, "nineties": 9})
_YEAR_CUES = rx(r"(?:\b(?:in|since|by|until|till|from|of|through|to|before|after|during|between|and|or"
                r"|early|late|mid|around|circa|about|the|spring|summer|fall|autumn|winter|year|end"
                r"|beginning|start)\s+|mid-)$")
_NAME_WORD = re.compile(r"\s+[A-Z][a-z]")
_EDGE_MOD = MappingProxyType({"early": "START", "mid": "MID", "late": "END"})


def _in_focus_year(anchor: Anchor, suffix: str) -> str:
    """A month or day named after a date far from the DCT lies in that date's year ("In March 1991 ... in October")."""
    return anchor.year() + suffix


def full_dates(text: str, ctx: Context) -> Iterator[Found]:
    """'June 12, 2018', '12 June 2018', 'Tuesday, June 11', 'July 6', '6 July', '2018-06-12'."""
    for pattern, order in ((_MDY, "mdy"), (_DMY, "dmy"), (_MD, "md"), (_DM, "dm")):
        for m in pattern.finditer(text):
            if not word_start(text, m.start()):
                continue
            mon = month_number(ctx.cased(m, 1 if order[0] == "m" else 2))
            day = day_number(m.group(2) if order[0] == "m" else m.group(1))
            if mon is None or not 1 <= day <= 31:
                continue
            lead = _WEEKDAY_LEAD.search(text, max(0, m.start() - 16), m.start())  # "Tuesday, June 11"
            start = lead.start() if lead and (order[0] == "d" or not lead.group().startswith("the")) else m.start()
            if len(order) == 3:
                yield Found(start, m.end(), "DATE", f"{m.group(3)}-{mon:02d}-{day:02d}")
                continue
            first = Found(start, m.end(), "DATE", ctx.anchor.month_day(mon, day, ctx.day_tense(m.start(), m.end())),
                          relative=True,
                          rebase=partial(_in_focus_year, suffix=f"-{mon:02d}-{day:02d}"))
            yield first
            if order == "md" and (second := _range_end(text, m.end(), first, mon, day)):
                yield second
    for m in _NUMERIC.finditer(text):
        if m.group(1):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            mo, d, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
            y += 1900 if y < 100 and y > 30 else 2000 if y < 100 else 0
            if mo > 12 >= d:
                mo, d = d, mo  # "25/12/2018": day first, as outside the US
        if 1 <= mo <= 12 and 1 <= d <= 31:
            yield Found(m.start(), m.end(), "DATE", f"{y:04d}-{mo:02d}-{d:02d}")


def _range_end(text: str, pos: int, first: Found, mon: int, day: int) -> Found | None:
    """'Feb. 20-21', 'March 3 to 5', 'Feb. 8 and 9, 1998': the second day of a range, in the first's month and year.

    Each end of a range is its own expression (TimeML Annotation Guidelines
    1.2.1 tag the two points of "from ... to ..." separately; TIDES writes
    "June 3-5" as two), and the bare day takes its month and year from
    the first (see _DAY_RANGE for when a number after the first day is
    one).  The second day must lie in the month ("Nov. 30-31", "Feb. 27-30"
    are typos: the first day stands alone), February's length taken from
    the year written or the first day's (a leap year's when none is known).
    """
    r = _DAY_RANGE.match(text, pos)
    if r is None:
        return None
    d2, year = int(r.group(2)), r.group(3) or first.value[:4]
    if not day < d2 <= calendar.monthrange(int(year) if year.isdigit() else 2000, mon)[1]:
        return None
    if r.group(3):
        first.value, first.relative, first.rebase = f"{r.group(3)}-{mon:02d}-{day:02d}", False, None
        return Found(r.start(2), r.end(), "DATE", f"{r.group(3)}-{mon:02d}-{d2:02d}")
    return Found(r.start(2), r.end(2), "DATE", f"{first.value[:8]}{d2:02d}", relative=True,
                 rebase=partial(_in_focus_year, suffix=f"-{mon:02d}-{d2:02d}"))


def month_year(text: str, ctx: Context) -> Iterator[Found]:
    """'April 2018', 'August of 1988'."""
    for m in _MY.finditer(text):
        mon = month_number(ctx.cased(m, 1))
        if mon:
            yield Found(m.start(), m.end(), "DATE", f"{m.group(2)}-{mon:02d}")


def months(text: str, ctx: Context) -> Iterator[Found]:
    """'April', 'last June', 'next March': most recent unless future tense; 'each July' is a SET; 'for March delivery'
    a futures month, the next one."""
    for m in _MONTH.finditer(text):
        mon = month_number(ctx.cased(m, 2))
        if mon is None or (m.group(2).lower().rstrip(".") in ("may", "mar", "jan", "dec", "sep", "jun", "jul")
                           and not ctx.date_ent(m.start(2), m.end(2)) and not m.group(1)):
            continue  # a bare "May" needs spaCy's agreement that it is a date (names, modal at sentence start)
        rel = (m.group(1) or "").lower()
        if rel in ("each", "every"):
            yield Found(m.start(), m.end(), "SET", f"XXXX-{mon:02d}")
            continue
        when = {"last": "PAST", "past": "PAST", "previous": "PAST", "next": "FUTURE", "coming": "FUTURE"}.get(rel)
        strict = when is not None
        if not strict and _futures_month(text, m.start(), m.end()):
            # "crude for January delivery", "the December contract": a futures month, never one gone by, whatever
            # the tense of the price report around it ("gained 23 cents"), and counted from the day of the report
            yield Found(m.start(), m.end(), "DATE", ctx.anchor.month_named(mon, "FUTURE"), relative=True)
            continue
        when = when or ctx.tense(m.start(2), m.end(2))
        value = ctx.anchor.month_named(mon, when, strict=strict)
        yield Found(m.start(), m.end(), "DATE", value, relative=True,
                    rebase=None if strict else partial(_in_focus_year, suffix=f"-{mon:02d}"))


_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures)\b")  # on the lower-cased text
_DELIVERY_BEFORE = re.compile(r"\bdelivery\s+(?:in|for)\s+$")  # not "a contract in May", "delivered in May": past
# "light sweet crude for December settlement": the contract month, as "for December delivery" (not "the December
# settlement", an agreement reached then)
_SETTLEMENT_AFTER = re.compile(r"\s+settlement\b")
_FOR_BEFORE = re.compile(r"\bfor\s+$")


def _futures_month(text: str, start: int, end: int) -> bool:
    """Whether the month at ``[start, end)`` of the lower-cased text names a futures contract ("for March delivery")."""
    return bool(_DELIVERY_AFTER.match(text, end) or _DELIVERY_BEFORE.search(text, max(0, start - 24), start)
                or (_SETTLEMENT_AFTER.match(text, end) and _FOR_BEFORE.search(text, max(0, start - 5), start)))


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+|[A-Z]{2,5})\s+$")
_JOINED_YEAR = re.compile(r"\b(\d{4}),?\s+(?:and|or)\s+$")
_NOT_A_NAME = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | {
    "christmas", "easter", "passover", "ramadan", "thanksgiving", "midsummer", "day", "eve", "fiscal", "year", "circa",
    # a headline capitalizes its prepositions ("Oscars Host For 2014 Academy Awards")
    "for", "at", "on", "with", "as", "in", "of", "by", "to", "from", "since", "until", "after", "before", "during",
    "over", "into", "than", "and", "or", "the", "through", "between",
    # capitals that date a year rather than name a thing ("FY 2019", "AD 1066"); an all-capitals headline's
    # prepositions are the words above ("SALES ROSE IN 2019")
    "fy", "cy", "ad", "bc", "bce", "ce"}


def _named(original: str, start: int) -> bool:
    """Whether the number at ``start`` is part of a name: 'Flight 2001', 'Windows 2000', 'Euro 2004', 'RTX 2080'.

    A year written right after a capitalized word inside a sentence is the number of that name, not a
    date: TIDES (2001, 2.2.3, which TimeML 1.2.1 follows for extents) does not mark time words inside
    proper names.  A capital at the start of a sentence ("Until 1990"), a month, weekday, season or
    holiday ("Christmas 1996") is no name.  A year joined by "and" / "or" to a name's year is that name's
    too: "Windows Server 2003, and 2008" (where "in 2003 and 2008" stays two dates).
    """
    m = _NAME_BEFORE.search(original, max(0, start - 40), start)
    if m is None:
        joined = _JOINED_YEAR.search(original, max(0, start - 12), start)
        return joined is not None and _named(original, joined.start(1))
    if m.group(1).lower() in _NOT_A_NAME:
        return False
    before = original[max(0, m.start(1) - 3) : m.start(1)].rstrip()
    return bool(before) and before[-1] not in ".!?:\"'\u201c\u2018\n(-"


FAR_AHEAD = 50
"""Years past publication beyond which a bare number needs a time word before it ('by 2100'): with only
the parser's DATE tag, 'compared it to a 2080 Ti' in a 2018 review is a graphics card, not a plan."""


def _far_ahead(year: str, ctx: Context) -> bool:
    dct = ctx.anchor.dct
    return dct is not None and int(year) > dct.year + FAR_AHEAD


def years(text: str, ctx: Context) -> Iterator[Found]:
    """'1988', 'fiscal 1989', 'fiscal 90'; a bare number counts only after a cue word or with spaCy's DATE tag."""
    for m in _YEAR.finditer(text):
        if m.group(3):
            yy = int(m.group(3))
            yield Found(m.start(), m.end(), "DATE", f"{1900 + yy if yy > 30 else 2000 + yy}")
            continue
        if not m.group(1) and not (_YEAR_CUES.search(text, max(0, m.start() - 14), m.start())
                                   or (ctx.date_ent(m.start(2), m.end(2)) and not _far_ahead(m.group(2), ctx))):
            continue
        if not m.group(1) and _named(ctx.original, m.start(2)):
            continue
        yield Found(m.start(), m.end(), "DATE", m.group(2))
    for m in _RANGE.finditer(text):
        first, second = m.group(1), m.group(2)
        if len(second) == 2:
            second = first[:2] + second
        if int(second) > int(first):
            yield Found(m.start(1), m.end(1), "DATE", first)
            yield Found(m.start(2), m.end(2), "DATE", second)
    for m in _EARLY_YEARS.finditer(text):
        if not _EARLY_YEAR_END.match(text, m.end()) or (m.group(2) and int(m.group(2)) <= int(m.group(1))):
            continue
        if m.group(3):  # "the year 1503", the whole phrase as "the year 1988" is
            yield Found(m.start(), m.end(), "DATE", m.group(3))
            continue
        yield Found(m.start(1), m.end(1), "DATE", m.group(1))
        yield Found(m.start(2), m.end(2), "DATE", m.group(2))


def spoken_years(text: str, ctx: Context) -> Iterator[Found]:
    """Years as broadcast transcripts write them: 'nineteen ninety-six' -> 1996, 'the year two thousand' -> 2000."""
    for m in _SPOKEN.finditer(text):
        words = [number(w) or 0 if w else 0 for w in (m.group(4), m.group(5), m.group(6))]
        if m.group(3):
            year = (19 if m.group(3) == "nineteen" else 20) * 100 + int(words[0] + words[1])
        else:
            year = 2000 + int(words[2])
        mon = month_number(ctx.cased(m, 1)) if m.group(1) else None
        start = m.start() if mon else m.start(2)
        if not mon and not m.group(2).startswith(("the year", "two thousand")) and not (
                _YEAR_CUES.search(text, max(0, start - 14), start) or ctx.date_ent(start, m.end())):
            continue  # "nineteen twenty" may be a count
        yield Found(start, m.end(), "DATE", f"{year}-{mon:02d}" if mon else str(year))


def decades(text: str, ctx: Context) -> Iterator[Found]:
    """'the 1990s' -> 199, "the '80s" -> 198, 'the late 1970s' -> 197 (END), 'the 1800s', 'the 19th century' -> 18."""
    for m in _DECADE.finditer(text):
        if m.group(3):
            cent, dec = ("19", m.group(3))
        elif m.group(1) and word_start(text, m.start()):
            cent, dec = m.group(1), m.group(2)
        else:
            continue  # "80s" without a century: ages and temperatures as often as decades
        lead = _DECADE_LEAD.search(text, max(0, m.start() - 12), m.start())
        start = lead.start() if lead else m.start()
        # "the 1800s" is the hundred years 1800-1899, the century 18 (TimeML values at the named granularity);
        # "the 2000s" is the decade news means by it
        value = cent if dec == "0" and cent in ("16", "17", "18", "19") and m.group(1) else f"{cent}{dec}"
        yield Found(start, m.end(), "DATE", value, _EDGE_MOD.get(((lead and lead.group(1)) or "").lower()))
    for m in _DECADE_WORD.finditer(text):
        yield Found(m.start(), m.end(), "DATE", f"19{_DECADE_WORDS[m.group(2).lower()]}",
                    _EDGE_MOD.get((m.group(1) or "").lower()))
    for m in _CENTURY.finditer(text):
        word = m.group(1).lower()
        n = ORDINALS.get(word) or (day_number(word) if word[0].isdigit() else None)
        if n:
            yield Found(m.start(), m.end(), "DATE", f"{n - 1:02d}")


def seasons(text: str, ctx: Context) -> Iterator[Found]:
    """'this summer' -> 2018-SU, 'last winter', 'the fall of 1998', 'spring 2019'; a bare 'fall' is a verb."""
    for m in _SEASON.finditer(text):
        if not m.group(3) and _NAME_WORD.match(ctx.original, m.end(2)) and ctx.cased(m, 2)[:1].isupper():
            continue  # "the Winter Meetings", "Summer Olympics": part of a name
        rel, season, year = (m.group(1) or "").lower(), SEASONS[m.group(2).lower()], m.group(3)
        if year:
            yield Found(m.start(), m.end(), "DATE", f"{year}-{season}")
        elif rel in ("this", "last", "next", "past", "coming"):
            off = _named_season_offset(ctx.anchor, season, rel)
            yield Found(m.start(), m.end(), "DATE", f"{ctx.anchor.year(off)}-{season}", relative=True)
        elif rel and season != "FA":  # "the summer", "early summer" (the edge becomes the mod)
            start = m.start() if rel == "the" else m.start(2)
            off = _season_offset(ctx.anchor, season, ctx.tense(m.start(2), m.end(2)))
            yield Found(start, m.end(), "DATE", f"{ctx.anchor.year(off)}-{season}", relative=True)


_SEASON_MONTHS = MappingProxyType({"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)})


def _named_season_offset(anchor: Anchor, season: str, rel: str) -> int:
    """-1, 0 or +1 year for 'last/past/next/coming/this' + season: the nearest whole season on that side.

    "last summer" said in November is the summer just gone, not the one a
    year before it (TIDES 2005, as for "last May" in June: the most recent
    one); said in July, while the summer runs, it is the year before's.
    Winter straddles two years and counts by the year, as before.
    """
    off = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if anchor.dct is None or off == 0 or season not in _SEASON_MONTHS:
        return off
    first, last = _SEASON_MONTHS[season]
    if off < 0:
        return 0 if anchor.dct.month > last else -1
    return 0 if anchor.dct.month < first else 1


def _season_offset(anchor: Anchor, season: str, when: str) -> int:
    """-1, 0 or +1 year: a season named without a year is the nearest one on the side the tense says.

    As for a month ("in March" in a past-tense clause is the last March), a
    past clause in January cannot mean the summer still to come ("passed in
    the summer" -> the summer before), a future one in October not the summer
    just gone.  Winter straddles two years and stays the publication year's.
    """
    if anchor.dct is None or season not in _SEASON_MONTHS:
        return 0
    first, last = _SEASON_MONTHS[season]
    if when == "PAST" and anchor.dct.month < first:
        return -1
    if when == "FUTURE" and anchor.dct.month > last:
        return 1
    return 0


RULES = (full_dates, month_year, months, years, spoken_years, decades, seasons)
