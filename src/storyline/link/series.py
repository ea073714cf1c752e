"""Recurring reports of one measure on different days: a series, not a running story.

A market close, a weekly mortgage-rate survey or a monthly trade figure is reported again and again with the
same cast (an exchange, an agency, a department) and the same words (index, points, percent), so its reports of
different days look alike to the who-and-what vectors however the evidence is weighed (issue 7: 11 of 23 wrong
cross-event joins of ``benchmarks/data/newswire_pairs_seed51_crossevent.txt``, 9 of 23 of seed 50's).  What
tells them apart is in the lead: each report gives a reading of the measure (``n:`` counts whose value has a
decimal point, "0.9 percent", "117.38 yen", "2,525.72 points" read as "2525.72 point") and the readings of two days
differ.  A running story's later reports recall earlier figures or give none.

So two events of one story are a series, not held together, when both leads read a measure of one unit
(``percent``, ``point``, ``yen``), no reading is the same in both, and no report of one was published on a day
of the other.  Counts without a decimal point (ages, death tolls, "26 pirates") are not readings: a running
story's toll rises from report to report.  An undated event is never part of a series (ECB+'s undated texts).

Example::

    >>> a = Readings(frozenset({("percent", "0.9"), ("point", "5.90")}), frozenset({"1997-04-11"}))
    >>> b = Readings(frozenset({("percent", "1.3"), ("point", "9.38")}), frozenset({"1997-04-22"}))
    >>> series_apart(a, b), series_apart(a, a)
    (True, False)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Readings:
    """What an event's leads read of a measure and the days its reports were published."""

    values: frozenset[tuple[str, str]]  # (unit, value) of each lead count with a decimal point
    days: frozenset[str]  # publication days (YYYY-MM-DD) of its dated reports


def readings(leads: Iterable[Iterable[str]], published: Iterable[str | None]) -> Readings:
    """The readings of a group of reports from their lead keys (``n:VALUE UNIT``) and publication dates.

    >>> r = readings([["n:0.9 percent", "n:26 pirate", "e:4"], ["n:5.90 point"]], ["1997-04-11T08:00", None])
    >>> sorted(r.values), sorted(r.days)
    ([('percent', '0.9'), ('point', '5.90')], ['1997-04-11'])
    """
    values = set()
    for keys in leads:
        for key in keys:
            if key.startswith("n:"):
                value, _, unit = key[2:].partition(" ")
                if "." in value and unit:
                    values.add((unit, value))
    return Readings(frozenset(values), frozenset(p[:10] for p in published if p))


def series_apart(a: Readings, b: Readings) -> bool:
    """Whether two events are readings of one measure on different days: both read a measure of one unit, share
    no reading, and share no publication day (both dated).

    >>> day1, day2 = frozenset({"2006-11-07"}), frozenset({"2006-11-28"})
    >>> series_apart(Readings(frozenset({("yen", "117.38")}), day1), Readings(frozenset({("yen", "119.26")}), day2))
    True
    >>> series_apart(Readings(frozenset({("yen", "117.38")}), day1), Readings(frozenset({("yen", "117.38")}), day2))
    False
    >>> series_apart(Readings(frozenset({("yen", "117.38")}), day1), Readings(frozenset({("yen", "119.26")}), day1))
    False
    >>> series_apart(Readings(frozenset({("yen", "117.38")}), day1), Readings(frozenset({("percent", "0.9")}), day2))
    False
    """
    if not a.values or not b.values or not a.days or not b.days or a.days & b.days or a.values & b.values:
        return False
    return bool({unit for unit, _ in a.values} & {unit for unit, _ in b.values})


def series_test(events: Sequence[Readings]) -> Callable[[int, int], bool]:
    """:func:`series_apart` between events ``i`` and ``j`` of ``events``, as ``link.name_joins.story_parts`` asks it.

    >>> close_11 = readings([["n:0.9 percent"]], ["1997-04-11"])
    >>> close_22 = readings([["n:1.3 percent"]], ["1997-04-22"])
    >>> series_test([close_11, close_22])(0, 1)
    True
    """
    def apart(i: int, j: int) -> bool:
        return series_apart(events[i], events[j])

    return apart
