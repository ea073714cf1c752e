"""The store's dated uses of a region's story features: what its burst weights and name partners count.

A consolidation region is the stories a batch touched and their neighbours, so who else sits in it depends
on the history of batches.  The burst weights (:func:`~storyline.link.stories.bursty`) counted a feature's
uses among the region's own articles, and the name partners
(:func:`~storyline.link.name_spread.name_partners`) among the region's vectors: the same two reports near the
story bar scored 0.1007 in one region and 0.1043 in another (bar 0.10), and joined in one arrival order and
not in the other.  Read from the store instead -- every linked original article whose day lies within
``reach`` days of the region's dated articles -- a feature's share of uses near a day is a function of the
stored articles, whichever region asks.

Example::

    >>> uses = StoreUses.of([(100, {"e:1", "t:riot"}), (103, {"e:1"}), (300, {"e:1", "t:vote"})], {"e:1"})
    >>> uses.days, uses.vectors
    ({'e:1': [100, 103, 300]}, [{'e:1': 1.0}, {'e:1': 1.0}, {'e:1': 1.0}])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StoreUses:
    """Per story feature of a region, the sorted days of the store's dated articles naming it (``days``), and
    those articles' story features restricted to the region's (``vectors``, for the name partners)."""

    days: dict[str, list[int]]
    vectors: list[dict[str, float]]

    @classmethod
    def of(cls, articles: Iterable[tuple[int, Set[str]]], features: Set[str]) -> StoreUses:
        """From (day, story features) of the stored articles, kept to ``features`` (the region's)."""
        days: dict[str, list[int]] = {}
        vectors: list[dict[str, float]] = []
        for day, keys in articles:
            mine = sorted(k for k in keys if k in features)
            if not mine:
                continue
            vectors.append(dict.fromkeys(mine, 1.0))
            for k in mine:
                days.setdefault(k, []).append(day)
        for v in days.values():
            v.sort()
        return cls(days, vectors)


def store_uses(store: Any, features: Set[str], days: Sequence[int | None], reach: int) -> StoreUses | None:
    """The uses of ``features`` by the store's linked original articles dated within ``reach`` days of any of
    ``days`` (a region's); None when no day is given (an undated region weighs no bursts).

    Every article within ``reach`` of a region's article is read, so the counts a feature gets around one day
    are the same whichever other articles share the region.  An article with no cached link features yet
    (linked by an old release) is not counted until consolidation caches them.
    """
    dated = [d for d in days if d is not None]
    if not dated:
        return None
    low, high = min(dated) - reach, max(dated) + reach
    rows = store.dated_link_features(_iso(low), _iso(high + 1))
    return StoreUses.of(((d, {k for k in data["r"] if k[0] in "et"}) for d, data in _days(rows, low, high)),
                        features)


def _days(rows: Iterable[tuple[str, dict[str, Any]]], low: int, high: int) -> Iterable[tuple[int, dict[str, Any]]]:
    """(day number, link features) of the rows whose own date lies in [low, high]."""
    for published, data in rows:
        day = dt.date.fromisoformat((data.get("p") or published)[:10]).toordinal()
        if low <= day <= high:
            yield day, data


def _iso(day: int) -> str:
    """The ISO date of a day number (:func:`~storyline.link.events.day_number`'s inverse).

    >>> _iso(dt.date(2019, 3, 1).toordinal())
    '2019-03-01'
    """
    return dt.date.fromordinal(max(1, day)).isoformat()
