"""Candidate neighbours of many stories at once, counted from one read of the story index.

Consolidation looks up, for every touched or stale story, the stories that share most
of its centroid features (``store.story_candidates``).  On a large store a batch makes
hundreds of such lookups of ~150 features each, one SQL query apiece, and the same
common features' postings are read again for every story: at 7,500-10,000 stored
articles those lookups were about a seventh of linking time.  Here the postings of
all the features are read once (``store.story_postings``) and the overlaps of every
story with every indexed story are one sparse matrix product.  The answer is the
same as one ``story_candidates`` call per story: the ids sharing most features,
fewest-shared last, ties by id, only stories with an article between the lookup's
``since`` and ``until`` (or undated), at most ``limit``.  The window is applied before
the cut at ``limit``, so an old story's places are not taken by later stories outside it.

Example::

    >>> postings = [("e:1", 7, "2019-05-02", "2019-05-01"), ("t:quake", 7, "2019-05-02", "2019-05-01"),
    ...             ("e:1", 9, "2010-01-01", "2009-12-30"), ("e:1", 4, "", ""), ("t:quake", 4, "", "")]
    >>> shared_features([(["e:1", "t:quake"], "2019-01-01", None), (["e:1"], None, None)], postings, 2)
    [[4, 7], [4, 7]]
    >>> shared_features([(["e:1", "t:quake"], None, "2011-01-01")], postings, 2)  # 7 begins after the window
    [[4, 9]]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, repeat
from typing import Any

import numpy as np

from storyline.link.events import shift
from storyline.link.sums import CELLS

Lookup = tuple[Sequence[str], str | None, str | None]
"""The features of one lookup, its ``since`` and its ``until`` (ISO dates; None: no bound)."""


def story_neighbours(store: Any, lookups: Sequence[Lookup], limit: int) -> list[list[int]]:
    """Per lookup, the stories :meth:`store.story_candidates` would give for it, from one read of the index
    per span of overlapping windows (:func:`spans`).

    A span's read takes every feature of its lookups, from their earliest ``since`` to their latest
    ``until``: lookups of far-apart times (a stale story of years ago beside this week's) do not each
    read and count the other's stories, which none of them could take.  The read stops at the latest
    ``last`` a story begun by ``until`` can have (the store's longest story after it), so the index
    rows of later stories are not walked either."""
    out: list[list[int]] = [[] for _ in lookups]
    longest = store.longest_story_days() if lookups else 0
    for span in spans(lookups):
        part = [lookups[i] for i in span]
        features = sorted({f for feats, _, _ in part for f in feats})
        sinces = [since for _, since, _ in part]
        untils = [until for _, _, until in part]
        earliest = None if None in sinces else min(s for s in sinces if s is not None)
        latest = None if None in untils else max(u for u in untils if u is not None)
        before = shift(latest, longest + 1) if earliest and latest else None  # no story read ends later
        for i, found in zip(span, shared_features(part, store.story_postings(features, earliest, latest, before),
                                                  limit), strict=True):
            out[i] = found
    return out


def spans(lookups: Sequence[Lookup]) -> list[list[int]]:
    """Indices of the lookups in groups whose windows chain into one span of time, apart from the other
    groups' spans (an open bound reaches every other window); groups by earliest ``since``.

    >>> spans([(["a"], "2019-01-01", "2019-03-01"), (["a"], "1999-01-01", "1999-02-01"),
    ...        (["b"], "2019-02-01", "2019-06-01"), (["b"], "1998-12-01", "1999-01-15")])
    [[3, 1], [0, 2]]
    >>> spans([(["a"], "2019-01-01", None), (["b"], "1999-01-01", "1999-02-01"), (["c"], None, None)])
    [[2, 1, 0]]
    """
    order = sorted(range(len(lookups)), key=lambda i: (lookups[i][1] or "", i))
    out: list[list[int]] = []
    reach: str | None = ""
    for i in order:
        since, until = lookups[i][1] or "", lookups[i][2]
        if not out or (reach is not None and since > reach):
            out.append([])
            reach = ""
        out[-1].append(i)
        reach = None if until is None or reach is None else max(reach, until)
    return out


def shared_features(lookups: Sequence[Lookup], postings: Sequence[tuple[str, int, str, str]], limit: int
                    ) -> list[list[int]]:
    """Per lookup, the ids of the ``postings`` (feature, id, last, first) sharing most of its features.

    Only ids whose ``last`` is on/after the lookup's ``since`` and whose ``first`` is on/before its
    ``until``, or undated ('' both), count; ids come by shared features (most first), then by id, at
    most ``limit``.  Every posting of one id carries the same dates (the store writes them together),
    so they are read per id.

    A batch's lookups share a feature with most indexed stories (some 3 million pairs for
    1,200 lookups on a store of 10,000 articles), so the counts are taken a block of lookups
    at a time as a dense table and each row's best are picked in one partial sort
    (``_best``), never one lookup at a time in Python.
    """
    if not postings:
        return [[] for _ in lookups]
    from scipy.sparse import csr_matrix

    feats = [p[0] for p in postings]
    id_col = [p[1] for p in postings]
    feature_no = {f: i for i, f in enumerate(dict.fromkeys(feats))}
    last_of = {p[1]: p[2] for p in postings}
    first_of = {p[1]: p[3] for p in postings}
    ids = np.array(sorted(last_of), dtype=np.int64)
    at = (np.fromiter(map(feature_no.__getitem__, feats), dtype=np.int64, count=len(feats)),
          np.searchsorted(ids, np.asarray(id_col, dtype=np.int64)))
    index = csr_matrix((np.ones(len(feats)), at), shape=(len(feature_no), len(ids)))
    # dates as ranks, so a row's date filter is one integer comparison (ISO dates sort as text)
    dates = {d: r for r, d in enumerate(sorted({*last_of.values(), *first_of.values(), "",
                                                *(d for _, s, u in lookups for d in (s, u) if d)}))}
    last = np.array([dates[last_of[int(cid)]] for cid in ids], dtype=np.int64)
    first = np.array([dates[first_of[int(cid)]] for cid in ids], dtype=np.int64)
    # each lookup's indexed features, once each (a feature asked twice counts once), by C-level passes
    sizes = np.fromiter((len(asked) for asked, _, _ in lookups), dtype=np.int64, count=len(lookups))
    asked_no = np.fromiter(map(feature_no.get, chain.from_iterable(asked for asked, _, _ in lookups),
                               repeat(-1)), dtype=np.int64, count=int(sizes.sum()))
    cells = np.unique((np.repeat(np.arange(len(lookups), dtype=np.int64), sizes) * len(feature_no)
                       + asked_no)[asked_no >= 0])
    rows, cols = np.divmod(cells, len(feature_no))
    query = csr_matrix((np.ones(len(cells)), (rows, cols)), shape=(len(lookups), len(feature_no)))
    out: list[list[int]] = []
    step = max(1, CELLS // len(ids))
    for lo in range(0, len(lookups), step):
        counts = (query[lo : lo + step] @ index).toarray()
        block = lookups[lo : lo + step]
        since = np.array([dates[s] if s else -1 for _, s, _ in block], dtype=np.int64)
        until = np.array([dates[u] if u else len(dates) for _, _, u in block], dtype=np.int64)
        # '' (undated) has the lowest rank: never after an until, and let through the since by name
        early = (last[None, :] < since[:, None]) & (last[None, :] != dates[""])
        counts[early | (first[None, :] > until[:, None])] = 0
        out += [[int(x) for x in ids[best]] for best in _best(counts, limit)]
    return out


def _best(counts: np.ndarray, limit: int) -> list[np.ndarray]:
    """Per row of ``counts``, the columns with the highest counts (ties: the lower column), at most
    ``limit``, zero counts left out.

    >>> [b.tolist() for b in _best(np.array([[0, 2, 1, 2], [0, 0, 0, 0]]), 2)]
    [[1, 3], []]
    """
    width = counts.shape[1]
    score = counts.astype(np.int64) * width + (width - 1 - np.arange(width))  # one total order per row
    k = min(limit, width)
    part = np.argpartition(-score, k - 1, axis=1)[:, :k]
    part = np.take_along_axis(part, np.argsort(-np.take_along_axis(score, part, 1), axis=1), 1)
    return [row[counts[r, row] > 0] for r, row in enumerate(part)]


__all__ = ["Lookup", "shared_features", "spans", "story_neighbours"]
