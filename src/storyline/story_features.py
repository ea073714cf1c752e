"""What stories compare and on which day: the two rules linking and the store both apply.

The store counts each story feature's uses per day as articles are linked (:mod:`storyline.store.story_uses`),
and consolidation weighs the same features by the same days (:mod:`storyline.link.stories`).  Data flows from the
store to linking, never back, so the store may not import linking; with a copy of each rule on either side the
counts could quietly weigh other features or other days than the story vectors hold.  Both import them from here.
"""

from __future__ import annotations

import datetime as dt


def day_number(published: str | None) -> int | None:
    """Days since 0001-01-01 of an ISO date (None when undated).

    >>> day_number("0001-01-02"), day_number("2019-03-01T09:00"), day_number(None)
    (2, 737119, None)
    """
    return dt.date.fromisoformat(published[:10]).toordinal() if published else None


def is_story_feature(key: str) -> bool:
    """Whether a vector key is an entity (``e:``) or a term (``t:``): who and what, the part stories compare.

    Dates and other keys say when, which the burst weights read from the articles' days instead.

    >>> [k for k in ("e:1", "t:riot", "d:2019-03") if is_story_feature(k)]
    ['e:1', 't:riot']
    """
    return key[0] in "et"
