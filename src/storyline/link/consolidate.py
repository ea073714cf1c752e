"""Consolidation: after each batch, the stories it touched are clustered again, free of arrival order.

Single-pass linking decides each article once, in arrival order, so the same
articles fed in another order can end in other events.  Consolidation undoes
that: after a batch, every story the batch touched, with the stories near it
(candidates from the story index that its centroid resembles), is taken apart
and its original articles are clustered again by average-linkage agglomerative
clustering with a fixed threshold (for stories, plus a margin that shrinks as the
groups grow, see :func:`cut`), first into stories (who and what), then
each story into events (the event vectors, less what the whole story shares).
Vectors are weighed with the document frequencies of the store as it is now,
and articles are ordered by content hash, so the result depends on the set of
articles, never on arrival order or database ids.  The cost is bounded by the
size of the touched stories and their neighbours, not of the store.

Ids stay stable: a new cluster keeps the old id most of its articles had;
the ids it absorbed are recorded as ``merged_into`` it, and a cluster that no
old id follows gets a new id recorded as ``split_from`` the id its articles
came from (:func:`assign_ids`).

Example::

    >>> assign_ids([["a", "b", "c"], ["d"]], {"a": 1, "b": 1, "c": 2, "d": 2})
    ([1, None], [(2, 'merged_into', 0)], [(1, 2)])
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from itertools import chain
from typing import Any, TypeVar

import numpy as np

from storyline.link.burst_uses import StoreUses, UsesReader
from storyline.link.eras import apart, best_mean, condensed_cosines, split_eras, written_after, written_ranges
from storyline.link.events import Cluster, day_number
from storyline.link.features import Vector, top, weigh_many
from storyline.link.name_joins import story_parts
from storyline.link.name_spread import name_rows, spread_cosines, two_dated
from storyline.link.regions import regions
from storyline.link.stories import bursty, story_vector
from storyline.link.sums import CELLS, running_sums, vocab_columns
from storyline.plain import counted
from storyline.records import Lineage
from storyline.settings import Settings

Key = TypeVar("Key", str, int)
"""What :func:`assign_ids` groups: consolidation's content hashes, a relink's article ids."""


@dataclass
class Member:
    """One original article of a region being consolidated."""

    aid: int
    key: str  # content hash: the order of articles and the tie-breaker
    event: int
    story: int
    published: str | None
    raw: Counter[str]  # event feature counts (raw_features plus the lead's p:/n: keys)
    lead: list[str]


def features_record(raw: Counter[str], lead: list[str], published: str | None) -> dict[str, Any]:
    """What the store keeps of an article for consolidation (see ``store.save_link_features``)."""
    return {"r": dict(raw), "l": lead, "p": published}


def average_linkage(vectors: Sequence[Vector], threshold: float, days: Sequence[int | None] = (),
                    window: int | None = None, evidence: float = 0.0) -> list[int]:
    """Cluster labels (0, 1, ... by first member) from average-linkage agglomerative clustering:
    two groups join while their mean pairwise cosine is at least ``threshold``.  Two dated items
    more than ``window`` days apart count as dissimilar (cosine 0).  With ``evidence``, groups of
    ``a`` and ``b`` items need ``threshold + evidence / sqrt(a * b)`` (see :func:`cut`).

    >>> average_linkage([{"a": 1.0}, {"a": 1.0, "b": 0.2}, {"c": 1.0}], 0.5)
    [0, 0, 1]
    >>> pair = [{"a": 1.0, "b": 1.0}, {"a": 1.0, "c": 1.0}]  # cosine 0.5
    >>> average_linkage(pair, 0.4), average_linkage(pair, 0.4, evidence=0.2)
    ([0, 0], [0, 1])
    """
    return linkage_labels(similarities(vectors, days, window), threshold, evidence)


def similarities(vectors: Sequence[Vector], days: Sequence[int | None] = (), window: int | None = None
                 ) -> np.ndarray:
    """Pairwise cosines of sparse vectors; two dated items more than ``window`` days apart get 0.

    >>> similarities([{"a": 1.0}, {"a": 1.0, "b": 1.0}], [1, 30], 10).round(3).tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    if len(vectors) <= _FEW:
        return _few_similarities(vectors, days, window)
    return _sparse_similarities(vectors, days, window)


def _sparse_similarities(vectors: Sequence[Vector], days: Sequence[int | None], window: int | None,
                         scale: Mapping[str, float] | None = None) -> np.ndarray:
    """:func:`similarities` as one sparse product; ``scale``: a factor for every key of the vectors (each entry
    multiplied by its key's, the same products as the scaled vectors' would hold)."""
    # the entries, row by row in each vector's order, columns numbered by first appearance: built
    # by C-level iteration (a region holds thousands of vectors of ~150 features)
    keys = list(chain.from_iterable(vectors))
    vals = np.fromiter(chain.from_iterable(vec.values() for vec in vectors), dtype=np.float64, count=len(keys))
    if scale:
        vals = vals * np.fromiter(map(scale.__getitem__, keys), dtype=np.float64, count=len(keys))
    sizes = np.fromiter(map(len, vectors), dtype=np.int64, count=len(vectors))
    return _cosines(_columns(keys), vals, sizes, days, window)


def _columns(keys: list[str]) -> np.ndarray:
    """Each entry's column: its key numbered by first appearance."""
    return vocab_columns(keys)[1]


def _cosines(cols: np.ndarray, vals: np.ndarray, sizes: np.ndarray, days: Sequence[int | None],
             window: int | None) -> np.ndarray:
    """Pairwise cosines of the rows given entry by entry (``sizes``: entries per row), as :func:`similarities`."""
    m = _unit_rows(cols, vals, sizes)
    sims = np.asarray((m @ m.T).todense(), dtype=np.float64)
    if window is not None and days:
        d = _day_array(days)
        apart = np.abs(d[:, None] - d[None, :]) > window  # NaN (undated) compares False: no bound
        sims[apart] = 0.0
    return sims


