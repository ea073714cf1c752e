"""Calendar words of English news and their TIMEX3 meaning (read-only tables).

These are language facts (month names, number words, units), not choices
about any text; the regex fragments built from them live here too so every
rule spells a month or a number the same way.

Example::

    >>> MONTHS["sept"], UNITS["fortnight"], number("twenty-four")
    (9, (2, 'W'), 24)
"""

from __future__ import annotations

import re
import string
from types import MappingProxyType

MONTHS = MappingProxyType({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
})
WEEKDAYS = MappingProxyType({
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
})
SEASONS = MappingProxyType({"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"})
DAY_PARTS = MappingProxyType({
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "tonight": "NI", "midday": "MI", "noon": "MI",
})
ORDINALS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
})
# unit word -> (multiplier, TIMEX3 unit); time units are written after "T" in durations.
UNITS = MappingProxyType({
    "second": (1, "S"), "minute": (1, "MIN"), "hour": (1, "H"), "day": (1, "D"), "hr": (1, "H"), "min": (1, "MIN"),
    "night": (1, "D"), "week": (1, "W"), "fortnight": (2, "W"), "month": (1, "M"),
    "quarter": (1, "Q"), "year": (1, "Y"), "decade": (10, "Y"), "century": (100, "Y"),
    "millennium": (1000, "Y"), "weekend": (1, "WE"),
})
_IRREGULAR_PLURALS = MappingProxyType({"centuries": "century", "millennia": "millennium"})


def unit(word: str) -> tuple[int, str]:
    """(multiplier, TIMEX3 unit) of any spelling a rule's ``UNIT`` can match, plural or not.

    Rules match ``UNIT`` with an optional "s", so a match may be "days",
    "centuries" or "millenniums"; every lookup goes through here, so no
    spelling the pattern accepts can miss the table.

    >>> unit("Centuries"), unit("fortnights"), unit("millennia")
    ((100, 'Y'), (2, 'W'), (1000, 'Y'))
    """
    w = word.lower()
    while w not in UNITS:
        if w in _IRREGULAR_PLURALS:
            w = _IRREGULAR_PLURALS[w]
        elif w.endswith("s"):
            w = w[:-1]
        else:
            raise ValueError(f"{word!r} is not a time unit")
    return UNITS[w]


def month_number(word: str) -> int | None:
    """Month number of a capitalised month word ("Sept." -> 9); None for lower-case "may"/"march".

    News capitalises month names, so a lower-case "may" is the verb and
    "march" the noun; every rule reads a month through here.

    >>> month_number("Sept."), month_number("may"), month_number("Mayor")
    (9, None, None)
    """
    if not word[:1].isupper():
        return None
    return MONTHS.get(word.rstrip(".").lower())


def day_number(text: str) -> int:
    """The day of month or ordinal written in digits ("3rd" -> 3, "21st" -> 21); ``text`` starts with a digit.

    >>> day_number("3rd"), day_number("21")
    (3, 21)
    """
    m = re.match(r"\d+", text)
    if m is None:
        raise ValueError(f"{text!r} does not start with a day number")
    return int(m.group())


_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = MappingProxyType({
    **{w: i for i, w in enumerate(_SMALL)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    "a": 1, "an": 1, "dozen": 12, "hundred": 100, "thousand": 1000, "couple": 2,
})
VAGUE = frozenset({"several", "few", "some", "many", "couple", "numerous", "the"})
# "a couple of" is 2 in numbers but TimeBank writes vague counts as X; keep "couple" vague in values.

_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
_WORDNUM = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_SMALL[1:10])}))?"
            rf"|{'|'.join(sorted(_SMALL, key=len, reverse=True))})(?:[- ](?:hundred|thousand))?")
NUM = rf"(?:{_DIGITS}|{_WORDNUM}|a\s+hundred|a\s+thousand|a\s+dozen|dozen)"
COUNT = (rf"(?:{NUM}(?:\s+and\s+a\s+half)?|half\s+an?|half(?=-)|an?|several|a\s+few|few|a\s+couple\s+of|couple\s+of"
         r"|some|many|a\s+number\s+of|numerous)")
UNIT = (r"(?:second|minute|hour|hr|min|day|night|week|fortnight|month|quarter|year|decade"
        r"|century|centuries|millennium|millennia)")
# A month name ends at the end of a word: "Novi Travnik" held "Nov", "Augusta" held "August", and a range
# "January-March", refused as "January" (no hyphen after a month), backtracked to "Jan" + "uary".  Place
# names are no TIMEX3 (TIDES 2001 instruction manual 2.2.3, non-markable proper names; TimeML 1.2.1 follows
# TIDES for extents).
MONTH = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z]))")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# what makes "quarter" no time after it: a round of a tournament ("the quarter-finals", "the first quarter-final") or a
# fraction of a rate ("by a quarter point", "a quarter-percentage point")
NOT_A_QUARTER = r"(?![-\u2010\u2011\s]*(?:finals?|finalists?|point|percentage)\b)"


