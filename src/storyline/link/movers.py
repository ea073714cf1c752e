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
from typing import Any

from storyline.link.features import Vector, weigh_many
from storyline.link.stories import story_vector
from storyline.settings import Settings


def mover_cosines(articles: Sequence[Vector], own: tuple[Vector, int],
                  other: tuple[Vector, int]) -> list[tuple[float, float]]:
    """Per article of one story (each a unit story vector), its mean cosine with the other articles of its
    own story (``own``: centroid as a sum of unit vectors, size; the article itself taken out as 1.0) and
    with another story (``other``, likewise)."""
    (cent, size), (their, their_size) = own, other
    return [((_dot(vec, cent) - 1.0) / (size - 1) if size > 1 else 0.0, _dot(vec, their) / max(1, their_size))
            for vec in articles]


def _dot(vec: Vector, centroid: Vector) -> float:
    return sum([x * centroid.get(k, 0.0) for k, x in vec.items()])


def article_links(store: Any, settings: Settings, near: Mapping[int, Sequence[int]],
                  info: Mapping[int, tuple[Vector, int]], n_docs: int) -> list[tuple[float, int, int]]:
    """Links (weight, a, b) between each story looked up (the keys of ``near``, each with its candidate
    neighbours) and a neighbour when one article of either could move to the other: the article's mean
    cosine with the other story reaches half the story threshold and half its mean cosine with the rest of
    its own story (the slack the story links take).  Both ways, because the story looked up has just grown
    or changed, and an article of the neighbour may now sit closer to it than to its own story.
    ``info``: centroid and size of every story named; ``n_docs``: the idf's count.

    The condition is a heuristic, not a bound: an article close to a few articles of a large story has a low
    mean cosine with the whole of it, yet average linkage can join it to those few first and the group to
    the rest, so it can move an article this misses (RESULTS.md, notes on issue 7, branch amend38c).

    The articles are weighed with the store's current frequencies, as consolidation weighs them; an article
    whose link features are not cached yet (linked by an older release) is skipped: consolidation caches it.
    """
    pairs = [(sid, n) for sid, ns in near.items() for n in ns if n != sid and n in info]
    if not pairs:
        return []
    pairs += [(n, sid) for sid, n in pairs]  # (story whose articles are weighed, story they could move to)
    stories = sorted({sid for sid, _ in pairs})
    rows = [(aid, sid, data) for aid, _, sid, _, data in store.story_members(stories) if data is not None]
    if not rows:
        return []
    raws = [Counter(data["r"]) for _, _, data in rows]
    df = store.document_frequencies(sorted({k for r in raws for k in r}))
    vecs = [story_vector(v) for v in weigh_many(raws, [list(data["l"]) for _, _, data in rows], df,
                                                n_docs, settings)]
    by_story: dict[int, list[Vector]] = {}
    for (_, sid, _), vec in zip(rows, vecs, strict=True):
        by_story.setdefault(sid, []).append(vec)
    bar = settings.consolidate_story_threshold / 2
    best: dict[tuple[int, int], float] = {}
    for sid, n in pairs:
        for rest, cos in mover_cosines(by_story.get(sid, []), info[sid], info[n]):
            key = (min(sid, n), max(sid, n))
            if cos >= bar and cos >= rest / 2 and cos > best.get(key, 0.0):
                best[key] = cos
    return [(cos, a, b) for (a, b), cos in sorted(best.items())]

