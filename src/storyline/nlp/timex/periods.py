"""Rules for the periods business news reports on: quarters, halves, fiscal years and the period in focus.

Earnings stories name a period once ("third-quarter profit rose"), then
refer back to it ("the quarter", "the year-ago period", "for the year",
"the quarter ended Sept. 30"); rules here give those references a
placeholder value that :func:`storyline.nlp.timex.focus.resolve` fills from
the period in focus.

Example::

    >>> quarter_ending(1989, 7), quarter_ending(1989, 9), quarter_ending(1990, 1)
    ('1989-Q2', '1989-Q3', '1989-Q4')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.nlp.timex.found import Context, Found
from storyline.nlp.timex.lexicon import (
    DAY,
    MONTH,
    NOT_A_QUARTER,
    ORDINAL,
    ORDINALS,
    WEEKDAY,
    YEAR,
    day_number,
    duration_value,
    month_number,
    rx,
    unit,
)

_QUARTER = rx(
    rf"\b(?:(?:the\s+)?(?:({YEAR})(?:'s)?\s+|fiscal\s+({YEAR})(?:'s)?\s+|(this|last|next)\s+year's\s+|the\s+"
    rf"|its\s+|their\s+)?(?:fiscal[- ])?({ORDINAL}|final|last|latter)([- ])(quarter{NOT_A_QUARTER}|half)"
    rf"(?:\s+of\s+(?:fiscal\s+)?(?:({YEAR})|(this|last|next)\s+year|(the)\s+(?:fiscal\s+)?year))?)\b")
# a year right after a quarter or half names its year ("the slowest since the final quarter in 2005"), not a range
_IN_YEAR = rx(rf"\s+in\s+({YEAR})\b(?!\s*(?:[-\u2013/]\s*\d|(?:and|to|or)\s+\d))")
# "the first two quarters of 1990": a half year (TimeBank writes 1990-H1)
_TWO_QUARTERS = rx(rf"\b(?:the\s+)?(first|last|second)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?({YEAR})\b")
_FOCUS = rx(rf"\b(?:the\s+(?:(latest|same|most\s+recent|just-ended|recent)\s+)?(quarter{NOT_A_QUARTER}|period)"
            r"|(?:the\s+)?(year-ago|year-earlier|comparable|corresponding|year-before)"
            rf"(?:\s+(?:fiscal\s+)?(?:({ORDINAL})[- ])?(quarter|period))?)\b"
            r"(?!\s+(?:of(?!\s+last\s+year)|ended|ending|before|after|when|in\s+which)\b)")
_A_YEAR_BEFORE = rx(r"\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:(?:of|in)\s+)?last\s+year)\b(?!['\u2019])")
_THE_YEAR = rx(r"(?:\b(throughout)\s+)?\b(the\s+(?:full\s+|fiscal\s+)?(year|month|week))\b"
               r"(?!['\u2019-]|\s+(?:ended|ending|ends|that|before|after|earlier|ago|of|when|in\s+which|since|to|through"
               r"|round|\d)\b)")
_ENDED = rx(rf"\bthe\s+(?:fiscal\s+)?(year|quarter|month|week)(?=\s+(?:that\s+)?(ended|ending|ends)\s+"
            rf"(?:({MONTH})\s+({DAY})\b(?:,?\s+({YEAR}))?|today|tomorrow|yesterday|{WEEKDAY}))")
_YEAR_PERIOD = rx(rf"\bthe\s+({YEAR})\s+(?:quarter|period)\b(?!\s+(?:of|ended|ending)\b)")
# a game's quarter ("with 3:57 left in the fourth quarter", "scored ... in the second quarter"): a game clock, time
# left or to play, or scoring words in the same sentence; points are a game's only where no market is named ("the
# index lost 300 points", "50 basis points")
_GAME = rx(r"(?:\b\d{1,2}:\d\d|\b(?:seconds|minutes))\s+(?:left|remaining|to\s+play|to\s+go)\b|\bscor(?:ed|es|ing)\b"
           r"|\btouchdowns?\b|\bfield\s+goals?\b|\bfree\s+throws?\b|\brebounds\b|\bthree-pointers?\b"
           r"|\b\d{1,3}-\d{1,3}\s+(?:win|victory|loss|defeat|lead|rout|triumph|run)\b")
_POINTS = rx(r"\bpoints\b")
_MARKET = rx(r"\b(?:index|indices|indexes|stocks?|shares|bonds?|dow|nikkei|nasdaq|markets?|percentage|basis|rates?"
             r"|yields?|poll|survey)\b|%")
# the year set off by a space or an apostrophe ("Q1 2019", "Q4'18", "FY19" glued only after FY): "Q179 million" is an
# amount of quetzales, not 2079-Q1
_SHORT_PERIOD = rx(r"\b(?:(q)([1-4])|(h)([12])|(fy))(?:(?:\s+|\s*'|(?<=fy))(\d{4}|\d\d))?\b")


def quarters(text: str, ctx: Context) -> Iterator[Found]:
    """'the third quarter' -> 1989-Q3 (the most recent), '1988 fourth quarter', 'the first half of 1990' -> 1990-H1."""
    for m in _QUARTER.finditer(text):
        word, unit = m.group(4).lower(), m.group(6).lower()
        # "the third-quarter loss", "its fourth-quarter profit": the determiner belongs to the noun
        det = re.match(r"(?:the|its|their)\s+", m.group(), re.I) if m.group(5) == "-" else None
        start = m.start() + (det.end() if det else 0)
        n = ORDINALS.get(word) or (4 if unit == "quarter" else 2)
        if (unit == "quarter" and n > 4) or (unit == "half" and n > 2) or (word == "latter" and unit != "half"):
            continue
        if unit == "quarter" and not (m.group(1) or m.group(2) or m.group(3) or m.group(7) or m.group(8)) \
                and _game_period(text, *(ctx.sentence(m.start(), m.end()) if ctx.sentence else (0, len(text)))):
            continue
        year = m.group(1) or m.group(2) or m.group(7)
        rel = (m.group(3) or m.group(8) or "").lower()
        if not (year or rel or m.group(9)) and (then := _IN_YEAR.match(text, m.end())):
            year = then.group(1)  # "the final quarter in 2005": that year's, the year its own TIMEX3
        if year is None and rel:
            year = ctx.anchor.year({"this": 0, "last": -1, "next": 1}[rel])
        if m.group(9):  # "the second half of the year": of the year in focus (focus.resolve)
            yield Found(start, m.end(), "DATE", f"@Y:{unit[0].upper()}{n}", relative=True)
            continue
        if unit == "half":
            if year:  # a bare "first half" is as often a match's as a year's
                yield Found(start, m.end(), "DATE", f"{year}-H{n}", relative=bool(rel))
        elif year:
            yield Found(start, m.end(), "DATE", f"{year}-Q{n}", relative=bool(rel))
        else:
            value = ctx.anchor.quarter_named(n, ctx.tense(m.start(), m.end()))
            yield Found(start, m.end(), "DATE", value, relative=True)


def _game_period(text: str, a: int, z: int) -> bool:
    """Whether a quarter named without a year is a game's: its sentence (``text[a:z]``) tells of a game clock
    or of scoring.

    A match's quarters are no calendar time ("Tomlinson scored ... with 3:57
    left in the fourth quarter" is late in Sunday's game, not October to
    December); a report of the quarter's game says so in the same sentence.
    """
    return _GAME.search(text, a, z) is not None or (_POINTS.search(text, a, z) is not None
                                                    and _MARKET.search(text, a, z) is None)


def half_years(text: str, ctx: Context) -> Iterator[Found]:
    """'the first two quarters of 1990' -> 1990-H1, 'the last two quarters of 1990' -> 1990-H2."""
    for m in _TWO_QUARTERS.finditer(text):
        yield Found(m.start(), m.end(), "DATE", f"{m.group(2)}-H{1 if m.group(1).lower() == 'first' else 2}")


def short_periods(text: str, ctx: Context) -> Iterator[Found]:
    """Business shorthand: 'Q3 2018' -> 2018-Q3, 'Q3' (the most recent), 'H1 2019' -> 2019-H1, 'FY19' -> 2019."""
    for m in _SHORT_PERIOD.finditer(text):
        if not ctx.cased(m, 0)[:1].isupper():
            continue  # "q3" in running text is rarely a quarter; Q3 and FY are written in capitals
        kind, n, year = m.group(1) or m.group(3) or m.group(5), m.group(2) or m.group(4), m.group(6)
        if year and len(year) == 2:
            year = f"20{year}"
        if kind == "fy":
            if year:
                yield Found(m.start(), m.end(), "DATE", year)
        elif year:
            yield Found(m.start(), m.end(), "DATE", f"{year}-{kind.upper()}{n}")
        elif kind == "q":
            yield Found(m.start(), m.end(), "DATE", ctx.anchor.quarter_named(int(n), ctx.tense(m.start(), m.end())),
                        relative=True)


def quarter_refs(text: str, ctx: Context) -> Iterator[Found]:
    """'the latest quarter', 'the year-ago period': earnings-report shorthand for the quarter in focus.

    The value is a placeholder ("@Q", "@QL" the latest ended, "@Q-4" a year before, "@QY1988" in 1988) that
    :func:`storyline.nlp.timex.focus.resolve` replaces with the quarter last
    named in the article, else the last full quarter before the DCT; "@QP", "@QP-4" say the noun was "period",
    which after a half or the months so far of a year is that half or that year.
    """
    for m in _FOCUS.finditer(text):
        # "P": a period, which may be a half or the months so far of a year, not only a quarter (focus.resolve)
        p = "P" if (m.group(2) or m.group(5) or "").lower() == "period" else ""
        if m.group(2):
            if m.group(2).lower() == "period" and not m.group(1):
                continue  # "the period" alone refers to anything
            latest = (m.group(1) or "").lower() not in ("", "same")  # "the latest quarter": one that has ended
            if (ago := _A_YEAR_BEFORE.match(text, m.end())) and not latest:
                # "the quarter a year ago", "the corresponding period last year": one noun phrase, the quarter in
                # focus a year before
                yield Found(m.start(), ago.end(), "DATE", f"@Q{p}-4", relative=True)
                continue
            yield Found(m.start(), m.end(), "DATE", "@QL" if latest else f"@Q{p}", relative=True)
        elif m.group(5) or m.group(3).lower().startswith("year-"):
            # "the year-earlier figure": without its noun the determiner is not part of the expression
            start = m.start(3) if not m.group(5) else m.start()
            # "the year-ago third quarter": that quarter of the year before the one in focus
            value = f"@QO{ORDINALS[m.group(4).lower()]}" if m.group(4) else f"@Q{p}-4"
            ago = _A_YEAR_BEFORE.match(text, m.end()) if m.group(5) and not m.group(4) else None
            yield Found(start, ago.end() if ago else m.end(), "DATE", value, relative=True)
    for m in _YEAR_PERIOD.finditer(text):  # "the 1988 period": the quarter in focus, in that year
        yield Found(m.start(), m.end(), "DATE", f"@QY{m.group(1)}", relative=True)


def the_year(text: str, ctx: Context) -> Iterator[Found]:
    """'the year', 'for the full year' -> the year in focus; 'the week', 'the month' -> those of the day in focus.

    "The year" is anaphoric wherever it stands ("for the year", "the
    biggest show of the year", "the year has been hard"): it names the year
    the story is about, that of the quarter in focus or else the
    publication year (TimeML Annotation Guidelines 1.2.1: an
    underspecified expression takes its value from the time in focus); a
    year merely mentioned ("a target for 1992") is not the one the story
    reports.  "The week" and "the month" are the week and month of the day
    last named, like "that week".  After "throughout" the phrase measures
    the whole stretch, a duration ("throughout the year" P1Y).
    """
    for m in _THE_YEAR.finditer(text):
        name = m.group(3).lower()
        if ctx.cased(m, 3)[:1].isupper() and not ctx.cased(m, 2)[:1].isupper():
            continue  # "Person of the Year", "Game of the Week": a title
        if m.group(1):
            yield Found(m.start(2), m.end(2), "DURATION", duration_value(*unit(name)))
        elif name == "year":
            yield Found(m.start(2), m.end(2), "DATE", "@Y", relative=True)
        else:  # the week or month of the day last named, as "that week" (focus.resolve)
            yield Found(m.start(2), m.end(2), "DATE", f"@A{name[0].upper()}+0", relative=True)


def quarter_ending(year: int, month: int) -> str:
    """The calendar quarter holding most of the three months that end with ``month`` (its middle month's)."""
    middle = month - 1 or 12
    return f"{year - (month == 1):04d}-Q{(middle - 1) // 3 + 1}"


def periods_ended(text: str, ctx: Context) -> Iterator[Found]:
    """'the year ended March 31' -> P1Y ('the week ended Tuesday' P1W), 'the quarter ended July 31' -> 1989-Q2.

    The date that ends the period is its own TIMEX3, so the period is tagged
    alone ("the year", "the quarter"), as the TimeML guidelines tag each
    temporal expression of a phrase separately (TimeML Annotation Guidelines
    1.2.1, TIMEX3 extent: "the year ended March 31" holds two).  A fiscal
    year ending on any day is a year-long stretch, a DURATION; so are a week
    or month counted back from a day ("the week ended Tuesday": Wednesday to
    Tuesday, no ISO week).  A quarter is
    the one the story reports ("@QE" falls back on the quarter in focus, see
    :func:`storyline.nlp.timex.focus.resolve`); with none in focus it is the
    calendar quarter holding most of the three months that end on the date
    (July 31 closes May-July: the second quarter).
    """
    for m in _ENDED.finditer(text):
        if m.group(1).lower() != "quarter":  # "the week ended Tuesday": seven days to that day, not an ISO week
            yield Found(m.start(), m.end(), "DURATION", duration_value(*unit(m.group(1))))
            continue
        mon = month_number(ctx.cased(m, 3)) if m.group(3) else None
        if mon is None:
            continue
        if m.group(5):
            year = int(m.group(5))
        else:
            when = "PAST" if m.group(2).lower() == "ended" else "PRESENT"
            end = ctx.anchor.month_day(mon, day_number(m.group(4)), when)
            if not end[0].isdigit():
                continue
            year = int(end[:4])
        yield Found(m.start(), m.end(), "DATE", f"@QE{quarter_ending(year, mon)}", relative=True)


RULES = (quarters, half_years, quarter_refs, the_year, periods_ended, short_periods)
