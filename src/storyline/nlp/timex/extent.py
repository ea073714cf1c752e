"""Where a timex starts and ends: modifiers, the signal preposition, a day with its clock time, a length in units.

Rules find the core ("300 day", "May"); this widens it to what TimeML tags:
"more than 300 day" (mod MORE_THAN), "early May" (mod START).  The
preposition that ties it to its clause ("In April") TimeML calls a signal and
leaves out of the extent; it is kept apart as ``Timex.signal``, so a reader
still sees "since April" and "by April" differ.

Example::

    >>> from storyline.nlp.timex.anchor import Anchor
    >>> t = widen(Found(3, 8, "DATE", "2019-04"), "In April", Anchor(None), lambda a, b: False)
    >>> t.text, t.signal, t.signal_start
    ('April', 'In', 0)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import MappingProxyType

from storyline.nlp.timex.anchor import Anchor
from storyline.nlp.timex.found import Found
from storyline.nlp.timex.lexicon import EARLY_HOURS, count_text, edge_mod
from storyline.records import Timex

_MOD = re.compile(
    r"(?:\b(about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most"
    r"|up\s+to|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|just\s+over|just\s+under|well\s+over|over|under"
    r"|some|in\s+excess\s+of)"
    r"|\b(early|earlier|late|later|mid|the\s+(?:beginning|start|end|middle|close|turn)\s+of|the\s+(?:early|late|mid)(?:dle)?"
    r"|end|mid-|late-|early-))[\s-]*$", re.I)
_MOD_VALUE = MappingProxyType({
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "under": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "just under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "just over": "MORE_THAN", "well over": "MORE_THAN", "in excess of": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS",
})
_ONLY_DURATION = frozenset({"over", "under", "some", "up to", "at most", "at least"})
_NUMERAL = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
                      r"|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred|a\s+dozen|dozens?"
                      r"|an?\s+(?:second|minute|hour|day|week|fortnight|month|year|decade|century)s?)\b", re.I)
_SPREAD_OVER = re.compile(r"(?:[\d%]\s*(?:million|billion|trillion|percent|points?|cents?|shares|a\s+share)?"
                          r"|\b(?:spread|phased|paid|repaid|payable|amortized|amortised|stretched|staggered|invested"
                          r"|spent|saved|split|divided|made))\s+$", re.I)
_OR_SO = re.compile(r"\s+or\s+so\b", re.I)  # matched at the end of a timex (no "^": it only anchors at 0)
_SIGNALS = r"(?:in|on|at|since|until|till|by|before|after|during|from|through|throughout|for|within|over)"
_SIGNAL = re.compile(rf"\b{_SIGNALS}\s+$", re.I)


_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_GLUE = re.compile(r"^\s*(?:,|at|@|on|-)?\s*$", re.I)


def join_day_and_clock(found: list[Found], text: str) -> list[Found]:
    """'5/5/2010 1:41 PM', '8:13 AM PDT 8/2/2013': a day next to a clock time is one TIME on that day."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev and _GLUE.match(text[prev.end : f.start]) and len(text[prev.end : f.start]) < 6:
            day, clock = (prev, f) if _DAY.match(prev.value) and f.type == "TIME" else (f, prev)
            if _DAY.match(day.value) and clock.type == "TIME" and "T" in clock.value:
                out[-1] = Found(prev.start, f.end, "TIME", day.value + clock.value[clock.value.index("T"):],
                                relative=day.relative)
                continue
        out.append(f)
    return out


_EARLY_HOURS_OF = re.compile(rf"\b{EARLY_HOURS}\s+of\s+$", re.I)
# a day, or its morning ("of Monday morning"); not its night: "the early hours of Saturday night" may be Saturday's
# last hours or Sunday's first, so the night keeps its own value
_DAY_OR_MORNING = re.compile(r"^(\d{4}-\d\d-\d\d)(?:TMO)?$")


def early_hours_of(found: list[Found], text: str) -> list[Found]:
    """'in the early hours of Tuesday (morning)': one TIME, that day's morning at its start.

    The phrase is the time, the day only its anchor (TimeML tags the whole noun phrase, as "the morning of
    May 1"); its value is the day's morning, mod START, as "early Tuesday morning" would be.  Run after the
    day's own value is final (rebased, resolved).

    >>> [(f.start, f.value, f.mod) for f in early_hours_of(
    ...     [Found(31, 38, "DATE", "2006-11-14")], "went off in the early hours of Tuesday")]
    [(12, '2006-11-14TMO', 'START')]
    """
    out: list[Found] = []
    for f in found:
        day = _DAY_OR_MORNING.match(f.value)
        lead = _EARLY_HOURS_OF.search(text, max(0, f.start - 30), f.start) if day else None
        if day and lead:
            f = Found(lead.start(), f.end, "TIME", f"{day.group(1)}TMO", "START", relative=f.relative)
        out.append(f)
    return out


