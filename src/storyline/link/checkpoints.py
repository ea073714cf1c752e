"""Checkpoints: at which store sizes a story untouched by the batches is consolidated again.

A story's weights are functions of the whole store (the article count and the document
frequencies in the idf), so a story no batch touches keeps the partition of the statistics it was
last clustered with.  Consolidation therefore looks again at a story once the store has grown
``factor`` times (``Settings.consolidate_stale_factor``) since it was settled: a logarithmic number
of times as the store grows.

Measured from the size at which a story was settled, that rule makes waves: a region is settled
all at once, so every story of it comes due in the same later batch, and on a feed that lands a
backfill the batch that meets a whole era's stories pays for all of them (RESULTS.md, notes on
issue 7, branches cost40 and wave41).  Here each story is instead due at fixed points of its own,
``factor ** (k + phase)`` linked articles for whole ``k``, and is stale once the store has passed
the first of them after its last consolidation.  So:

- between two consolidations of a story the store grows at most ``factor`` times, as before;
- a story settled again between two of its points (pulled into a region as a neighbour) keeps
  its next point: being looked at early does not move its due batch;
- the phase is shared by every story whose first report falls in one span of
  ``span`` days (the story window) and differs from span to span (the span's number
  times the golden ratio, modulo 1: neighbouring spans as far apart as can be).  A region is
  bounded in time by the story window, so the stories clustered together mostly share a
  phase and come due together, once; stories of other times come due at other store sizes,
  so no batch meets every old story at once.

The phase is a function of a story's dates, never of its id or of when it arrived.

The store keeps, per story, the point passed last (rounded up) as its ``settled`` count, so the
store's test ``settled * factor < n`` is the same as before:

    >>> last_point(9_500, 1.5, None, 400), last_point(9_500, 1.5, 738_000, 400)
    (7482, 8357)
    >>> last_point(7_600, 1.5, None, 400)  # settled again before its next point: the same one
    7482
"""

from __future__ import annotations

import math

GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0
"""The phase step from one span of days to the next: multiples of it modulo 1 stay evenly spread."""


def phase(first_day: int | None, span: int) -> float:
    """The phase in [0, 1) of a story first reported on ``first_day`` (a day number; None: undated).

    >>> phase(None, 400), round(phase(800, 400), 3), round(phase(1199, 400), 3)
    (0.0, 0.236, 0.236)
    """
    if first_day is None:
        return 0.0
    return (first_day // max(span, 1) * GOLDEN) % 1.0


def last_point(n_docs: int, factor: float, first_day: int | None, span: int) -> int:
    """The story's last point at or below ``n_docs`` linked articles, rounded up: the count to
    record as settled, so that it is stale once ``settled * factor < n`` (its next point passed).

    Always above ``n_docs / factor``, so a story just settled is never stale at once.

    >>> [last_point(n, 1.5, None, 400) for n in (0, 1, 2, 3, 10)]
    [0, 1, 2, 3, 8]
    """
    if n_docs <= 0 or factor <= 1.0:
        return max(n_docs, 0)
    h = phase(first_day, span)
    k = math.floor(math.log(n_docs, factor) - h)
    point = factor ** (k + h)
    while point > n_docs:  # float rounding at a point's edge
        point /= factor
    while point * factor <= n_docs:
        point *= factor
    mark = min(math.ceil(point), n_docs)
    return mark if mark * factor > n_docs else n_docs
