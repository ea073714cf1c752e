"""Regions: which stories consolidation clusters together after a batch.

Each touched (or stale) story is clustered again with the stories near it: those
average linkage could join it or take one of its articles, and the stories near those.
Near is judged from the stories' centroids
(:func:`mean_cosine`) among the candidates the story index gives
(:func:`~storyline.link.candidates.story_neighbours`), within the story window;
stories that share a neighbour are one region, capped in size (:func:`capped_groups`).

Example::

    >>> capped_groups([1, 4], {1: 1, 2: 1, 4: 1}, [[(0.5, 1, 2)]], 10)
    [[1, 2], [4]]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain
from typing import Any

import numpy as np

from storyline.link.candidates import story_neighbours
from storyline.link.events import Cluster, day_number, shift
from storyline.link.features import Vector
from storyline.link.movers import article_links
from storyline.link.sums import run_dots, sparse_rows, vocab_columns
from storyline.settings import Settings


def regions(store: Any, settings: Settings, touched: list[int], n_docs: int | None = None) -> list[list[int]]:
    """Groups of story ids to cluster together: each touched story with the stories near it, joined
    when they share a neighbour, each listed in id order.

    Near means that average linkage could join the two: a mean cosine of at least half the
    story threshold (slack for drift), or one article of the first that could move to the second
    (:mod:`storyline.link.movers`), and articles within the story window of each other
    (two stories further apart in time never join, so they need not be clustered together).
    The neighbours found are looked up in turn, once: consolidation clusters their articles afresh too,
    so the stories those articles could join belong in the region; without them which stories a region
    held, and so its partition, depended more often on which stories the batch had touched.  It still
    can: one wave is a bound, and a longer chain of neighbours can leave a region short.
    A group may hold at most ``settings.consolidate_max_articles`` articles: the links are taken
    the first wave's story links first, then its movers', then the second wave's, each strongest first,
    and one that would make a group larger is left out (:func:`capped_groups`), so on a dense feed a
    group stays the size of what could really merge, instead of growing through weak links into the
    whole store.  ``n_docs``: the linked
    articles the idf counts (consolidation's count; read here when not given), to weigh the articles.
    """
    n_docs = store.linked_originals() if n_docs is None else n_docs
    info: dict[int, tuple[Vector, int, int | None, int | None]] = {}  # centroid, size, first and last day
    order = sorted({r[0] for r in store.story_states(touched, counts=False)})
    weighed: dict[int, list[Vector]] = {}  # the article vectors the movers read, kept for the second wave
    first, apart = _near_links(store, settings, order, info)
    moves = _movers(store, settings, order, [first], apart, info, n_docs, weighed)
    # a neighbour brought in is clustered again too, its articles free to leave it: the stories they could
    # join must sit in the region as well (RESULTS.md, notes on issue 7, branch undated37)
    brought = sorted({s for _, a, b in first + moves for s in (a, b)} - set(order))
    near, apart = _near_links(store, settings, brought, info)
    second = near + _movers(store, settings, order, [first, moves], apart, info, n_docs, weighed)
    # the tiers go in this order under the cap: a mover's weight (one article's cosine with a story) is on a
    # larger scale than a story pair's mean, and a second-wave link is further from what the batch touched,
    # so neither may push a touched story's own partner out (RESULTS.md, notes on issue 7, branch amend38c)
    groups = capped_groups(order, {sid: v[1] for sid, v in info.items()}, [first, moves, second],
                           settings.consolidate_max_articles)
    mine = set(order)
    return [g for g in groups if any(sid in mine for sid in g)]  # a group of neighbours only: nothing changed


def _movers(store: Any, settings: Settings, nodes: list[int], before: Sequence[Sequence[tuple[float, int, int]]],
            apart: dict[int, list[int]], info: dict[int, tuple[Vector, int, int | None, int | None]], n_docs: int,
            weighed: dict[int, list[Vector]]) -> list[tuple[float, int, int]]:
    """The mover links (:func:`~storyline.link.movers.article_links`) of the ``apart`` pairs (story -> the
    neighbours it could not merge with) whose two stories the tiers ``before`` them have not joined already.

    :func:`capped_groups` takes the tiers in order, so once the earlier tiers have put two stories in one group
    a later link between them joins nothing and takes no room under the cap: testing its articles was most of
    a region search's cost on a dense feed, where the story links alone join most of the stories near a batch.
    ``nodes``: the touched stories, as :func:`regions` groups them; ``weighed``: as ``article_links``' ``known``."""
    sizes = {sid: v[1] for sid, v in info.items()}
    group = {sid: g[0] for g in capped_groups(nodes, sizes, before, settings.consolidate_max_articles) for sid in g}
    untested = {sid: [n for n in ns if sid not in group or group[sid] != group.get(n)] for sid, ns in apart.items()}
    return article_links(store, settings, untested, {sid: v[:2] for sid, v in info.items()}, n_docs, weighed)


def _near_links(store: Any, settings: Settings, stories: list[int],
                info: dict[int, tuple[Vector, int, int | None, int | None]]
                ) -> tuple[list[tuple[float, int, int]], dict[int, list[int]]]:
    """Links (weight, a, b) from each of ``stories`` to the stories near it that average linkage could join
    as whole stories, and the candidate neighbours each could not (to test whether an article of either could
    move to the other, :func:`_movers`).  ``info`` (id -> centroid, size, first and last day) is filled with
    every story read."""
    if not stories:
        return [], {}
    states = {r[0]: Cluster.from_state(*r) for r in store.story_states(stories, counts=False)}  # centroids
    info.update((sid, (st.centroid, st.size, *_days(st.first, st.last, st.undated))) for sid, st in states.items())
    order = sorted(states)
    bar = settings.consolidate_story_threshold / 2
    links: list[tuple[float, int, int]] = []
    # every centroid feature against each story's indexed heaviest ones: stories whose few heaviest
    # features differ can still be near (each side's index holds what the other shares); the lookups
    # of the batch are counted from one read of the index per span of time.  The lookup's window is _within's,
    # on both sides, so the places of an old story's list go to stories it could join, not to the
    # later ones that share its features
    window = settings.story_window_days
    lookups = [(sorted(st.centroid), shift(st.first, -window) if st.first and not st.undated else None,
                shift(st.last, window) if st.last and not st.undated else None)
               for st in (states[sid] for sid in order)]
    found = story_neighbours(store, lookups, settings.consolidate_neighbours + 1)
    need = sorted({n for near in found for n in near} - info.keys())
    info.update((r[0], (r[1].get("c", {}), int(r[1].get("n", 1)), *_days(r[2], r[3], int(r[1].get("u", 0)))))
                for r in store.story_states(need, counts=False))
    near = [(sid, n) for sid, cands in zip(order, found, strict=True) for n in cands if n != sid and n in info]
    pairs = [pair for pair, ok in zip(near, _all_within(near, info, window), strict=True) if ok]
    apart: dict[int, list[int]] = {}  # pairs whose stories could not merge: could one article move?
    for (sid, n), cos in zip(pairs, mean_cosines({sid: v[:2] for sid, v in info.items()}, pairs), strict=True):
        if cos >= bar:
            links.append((cos, min(sid, n), max(sid, n)))
        else:
            apart.setdefault(sid, []).append(n)
    return links, apart


def _days(first: str | None, last: str | None, undated: int) -> tuple[int | None, int | None]:
    """A story's first and last day as :func:`_within` takes them: none when it holds an undated article,
    whose day is unknown, so that the story's dated span does not bound what it can join.

    >>> _days("2011-01-05", "2011-01-06", 3)
    (None, None)
    >>> _days("2011-01-05", "2011-01-06", 0) == (day_number("2011-01-05"), day_number("2011-01-06"))
    True
    """
    return (None, None) if undated else (day_number(first), day_number(last))


def _within(a: tuple[int | None, int | None], b: tuple[int | None, int | None], window: int) -> bool:
    """Whether two stories, given as (first day, last day) with None when undated, have articles within
    ``window`` days of each other."""
    (first_a, last_a), (first_b, last_b) = a, b
    if first_a is None or last_a is None or first_b is None or last_b is None:
        return True
    return max(first_a, first_b) - min(last_a, last_b) <= window


def _all_within(pairs: list[tuple[int, int]], info: Mapping[int, tuple[Any, int, int | None, int | None]],
                window: int) -> list[bool]:
    """:func:`_within` of each pair of stories (``info``: id -> (centroid, size, first day, last day)), in
    C-level passes: a wave's lookups make some 60,000 pairs.

    >>> info = {1: ({}, 1, 10, 20), 2: ({}, 1, 500, 510), 3: ({}, 1, None, None), 4: ({}, 1, 300, 300)}
    >>> pairs = [(1, 2), (1, 3), (1, 4), (4, 2)]
    >>> _all_within(pairs, info, 280) == [_within(info[a][2:], info[b][2:], 280) for a, b in pairs]
    True
    """
    if not pairs:
        return []
    row = {sid: r for r, sid in enumerate(info)}
    days = list(info.values())
    first = np.array([d[2] or 0 for d in days], dtype=np.int64)
    last = np.array([d[3] or 0 for d in days], dtype=np.int64)
    dated = np.array([d[2] is not None and d[3] is not None for d in days], dtype=bool)
    a = np.fromiter((row[p[0]] for p in pairs), dtype=np.int64, count=len(pairs))
    b = np.fromiter((row[p[1]] for p in pairs), dtype=np.int64, count=len(pairs))
    apart = np.maximum(first[a], first[b]) - np.minimum(last[a], last[b]) > window
    return (~(dated[a] & dated[b] & apart)).tolist()


def capped_groups(nodes: list[int], size: dict[int, int], tiers: Sequence[Sequence[tuple[float, int, int]]],
                  cap: int) -> list[list[int]]:
    """Connected groups of ``nodes`` (and the nodes links bring in) over the links (weight, a, b) of
    ``tiers``, tier by tier and strongest first within a tier, leaving out a link that would make a
    group's total ``size`` exceed ``cap``.  Tiers, because weights of different kinds or waves do not
    compare: a later tier's strong link must not take the room of an earlier tier's weak one.
    Ties go by ids, so the groups depend only on the links.  Groups come sorted, in id order.

    >>> capped_groups([1], {1: 2, 2: 2, 3: 2}, [[(0.3, 1, 2), (0.2, 2, 3)]], 10)
    [[1, 2, 3]]
    >>> capped_groups([1], {1: 2, 2: 2, 3: 2}, [[(0.3, 1, 2), (0.2, 2, 3)]], 5)  # the weaker link is left out
    [[1, 2], [3]]
    >>> capped_groups([1], {1: 40, 2: 1500, 3: 1500}, [[(0.03, 1, 2)], [(0.3, 2, 3)]], 3000)  # tier before weight
    [[1, 2], [3]]
    """
    parent: dict[int, int] = {}
    total: dict[int, int] = {}

    def find(x: int) -> int:
        if x not in parent:
            parent[x], total[x] = x, size.get(x, 1)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for n in nodes:
        find(n)
    ranked = sorted([(tier, -weight, a, b) for tier, links in enumerate(tiers) for weight, a, b in links])
    for _, _, a, b in ranked:  # tier by tier, strongest first (ties by ids)
        ra, rb = find(a), find(b)
        if ra != rb and total[ra] + total[rb] <= cap:
            parent[max(ra, rb)] = min(ra, rb)
            total[min(ra, rb)] += total[max(ra, rb)]
    groups: dict[int, list[int]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def mean_cosine(a: tuple[Vector, int], b: tuple[Vector, int]) -> float:
    """Mean pairwise cosine between the articles of two stories, from their centroids (sums of unit
    vectors) and sizes: what average linkage compares.  Centroids keep only their heaviest features,
    so this slightly underestimates; neighbours are taken at half the story threshold.

    >>> mean_cosine(({"a": 2.0}, 2), ({"a": 1.0, "b": 1.0}, 2))
    0.5
    """
    (ca, na), (cb, nb) = a, b
    if len(ca) > len(cb):
        ca, cb = cb, ca
    return sum([x * cb[k] for k, x in ca.items() if k in cb]) / max(1, na * nb)


def mean_cosines(stories: Mapping[int, tuple[Vector, int]], pairs: Sequence[tuple[int, int]]) -> list[float]:
    """:func:`mean_cosine` of each pair of ``stories`` (id -> centroid, size), the very same floats,
    computed in C-level passes.

    A wave of stale stories makes some 60,000 pairs of centroids of ~100 features; one at a
    time in Python that was a third of finding the regions.  Each pair's products are taken
    in the order of the smaller centroid's features (the first one's on equal sizes), as
    :func:`mean_cosine` takes them, and summed left to right (a running sum: a feature the
    other centroid lacks adds 0.0, which leaves a sum as it is), so no link's weight moves.

    >>> stories = {1: ({"x": 0.1, "y": 0.7, "z": 0.2}, 3), 2: ({"y": 0.3, "x": 0.9}, 2), 3: ({}, 1)}
    >>> mean_cosines(stories, [(1, 2), (2, 1), (1, 3)]) == [mean_cosine(stories[1], stories[2]),
    ...                                                     mean_cosine(stories[2], stories[1]), 0.0]
    True
    """
    if not pairs:
        return []
    ids = sorted({s for pair in pairs for s in pair})
    cents = [stories[sid][0] for sid in ids]
    vocab, cols = vocab_columns(list(chain.from_iterable(cents)))
    vals = np.fromiter(chain.from_iterable(c.values() for c in cents), dtype=np.float64, count=len(cols))
    sizes = np.fromiter(map(len, cents), dtype=np.int64, count=len(cents))
    starts = np.concatenate(([0], np.cumsum(sizes)))
    lookup = sparse_rows(vals, cols, sizes, len(vocab))
    ends = np.searchsorted(np.array(ids, dtype=np.int64), np.array(pairs, dtype=np.int64).reshape(-1, 2))
    first, second = ends[:, 0], ends[:, 1]  # the pairs' rows
    swap = sizes[first] > sizes[second]  # the order of the products: the smaller centroid's, the first's on a tie
    lead, other = np.where(swap, second, first), np.where(swap, first, second)
    members = np.array([stories[sid][1] for sid in ids], dtype=np.int64)
    div = np.maximum(1, members[first] * members[second]).astype(np.float64)  # max(1, na * nb), as mean_cosine
    return (run_dots(vals, cols, starts, sizes, lookup, lead, other) / div).tolist()  # left to right, as sum()