_LENGTH = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
_RANK = MappingProxyType({"Y": 0, "M": 1, "W": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6})
_AND = re.compile(r"^(?:\s*,)?\s*(?:and\s+)?$", re.I)
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+[a-z]", re.I)  # "five days a week": a frequency
_OR_AFTER = re.compile(r"\s*,?\s+or\b", re.I)  # "one year, 68 days or even two months": lengths to choose from


def join_lengths(found: list[Found], text: str) -> list[Found]:
    """'one day, 18 hours, 40 minutes and 10 seconds', 'two years and six months': one length in several units.

    Counted lengths in units that get smaller, joined only by commas and
    "and", are one duration (the value ISO 8601 writes for it: P1DT18H40M10S),
    as a reader and the TIMEX2/TIMEX3 extent rules take "two hours and thirty
    minutes"; a list in one unit ("10 days, 20 days"), an uncounted length
    ("years"), a frequency ("for 20 years, five days a week") and lengths to
    choose from ("one year, 68 days or even two months") stay apart.

    >>> [(f.start, f.end, f.value) for f in join_lengths(
    ...     [Found(0, 7, "DURATION", "P1D"), Found(9, 17, "DURATION", "PT18H"), Found(22, 32, "DURATION", "PT40M")],
    ...     "one day, 18 hours and 40 minutes")]
    [(0, 32, 'P1DT18H40M')]
    """
    out: list[Found] = []
    parts: list[list[tuple[int, str]]] = []  # per kept Found: its (rank, count) pieces when it is a counted length
    for f in found:
        m = _LENGTH.match(f.value) if f.type == "DURATION" and f.mod is None else None
        piece = (_RANK[m.group(1) + m.group(3)], m.group(2)) if m else None
        # only the smallest unit may hold a fraction (ISO 8601): "50 minutes 55.154 seconds", not "1.5 hours 10 minutes"
        if piece and out and parts[-1] and parts[-1][-1][0] < piece[0] and "." not in parts[-1][-1][1] \
                and _AND.match(text[out[-1].end : f.start]) \
                and not _RATE_AFTER.match(text, f.end) and not _OR_AFTER.match(text, f.end):
            parts[-1].append(piece)
            out[-1] = Found(out[-1].start, f.end, "DURATION", _length_value(parts[-1]))
            continue
        out.append(f)
        parts.append([piece] if piece else [])
    return out


def _length_value(pieces: list[tuple[int, str]]) -> str:
    """ISO 8601 for (rank, count) pieces: [(3, "1"), (4, "18")] -> P1DT18H; weeks beside other units count as days."""
    counts = dict(pieces)
    if 2 in counts and len(counts) > 1 and "." not in counts[2]:  # a fraction of a week is left as written
        counts[3] = count_text(float(counts.get(3, "0")) + 7 * int(counts.pop(2)))  # "2 weeks 3.5 days": P17.5D
    date = "".join(f"{counts[r]}{u}" for r, u in ((0, "Y"), (1, "M"), (2, "W"), (3, "D")) if r in counts)
    time = "".join(f"{counts[r]}{u}" for r, u in ((4, "H"), (5, "M"), (6, "S")) if r in counts)
    return "P" + date + ("T" + time if time else "")


def widen(f: Found, text: str, anchor: Anchor, modifier: Callable[[int, int], bool]) -> Timex:
    """Extend a candidate left over its modifier and signal, right over "or so"; build the Timex."""
    start, end, mod = f.start, f.end, f.mod
    m = _MOD.search(text, max(0, start - 24), start)
    # "over the past year", "over several years", "$5 billion over five years", "spread over three years": a
    # preposition (the stretch the amount is spread across); "lasted over 300 days": more than
    over = m is not None and (m.group(1) or "").lower() == "over"
    spread = over and m is not None and _SPREAD_OVER.search(text, max(0, m.start() - 24), m.start()) is not None
    over_the = over and (not _NUMERAL.match(text, start) or spread)
    if f.value.endswith("_REF") or over_the:
        m = None  # "about future" and "over the past year" are prepositions, not modifiers
    if m and (m.group(1) or f.type in ("DATE", "TIME")):
        word = " ".join((m.group(1) or m.group(2)).lower().split())
        if m.group(1) and (f.type == "DURATION" or word not in _ONLY_DURATION):
            mod, start = _MOD_VALUE[word], m.start()
        elif m.group(2):
            key = word.rstrip("-").replace("the ", "")
            mod = edge_mod(key)
            start = m.start()
    o = _OR_SO.match(text, end)
    if o:
        end, mod = o.end(), mod or "APPROX"
    signal, signal_start = None, None
    s = _SIGNAL.search(text, max(0, start - 12), start)
    if s and not modifier(f.start, f.end):  # "in recent fighting": the preposition governs the noun
        signal_start = s.start()
        signal = text[signal_start : signal_start + len(s.group().rstrip())]
    return Timex(start, end, text[start:end], f.type, f.value, mod, anchored=not (f.relative and anchor.dct is None),
                 signal=signal, signal_start=signal_start)
