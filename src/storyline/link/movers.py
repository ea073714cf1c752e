"""Movers: articles of a touched story that another story could take, so that story joins the region.

Consolidation clusters a region's articles afresh, so an article can leave its story for another one of
the region, not only whole stories merge.  :func:`~storyline.link.regions.regions` judged nearness by
the mean cosine of two whole stories, which tells whether they could merge, not whether one article
could move: a story that an undated report had just grown (records 2200-2452 of the newswire, a report of
2006-11-29 on one story of 16 articles) held one article closer to a story of 10 (a mean cosine of 0.166
with it, 0.07 with the other 15 of its own) while the two stories' mean cosine was 0.014.  That story
was left out of the region, so the article stayed where it was, while one batch of every article moved it.
Linking the two stories when one article of a touched story could move makes the region hold what the
clustering of the whole store would weigh that article against.

Example::

    >>> mover_cosines([{"a": 1.0}], ({"a": 3.0, "b": 1.0}, 4), ({"a": 2.0}, 2))
    [(0.6666666666666666, 1.0)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain
from typing import Any

import numpy as np

from storyline.link.features import Vector, weigh_many
from storyline.link.stories import story_vector
from storyline.link.sums import run_dots, run_offsets, sparse_rows, vocab_columns
from storyline.settings import Settings


def mover_cosines(articles: Sequence[Vector], own: tuple[Vector, int],
                  other: tuple[Vector, int]) -> list[tuple[float, float]]:
    """Per article of one story (each a unit story vector), its mean cosine with the other articles of its
    own story (``own``: centroid as a sum of unit vectors, size; the article itself taken out as 1.0) and
    with another story (``other``, likewise).  The reference form, one pair at a time: the linker calls
    :func:`all_mover_cosines`, which gives the same floats for every pair of a region search at once; this one
    stays as the doctest's and the tests' yardstick for it."""
    (cent, size), (their, their_size) = own, other
    return [((_dot(vec, cent) - 1.0) / (size - 1) if size > 1 else 0.0, _dot(vec, their) / max(1, their_size))
            for vec in articles]


def _dot(vec: Vector, centroid: Vector) -> float:
    return sum([x * centroid.get(k, 0.0) for k, x in vec.items()])


def article_links(store: Any, settings: Settings, near: Mapping[int, Sequence[int]],
                  info: Mapping[int, tuple[Vector, int]], n_docs: int,
                  known: dict[int, list[Vector]] | None = None) -> list[tuple[float, int, int]]:
    """Links (weight, a, b) between each story looked up (the keys of ``near``, each with its candidate
    neighbours) and a neighbour when one article of either could move to the other: the article's mean
    cosine with the other story reaches half the story threshold and half its mean cosine with the rest of
    its own story (the slack the story links take).  Both ways, because the story looked up has just grown
    or changed, and an article of the neighbour may now sit closer to it than to its own story.
    ``info``: centroid and size of every story named; ``n_docs``: the idf's count; ``known``: the article
    vectors of stories weighed already against the same store (:func:`member_vectors`), filled with the
    ones read here, so that a region's second wave does not read and weigh its stories again.

    The condition is a heuristic, not a bound: an article close to a few articles of a large story has a low
    mean cosine with the whole of it, yet average linkage can join it to those few first and the group to
    the rest, so it can move an article this misses (RESULTS.md, notes on issue 7, branch amend38c).
    """
    pairs = [(sid, n) for sid, ns in near.items() for n in ns if n != sid and n in info]
    if not pairs:
        return []
    pairs += [(n, sid) for sid, n in pairs]  # (story whose articles are weighed, story they could move to)
    by_story = member_vectors(store, settings, sorted({sid for sid, _ in pairs}), n_docs,
                              {} if known is None else known)
    pairs = [(sid, n) for sid, n in pairs if by_story.get(sid)]
    if not pairs:
        return []
    bar = settings.consolidate_story_threshold / 2
    best: dict[tuple[int, int], float] = {}
    for (sid, n), (rests, coss) in zip(pairs, all_mover_cosines(by_story, info, pairs), strict=True):
        key = (min(sid, n), max(sid, n))
        for rest, cos in zip(rests, coss, strict=True):
            if cos >= bar and cos >= rest / 2 and cos > best.get(key, 0.0):
                best[key] = cos
    return [(cos, a, b) for (a, b), cos in sorted(best.items())]


def member_vectors(store: Any, settings: Settings, stories: list[int], n_docs: int,
                   known: dict[int, list[Vector]]) -> dict[int, list[Vector]]:
    """Each of ``stories``' articles as a unit story vector, story by story (in the store's member order),
    those of ``known`` taken from it and the others read and added to it.

    The articles are weighed with the store's current frequencies, as consolidation weighs them; an article
    whose link features are not cached yet (linked by an older release) is skipped: consolidation caches it.
    A story is weighed the same whenever it is asked for in one region search (the store is not written
    meanwhile, and a feature's frequency does not hang on which others are read with it).  ``known`` is only
    sound within one search: it is not keyed by ``n_docs`` or the store's state, so a caller must not keep it
    across a write or a batch (``regions`` makes a fresh one per call)."""
    need = [sid for sid in stories if sid not in known]
    rows = [(sid, data) for _, _, sid, _, data in store.story_members(need) if data is not None] if need else []
    known.update((sid, []) for sid in need)
    if rows:
        raws = [Counter(data["r"]) for _, data in rows]
        df = store.document_frequencies(sorted({k for r in raws for k in r}))
        vecs = weigh_many(raws, [list(data["l"]) for _, data in rows], df, n_docs, settings)
        for (sid, _), vec in zip(rows, vecs, strict=True):
            known[sid].append(story_vector(vec))
    return {sid: known[sid] for sid in stories}


def all_mover_cosines(by_story: Mapping[int, Sequence[Vector]], info: Mapping[int, tuple[Vector, int]],
                      pairs: Sequence[tuple[int, int]]) -> list[tuple[list[float], list[float]]]:
    """Per pair (story, other), :func:`mover_cosines` of the story's articles (``by_story``) against its own
    centroid and size and the other's (``info``), as two lists (rest, with the other): the very same floats,
    in C-level passes.

    A region search tests some 18,000 pairs, each article against two centroids of ~100 features; one dot
    at a time in Python that was half of finding the regions.  Each article's dot with a centroid is the
    products in the article's feature order summed left to right (:func:`~storyline.link.sums.running_sums`),
    as :func:`_dot` takes it; an article's dot with its own centroid is taken once, not once per pair.

    >>> vecs = {1: [{"a": 0.6, "b": 0.8}, {"b": 1.0}], 2: [{"a": 1.0}]}
    >>> info = {1: ({"a": 0.6, "b": 1.8}, 2), 2: ({"a": 1.0}, 1)}
    >>> all_mover_cosines(vecs, info, [(1, 2), (2, 1)]) == [
    ...     tuple(map(list, zip(*mover_cosines(vecs[1], info[1], info[2])))),
    ...     tuple(map(list, zip(*mover_cosines(vecs[2], info[2], info[1]))))]
    True
    """
    if not pairs:
        return []
    stories = sorted({s for pair in pairs for s in pair})
    row = {sid: r for r, sid in enumerate(stories)}
    cents = [info[sid][0] for sid in stories]
    arts = [vec for sid in stories for vec in by_story.get(sid, [])]
    first = np.cumsum([0] + [len(by_story.get(sid, [])) for sid in stories])  # each story's first article
    vocab, cols = vocab_columns(list(chain.from_iterable(chain(cents, arts))))
    n_cent = sum(map(len, cents))
    cent_sizes = np.fromiter(map(len, cents), dtype=np.int64, count=len(cents))
    cent_vals = np.fromiter(chain.from_iterable(c.values() for c in cents), dtype=np.float64, count=n_cent)
    lookup = sparse_rows(cent_vals, cols[:n_cent], cent_sizes, len(vocab))
    art_cols = cols[n_cent:]
    art_vals = np.fromiter(chain.from_iterable(v.values() for v in arts), dtype=np.float64, count=len(art_cols))
    art_sizes = np.fromiter(map(len, arts), dtype=np.int64, count=len(arts))
    art_starts = np.concatenate(([0], np.cumsum(art_sizes)))
    # the runs: each article of each story against its own centroid once, then against each pair's other
    own = [(r, r) for r in range(len(stories))]
    runs = own + [(row[s], row[n]) for s, n in pairs]
    src = np.array([a for a, _ in runs], dtype=np.int64)
    counts = first[src + 1] - first[src]
    run_art = np.repeat(first[src], counts) + run_offsets(counts)
    run_cent = np.repeat(np.array([b for _, b in runs], dtype=np.int64), counts)
    dots = run_dots(art_vals, art_cols, art_starts, art_sizes, lookup, run_art, run_cent)
    sizes = np.array([info[sid][1] for sid in stories], dtype=np.int64)
    n_own = int(first[-1])
    art_story = np.repeat(np.arange(len(stories)), np.diff(first))
    own_size = sizes[art_story]
    rest = np.where(own_size > 1, (dots[:n_own] - 1.0) / np.maximum(1, own_size - 1), 0.0)
    out = []
    at = n_own
    for s, n in pairs:
        lo, hi = first[row[s]], first[row[s] + 1]
        out.append((rest[lo:hi].tolist(), (dots[at : at + hi - lo] / max(1, info[n][1])).tolist()))
        at += hi - lo
    return out

