"""Rules for durations ("the past nine months" -> P9M), sets ("every week" -> P1W) and clock times.

A count written in digits or words before a unit is a duration, adjectival
forms included ("a 300 day halt", "a five-year plan"); vague counts give X
("several years" -> PXY).  "a year" after an amount ("$5 a year") is a rate,
so a SET.

Example::

    >>> import datetime as dt
    >>> from storyline.nlp.timex.anchor import Anchor
    >>> from storyline.nlp.timex.found import Context
    >>> ctx = Context(Anchor(dt.date(2018, 7, 12)), lambda a, b: "PAST", lambda a, b: False)
    >>> [f.value for f in durations("in the past nine months", ctx)]
    ['P9M']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import MappingProxyType

from storyline.nlp.timex.found import Context, Found
from storyline.nlp.timex.lexicon import (
    COUNT,
    MONTH,
    NOT_A_QUARTER,
    NUM,
    PART_OF_EVENT,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    duration_value,
    month_number,
    number,
    rx,
    unit,
    word_start,
)

_DURATION = rx(
    rf"\b(?:(the\s+)(?:(?:past|last|next|first|previous|coming|following|final|latest|most\s+recent|remaining|initial"
    rf"|same|entire|full)\s+)?)?"
    rf"(?:(?:past|last|next|first|previous|coming|following)\s+)?"
    rf"((?:{COUNT}|\d+(?:\.\d+)?)(?:\s+(?:to|or)\s+(?:{NUM}|\d+(?:\.\d+)?)|(?<=\d)[-\u2013]\d+(?:\.\d+)?)?)"
    rf"[\s-]+((?:more|additional|further|extra|trading|business|working|calendar|straight|consecutive)\s+)?"
    rf"({UNIT}|centuries|millennia)(s?)"
    rf"(?:[\s-]+long)?(?:\s+or\s+(?:so|two|three))?\b(?!\s+(?:ago|earlier|later|from\s+now|old)\b)(?!-old|-on-)")
# "a three-year period", "the 10-day span", "a two-week stretch": a length said as the adjective of a noun that is
# itself a stretch of time names that stretch, so the noun phrase it heads, article and noun, is the TIMEX3 (TimeML
# Annotation Guidelines 1.2.1, 2.2.1, how to annotate TIMEX3s, and the TIDES 2005 extent rules it follows: a timex
# is the noun, adjective or adverb phrase of the time, its determiner included, never the preposition before it);
# after any other noun ("a five-year term", "the 23-year occupation") the length only modifies the noun and is
# tagged alone (TimeBank dev: "over a three-year period" P3Y, wsj_0778)
_STRETCH = rx(r"\s+(?:period|span|stretch|interval|timespan|timeframe|time\s+frame)\b(?!-)")
_ARTICLE = rx(r"\b(?:a|an|the|this|that)\s+$")
_VERB_LAST = rx(r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n't)\s+$")
# "two to three weeks", "the next 15-20 years": what joins two counts into a vague count (a range of lengths is one
# TIMEX3 with an X value, as TimeBank dev tags "the next 12 to 18 months" PXM, wsj_0637) when it goes up (_not_a_range)
_RANGE = re.compile(r"(\s+(?:to|or)\s+|(?<=\d)[-\u2013](?=\d))")
_OR_SO = re.compile(r"\sor\s+so$")
_OR_MORE = re.compile(r"\sor\s+(?:two|three)$")  # "a year or two"
_VAGUE_LEAD = r"(?:recent|past|the\s+past|the\s+last|the\s+next|(?:the\s+)?coming)"
_PLURAL_UNIT = rf"(?:centuries|millennia|{UNIT}s)"
# "for years", "over the years", "in recent months", "in the intervening decades": a length nobody counted
_BARE_PLURAL = rx(rf"\b(?:(?:for|in|over|within|after|during)\s+|(?={_VAGUE_LEAD}\s))"
                  rf"({_VAGUE_LEAD}\s+|the\s+(?:(?:early|intervening|ensuing)\s+)?(?=[a-z]+\s+(?!of\b)))?"
                  rf"({_PLURAL_UNIT})\b(?!\s+(?:ago|earlier|later))")
# "spent years in prison", "took months", "in a matter of minutes", "after months of talks": the same lengths as
# the object of a verb of spending time or as the measure of a noun ("minutes of the meeting" is the record,
# "three quarters of" a fraction, "the early hours of the morning" a time of day)
_BARE_MEASURE = rx(rf"(?:spent|spend|spends|spending|took|take|takes|taking|taken|lasted|lasts|lasting|waited|wait"
                   rf"|waits|waiting|matter\s+of)\s+({_PLURAL_UNIT})\b(?!\s+(?:ago|earlier|later|old)\b)")
_MEASURE_OF = rx(rf"({_PLURAL_UNIT})(?=\s+of\s+[a-z])")
_NOT_A_MEASURE = rx(r"(?:\b(?:the|these|those|early|small|wee)\s|-)$")
_WHOLE = rx(r"\b(?:all|the\s+(?:whole|entire))\s+(day|night|week|month|year)(?:\s+long)?\b(?!\s+round\b)")
_PLURAL_BEFORE = rx(rf"\b({UNIT})s(?=\s+(?:later|earlier|after|before)\b)")
_RATE = rx(r"(?:\$?\d[\d,.]*\s*(?:[a-z%]+\s+)?|\b(?:times|once|twice|per)\s+)$")  # not "skipper one day"
# "55 kilometers per hour", "100 miles an hour": the time unit is the denominator of a speed, no time (TimeML
# Annotation Guidelines, TempEval-2010 version, 3.2.3: expressions of speed are not markable); a rate of money or of
# things ("$2 million a year", "50,000 CDs a year", "barrels a day") is a frequency the guidelines do not exclude
_SPEED = rx(r"\b(?<!cubic\s)(?<!square\s)(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|foot|yards?)"
            r"\s+(?:an?|per)\s+$")
_FREQUENCY = rx(rf"\b(?:once|twice|thrice|(?:{NUM}|several|many|a\s+few)\s+times)\s+$")
_SET = rx(rf"\b(?:(every|each|per)\s+(other\s+)?({UNIT}|weekend|{WEEKDAY}|(?:{MONTH}))"
          rf"|(annually|(?:daily|weekly|monthly|yearly|quarterly|hourly|nightly)(?!\s+[a-z])))\b")
_CLOCK = rx(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+([ECMP][SD]T|GMT|UTC)\b)?"
            r"|\b(noon|midday|midnight)\b")  # midday is noon (TIDES values both T12:00 when said at a clock's place)
# "at nine o'clock", "11 o'clock at night": an hour said aloud; a part of the day after it places it in the afternoon
_OCLOCK = rx(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['\u2019]?\s?clock\b"
             r"(?:\s+(in\s+the\s+morning|a\.m\.?|in\s+the\s+(?:afternoon|evening)|at\s+night|p\.m\.?))?")
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EET|[ECMP][SD]T|IST|JST|local\s+time|hrs|hours)"
_CLOCK24 = rx(rf"\b([01]?\d|2[0-3])(?::([0-5]\d)(?::[0-5]\d)?(?:\s+({_ZONE})\b)?|([0-5]\d)\s+({_ZONE})\b)(?![:.,/]?\d)")
_CLOCK_CUE = rx(r"\b(?:at|by|until|till|from|around|about|before|after|to|and|between|since)\s+$")
_WHEN = rx(rf"^,?\s+(?:local\s+time,?\s+)?(?:on\s+)?({WEEKDAY}|today|yesterday|tomorrow)\b"
           r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
           rf"|^,?\s+(?:local\s+time,?\s+)?(?:\(\d+\s+GMT\)\s+)?(?:on\s+)?(?:({WEEKDAY}),?\s+)?"
           rf"({MONTH})\s+(\d{{1,2}})\b")
_STOPWATCH = rx(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d+))?(?![\d:]|\s*(?:a\.?m|p\.?m|gmt|utc)\b)")
_STOPWATCH_CUE = rx(r"(?:\b(?:in|of|clocked|timed|time|record|finished|won|ran|winning|best|at\s+a\s+pace\s+of)"
                    r"|[(,])\s*$")
_QUARTER_OK = re.compile(NOT_A_QUARTER)
_DEICTIC_DAY = MappingProxyType({"today": 0, "yesterday": -1, "tomorrow": 1})
_SETCODE = MappingProxyType({"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                             "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D"})


def durations(text: str, ctx: Context) -> Iterator[Found]:
    """'the past nine months' -> P9M, '300 day' -> P300D, 'six hours' -> PT6H, 'a decade' -> P10Y, 'years' -> PXY."""
    for m in _DURATION.finditer(text):
        count, word = m.group(2), m.group(4).lower()
        first = _not_a_range(count)
        if first:  # "sentenced in 1995 to 15 years", "beat Fulham 3-1 days after": the length alone
            count = count[first:]
        vague = bool(_RANGE.search(count) or _OR_MORE.search(m.group()))
        count = _RANGE.split(count)[0] if vague else count
        if count.lower() in ("some", "many", "a number of", "numerous") and not m.group(5):
            continue
        if count.lower() in ("a", "an") and PART_OF_EVENT.match(text, m.start()):
            continue  # "a night landing": the part of the day the landing took place in, no length
        if word in ("hr", "min") and not count[0].isdigit():
            continue  # "an HR manager": abbreviations count only after digits
        if word == "second" and count.lower() in ("a", "an") and re.match(r"[\s-]+[a-z]", text[m.end() : m.end() + 2]):
            continue  # "a second term", "a second-floor office": the ordinal
        mult, code = unit(word)
        if code == "WE" or (code == "Q" and (text.startswith(" of", m.end()) or not _QUARTER_OK.match(text, m.end()))):
            continue  # "three-quarters of" is a fraction, "a quarter point" a rate's, "a quarter-final" a round
        n, mod = number(count), None
        if "couple" in count.lower():
            n, mod = 2, "APPROX"
        if _OR_SO.search(m.group()):
            mod = "APPROX"  # "a week or so", as extent.widen marks "the next year or so"
        if count[0].isdigit() and (n is None or (re.fullmatch(YEAR, count) and not m.group(5))):
            continue  # "the 1988 quarter" is a date, not a 1988-quarter duration
        value = duration_value(None if n is None or vague else n * mult, code)
        start = m.start()
        if first:  # the length after "to" or the hyphen
            start = m.start(2) + first
        elif not m.group(1) and _VERB_LAST.search(text, max(0, start - 12), start) and text.startswith("last", start):
            start = text.index(" ", start) + 1  # "to last several weeks": the verb, not "the last"
        elif m.group(1) and not m.group(5) and ("-" in text[m.start(2) : m.start(4)] or (n or 0) > 1):
            # "the one-year anniversary", "the next five-year term", "the 4,000 year history": a singular unit
            # after a count is a modifier of the noun after it, and "the (next)" belongs to that noun; TimeML tags
            # only the length, as TimeBank does ("the 23-year Israeli occupation" -> "23-year"; TIDES extent rules)
            start = m.start(2)
        end = m.end()
        stretch = _STRETCH.match(text, end) if not (m.group(5) or first or count.lower() in ("a", "an")) else None
        if stretch:  # "over a three-year period": the noun is a stretch of time, the phrase its length (see _STRETCH)
            start, end = m.start(), stretch.end()
            article = _ARTICLE.search(text, max(0, start - 6), start) if not m.group(1) else None
            start = article.start() if article else start
        if count.lower() in ("a", "an") and _SPEED.search(text, max(0, start - 24), start + len(count) + 1):
            continue  # "100 miles an hour": a speed
        if count.lower() in ("a", "an", "one") and _RATE.search(text, max(0, start - 20), start):
            # "twice a week": TimeML tags the frequency with its period, one SET (value P1W, freq 2X)
            freq = _FREQUENCY.search(text, max(0, start - 24), start)
            yield Found(freq.start() if freq else start, m.end(), "SET", value)
            continue
        yield Found(start, end, "DURATION", value, mod)
    for m in _BARE_PLURAL.finditer(text):
        word = m.group(2).lower()
        mult, code = unit(word)
        if code != "WE" and word not in ("hrs", "mins"):
            yield Found(m.start(1) if m.group(1) else m.start(2), m.end(), "DURATION", duration_value(None, code))
    for pattern in (_BARE_MEASURE, _MEASURE_OF):
        for m in pattern.finditer(text):
            word = m.group(1)
            if not word_start(text, m.start()) or word in ("hrs", "mins") or unit(word)[1] == "WE":
                continue
            if pattern is _MEASURE_OF and (word in ("minutes", "quarters")
                                           or _NOT_A_MEASURE.search(text, max(0, m.start() - 7), m.start())):
                continue
            yield Found(m.start(1), m.end(1), "DURATION", duration_value(None, unit(word)[1]))
    for m in _WHOLE.finditer(text):  # "all night", "the whole year"
        yield Found(m.start(), m.end(), "DURATION", duration_value(*unit(m.group(1))))
    for m in _PLURAL_BEFORE.finditer(text):  # "hours earlier", "minutes after his arrest"
        if m.group(1).lower() not in ("hr", "min"):
            yield Found(m.start(), m.end(), "DURATION", duration_value(None, unit(m.group(1))[1]))


def _not_a_range(count: str) -> int:
    """Where the second count starts when "A to B" or "A-B" is no range of counts (B not above A), else 0.

    A vague count runs upward ("two to three weeks", "10 to 15 years", "the
    next 15-20 years"); when the number before the joint is not smaller the
    two are no range but a year the preposition joins to a length
    ("sentenced in 1995 to 15 years"), a fall ("cut from 30 to 12 months")
    or a score or a tally ("beat Fulham 3-1 days after", "passed 68-31"),
    and the duration is the length after the joint, as if no range were
    written.  This is the one place a range of counts is checked to go up.

        >>> _not_a_range("1995 to 15"), _not_a_range("10 to 15"), _not_a_range("two or three")
        (8, 0, 0)
        >>> _not_a_range("3-1"), _not_a_range("1-1"), _not_a_range("15-20")
        (2, 2, 0)
    """
    parts = _RANGE.split(count)
    if len(parts) != 3:
        return 0
    a, b = number(parts[0]), number(parts[2])
    return len(parts[0]) + len(parts[1]) if a is not None and b is not None and a >= b else 0


def stopwatch(text: str, ctx: Context) -> Iterator[Found]:
    """Race and record times in clock notation: 'finished in 3:07:35' -> PT3H7M35S (a length, not a time of day).

    Hours, minutes and seconds with no am/pm or zone are a length after the
    words sports news uses for one ("in", "a time of", "clocked", "record
    of"); a time of day with seconds is written after "at" and is left to
    :func:`clock_times`.
    """
    for m in _STOPWATCH.finditer(text):
        if not _STOPWATCH_CUE.search(text, max(0, m.start() - 20), m.start()):
            continue
        h, mi, sec = int(m.group(1)), int(m.group(2)), m.group(3) + (f".{m.group(4)}" if m.group(4) else "")
        parts = (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{float(sec):g}S" if float(sec) else "")
        yield Found(m.start(), m.end(), "DURATION", f"PT{parts or '0S'}")


def sets(text: str, ctx: Context) -> Iterator[Found]:
    """'every week' -> P1W, 'each Thursday' -> XXXX-WXX-4, 'annually' -> P1Y, 'every other year' -> P2Y."""
    for m in _SET.finditer(text):
        if m.group(4):
            yield Found(m.start(), m.end(), "SET", _SETCODE[m.group(4).lower()])
            continue
        word = m.group(3).lower()
        step = 2 if m.group(2) else 1
        if _SPEED.search(text, max(0, m.start() - 24), m.start(3)):
            continue  # "kilometers per hour": a unit of speed
        if word in WEEKDAYS:
            yield Found(m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[word]}")
        elif word in UNITS:
            mult, code = unit(word)
            yield Found(m.start(), m.end(), "SET", "XXXX-WXX-WE" if code == "WE" else duration_value(step * mult, code))


def _clocks(text: str) -> Iterator[tuple[int, int, int, int, bool]]:
    """(start, end, hour, minute, minutes written) for '3 p.m.', '9.35am', 'noon', '14:00 GMT', 'at 06:00'."""
    for m in _CLOCK.finditer(text):
        if m.group(5):
            yield m.start(), m.end(), (12 if m.group(5).lower() in ("noon", "midday") else 24), 0, True
            continue
        hh, mm = int(m.group(1)), int(m.group(2) or 0)
        if 1 <= hh <= 12 and mm <= 59:
            yield m.start(), m.end(), hh % 12 + (12 if m.group(3).lower().startswith("p") else 0), mm, bool(m.group(2))
    for m in _OCLOCK.finditer(text):
        hh = int(number(m.group(1)) or 0)
        part = (m.group(2) or "").lower()
        later = part.startswith(("p", "in the a", "in the e")) or (part == "at night" and hh >= 6)
        if hh == 12:  # noon, or midnight "at night" (24, as "midnight" above)
            yield m.start(), m.end(), 24 if part == "at night" else 12, 0, True
        elif 1 <= hh < 12:
            yield m.start(), m.end(), hh + 12 if later else hh, 0, True
    for m in _CLOCK24.finditer(text):
        # a bare "14:00" is a clock only with a zone or after "at", "by", "until"...: scores and ratios look alike
        if m.group(3) or m.group(5) or _CLOCK_CUE.search(text, max(0, m.start() - 8), m.start()):
            yield m.start(), m.end(), int(m.group(1)), int(m.group(2) or m.group(4)), True


def clock_times(text: str, ctx: Context) -> Iterator[Found]:
    """'3 p.m.', '10:30 a.m. EST', 'noon Thursday', '5 p.m. EST Nov. 9' -> TIME on that day (or the DCT day)."""
    a = ctx.anchor
    for start, end, hh, mm, has_min in _clocks(text):
        day = a.day()
        base = end
        w = _WHEN.match(text[base : base + 40])
        if w:
            end += w.end()
            if w.group(1):
                word = w.group(1).lower()
                day = (a.day(_DEICTIC_DAY[word]) if word in _DEICTIC_DAY
                       else a.weekday(WEEKDAYS[word], ctx.tense(start, end)))
            else:
                mon = month_number(ctx.cased(w, 3, base))
                day = a.month_day(mon, int(w.group(4))) if mon else day
        clock = f"T{hh:02d}:{mm:02d}" if (has_min or hh) else f"T{hh:02d}"
        yield Found(start, end, "TIME", f"{day}{clock}", relative=True)


RULES = (durations, stopwatch, sets, clock_times)
