"""Resolve values that point at the quarter in focus ("the latest quarter", "a year earlier").

Earnings news names a quarter once ("third-quarter profit rose ...") and then
says "the quarter", "the year-ago period", "a year earlier".  Rules mark such
expressions with a placeholder; this pass replaces it with the quarter last
named before it (a year earlier: the same quarter a year before), or, when
none was named, the last full quarter before the publication date.

Example::

    >>> import datetime as dt
    >>> from storyline.nlp.timex.anchor import Anchor
    >>> from storyline.nlp.timex.found import Found
    >>> fs = [Found(0, 5, "DATE", "1989-Q3"), Found(10, 20, "DATE", "@Q-4")]
    >>> [f.value for f in resolve(fs, Anchor(dt.date(1989, 10, 26)), [0])]
    ['1989-Q3', '1988-Q3']
"""

from __future__ import annotations

import bisect
import re

from storyline.nlp.timex.anchor import Anchor
from storyline.nlp.timex.found import Found

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def _minus_year(q: str) -> str:
    return f"{int(q[:4]) - 1:04d}{q[4:]}"


def resolve(found: list[Found], anchor: Anchor, sentence_starts: list[int]) -> list[Found]:
    """Replace '@Q', '@Q-4' and '@Y-1' placeholders in text-ordered candidates (in place; returned)."""
    focus: str | None = None
    focus_sentence = -1
    for f in found:
        sent = bisect.bisect_right(sentence_starts, f.start)
        if _QUARTER.match(f.value):
            focus, focus_sentence = f.value, sent
            continue
        if not f.value.startswith("@"):
            continue
        if f.value == "@Y-1":
            f.value = _minus_year(focus) if focus and focus_sentence == sent else anchor.year(-1)
            continue
        q = focus or anchor.quarter(-1)
        f.value = _minus_year(q) if f.value == "@Q-4" and q[0].isdigit() else q
    return found
