"""The short chronology a reader asks for with ``--top N``: the N happenings that matter most.

Entries ranked by salience, but an editor's short list holds happenings:
plans and expectations (see :mod:`storyline.timeline.status`) are not shown
as if they happened, a day beats a bare year, month or week (those come
in only when there are not N days), and each day's first happening comes
before any day's second, so the short list spans the story; days are
ranked by the salience of all their happenings together (a day full of
news before a day with one; chosen on the Wikinews trial corpus, date F1
0.565 -> 0.609).  The chosen
entries are shown in date order.

Example::

    >>> from storyline.records import TimelineEntry
    >>> es = [TimelineEntry("2011-02-11", "Mubarak resigned.", salience=0.9),
    ...       TimelineEntry("2011-03-28", "The trial is set to begin.", salience=1.0, status="planned"),
    ...       TimelineEntry("2011", "Protests in 2011.", salience=0.95),
    ...       TimelineEntry("2011-01-25", "Protests began.", salience=0.5)]
    >>> [e.date for e in top_entries(es, 2)]
    ['2011-01-25', '2011-02-11']
"""

from __future__ import annotations

from storyline.records import TimelineEntry
from storyline.timeline.dates import DAY, granularity, sort_key
from storyline.timeline.status import EXPECTED, PLANNED


def top_entries(entries: list[TimelineEntry], n: int) -> list[TimelineEntry]:
    """The ``n`` most salient happenings, days first, in date order (plans only when nothing else is left)."""
    lead: dict[str, float] = {}
    total: dict[str, float] = {}
    for e in entries:
        lead[e.date] = max(lead.get(e.date, 0.0), e.salience)
        total[e.date] = total.get(e.date, 0.0) + e.salience

    def rank(e: TimelineEntry) -> tuple[bool, bool, bool, float]:
        second = e.salience < lead[e.date]  # a date's second happening waits until every date has its first
        weight = e.salience if second else total[e.date]  # a day full of happenings matters more
        return (e.status in (PLANNED, EXPECTED), granularity(e.date) != DAY, second, -weight)

    chosen = sorted(entries, key=rank)[:n]
    return sorted(chosen, key=lambda e: (sort_key(e.date), -e.salience))
