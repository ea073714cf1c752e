"""Eras: what bounds a story in time when some of its articles carry no date.

Two dated articles further apart than the story window never count as alike, so
a story of dated articles alone never has a gap wider than the window between its
days.  An undated article has no day, so nothing masks its pairs: it can resemble
a story of any year, and average linkage then joins dated stories decades apart
through it (a 1997 report and the 2013 reports of another climbing death, through
the undated reports of a third).  Two things bound it here, both read from the
articles themselves, so the result still depends only on the set of articles:

- An undated article cannot have been written before the latest calendar day it
  names (:func:`written_after`: "the first meeting ... on June 12, 2018" is a
  report of June 2018 or later).  Each article has one range of days it could
  have been written (:func:`written_ranges`: a dated one its day, an undated one
  that floor or any day on); two articles whose ranges are more than the window
  apart never count as alike (:func:`apart`), which bounds two dated articles as
  before and an undated article by the dated ones before its floor.
- A story whose dated days fall into runs more than twice the window apart (eras)
  is cut into its eras (:func:`split_eras`).  One undated report can be within the
  window of two dated ones up to twice the window apart (a trial's reports and the
  crime's, 18 months before, through undated reports between); across a wider gap
  no report could be, so only a chain of undated guesses joins the two sides.  The
  story's undated reports are first grouped among themselves, as average linkage
  groups any reports, and each group goes with the era it resembles most: reports
  of one happening stay together.

Example::

    >>> from datetime import date
    >>> written_after({"d:2018-06-12": 1, "d:1953-07-27": 1, "y:2019": 1}) == date(2018, 6, 12).toordinal()
    True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from storyline.link.events import day_number


def written_after(raw: Mapping[str, object]) -> int | None:
    """The latest calendar day (days since 0001-01-01) among an article's ``d:`` features: the anchored
    dates its timexes name to the day.  None when it names none.  A month or a year ("April 2018",
    "1950-53") is no day: it bounds too little to be worth the risk of a plan ("the 2020 election").

    >>> written_after({"d:1997-04-14": 2, "m:1997-04": 2}) == written_after({"d:1997-04-14": 1})
    True
    >>> written_after({"y:2019": 1, "e:5": 3}) is None
    True
    """
    days = []
    for key in raw:
        if key.startswith("d:"):
            try:
                days.append(day_number(key[2:]))
            except ValueError:  # a day the calendar lacks ("1997-02-30")
                continue
    return max((d for d in days if d is not None), default=None)


def written_ranges(days: Sequence[int | None], floors: Sequence[int | None]) -> tuple[np.ndarray, np.ndarray]:
    """The first and last day each article could have been written: a dated one its day (``days``, None:
    undated), an undated one its floor (``floors``; None or none given: any day) or any day on.

    >>> written_ranges([10, None, None], [None, 500, None])
    (array([ 10., 500., -inf]), array([10., inf, inf]))
    """
    floors = floors or [None] * len(days)
    first = [d if d is not None else f if f is not None else -math.inf for d, f in zip(days, floors, strict=True)]
    last = [math.inf if d is None else d for d in days]
    return np.array(first, dtype=np.float64), np.array(last, dtype=np.float64)


def apart(first_a: np.ndarray, last_a: np.ndarray, first_b: np.ndarray, last_b: np.ndarray,
          window: int) -> np.ndarray:
    """Which pairs (rows of ``a`` by columns of ``b``) cannot be within ``window`` days, by their
    :func:`written_ranges`: two dated articles more than ``window`` days apart, and an undated article and a
    dated one more than ``window`` days before its floor.  Two undated articles are never apart.

    >>> first, last = written_ranges([10, None, 300, None], [None, 500, None, None])
    >>> apart(first, last, first, last, 100).astype(int).tolist()
    [[0, 1, 1, 0], [1, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 0]]
    """
    return (first_a[:, None] - last_b[None, :] > window) | (first_b[None, :] - last_a[:, None] > window)


def split_eras(labels: Sequence[int], days: Sequence[int | None], floors: Sequence[int | None], window: int,
               cosines: Callable[[int, list[int]], np.ndarray], grouped: Callable[[list[int]], list[int]]
               ) -> list[int]:
    """Labels where each cluster whose dated days fall into runs more than twice ``window`` days apart (eras)
    is cut into its eras.  The cluster's undated items are grouped among themselves (``grouped(items)``: a
    label per item), and each group goes with the era whose dated items it has the highest mean cosine with
    (``cosines(i, items)``; ties: the earliest era), among the eras its floors allow (an era ending more than
    ``window`` days before a member's floor is too early for it); a group that no era allows or resembles
    stays apart.  A cluster of one era whose undated items all fit it stays as it is.  Labels come back 0, 1,
    ... by first item.

    >>> sims = np.array([[1, 0, .6, .1], [0, 1, .1, .5], [.6, .1, 1, 0], [.1, .5, 0, 1]])
    >>> cos, alone = (lambda i, js: sims[i, js]), (lambda items: list(range(len(items))))
    >>> split_eras([0, 0, 0, 0], [10, 900, None, None], [None] * 4, 100, cos, alone)
    [0, 1, 0, 1]
    >>> split_eras([0, 0, 0, 0], [10, 150, None, None], [None] * 4, 100, cos, alone)  # one era
    [0, 0, 0, 0]
    >>> split_eras([0, 0, 0, 0], [10, 900, None, None], [None] * 4, 100, cos, lambda items: [0, 0])  # one group
    [0, 1, 0, 0]
    >>> split_eras([0, 0, 0], [10, 20, None], [None, None, 500], 100, cos, alone)  # written too late for the era
    [0, 0, 1]
    """
    clusters: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        clusters.setdefault(lab, []).append(i)
    out = list(labels)
    fresh = max(labels, default=-1) + 1
    for lab, items in clusters.items():
        undated = [i for i in items if days[i] is None]
        if not undated:  # dated articles only: never a gap wider than the window (the module's docstring)
            continue
        eras: list[list[tuple[int, int]]] = []  # (day, item), by day
        for day, i in sorted((d, i) for i in items if (d := days[i]) is not None):
            if eras and day - eras[-1][-1][0] <= 2 * window:
                eras[-1].append((day, i))
            else:
                eras.append([(day, i)])
        if not eras or (len(eras) == 1 and _fits(_latest(floors, undated), eras[0][-1][0], window)):
            continue
        era_label = [lab, *range(fresh, fresh + len(eras) - 1)]
        fresh += len(eras) - 1
        for era, home in zip(eras, era_label, strict=True):
            for _, i in era:
                out[i] = home
        groups: dict[int, list[int]] = {}
        for i, g in zip(undated, grouped(undated), strict=True):
            groups.setdefault(g, []).append(i)
        era_items = [[i for _, i in era] for era in eras]
        for members in groups.values():
            floor = _latest(floors, members)
            means = [float(np.mean([cosines(i, era_items[k]).mean() for i in members]))
                     if _fits(floor, era[-1][0], window) else 0.0 for k, era in enumerate(eras)]
            best = best_mean(means, _ABOVE_NOTHING)
            if best is not None:
                home = era_label[best]
            else:
                home, fresh = fresh, fresh + 1
            for i in members:
                out[i] = home
    first: dict[int, int] = {}
    return [first.setdefault(lab, len(first)) for lab in out]


_ABOVE_NOTHING = math.nextafter(0.0, 1.0)  # the least positive float: a bar any mean cosine above 0 reaches


def best_mean(means: Sequence[float], bar: float) -> int | None:
    """Which of several candidates a group goes to: the one of the highest mean cosine (ties: the earliest),
    if that reaches ``bar``; None if it does not.

    >>> best_mean([0.2, 0.5, 0.5], 0.1), best_mean([0.02, 0.05], 0.1)
    (1, None)
    """
    best = max(range(len(means)), key=lambda k: (means[k], -k))
    return best if means[best] >= bar else None


def _latest(floors: Sequence[int | None], items: list[int]) -> int | None:
    """The latest floor of ``items`` (None when none has one): what bounds them all."""
    return max((f for i in items if (f := floors[i]) is not None), default=None)


def _fits(floor: int | None, era_end: int, window: int) -> bool:
    """Whether an item written on or after ``floor`` can be within ``window`` days of an era ending on ``era_end``."""
    return floor is None or floor - era_end <= window


def condensed_cosines(dist: np.ndarray, n: int) -> Callable[[int, list[int]], np.ndarray]:
    """``cosines(i, items)`` for :func:`split_eras` from condensed distances (``1 - cosine`` clipped, the
    pairs ``i < j`` row by row, as :func:`~storyline.link.consolidate.tree_labels` takes them).

    >>> from scipy.spatial.distance import squareform
    >>> sims = np.array([[1, .2, .7], [.2, 1, .4], [.7, .4, 1]])
    >>> condensed_cosines(squareform(1 - sims, checks=False), 3)(1, [0, 2, 1]).round(3).tolist()
    [0.2, 0.4, 1.0]
    """

    def cosines(i: int, items: list[int]) -> np.ndarray:
        js = np.array(items, dtype=np.int64)
        lo, hi = np.minimum(i, js), np.maximum(i, js)
        out = 1.0 - dist[np.where(lo == hi, 0, n * lo - lo * (lo + 1) // 2 + hi - lo - 1)]
        return np.where(lo == hi, 1.0, out)

    return cosines