def _day_array(days: Sequence[int | None]) -> np.ndarray:
    """Day numbers as floats, NaN for an undated article (any distance to NaN compares False: no bound)."""
    return np.array([np.nan if x is None else x for x in days], dtype=np.float64)


def _unit_rows(cols: np.ndarray, vals: np.ndarray, sizes: np.ndarray) -> Any:
    """The rows given entry by entry, each divided by its norm, as a sparse matrix (scipy's CSR)."""
    from scipy.sparse import csr_matrix

    n = len(sizes)
    rows = np.repeat(np.arange(n, dtype=np.int64), sizes)
    width = int(cols.max()) + 1 if len(cols) else 1
    return csr_matrix((_unit_entries(vals, sizes), (rows, cols)), shape=(n, width))


def _unit_entries(vals: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Rows of entries (``sizes`` per row, in order) divided by their row's norm: the entries of :func:`_unit_rows`."""
    return vals / row_norms(vals, sizes)[np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)]


def row_norms(vals: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Per row of entries (``sizes`` per row, in order), ``math.sqrt(sum(x * x for x in row)) or 1.0``, the
    very same floats: the squares are summed left to right (:func:`~storyline.link.sums.running_sums`),
    not pairwise as ``numpy.sum`` would.

    >>> rows = [[0.1, 0.7, 0.2], [], [0.3]]
    >>> row_norms(np.array([0.1, 0.7, 0.2, 0.3]), np.array([3, 0, 1])).tolist() == [
    ...     math.sqrt(sum(x * x for x in r)) or 1.0 for r in rows]
    True
    """
    norms = np.sqrt(running_sums(vals * vals, sizes))
    return np.where(norms == 0.0, 1.0, norms)


_FEW = 8
"""Up to this many vectors, :func:`similarities` takes the pairs in plain Python: most stories hold two or
three reports, and the sparse product's fixed cost was most of clustering their events."""


def _few_similarities(vectors: Sequence[Vector], days: Sequence[int | None], window: int | None) -> np.ndarray:
    """:func:`similarities` of a few vectors, the very same floats: each entry sums the products of the
    two unit vectors' shared features in the order the sparse product takes them (the columns, numbered
    by first appearance), from 0.0.

    >>> vecs = [{"a": 0.3, "b": 0.9}, {"c": 0.2, "b": 0.4, "a": 0.7}, {"c": 1.0}]
    >>> bool((_few_similarities(vecs, [1, 2, 40], 10) == _sparse_similarities(vecs, [1, 2, 40], 10)).all())
    True
    """
    vocab = {k: i for i, k in enumerate(dict.fromkeys(chain.from_iterable(vectors)))}
    units = []
    for vec in vectors:
        norm = math.sqrt(sum(map(operator.mul, vec.values(), vec.values()))) or 1.0  # the running sum of x * x
        units.append({vocab[k]: x / norm for k, x in vec.items()})
    n = len(vectors)
    sims = np.zeros((n, n))
    for i, a in enumerate(units):
        for j in range(i, n):
            b = units[j]
            total = 0.0
            for col in sorted(a.keys() & b.keys()):  # the shared columns, in column order (set operations in C)
                total += a[col] * b[col]
            sims[i, j] = sims[j, i] = total
    if window is not None and days:
        for i, di in enumerate(days):
            for j, dj in enumerate(days):
                if di is not None and dj is not None and abs(di - dj) > window:
                    sims[i, j] = 0.0
    return sims


def linkage_labels(sims: np.ndarray, threshold: float, evidence: float = 0.0) -> list[int]:
    """:func:`average_linkage` over a matrix of pairwise cosines."""
    n = len(sims)
    if n < 2:
        return [0] * n
    if n == 2 and not evidence:  # one merge, at the clipped distance: what fcluster's cut gives (distance <= t)
        return [0, 0] if min(max(1.0 - float(sims[0, 1]), 0.0), 1.0) <= 1.0 - threshold else [0, 1]
    from scipy.spatial.distance import squareform

    dist = np.clip(1.0 - sims, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    return tree_labels(squareform(dist, checks=False), threshold, evidence)


def tree_labels(dist: np.ndarray, threshold: float, evidence: float = 0.0) -> list[int]:
    """:func:`linkage_labels` from condensed distances: ``1 - cosine`` clipped to [0, 1], the pairs ``i < j``
    row by row (scipy's ``squareform`` of the matrix), for at least 3 items.

    >>> tree_labels(np.array([0.1, 0.9, 0.95]), 0.5)
    [0, 0, 1]
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    tree = linkage(dist, method="average")
    if evidence:
        return cut(tree, threshold, evidence)
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    first: dict[int, int] = {}
    return [first.setdefault(int(lab), len(first)) for lab in labels]


def attach_fragments(labels: list[int], sims: np.ndarray, min_size: int, bar: float) -> list[int]:
    """Labels where every cluster of fewer than ``min_size`` items joins the cluster of at least
    ``min_size`` it has the highest mean cosine with, if that reaches ``bar`` (ties: the
    earlier cluster).  Fragments join the large clusters as they were, so the result does not
    depend on which fragment is looked at first; without a large cluster nothing changes.
    Labels come back 0, 1, ... by first item.

    >>> sims = np.array([[1, .5, .5, .2, 0], [.5, 1, .5, 0, 0], [.5, .5, 1, .1, 0], [.2, 0, .1, 1, 0], [0, 0, 0, 0, 1]])
    >>> attach_fragments([0, 0, 0, 1, 2], sims, 3, 0.05)  # item 3 (mean 0.1) joins, item 4 (0) stays apart
    [0, 0, 0, 0, 1]
    """
    members: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        members.setdefault(lab, []).append(i)
    large = [lab for lab, items in members.items() if len(items) >= min_size]
    if not large or len(large) == len(members):
        return labels
    home = {lab: lab for lab in members}
    for lab, items in members.items():
        if lab in large:
            continue
        best = best_mean([float(sims[np.ix_(items, members[big])].mean()) for big in large], bar)
        if best is not None:
            home[lab] = large[best]
    first: dict[int, int] = {}
    return [first.setdefault(home[lab], len(first)) for lab in labels]


def cut(tree: np.ndarray, threshold: float, evidence: float) -> list[int]:
    """Flat clusters of an average-linkage tree (scipy's linkage matrix) where a merge of groups of
    ``a`` and ``b`` items holds when their mean cosine is at least ``threshold + evidence / sqrt(a * b)``
    and both groups hold; labels 0, 1, ... by first item.

    A mean over ``a * b`` pairs is a steadier estimate than one pair's cosine: two
    lone reports sharing a country can reach a low cosine by chance, two groups of
    ten reports rarely do unless they tell one story.  So the bar falls toward
    ``threshold`` as the groups grow.

    >>> cut(np.array([[0, 1, 0.75, 2], [2, 3, 0.9, 3]]), 0.1, 0.1)  # 0.25 >= 0.1 + 0.1 / 1; 0.1 < 0.1 + 0.1 / 1.41
    [0, 0, 1]
    """
    n = len(tree) + 1
    size = [1] * n + [0] * (n - 1)
    holds = [True] * n + [False] * (n - 1)
    parent = [-1] * (2 * n - 1)
    for i, (a, b, dist, _) in enumerate(tree):
        a, b, node = int(a), int(b), n + i
        size[node], parent[a], parent[b] = size[a] + size[b], node, node
        holds[node] = holds[a] and holds[b] and 1.0 - dist >= threshold + evidence / math.sqrt(size[a] * size[b])
    root = list(range(2 * n - 1))
    for node in range(2 * n - 2, -1, -1):  # parents come after their children
        if parent[node] >= 0 and holds[parent[node]]:
            root[node] = root[parent[node]]
    first: dict[int, int] = {}
    return [first.setdefault(root[i], len(first)) for i in range(n)]


def assign_ids(groups: Sequence[Sequence[Key]], old: Mapping[Key, int]
               ) -> tuple[list[int | None], list[tuple[int, str, int]], list[tuple[int, int]]]:
    """Old ids for new groups of items (content keys or article ids; groups ordered by their smallest key).

    An old id follows the group that holds most of its items (ties: the earlier
    group); a group keeps, of the old ids that follow it, the one with most of its
    items (ties: the one whose smallest item comes first).  Returns the id per group
    (None: a new id), ``(old id, 'merged_into', group index)`` for every other old
    id, and ``(group index, old id)`` for every group that got a new id: split off
    the old id most of its items had.
    """
    counts: dict[int, Counter[int]] = {}
    first_of: dict[int, Key] = {}
    for g, items in enumerate(groups):
        for item in items:
            o = old[item]
            counts.setdefault(o, Counter())[g] += 1
            first_of[o] = min(first_of.get(o, item), item)
    heirs: dict[int, list[int]] = {}  # group -> the old ids following it (one pass: a region holds thousands)
    for o, c in counts.items():
        heirs.setdefault(min(c, key=lambda g: (-c[g], g)), []).append(o)
    ids: list[int | None] = [None] * len(groups)
    merged: list[tuple[int, str, int]] = []
    splits: list[tuple[int, int]] = []
    for g, items in enumerate(groups):
        followers = sorted(heirs.get(g, []), key=lambda o: (-counts[o][g], first_of[o]))
        if followers:
            ids[g] = followers[0]
            merged += [(o, "merged_into", g) for o in followers[1:]]
        else:
            c = Counter(old[it] for it in items)
            splits.append((g, min(c, key=lambda o: (-c[o], first_of[o]))))
    return ids, merged, splits


def members(store: Any, settings: Settings, story_ids: list[int]) -> list[Member]:
    """The original articles of the stories, in content order; features cached by linking
    (computed again from the annotation for an article linked before the cache existed)."""
    from storyline.link.features import article_features, event_features

    rows = store.story_members(story_ids)
    missing: dict[int, dict[str, Any]] = {}
    for aid, _, _, _, data in rows:
        if data is None:
            f = article_features(store.article(aid), store.annotation(aid), settings.event_lead_sentences)
            missing[aid] = features_record(event_features(f), f.lead, f.published)
    if missing:
        # one write, its counted uses locked in the store's one order: written one article at a time inside
        # the region's transaction, two PostgreSQL linkers could each hold a row the other waits for
        store.save_many_link_features(missing)
    out = []
    for aid, eid, sid, key, data in rows:
        data = missing[aid] if data is None else data
        out.append(Member(aid, key, eid, sid, data["p"], Counter(data["r"]), list(data["l"])))
    return out


def cluster_stories(group: list[Member], plain: Mapping[int, Vector], settings: Settings,
                    uses: Mapping[str, list[int]], partners: Mapping[str, str] | None = None
                    ) -> list[list[Member]]:
    """Stories of a region: average linkage over who and what (``plain``: each member's ``story_vector`` by
    article id, no dates), within the story window; between two dated articles what rests on one shared name is
    taken away (:func:`burst_similarities`; ``partners``: the terms used as words of entities' names in the
    store's articles around the region, :func:`~storyline.link.name_spread.name_partners`).

    A dated article's features count as much as their use bursts around it
    (:func:`~storyline.link.stories.bursty`, ``settings.story_burst_days`` and
    ``story_burst_power``): the names of a running story fill a week of reports, a
    country or a field is named all year.  Undated articles keep plain who and what,
    and so does a pair of a dated and an undated article (:func:`burst_similarities`).
    An undated article is apart from dated ones long before the latest day it names, and
    a story is not left spanning eras through its undated articles (:mod:`storyline.link.eras`).
    ``uses``: each feature's dated uses read from the store around the region
    (:mod:`storyline.link.burst_uses`), counted within ``settings.story_burst_reach``."""
    days = [day_number(m.published) for m in group]
    floors = [None if m.published else written_after(m.raw) for m in group]
    rows = [plain[m.aid] for m in group]
    threshold, evidence, window = (settings.consolidate_story_threshold, settings.consolidate_story_evidence,
                                   settings.story_window_days)
    if len(rows) > _FEW:  # a region: only the pairs the linkage reads are computed (story_distances)
        dist = story_distances(rows, days, settings, uses, floors, partners)
        labels, cosines = tree_labels(dist, threshold, evidence), condensed_cosines(dist, len(rows))
    else:
        sims = np.clip(burst_similarities(rows, days, settings, uses, floors, partners), 0.0, 1.0)
        labels = linkage_labels(sims, threshold, evidence)

        def cosines(i: int, items: list[int]) -> np.ndarray:
            return sims[i, items]

    def grouped(items: list[int]) -> list[int]:  # undated reports among themselves, as the story linkage groups
        return linkage_labels(np.array([cosines(i, items) for i in items]), threshold, evidence)

    return _grouped(group, split_eras(labels, days, floors, window, cosines, grouped))


def burst_similarities(plain: list[Vector], days: list[int | None], settings: Settings,
                       uses: Mapping[str, list[int]], floors: Sequence[int | None] = (),
                       partners: Mapping[str, str] | None = None) -> np.ndarray:
    """Pairwise story cosines: of the burst-weighed vectors (:func:`~storyline.link.stories.bursty`) when both
    articles are dated, of the plain ones when one or both are not; 0 for two articles more than
    ``story_window_days`` apart by the days they could have been written (:func:`~storyline.link.eras.apart`:
    a dated article's day; an undated one's ``floors`` entry, :func:`~storyline.link.eras.written_after`, or
    any day, on; none given: no floors).  ``uses``: each feature's dated uses in the store around them
    (:mod:`storyline.link.burst_uses`).

    A burst is a bound in time: what one article shares with the dated reports of its own week.  It tells
    two dated articles whether they share a running story's names or only what is said all year; between a
    dated article and one whose day is unknown it says nothing, yet weighing only the dated side would still
    tilt that side's vector away from the words they share (the dated side's own week decides).  So such a
    pair compares as two undated articles do.

    Between two dated articles, what rests on one shared name is taken away (``settings.story_name_spread``,
    :func:`~storyline.link.name_spread.spread_cosines`; ``partners``:
    :func:`~storyline.link.name_spread.name_partners`).
    The burst weights are why: they keep the names of the week at full weight and discount the words said all
    year, so a burst cosine can rest on one name alone (a country named daily through a month of news, a
    minister, a currency), where a plain cosine spreads over every shared word.  Only such pairs: the same two reports
    sharing one name keep half their cosine when both are dated and all of it when one date is missing, and the
    undated reading of ECB+ never exercises the spread (the every-pair form cost its stories 0.012 of F1).

    >>> s = Settings(story_burst_days=7, story_burst_power=1.0, story_name_spread=0.0)
    >>> plain = [{"e:1": 0.6, "t:fire": 0.8}, {"e:1": 0.6, "t:fire": 0.8}, {"e:2": 0.6, "t:fire": 0.8}]
    >>> uses = {"e:1": [0], "t:fire": [0, 100], "e:2": [100]}
    >>> burst_similarities(plain, [0, None, 100], s, uses).round(3).tolist()  # t:fire on days 0 and 100: half each
    [[1.0, 1.0, 0.308], [1.0, 1.0, 0.64], [0.308, 0.64, 1.0]]
    >>> uses = {"e:1": [0, 3], "t:fire": [0, 3, 100], "e:2": [100]}
    >>> burst_similarities(plain, [0, 3, 100], Settings(story_name_spread=0.5), uses)[0, 1].round(3)  # less e:1's
    np.float64(0.844)
    """
    if len(plain) > _FEW:  # a region: the burst weights in C-level passes (_story_rows)
        return _story_rows(plain, days, settings, uses, floors, partners).cosines(0, len(plain), 0)
    burst = [bursty(v, d, uses, settings.story_burst_days, settings.story_burst_power, settings.story_burst_reach)
             for v, d in zip(plain, days, strict=True)]
    sims = similarities(burst)
    dated = np.array([d is not None for d in days])
    if settings.story_name_spread and two_dated(days):
        both = dated[:, None] & dated[None, :]
        sims[both] = _name_spread(burst, settings.story_name_spread, partners or {}, sims)[both]
    if settings.story_burst_power and dated.any() and not dated.all():
        mixed = dated[:, None] != dated[None, :]
        sims[mixed] = similarities(plain)[mixed]
    first, last = written_ranges(days, floors)
    sims[apart(first, last, first, last, settings.story_window_days)] = 0.0
    return sims


def _name_spread(vectors: list[Vector], weight: float, partners: Mapping[str, str],
                 sims: np.ndarray) -> np.ndarray:
    """The cosines ``sims`` of a few vectors less what rests on one shared name, each vector with itself kept
    at its cosine: the same floats as :class:`_StoryRows` gives their pairs."""
    keys = list(chain.from_iterable(vectors))
    vals = np.fromiter(chain.from_iterable(v.values() for v in vectors), dtype=np.float64, count=len(keys))
    sizes = np.fromiter(map(len, vectors), dtype=np.int64, count=len(vectors))
    names = name_rows(keys, _unit_entries(vals, sizes), sizes, partners)
    out = spread_cosines(sims, np.asarray((names @ names.T).toarray(), dtype=np.float64), weight)
    np.fill_diagonal(out, np.diagonal(sims))
    return out


def _story_rows(plain: list[Vector], days: list[int | None], settings: Settings, uses: Mapping[str, list[int]],
                floors: Sequence[int | None] = (), partners: Mapping[str, str] | None = None) -> _StoryRows:
    """:class:`_StoryRows` of a region, for :func:`burst_similarities`' cosines, the very same floats, with the
    burst weights taken in C-level passes over all entries at once instead of one ``bisect`` pair per feature
    of each article.

    A feature's dated uses are its entries' (column, day) codes, sorted: those within ``story_burst_days`` of
    an entry are one ``searchsorted`` range, as :func:`~storyline.link.stories.bursty` counts them in the
    ``uses`` lists; each share is raised to ``story_burst_power`` by
    Python's ``**`` (once per distinct share), and the products and norms are those of the loop
    (:func:`row_norms`).  A region's thousands of articles spent most of their story clustering there.
    """
    keys = list(chain.from_iterable(plain))
    vals = np.fromiter(chain.from_iterable(v.values() for v in plain), dtype=np.float64, count=len(keys))
    sizes = np.fromiter(map(len, plain), dtype=np.int64, count=len(plain))
    cols = _columns(keys)
    dated = np.array([d is not None for d in days], dtype=bool)
    power, near_days = settings.story_burst_power, settings.story_burst_days
    burst = vals
    if power and dated.any():
        on = np.repeat(dated, sizes)  # the entries of dated articles: the others keep their weights
        day = np.repeat(np.array([d if d is not None else 0 for d in days], dtype=np.int64), sizes)[on]
        share = _burst_shares(cols[on], day, near_days, uses, list(dict.fromkeys(keys)), settings.story_burst_reach)
        distinct, at = np.unique(share, return_inverse=True)
        scale = np.array([x**power for x in distinct.tolist()], dtype=np.float64)[at.ravel()]
        burst = vals.copy()
        burst[on] = vals[on] * scale
    mixed = bool(power and dated.any() and not dated.all())
    spread = settings.story_name_spread if two_dated(days) else 0.0
    names = name_rows(keys, _unit_entries(burst, sizes), sizes, partners or {}) if spread else None
    return _StoryRows(_unit_rows(cols, burst, sizes), _unit_rows(cols, vals, sizes) if mixed else None,
                      _day_array(days), *written_ranges(days, floors), settings.story_window_days, spread, names)


def _burst_shares(col: np.ndarray, day: np.ndarray, near_days: int, uses: Mapping[str, list[int]],
                  vocab: Sequence[str], reach: int) -> np.ndarray:
    """Each dated entry's share of its feature's uses that lie within ``near_days`` of its day, of the store's
    uses (``uses``, by key; ``vocab``: each column's key) within ``reach`` days of it, as
    :func:`~storyline.link.stories.bursty` counts them (1.0 where none).

    >>> col, day = np.array([0, 0, 1]), np.array([100, 130, 100])
    >>> _burst_shares(col, day, 7, {"e:1": [100, 103, 130, 400]}, ["e:1", "t:x"], 30).tolist()
    [0.6666666666666666, 0.3333333333333333, 1.0]
    """
    lists = [uses.get(k, []) for k in vocab]
    pool_col = np.repeat(np.arange(len(vocab), dtype=np.int64), [len(x) for x in lists])
    pool_day = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=len(pool_col))
    wide = max(near_days, reach)
    low = int(min(day.min(), pool_day.min(initial=day.min()))) - wide
    span = int(max(day.max(), pool_day.max(initial=day.max()))) + wide - low + 1  # no window reaches another column
    code, pool = col * span + (day - low), np.sort(pool_col * span + (pool_day - low))
    near = np.searchsorted(pool, code + near_days, "right") - np.searchsorted(pool, code - near_days, "left")
    total = np.searchsorted(pool, code + reach, "right") - np.searchsorted(pool, code - reach, "left")
    return np.where(total > 0, near / np.maximum(total, 1), 1.0)


def story_distances(plain: list[Vector], days: list[int | None], settings: Settings,
                    uses: Mapping[str, list[int]], floors: Sequence[int | None] = (),
                    partners: Mapping[str, str] | None = None) -> np.ndarray:
    """The condensed distances (:func:`tree_labels`) of :func:`burst_similarities`' cosines, the very same
    floats, a block of rows at a time and only the pairs ``i < j``.

    Average linkage reads one triangle of the matrix.  A region of 3,000 articles (the cap, which a mixed
    stream of dated and undated articles reaches) made a matrix of 9 million cosines, masked it for the
    window, clipped it and copied its triangle out, each pass over arrays of 72 MB; here each row is
    multiplied with the rows after it only, in blocks of a few million cells.  An entry of the sparse
    product sums its row's products in the row's order, whichever other rows stand beside it, so every
    cosine is the one the whole product gave.

    >>> s = Settings(story_burst_days=7, story_burst_power=1.0)
    >>> plain = [{"e:1": 0.6, "t:fire": 0.8}, {"e:1": 0.6, "t:fire": 0.8}, {"e:2": 0.6, "t:fire": 0.8}]
    >>> from scipy.spatial.distance import squareform
    >>> uses = {"e:1": [0], "t:fire": [0, 100], "e:2": [100]}
    >>> whole = np.clip(1.0 - burst_similarities(plain, [0, None, 100], s, uses), 0.0, 1.0)
    >>> np.fill_diagonal(whole, 0.0)
    >>> bool((story_distances(plain, [0, None, 100], s, uses) == squareform(whole, checks=False)).all())
    True
    """
    rows = _story_rows(plain, days, settings, uses, floors, partners)
    n = len(plain)
    step = max(1, CELLS // max(1, n))
    parts = [np.zeros(0)]
    for lo in range(0, n, step):
        block = rows.cosines(lo, min(n, lo + step), lo)
        parts += [block[r, r + 1 :] for r in range(len(block))]  # row lo + r's pairs after it (views)
    dist = np.concatenate(parts)
    np.subtract(1.0, dist, out=dist)  # 1 - cosine, clipped, in place: the same floats as np.clip(1.0 - ...)
    return np.clip(dist, 0.0, 1.0, out=dist)


@dataclass
class _StoryRows:
    """A region's unit vectors for its story cosines: burst-weighed, and plain for the pairs of a dated and an
    undated article (``plain`` None when there are none), with each article's day (NaN: undated) and the
    range of days it could have been written (:func:`~storyline.link.eras.written_ranges`); with ``spread``
    (``settings.story_name_spread``), the :func:`~storyline.link.name_spread.name_rows` of the burst rows, for
    what rests on one shared name between two dated articles."""

    burst: Any  # scipy CSR, one row per article
    plain: Any
    days: np.ndarray
    first: np.ndarray
    last: np.ndarray
    window: int
    spread: float = 0.0
    names: Any = None  # name_rows of burst

    def cosines(self, lo: int, hi: int, start: int) -> np.ndarray:
        """The cosines of rows ``lo``..``hi`` (exclusive) with rows ``start``.. (dense), less what rests on one
        shared name between two dated articles (:func:`~storyline.link.name_spread.spread_cosines`); each article
        keeps its cosine with itself."""
        sims = self._products(self.burst, self.plain, lo, hi, start)
        if self.spread:
            both = ~np.isnan(self.days[lo:hi])[:, None] & ~np.isnan(self.days[start:])[None, :]
            own = np.arange(max(lo, start), hi)  # an article with itself keeps its cosine, as burst_similarities'
            both[own - lo, own - start] = False
            spread = spread_cosines(sims, self._products(self.names, None, lo, hi, start), self.spread)
            np.copyto(sims, spread, where=both)
        far = apart(self.first[lo:hi], self.last[lo:hi], self.first[start:], self.last[start:], self.window)
        np.copyto(sims, 0.0, where=far)
        return sims

    def _products(self, burst: Any, plain: Any, lo: int, hi: int, start: int) -> np.ndarray:
        """Row products of rows ``lo``..``hi`` with rows ``start``..: of ``burst`` between two dated articles,
        of ``plain`` when one of them is undated."""
        sims = np.asarray((burst[lo:hi] @ burst[start:].T).toarray(), dtype=np.float64)
        if plain is not None:
            # a dated and an undated article compare plain vectors: only those two blocks of the product
            rows, cols = ~np.isnan(self.days[lo:hi]), ~np.isnan(self.days[start:])
            on_r, off_r = np.flatnonzero(rows), np.flatnonzero(~rows)
            on_c, off_c = np.flatnonzero(cols), np.flatnonzero(~cols)
            sims[np.ix_(on_r, off_c)] = (plain[lo + on_r] @ plain[start + off_c].T).toarray()
            sims[np.ix_(off_r, on_c)] = (plain[lo + off_r] @ plain[start + on_c].T).toarray()
        return sims


def _partners(store: Any, plain: list[Vector], uses: StoreUses, reader: UsesReader) -> dict[str, str]:
    """:func:`~storyline.link.name_spread.name_partners` of the names in a region's story vectors, the names read
    from the store, counted over the store's articles around the region (``uses``,
    :mod:`storyline.link.burst_uses`)."""
    ents = sorted({int(k[2:]) for v in plain for k in v if k.startswith("e:")})
    return reader.partners(uses, store.entity_names(ents))


def cluster_events(story: list[Member], vecs: dict[int, Vector], settings: Settings) -> list[list[Member]]:
    """Events of one story: average linkage over event vectors less what the whole story shares,
    within the event window; then a lone report or two joins the well-reported event it resembles
    most (:func:`attach_fragments`, ``settings.consolidate_event_min_reports``)."""
    if len(story) < 2:  # most stories hold one report: nothing to compare
        return [list(story)]
    return events_from(story, event_similarities(story, vecs, settings), settings)


def event_similarities(story: list[Member], vecs: dict[int, Vector], settings: Settings) -> np.ndarray:
    """Pairwise cosines of a story's reports, less what the whole story shares, 0 outside the event window."""
    own = [vecs[m.aid] for m in story]
    keep = story_counts(own).common(settings.event_story_discount)
    days, window = [day_number(m.published) for m in story], settings.event_window_days
    if len(own) <= _FEW:
        return similarities([{k: x * keep.get(k, 1.0) for k, x in v.items()} for v in own], days, window)
    # the sparse product's entries discounted at once, the same products x * keep[k] in the same order as the
    # discounted vectors' (every feature of the story is counted, so it has its factor; none: 1.0)
    return _sparse_similarities(own, days, window, keep)


def events_from(story: list[Member], sims: np.ndarray, settings: Settings) -> list[list[Member]]:
    """The events :func:`cluster_events` cuts from a story's pairwise similarities (whatever made them)."""
    labels = linkage_labels(sims, settings.consolidate_event_threshold)
    if settings.consolidate_event_min_reports > 1:
        labels = attach_fragments(labels, sims, settings.consolidate_event_min_reports,
                                  settings.consolidate_event_threshold / 2)
    return _grouped(story, labels)


def vectors(group: list[Member], df: dict[str, int], n_docs: int, settings: Settings) -> dict[int, Vector]:
    """Each member's event vector (article id -> vector), weighed with the given frequencies."""
    vecs = weigh_many([m.raw for m in group], [m.lead for m in group], df, n_docs, settings)  # weigh's floats
    return dict(zip([m.aid for m in group], vecs, strict=True))


def story_counts(vecs: list[Vector]) -> Cluster:
    """A story cluster that counts, per event feature, how many of its articles name it (features in the
    order they first appear).

    >>> story_counts([{"e:1": 0.6, "t:x": 0.8}, {"t:y": 1.0, "e:1": 0.2}]).counts
    Counter({'e:1': 2, 't:x': 1, 't:y': 1})
    """
    return Cluster(0, size=len(vecs), counts=Counter(chain.from_iterable(vecs)))  # counted in C


def _grouped(items: list[Member], labels: list[int]) -> list[list[Member]]:
    out: list[list[Member]] = [[] for _ in range(max(labels, default=-1) + 1)]
    for m, lab in zip(items, labels, strict=True):
        out[lab].append(m)
    return out


@dataclass
class Outcome:
    """What consolidation changed: ids of the events and stories written, and the stories removed."""

    events: set[int]
    stories: set[int]
    gone: set[int]


def consolidate(store: Any, settings: Settings, touched: list[int], born_events: Set[int] = frozenset(),
                born_stories: Set[int] = frozenset()) -> Outcome:
    """Cluster the touched stories and their neighbours again; each region in its own transaction.

    Stories last consolidated when the store was ``settings.consolidate_stale_factor`` times
    smaller are looked at too: their weights (document frequencies) have drifted since.  Each
    story is thus re-examined a logarithmic number of times as the store grows, and a story
    untouched by the last batch was clustered with frequencies close to the final ones.
    Ids in ``born_events``/``born_stories`` were opened by this run and seen by nobody: when
    they merge or split, no lineage is kept for them.
    """
    out = Outcome(set(), set(), set())
    n_docs = store.linked_originals()  # counted once: a count over every linked article, not per region
    touched = sorted(set(touched) | set(store.stale_stories(n_docs, settings.consolidate_stale_factor)))
    reader = UsesReader(store, settings.story_burst_reach)  # keeps nothing: each region reads the counts anew
    for region in regions(store, settings, touched, n_docs):
        with store.transaction():
            _consolidate_region(store, settings, region, n_docs, out, (born_events, born_stories), reader)
    return out


def story_inputs(store: Any, settings: Settings, group: list[Member], n_docs: int, reader: UsesReader
                 ) -> tuple[dict[int, Vector], dict[int, Vector], StoreUses, dict[str, str] | None]:
    """What a region's story cosines are made of: each member's event vector and story vector (by article id),
    the store's uses of their features around the region and, with the name spread, the name partners.

    One function for consolidation and for whoever checks its scores, so the two cannot drift apart."""
    df = store.document_frequencies(sorted({k for m in group for k in m.raw}))
    vecs = vectors(group, df, n_docs, settings)
    plain = {m.aid: story_vector(vecs[m.aid]) for m in group}  # clustering's and the rewritten stories' centroids
    spread = settings.story_name_spread and two_dated([m.published for m in group])
    uses = reader.uses({k for v in plain.values() for k in v}, [day_number(m.published) for m in group]
                       ) if settings.story_burst_power or spread else StoreUses({}, None)
    partners = _partners(store, list(plain.values()), uses, reader) if spread else None
    return vecs, plain, uses, partners


def _consolidate_region(store: Any, settings: Settings, region: list[int], n_docs: int, out: Outcome,
                        born: tuple[Set[int], Set[int]], reader: UsesReader) -> None:
    group = members(store, settings, region)
    if not group or len(group) > settings.consolidate_max_articles:
        store.mark_settled(region, n_docs)
        return
    vecs, plain, uses, partners = story_inputs(store, settings, group, n_docs, reader)
    stories, events = stories_and_events(group, vecs, plain, settings, uses.days, partners)
    story_ids, story_merged, story_splits = assign_ids([[m.key for m in s] for s in stories],
                                                       {m.key: m.story for m in group})
    event_ids, event_merged, event_splits = assign_ids([[m.key for m in ev] for _, ev in events],
                                                       {m.key: m.event for m in group})
    if all(event_ids[ei] == m.event and story_ids[si] == m.story for ei, (si, ev) in enumerate(events) for m in ev):
        store.mark_settled(region, n_docs)  # the same partition under the same ids: nothing to write
        return
    keep = settings.link_centroid_size
    same_event = [same and all(m.story == story_ids[si] for m in ev)  # an event must also stay in its story
                  for same, (si, ev) in zip(_unchanged([ev for _, ev in events], event_ids, "event"), events,
                                            strict=True)]
    same_story = _unchanged(stories, story_ids, "story")
    for ei, (si, _) in enumerate(events):
        same_story[si] = same_story[si] and same_event[ei]
    for si, story in enumerate(stories):
        if same_story[si]:
            continue  # the same articles in the same events under the same id: nothing to rewrite
        st = _summed([plain[m.aid] for m in story], story, keep)
        for m in story:
            st.count(sorted(vecs[m.aid]), 2 * keep)  # what the story's articles share, for Cluster.common
        story_ids[si] = store.save_story_state(story_ids[si], st.state(), st.first, st.last,
                                               top(st.centroid, settings.story_postings))
    copies: dict[int, list[int]] = {}
    for copy, original in store.copies_in_events(sorted({m.event for m in group})):
        copies.setdefault(original, []).append(copy)
    for ei, (si, ev) in enumerate(events):
        if same_event[ei]:
            continue
        ec = _summed([vecs[m.aid] for m in ev], ev, keep)
        event_ids[ei] = store.save_event_state(event_ids[ei], ec.state(), ec.first, ec.last,
                                               top(ec.centroid, settings.link_postings), story_ids[si])
        store.move_to_event(event_ids[ei], [a for m in ev for a in (m.aid, *copies.get(m.aid, []))])
    for old, _, _g in event_merged:
        store.delete_event(old)
    for old, _, _g in story_merged:
        store.delete_story(old)
        out.gone.add(old)
    rows = (_lineage("event", event_merged, event_splits, event_ids, [ev for _, ev in events], group)
            + _lineage("story", story_merged, story_splits, story_ids, stories, group))
    store.add_lineage([r for r in rows if r.old_id not in born[0 if r.kind == "event" else 1]])
    store.mark_settled([s for s in story_ids if s is not None], n_docs)
    out.events |= {e for ei, e in enumerate(event_ids) if e is not None and not same_event[ei]}
    out.stories |= {s for si, s in enumerate(story_ids) if s is not None and not same_story[si]}
    out.gone -= out.stories


def stories_and_events(group: list[Member], vecs: dict[int, Vector], plain: dict[int, Vector], settings: Settings,
                       uses: Mapping[str, list[int]], partners: Mapping[str, str] | None = None
                       ) -> tuple[list[list[Member]], list[tuple[int, list[Member]]]]:
    """A region's stories (:func:`cluster_stories`) and their events (:func:`cluster_events`), each story's events
    then parted where they are held together by one shared name only
    (:func:`~storyline.link.name_joins.story_parts`, ``settings.story_one_name_share``).  Stories come ordered by
    their first member and hold their members in content order; events are ``(story index, members)`` ordered by
    their first member."""
    stories: list[list[Member]] = []
    events: list[tuple[int, list[Member]]] = []
    for story in cluster_stories(group, plain, settings, uses, partners):
        evs = cluster_events(story, vecs, settings)
        parts = story_parts([_sums([plain[m.aid] for m in ev]) for ev in evs], settings.story_one_name_share)
        for p in range(max(parts) + 1):
            own = [ev for ev, q in zip(evs, parts, strict=True) if q == p]
            events += [(len(stories), ev) for ev in own]
            stories.append(sorted((m for ev in own for m in ev), key=lambda m: m.key))
    order = sorted(range(len(stories)), key=lambda si: stories[si][0].key)
    at = {si: i for i, si in enumerate(order)}
    return ([stories[si] for si in order],
            sorted(((at[si], ev) for si, ev in events), key=lambda e: e[1][0].key))


def _unchanged(groups: list[list[Member]], ids: list[int | None], kind: str) -> list[bool]:
    """Per new group of ``kind`` ("event" or "story"), whether it is an old one as it was: the same id
    and the same articles.  A region where one story changed rewrote every story in it before, and a
    dense feed's regions hold hundreds: each rewrite also rebuilt a timeline nobody's articles changed."""
    old: dict[int, set[str]] = {}
    for group in groups:
        for m in group:
            old.setdefault(getattr(m, kind), set()).add(m.key)
    return [cid is not None and old.get(cid) == {m.key for m in group} for group, cid in zip(groups, ids, strict=True)]


def _summed(vecs: list[Vector], items: list[Member], keep: int) -> Cluster:
    """A cluster state from its members' vectors (centroid: their sum, heaviest ``keep`` features)."""
    c = Cluster(0)
    c.centroid = _sums(vecs)
    c.centroid = {k: c.centroid[k] for k in top(c.centroid, keep)}
    c.size = len(items)
    dates = sorted(m.published for m in items if m.published)
    c.undated = len(items) - len(dates)
    c.first, c.last = (dates[0], dates[-1]) if dates else (None, None)
    return c


def _sums(vecs: list[Vector]) -> Vector:
    """Per feature, the sum of its weights over ``vecs`` (features in the order they first appear), the very
    same floats as adding each vector's weights in turn to a running total from 0.0: ``numpy.bincount`` adds
    the entries one by one in the order given.  A story of hundreds of reports sums tens of thousands of
    weights; a few vectors are summed in Python, where the arrays would cost more than they save.

    >>> vecs = [{"a": 0.1, "b": 0.7}, {"b": 0.2, "c": 0.3}, {"a": 0.2}]
    >>> _sums(vecs) == {"a": 0.1 + 0.2, "b": 0.7 + 0.2, "c": 0.3}, _sums(vecs * 1000) == _sums_loop(vecs * 1000)
    (True, True)
    """
    if sum(map(len, vecs)) < _SUM_ENTRIES:
        return _sums_loop(vecs)
    keys = list(chain.from_iterable(vecs))
    vocab, cols = vocab_columns(keys)
    vals = np.fromiter(chain.from_iterable(v.values() for v in vecs), dtype=np.float64, count=len(keys))
    totals = np.bincount(cols, vals, minlength=len(vocab))
    return dict(zip(vocab, totals.tolist(), strict=True))


_SUM_ENTRIES = 2000
"""From this many entries, :func:`_sums` adds them in numpy."""


def _sums_loop(vecs: list[Vector]) -> Vector:
    """:func:`_sums` in Python."""
    out: Vector = {}
    for v in vecs:
        for k, x in v.items():
            out[k] = out.get(k, 0.0) + x
    return out


def _lineage(kind: str, merged: list[tuple[int, str, int]], splits: list[tuple[int, int]],
             ids: list[int | None], groups: list[list[Member]], group: list[Member]) -> list[Lineage]:
    attr = "event" if kind == "event" else "story"
    olds = [[getattr(m, attr) for m in g] for g in groups]
    return lineage_rows(kind, merged, splits, [int(i or 0) for i in ids], olds,
                        Counter(getattr(m, attr) for m in group))


def lineage_rows(kind: str, merged: list[tuple[int, str, int]], splits: list[tuple[int, int]], final: list[int],
                 olds: list[list[int | None]], size: Counter[int | None], prefix: str = "") -> list[Lineage]:
    """The lineage of an id assignment (:func:`assign_ids`): each old id merged into or split from a group.

    Consolidation and the end of a full relink both record it, with the same words, so that
    ``storyline story OLD`` explains either the same way: how many of the old id's ``size``
    articles (``olds``: the old id of each member of each group) went where.
    """
    rows = []
    for old, rel, g in merged:
        moved = sum(o == old for o in olds[g])
        rows.append(Lineage(kind, old, rel, final[g], why=(
            f"{prefix}{_share(moved, size[old])} the same {kind} as {kind} {final[g]}")))
    for g, old in splits:
        moved = sum(o == old for o in olds[g])
        rows.append(Lineage(kind, old, "split_from", final[g],
                            why=f"{prefix}{_share(moved, size[old])} another {kind}"))
    return rows


def _share(moved: int, size: int) -> str:
    """How many of an old id's articles went one way, with the verb agreeing, as a reader says it: a lone
    story's one article is "its 1 article", not "1 of its 1 articles", and one article "reports".

    >>> _share(1, 1), _share(1, 3), _share(2, 3)
    ('its 1 article reports', '1 of its 3 articles reports', '2 of its 3 articles report')
    """
    verb = "reports" if moved == 1 else "report"
    if moved == size:
        return f"its {counted(size, 'article')} {verb}"
    return f"{moved} of its {counted(size, 'article')} {verb}"
