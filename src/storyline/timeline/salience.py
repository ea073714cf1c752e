"""How much a timeline entry belongs in an editor's short chronology.

An editor's chronology lists the happenings a story turns on: what several
articles report, what a lead reports, what later articles look back to (the
summit every follow-up recalls), told with an event verb (met, signed,
collapsed, died) and dated to the day.  Background reads otherwise: a bare
year ("since 2003"), a clause with no happening in it.  The score is a sum of
those signals; it ignores how recent a date is, so a recalled summit can
outrank this morning's news.

Example::

    >>> from storyline.timeline.candidates import Candidate
    >>> met = Candidate("2018-06-12", 1, 0, 9, "Leaders met in Singapore on June 12.", event=True, recalled=True)
    >>> bg = Candidate("2018", 2, 0, 9, "Ties have been tense since 2018.")
    >>> score([met], {}) > score([bg], {})
    True
"""

from __future__ import annotations

import math

from storyline.timeline.candidates import Candidate
from storyline.timeline.dates import granularity

SPECIFICITY = (0.25, 0.5, 0.75, 0.75, 1.0)
"""Salience share by granularity (year, season/quarter, month, week, day): a chronology is told in days,
and a bare year is usually background ("the 1950-53 war")."""

W_SPECIFIC = 1.0
W_LEAD = 0.5
"""An entry a lead sentence reports: news is written top-down."""
W_RECALLED = 0.5
"""Per log2(n) later articles that look back to the date, so none for a single one (one article's recollection is
its own background), times its SPECIFICITY ("since 2003" is background, "the June 12 summit" a happening worth
recalling)."""
W_EVENT = 0.5
"""Times the share of an entry's sentences told with an event verb (see verbs.py): a happening, not a state."""

def score(group: list[Candidate], central: dict[int, float]) -> float:
    """Salience of the entry one group of same-date candidates becomes (unscaled; higher is more salient)."""
    date = group[0].date
    articles = {c.article for c in group}
    evidence = {(c.article, c.start, c.end) for c in group}
    top = sorted((central.get(e, 0.0) for e in {e for c in group for e in c.entities}), reverse=True)[:3]
    recalled = {c.article for c in group if c.recalled}
    return (math.log2(1 + len(articles)) + 0.5 * math.log2(1 + len(evidence)) + sum(top) / 3
            + W_SPECIFIC * SPECIFICITY[granularity(date)]
            + W_LEAD * any(c.published for c in group)
            + W_RECALLED * SPECIFICITY[granularity(date)] * math.log2(max(1, len(recalled)))
            + W_EVENT * sum(c.event for c in group) / len(group))
