"""Regions: which stories consolidation clusters together, and which neighbours a drift re-check needs.

A touched story is clustered with the stories near it (:func:`regions`): those average
linkage could join it.  A story due for the drift re-check (its document frequencies
moved since it was last clustered) is first clustered alone; only the neighbours it
could now join are pulled in with it (:func:`pulled`), judged from the stories'
centroids, so the re-check reads no neighbour's articles.

Example::

    >>> capped_groups([1, 4], {1: 2, 2: 2, 3: 2, 4: 1}, [(0.3, 1, 2), (0.2, 2, 3)], 10)
    [[1, 2, 3], [4]]
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from storyline.link.events import Cluster, shift
from storyline.link.features import Vector, dot, top
from storyline.settings import Settings

Neighbour = tuple[Vector, int, int | None, int | None]
"""A story as its neighbours see it: centroid, size, first and last day (None when undated)."""

def regions(store: Any, settings: Settings, touched: list[int]) -> list[list[int]]:
    """Groups of story ids to cluster together: each touched story with the stories near it, joined
    when they share a neighbour, each listed in id order.

    Near means that average linkage could join the two: a mean cosine of at least half the
    story threshold (slack for drift), and articles within the story window of each other
    (two stories further apart in time never join, so they need not be clustered together).
    A group may hold at most ``settings.consolidate_max_articles`` articles: the links are
    taken strongest first and one that would make a group larger is left out
    (:func:`capped_groups`), so on a dense feed a group stays the size of what could
    really merge, instead of growing through weak links into the whole store.
    """
    info: dict[int, tuple[Vector, int, int | None, int | None]] = {}  # centroid, size, first and last day

    def load(ids: list[int]) -> None:
        need = [i for i in ids if i not in info]
        info.update((r[0], (r[1].get("c", {}), int(r[1].get("n", 1)), day_number(r[2]), day_number(r[3])))
                    for r in store.story_states(need))

    states = {r[0]: Cluster.from_state(*r) for r in store.story_states(touched)}
    info.update((sid, (st.centroid, st.size, day_number(st.first), day_number(st.last))) for sid, st in states.items())
    bar = settings.consolidate_story_threshold / 2
    links: list[tuple[float, int, int]] = []
    for sid, st in sorted(states.items()):
        since = shift(st.last, -settings.story_window_days) if st.last else None
        # every centroid feature against each story's indexed heaviest ones: stories whose few heaviest
        # features differ can still be near (each side's index holds what the other shares)
        near = [n for n in store.story_candidates(sorted(st.centroid), since, settings.consolidate_neighbours + 1)
                if n != sid]
        load(near)
        for n in near:
            if n in info and _within(info[sid][2:], info[n][2:], settings.story_window_days):
                cos = mean_cosine(info[sid][:2], info[n][:2])
                if cos >= bar:
                    links.append((cos, min(sid, n), max(sid, n)))
    groups = capped_groups(sorted(states), {sid: v[1] for sid, v in info.items()}, links,
                           settings.consolidate_max_articles)
    return [g for g in groups if any(sid in states for sid in g)]  # a group of neighbours only: nothing changed


def _within(a: tuple[int | None, int | None], b: tuple[int | None, int | None], window: int) -> bool:
    """Whether two stories, given as (first day, last day) with None when undated, have articles within
    ``window`` days of each other."""
    (first_a, last_a), (first_b, last_b) = a, b
    if first_a is None or last_a is None or first_b is None or last_b is None:
        return True
    return max(first_a, first_b) - min(last_a, last_b) <= window


def capped_groups(nodes: list[int], size: dict[int, int], links: list[tuple[float, int, int]],
                  cap: int) -> list[list[int]]:
    """Connected groups of ``nodes`` (and the nodes links bring in) over ``links`` (weight, a, b),
    strongest first, leaving out a link that would make a group's total ``size`` exceed ``cap``.
    Ties go by ids, so the groups depend only on the links.  Groups come sorted, in id order.

    >>> capped_groups([1], {1: 2, 2: 2, 3: 2}, [(0.3, 1, 2), (0.2, 2, 3)], 10)
    [[1, 2, 3]]
    >>> capped_groups([1], {1: 2, 2: 2, 3: 2}, [(0.3, 1, 2), (0.2, 2, 3)], 5)  # the weaker link is left out
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
    for _, a, b in sorted(links, key=lambda link: (-link[0], link[1], link[2])):
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
    return dot(ca, cb) / max(1, na * nb)


def day_number(published: str | None) -> int | None:
    """Days since 0001-01-01 of an ISO date (None when undated)."""
    return dt.date.fromisoformat(published[:10]).toordinal() if published else None


def pulled(store: Any, settings: Settings, sid: int, plain: list[Vector], published: list[str | None],
           before: Vector, seen: dict[int, Neighbour]) -> list[tuple[float, int, int]]:
    """The neighbours a story due for the drift re-check could now join: (estimated mean cosine,
    neighbour id, its size) for each, judged from the story's own articles and stored centroids.

    ``plain`` holds the story's articles' who-and-what vectors (unit length) under today's
    weights, ``published`` their dates, ``before`` its stored centroid.  When the story was
    last clustered, every story near it was clustered with it and stayed apart; only weights
    have changed since, so only a neighbour the story has drifted toward can now join it.
    A neighbour (a story candidate within the story window) is pulled when the story's mean
    cosine to it, estimated from centroids (sums of unit vectors, as :func:`mean_cosine`
    compares), is higher under today's weights than under those of ``before``, and reaches
    ``settings.consolidate_recheck_reach`` times the bar average linkage needs to join the
    two (:func:`storyline.link.consolidate.cut`).  No neighbour's articles are read; ``seen``
    keeps the neighbours' centroids, sizes and days read so far (many stale stories share them).
    """
    keep = settings.link_centroid_size
    summed: Vector = {}
    for vec in plain:
        for k, x in vec.items():
            summed[k] = summed.get(k, 0.0) + x
    now = {k: summed[k] for k in top(summed, keep)}
    n = len(plain)
    days = [d for d in map(day_number, published) if d is not None]
    span = (min(days), max(days)) if days else (None, None)
    last = max((p for p in published if p), default=None)
    since = shift(last, -settings.story_window_days) if last else None
    near = [c for c in store.story_candidates(sorted(now), since, settings.consolidate_neighbours + 1) if c != sid]
    threshold, evidence = settings.consolidate_story_threshold, settings.consolidate_story_evidence
    seen.update((nid, (state.get("c", {}), int(state.get("n", 1)), day_number(first), day_number(last_n)))
                for nid, state, first, last_n in store.story_states([c for c in near if c not in seen]))
    out = []
    for nid in near:
        if nid not in seen:  # gone since the index was read
            continue
        other, size, *days_n = seen[nid]
        if not _within(span, (days_n[0], days_n[1]), settings.story_window_days):
            continue
        cos = mean_cosine((now, n), (other, size))
        bar = settings.consolidate_recheck_reach * (threshold + evidence / math.sqrt(n * size))
        if cos >= bar and cos > mean_cosine((before, n), (other, size)):
            out.append((cos, nid, size))
    return out
