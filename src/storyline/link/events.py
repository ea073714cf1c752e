"""Clusters of articles (events, stories): their state, similarity and the best match for an article.

Each event or story keeps a centroid (the sum of its articles' vectors, see
``features.weigh``), its size and the dates it covers.  :func:`best_match`
finds the cluster whose centroid an article is most similar to, if that
similarity reaches the threshold and the cluster has an article published
within the window: single-pass linking uses it to place a new article in a
story, and consolidation (``consolidate.py``) then settles events and stories
free of arrival order.

Two happenings of one story (two fights of one boxer, two patches of one
browser) share the story's cast and vocabulary, so comparing an article with
an event discounts what the event's whole story shares (``Cluster.common``,
``settings.event_story_discount``): what is left is what tells the happenings
apart, the names, counts and dates of this one.

Example::

    >>> from storyline.settings import Settings
    >>> quake = Cluster(1, {"e:1": 1.0, "t:quake": 1.0}, 1, "2008-05-12", "2008-05-12")
    >>> best_match({"e:1": 0.7, "t:quake": 0.7}, "2008-05-13", [quake], Settings())[0] is quake
    True
    >>> best_match({"e:1": 0.7, "t:quake": 0.7}, "2009-05-13", [quake], Settings())[0] is None
    True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from storyline.link.features import Vector, cosine, top
from storyline.settings import Settings
from storyline.story_features import day_number as day_number  # here before it was shared with the store


@dataclass
class Cluster:
    """The linking state of one event or story: centroid, size, dates covered."""

    id: int
    centroid: Vector = field(default_factory=dict)
    size: int = 0
    first: str | None = None
    last: str | None = None
    story: int | None = None  # for events: the story they belong to
    counts: dict[str, int] = field(default_factory=dict)  # for stories: articles naming each event feature
    undated: int = 0  # members without a publication date: ``first``/``last`` do not bound them

    def state(self) -> dict[str, Any]:
        """What the store keeps of the centroid (JSON)."""
        out: dict[str, Any] = {"c": self.centroid, "n": self.size}
        if self.counts:
            out["k"] = self.counts
        if self.undated:
            out["u"] = self.undated
        return out

    @classmethod
    def from_state(cls, cid: int, state: dict[str, Any], first: str | None, last: str | None,
                   story: int | None = None) -> Cluster:
        return cls(cid, dict(state.get("c", {})), int(state.get("n", 0)), first, last, story,
                   dict(state.get("k", {})), int(state.get("u", 0)))

    def count(self, keys: Iterable[str], keep: int) -> None:
        """Count one more article naming ``keys``, keeping the ``keep`` most common."""
        for k in keys:
            self.counts[k] = self.counts.get(k, 0) + 1
        if len(self.counts) > keep:  # the most common first, ties by name (features.top)
            self.counts = {k: self.counts[k] for k in top(self.counts, keep)}

    def common(self, share: float) -> Vector:
        """Per feature, how much of it to keep when telling this story's events apart.

        A feature every article of the story names (the story's cast and
        vocabulary) says nothing about which of its happenings an article
        reports; ``share`` of it is discounted in proportion to how common it is.

        >>> Cluster(1, size=4, counts={"e:1": 4, "y:2012": 1}).common(0.5)
        {'e:1': 0.5, 'y:2012': 0.875}
        """
        if not self.size or not share:
            return {}
        return {k: 1.0 - share * min(1.0, n / self.size) for k, n in self.counts.items()}


def days_apart(a: str, b: str) -> int:
    """Whole days between two ISO dates (order does not matter).

    >>> days_apart("2019-06-11", "2018-07-12")
    334
    """
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def shift(day: str, days: int) -> str:
    """An ISO date moved by ``days``.

    >>> shift("2019-03-01", -1)
    '2019-02-28'
    """
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()


def within(published: str | None, cluster: Cluster, days: int) -> bool:
    """True when the cluster has an article within ``days`` of ``published`` (or either side is undated)."""
    if not published or not cluster.first or not cluster.last:
        return True
    if published < cluster.first:
        return days_apart(published, cluster.first) <= days
    if published > cluster.last:
        return days_apart(published, cluster.last) <= days
    return True


def discounted(vec: Vector, keep: Vector) -> Vector:
    """``vec`` with each feature scaled by ``keep`` (1 where it has no entry).

    >>> discounted({"e:1": 1.0, "t:x": 1.0}, {"e:1": 0.5})
    {'e:1': 0.5, 't:x': 1.0}
    """
    return {k: x * keep.get(k, 1.0) for k, x in vec.items()} if keep else vec


def similarity(vec: Vector, cluster: Cluster, keep: Vector | None = None) -> float:
    """Cosine to the centroid, both discounted by ``keep``."""
    return cosine(discounted(vec, keep or {}), discounted(cluster.centroid, keep or {}))


def best_match(vec: Vector, published: str | None, candidates: list[Cluster], settings: Settings,
               threshold: float | None = None, window: int | None = None,
               keeps: dict[int, Vector] | None = None) -> tuple[Cluster | None, float]:
    """The candidate most similar to ``vec`` that passes the threshold and the time window (ties: lower id).

    ``keeps`` maps a candidate's story to its feature discounts (:meth:`Cluster.common`).
    """
    threshold = settings.event_threshold if threshold is None else threshold
    window = settings.event_window_days if window is None else window
    best: Cluster | None = None
    best_sim = 0.0
    for cand in sorted(candidates, key=lambda c: c.id):
        if not within(published, cand, window):
            continue
        sim = similarity(vec, cand, (keeps or {}).get(cand.story or 0))
        if sim >= threshold and sim > best_sim:
            best, best_sim = cand, sim
    return best, best_sim


def absorb(cluster: Cluster, vec: Vector, published: str | None, keep: int) -> None:
    """Add one article's vector to a cluster, keeping the ``keep`` heaviest centroid features."""
    for k, x in vec.items():
        cluster.centroid[k] = cluster.centroid.get(k, 0.0) + x
    if len(cluster.centroid) > keep:
        cluster.centroid = {k: cluster.centroid[k] for k in top(cluster.centroid, keep)}
    cluster.size += 1
    cluster.undated += not published
    widen(cluster, published)


def widen(cluster: Cluster, published: str | None) -> None:
    """Stretch the cluster's first/last dates to cover ``published``."""
    if published:
        cluster.first = min(cluster.first or published, published)
        cluster.last = max(cluster.last or published, published)


def merge(into: Cluster, other: Cluster, keep: int) -> None:
    """Fold ``other``'s centroid, size and dates into ``into``."""
    for k, x in other.centroid.items():
        into.centroid[k] = into.centroid.get(k, 0.0) + x
    if len(into.centroid) > keep:
        into.centroid = {k: into.centroid[k] for k in top(into.centroid, keep)}
    into.size += other.size
    into.undated += other.undated
    for k, n in other.counts.items():
        into.counts[k] = into.counts.get(k, 0) + n
    widen(into, other.first)
    widen(into, other.last)