def number(text: str) -> float | None:
    """The value of a count in digits or words ("1,200", "12.5", "twenty-four", "four and a half"); None if vague."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in ("half", "half a", "half an"):
        return 0.5
    if t.endswith(" and a half"):
        whole = number(t[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if t.startswith("a "):
        t = t[2:] if t[2:] in ("hundred", "thousand", "dozen") else t
    try:
        value = float(t.replace(",", ""))
        # "12.5 minutes", "9.88 seconds": a decimal count keeps its fraction (ISO 8601 allows it in a duration)
        return int(value) if value == int(value) else value
    except (ValueError, OverflowError):  # "nan", "inf": no count
        pass
    total, cur = 0, 0
    for w in t.split():
        if w not in NUMBER_WORDS or w in VAGUE:
            return None
        v = NUMBER_WORDS[w]
        if v in (100, 1000):
            cur = max(cur, 1) * v
            if v == 1000:
                total, cur = total + cur, 0
        else:
            cur += v
    return total + cur if total + cur else None


def count_text(n: float) -> str:
    """A count as TIMEX3 writes it: 8.0 -> '8', 3.5 -> '3.5', never '1e+06'."""
    return str(int(n)) if n == int(n) else f"{n:f}".rstrip("0")


def duration_value(n: float | None, code: str) -> str:
    """TIMEX3 duration: (8, 'M') -> P8M, (6, 'H') -> PT6H, (None, 'Y') -> PXY, (4.5, 'M') -> P4.5M."""
    count = "X" if n is None else count_text(n)
    if code in ("H", "MIN", "S"):
        return f"PT{count}{'M' if code == 'MIN' else code}"
    return f"P{count}{code}"


def edge_mod(edge: str) -> str:
    """The TIMEX3 ``mod`` of a period's edge word: its start ("early", "earlier", "the beginning of"), middle ("mid",
    "middle") or, for any other edge ("end", "late", "the rest of"), its end.

    >>> [edge_mod(w) for w in ("beginning", "earlier", "mid-", "middle", "end", "rest")]
    ['START', 'START', 'MID', 'MID', 'END', 'END']
    """
    edge = edge.lower()
    if edge.startswith(("early", "earlier", "beginning", "start")):
        return "START"
    return "MID" if edge.startswith(("mid", "middle")) else "END"


# a year back from the time in focus, after a period ("the same month last year", "a year earlier"): lower case
YEAR_BACK = r"(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)"

COMPARED_WITH = r"(?:compared\s+(?:with|to)|from|versus|vs\.?|against)"
"""The words that set a figure against its baseline figure ("compared with $3 million last year", "up from 7 million
pounds", "versus 1.1 billion"): the time that dates the second figure is the period compared with, not the one
reported (``relative``'s "last year": the period in focus a year before).  Lower case, no groups.

"than" is not one of them: before a figure it is mostly a bound ("had more than $110 million in sales last year",
TimeBank dev wsj_1073: the year), and where it compares, TimeBank dev dates the year too ("lower than the 16 cents a
share it reported last year", wsj_0585: 1988, not 1988-Q3)."""

BASELINE = rf"(?:{COMPARED_WITH}|than|since|as\s+in)"
"""The words after which a period named is the one compared with (``focus``: it does not take the focus from the
period reported): those of :data:`COMPARED_WITH`, and the ones that take a time, not a figure, as their baseline
("higher than in the second quarter", "the biggest gain since the second quarter", "the same as in the third
quarter").  "since" and "as in" take no figure, so with a figure after them the "figure" is a year ("has run the firm
since 2015 and joined the board last year": not a comparison).  Lower case, no groups."""

ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def rx(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern to run on ASCII-lower-cased text (same offsets as the original).

    Matching lower-case text without ``re.IGNORECASE`` lets the regex engine
    skip quickly to possible first characters; it is several times faster
    on news-length text.  Patterns must not use upper-case escapes (\\S, \\W...).
    """
    return re.compile(pattern.translate(ASCII_LOWER))


# Verbs of putting off: what they move lies after their own time ("was postponed until Thursday", "was postponed to a
# later date")
PUT_OFF = rx(r"\b(?:postpone[ds]?|postponing|defer(?:s|red|ring)?|delay(?:s|ed|ing)?|put\s+off|push(?:es|ed|ing)?"
             r"|move[ds]?|moving|adjourn(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|shelve[ds]?|shelving"
             r"|suspend(?:s|ed|ing)?)\b")


def word_start(text: str, i: int) -> bool:
    """True when position ``i`` begins a word (what a leading \\b would check, done after matching)."""
    return i == 0 or not text[i - 1].isalnum()


PART_OF_DAY = r"(morning|afternoon|evening|night)"
"""A part of the day, one group."""

EARLY_HOURS = r"the\s+(?:early|small|wee)\s+hours"
"""'the early (small, wee) hours': a day's first hours, after midnight (relative.day_parts, extent.early_hours_of)."""

SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
"""'since' right before a date ("its lowest since Aug. 21"): the date bounds a span, it looks back."""

# a part of the day that dates the event noun after it, TimeML's temporal modifier ("the 1995 budget" -> 1995): "after
# the morning session", "attempting a night landing", "the mid-afternoon melee", "in morning trading"; the article
# is the noun's, only the part of the day is tagged; "the night shift", "the evening news" name no time
TIMED_EVENTS = (r"session|sessions|trading|trade|trades|deals|meeting|talks|landing|melee|raid|attack|clash|clashes"
                r"|rally|ceremony|briefing")
"""Event nouns a part of the day before them dates ("the morning session", "a night raid")."""
PART_OF_EVENT = rx(r"\b(?:the|a|an|in|during|after|before|until|its|their)\s+((?:early\s+|late\s+)?(?:mid-?)?"
                   rf"{PART_OF_DAY})\s+(?=(?:{TIMED_EVENTS})\b)")

POSSESSIVE = re.compile(r"['\u2019]s\b")
"""A possessive ending right where a date ends ("Tuesday's gains", "the next week's talks")."""
