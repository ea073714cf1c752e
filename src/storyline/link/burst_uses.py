"""The store's dated uses of a region's story features: what its burst weights and name partners count.

A consolidation region is the stories a batch touched and their neighbours, so who else sits in it depends
on the history of batches.  The burst weights (:func:`~storyline.link.stories.bursty`) counted a feature's
uses among the region's own articles, and the name partners
(:func:`~storyline.link.name_spread.name_partners`) among the region's vectors: the same two reports near the
story bar scored 0.1007 in one region and 0.1043 in another (bar 0.10), and joined in one arrival order and
not in the other.  Read from the store instead -- the uses by every linked original article whose day lies
within ``reach`` days of the region's dated articles -- a feature's share of uses near a day is a function of
the stored articles, whichever region asks.  The store keeps those uses counted per feature and day as
articles are linked (:mod:`storyline.store.story_uses`), so a region reads its features' counts, not the
articles around it: no article is decoded.  The read is not free of the store's size: :meth:`StoreUses.of`
expands each day's count into that many entries (the burst shares count them), and a name partner joins the
articles of the rarer of two features, so a region costs its features' uses within the reach (on the whole
newswire copied 4 times over the same dates, 40 regions 0.41 -> 0.72 s, against 4.8 -> 20.8 s decoding).

Example::

    >>> StoreUses.of({"e:1": [(100, 1), (103, 2)], "t:riot": [(100, 1)]}, (0, 500)).days
    {'e:1': [100, 103, 103], 't:riot': [100]}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any

from storyline.link.events import day_number
from storyline.link.name_spread import name_words, partners_of
from storyline.link.stories import is_story_feature


@dataclass(frozen=True)
class StoreUses:
    """Per story feature of a region, the sorted days of the store's dated articles naming it (``days``, a day
    once per article), and the span of days they were read from (``span``; None: no dated article asked)."""

    days: dict[str, list[int]]
    span: tuple[int, int] | None

    @classmethod
    def of(cls, counts: Mapping[str, list[tuple[int, int]]], span: tuple[int, int] | None) -> StoreUses:
        """From each feature's (day, articles) counts, by day."""
        return cls({k: [d for d, n in rows for _ in range(n)] for k, rows in counts.items()}, span)


@dataclass
class UsesReader:
    """Reads :class:`StoreUses` and name partners for the regions of one consolidation transaction.

    Every counted use within ``reach`` days of a region's dated articles is read, so the counts a feature gets
    around one day are the same whichever other articles share the region.  A reader keeps nothing between
    calls: each reads the counts as the store holds them then, so one reader serves every region of a run even
    when a concurrent linker merges two entities in between (:mod:`storyline.link.entity_rename` rewrites the
    cached features of the articles naming them and their counted uses in one transaction).  An article with
    no cached link features yet (linked by an old release) is not counted.
    """

    store: Any
    reach: int

    def uses(self, features: Set[str], days: Sequence[int | None]) -> StoreUses:
        """The uses of ``features`` around ``days`` (a region's); none when no day is given."""
        dated = [d for d in days if d is not None]
        if not dated:
            return StoreUses({}, None)
        span = (min(dated) - self.reach, max(dated) + self.reach)
        return StoreUses.of(self.store.story_use_days(sorted(features), *span), span)

    def partners(self, uses: StoreUses, names: Mapping[int, str]) -> dict[str, str]:
        """:func:`~storyline.link.name_spread.name_partners` of the entities ``names`` over the stored articles
        ``uses`` were read from: a term's carriers are its uses there, and the articles naming both the term
        and an entity are counted by the store (looked up from the rarer of the two).  ``name_partners`` itself
        decodes the articles and is no longer called on the way to a story; it stays as the rule's plain
        statement, which this read must equal (tests/link/test_story_names.py checks both on stored newswire)."""
        if uses.span is None:
            return {}
        words = name_words(names)
        carriers = {t: len(uses.days[t]) for t in words if t in uses.days}
        pairs = [(t, e) for t in carriers for e in words[t] if e in uses.days]
        rarer = [(t, e) if carriers[t] <= len(uses.days[e]) else (e, t) for t, e in pairs]
        counted = self.store.story_uses_together(rarer, *uses.span)
        together = {(t, e): counted[a, b] for (t, e), (a, b) in zip(pairs, rarer, strict=True)}
        return partners_of(words, carriers, together, names)


def burst_neighbours(store: Any, article_ids: list[int], days: int) -> list[int]:
    """The stories with an article published within ``days`` of one of these (a batch's new articles) that
    names one of its story features.

    A new dated article is one more use of its features in their bursts: the burst share of every stored
    article within ``days`` of it that names them rises (:func:`~storyline.link.stories.bursty`), so pairs of
    those articles that consolidation left just under the story bar may now join.  Their stories are looked
    at again with the batch's.  An article sharing none of the new one's features keeps its burst weights, so
    its story is left alone; one whose link features are not cached (linked by an older release) cannot be
    told apart and is kept.  The filter is exact within ``days`` only: the new article also lowers its
    features' shares in articles 8 to ``story_burst_reach`` days away and may change a term's name partner,
    which nothing here follows (a drift left to the stale-story rule).  It saves little where common terms
    join every story (a dense store: 463 -> 433 neighbours).  The cost is bounded by the feed's articles per
    ``2 * days + 1`` days.
    """
    new = store.link_features(article_ids)
    spans: list[tuple[int, int, set[str]]] = []
    for aid in article_ids:
        data = new.get(aid, {})
        if (day := day_number(data.get("p"))) is not None:
            spans.append((day - days, day + days, set(filter(is_story_feature, data["r"]))))
    near: set[int] = set()
    for low, high, keys in _joined(sorted(spans, key=lambda s: s[0])):
        around = [aid for aid, _ in store.dated_originals(_iso(low), _iso(high + 1))]
        feats = store.link_features(around)
        near.update(aid for aid in around if aid not in feats or not keys.isdisjoint(feats[aid]["r"]))
    return store.stories_of_articles(sorted(near)) if near else []


def _joined(spans: list[tuple[int, int, set[str]]]) -> list[tuple[int, int, set[str]]]:
    """Overlapping or touching day spans (sorted by start) merged, their features pooled.

    >>> spans = _joined([(1, 5, {"e:1"}), (6, 9, {"t:x"}), (20, 22, {"e:2"})])
    >>> [(low, high, sorted(keys)) for low, high, keys in spans]
    [(1, 9, ['e:1', 't:x']), (20, 22, ['e:2'])]
    """
    out: list[tuple[int, int, set[str]]] = []
    for low, high, keys in spans:
        if out and low <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], high), out[-1][2] | keys)
        else:
            out.append((low, high, set(keys)))
    return out


def _iso(day: int) -> str:
    """The ISO date of a day number (:func:`~storyline.link.events.day_number`'s inverse).

    >>> _iso(dt.date(2019, 3, 1).toordinal())
    '2019-03-01'
    """
    return dt.date.fromordinal(max(1, day)).isoformat()
