"""Candidate neighbours of many stories at once, counted from one read of the story index.

Consolidation looks up, for every touched or stale story, the stories that share most
of its centroid features (``store.story_candidates``).  On a large store a batch makes
hundreds of such lookups of ~150 features each, one SQL query apiece, and the same
common features' postings are read again for every story: at 7,500-10,000 stored
articles those lookups were about a seventh of linking time.  Here the postings of
all the features are read once (``store.story_postings``) and the overlaps of every
story with every indexed story are one sparse matrix product.  The answer is the
same as one ``story_candidates`` call per story: the ids sharing most features,
fewest-shared last, ties by id, only stories with an article on/after the lookup's
``since`` (or undated), at most ``limit``.

Example::

    >>> postings = [("e:1", 7, "2019-05-02"), ("t:quake", 7, "2019-05-02"), ("e:1", 9, "2010-01-01"),
    ...             ("e:1", 4, ""), ("t:quake", 4, "")]
    >>> shared_features([(["e:1", "t:quake"], "2019-01-01"), (["e:1"], None)], postings, 2)
    [[4, 7], [4, 7]]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

Lookup = tuple[Sequence[str], str | None]
"""The features of one lookup and its ``since`` (ISO date; None: any date)."""


def story_neighbours(store: Any, lookups: Sequence[Lookup], limit: int) -> list[list[int]]:
    """Per lookup, the stories :meth:`store.story_candidates` would give for it, from one read of the index.

    The index is read for every feature of the lookups, back to the earliest ``since``."""
    if not lookups:
        return []
    features = sorted({f for feats, _ in lookups for f in feats})
    sinces = [since for _, since in lookups]
    earliest = None if any(s is None for s in sinces) else min(s for s in sinces if s is not None)
    return shared_features(lookups, store.story_postings(features, earliest), limit)


def shared_features(lookups: Sequence[Lookup], postings: Sequence[tuple[str, int, str]], limit: int
                    ) -> list[list[int]]:
    """Per lookup, the ids of the ``postings`` (feature, id, last) sharing most of its features.

    Only ids whose ``last`` is on/after the lookup's ``since`` or '' (undated) count; ids come
    by shared features (most first), then by id, at most ``limit``.  Every posting of one id
    carries the same ``last`` (the store writes them together), so ``last`` is read per id.
    """
    if not postings:
        return [[] for _ in lookups]
    from scipy.sparse import csr_matrix

    feature_no = {f: i for i, f in enumerate(sorted({p[0] for p in postings}))}
    ids = sorted({p[1] for p in postings})
    id_no = {cid: j for j, cid in enumerate(ids)}
    last_of = {p[1]: p[2] for p in postings}
    last = np.array([last_of[cid] for cid in ids], dtype=str)
    at = ([feature_no[p[0]] for p in postings], [id_no[p[1]] for p in postings])
    index = csr_matrix((np.ones(len(postings)), at), shape=(len(feature_no), len(ids)))
    rows, cols = [], []
    for q, (feats, _) in enumerate(lookups):
        hits = {feature_no[f] for f in feats if f in feature_no}
        rows += [q] * len(hits)
        cols += sorted(hits)
    asked = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(lookups), len(feature_no)))
    shared = (asked @ index).tocsr()
    ids_arr = np.asarray(ids, dtype=np.int64)
    out: list[list[int]] = []
    for q, (_, since) in enumerate(lookups):
        start, end = shared.indptr[q], shared.indptr[q + 1]
        cand, n = shared.indices[start:end], shared.data[start:end]
        if since:
            when = last[cand]
            keep = (when >= since) | (when == "")
            cand, n = cand[keep], n[keep]
        order = np.lexsort((cand, -n))[:limit]  # column order is id order
        out.append([int(x) for x in ids_arr[cand[order]]])
    return out


__all__ = ["Lookup", "shared_features", "story_neighbours"]
