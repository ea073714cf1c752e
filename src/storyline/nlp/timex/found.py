"""What a rule reports, and the context rules read (reference date, tense, spaCy's DATE tags).

Example::

    >>> Found(0, 5, "DATE", "2019-04").value
    '2019-04'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.nlp.timex.anchor import Anchor

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass
class Found:
    """One candidate timex: char offsets, TIMEX3 type/value/mod, and whether it used the DCT."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    relative: bool = False  # the value was computed from the reference date
    # the same arithmetic from another reference date: a name without a year ("October", "Friday") says
    # which one by the time in focus, which may not be the publication date (see focus.rebase)
    rebase: Callable[[Anchor], str] | None = field(default=None, repr=False, compare=False)
    # the rebase reads the day in focus (a weekday: the nearest such day), not only its year (a month, a month-day),
    # so a year in focus ("In 1976, ...") cannot place it
    rebase_needs_day: bool = field(default=False, repr=False, compare=False)


@dataclass(frozen=True)
class Context:
    """What a rule may consult besides the text itself."""

    anchor: Anchor
    tense: Callable[[int, int], str]  # tense of the clause around a char span: PAST/PRESENT/FUTURE
    date_ent: Callable[[int, int], bool]  # spaCy tagged this char span (or part of it) DATE/TIME
    original: str = ""  # the text as written; rules match a lower-cased copy with the same offsets
    sentence: Callable[[int, int], tuple[int, int]] | None = None  # the parse's sentence(s) around a char span
    done: Callable[[int, int], bool] | None = None  # the char span dates an event told as having happened
    # the parse's tokens over a char span (None when it holds none): for the few readings only a word's role decides
    parse: Callable[[int, int], Span | None] | None = None

    def day_tense(self, a: int, b: int) -> str:
        """The tense for a day named without a year: DONE when a past clause dates what has happened (``done``).

        A past clause may take a day a few weeks ahead (a schedule, a deadline:
        see ``Anchor.nearest``), but not the day of an event it tells as done:
        "On Christmas Day, a jet crashed" in a story of December 20 is last
        year's Christmas.  Used by the month-day and holiday rules.
        """
        when = self.tense(a, b)
        return "DONE" if when == "PAST" and self.done is not None and self.done(a, b) else when

    def cased(self, m: re.Match[str], group: int, offset: int = 0) -> str:
        """The original spelling of a match group (capitals tell "May" the month from "may")."""
        if m.group(group) is None:
            return ""
        if not self.original:
            return m.group(group)
        return self.original[offset + m.start(group) : offset + m.end(group)]
