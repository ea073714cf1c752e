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
  report of June 2018 or later), so it is apart from a dated article more than
  the window before that day (:func:`late_pairs`).
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

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

import numpy as np


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
                days.append(dt.date.fromisoformat(key[2:]).toordinal())
            except ValueError:  # a day the calendar lacks ("1997-02-30")
                continue
    return max(days, default=None)


def late_pairs(floors_a: np.ndarray, days_a: np.ndarray, floors_b: np.ndarray, days_b: np.ndarray,
               window: int) -> np.ndarray:
    """Which pairs (rows of ``a`` by columns of ``b``) cannot be within ``window`` days: an undated article
    written on or after its floor (NaN: no floor) and a dated one (day NaN: undated) more than ``window`` days
    before that floor.

    >>> nan = float("nan")
    >>> late_pairs(np.array([nan, 500.0]), np.array([10.0, nan]), np.array([nan, 500.0]), np.array([10.0, nan]),
    ...            100).tolist()
    [[False, True], [True, False]]
    """
    with np.errstate(invalid="ignore"):  # NaN compares False: no floor or no day, no bound
        return ((floors_a[:, None] - days_b[None, :] > window)
                | (floors_b[None, :] - days_a[:, None] > window))


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
    for items in clusters.values():
        eras: list[list[int]] = []
        last: list[int] = []
        for day, i in sorted((d, i) for i in items if (d := days[i]) is not None):
            if eras and day - last[-1] <= 2 * window:
                eras[-1].append(i)
                last[-1] = day
            else:
                eras.append([i])
                last.append(day)
        undated = [i for i in items if days[i] is None]
        if not eras or (len(eras) == 1 and all(_fits(floors[i], last[0], window) for i in undated)):
            continue
        for k, era in enumerate(eras[1:], start=1):
            for i in era:
                out[i] = fresh + k - 1
        era_label = [out[eras[0][0]]] + [fresh + k - 1 for k in range(1, len(eras))]
        fresh += len(eras) - 1
        groups: dict[int, list[int]] = {}
        for i, g in zip(undated, grouped(undated) if undated else [], strict=True):
            groups.setdefault(g, []).append(i)
        for members in groups.values():
            means = [float(np.mean([cosines(i, era).mean() for i in members]))
                     if all(_fits(floors[i], end, window) for i in members) else 0.0
                     for era, end in zip(eras, last, strict=True)]
            best = max(range(len(eras)), key=lambda k: (means[k], -k))
            if means[best] > 0.0:
                home = era_label[best]
            else:
                home, fresh = fresh, fresh + 1
            for i in members:
                out[i] = home
    first: dict[int, int] = {}
    return [first.setdefault(lab, len(first)) for lab in out]


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
