"""The one article a story's ``--top`` view leaves out: linked in, but sharing little with the rest.

Linking joins an article to a story by what it shares with the story as a whole, so a small story can
hold one article of another happening: a report of another market beside a market's closes, a
person's other engagement, a wire's news schedule.  Each article's lead takes a day of the story's
short chronology, and in a story of three articles every day is told by one article, so nothing
outvotes it: the judged newswire samples 7-11 count "not-the-story" as their largest kind of miss.

Such an article is marked by two things at once (read on the dev newswire, samples 7-11): it is the
article least like the others by its words (the mean cosine of its linking terms with theirs), and it
names at most a third of the story's core, the entities more than half of the story's articles name.
Either alone also marks the story's own reports (a market report that says "Shares" and "the market",
not the exchange's name; the story's one long article).  Only the least-connected article can be
outlying, so a story keeps all but one of its articles however it was linked.

Example::

    >>> from collections import Counter
    >>> summit = {1, 2, 3}  # the summit, its host city, its chair
    >>> feats = {10: (summit | {7}, Counter(summit=2, leader=1)), 11: (summit, Counter(summit=1, leader=2)),
    ...          12: ({4, 5}, Counter(index=2, share=1))}   # a market report linked in
    >>> outlying_article(feats)
    12
    >>> outlying_article({**feats, 12: ({1, 2, 4}, Counter(index=2, share=1))}) is None   # two thirds of it
    True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

MIN_ARTICLES = 3
"""A story of fewer articles has no majority to tell its core by."""
CORE_SHARE = 0.5
"""An entity more than this share of a story's articles name is of its core."""
OUTLYING_SHARE = 1 / 3
"""The least-connected article is outlying when it names at most this share of the story's core."""


def _cosine(a: Mapping[str, int], b: Mapping[str, int]) -> float:
    num = sum(v * b[t] for t, v in a.items() if t in b)
    den = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return num / den if den else 0.0


def outlying_article(features: Mapping[int, tuple[set[int], Mapping[str, int]]]) -> int | None:
    """The article of a story that shares least with the others, when it names little of the story's core.

    ``features``: per article of the story, the entities it names and its linking terms with their counts
    (``Annotation.terms``).  None when the story has fewer than :data:`MIN_ARTICLES` articles, no core
    (no entity named by more than half of them), or when its least-connected article names more than
    :data:`OUTLYING_SHARE` of the core.
    """
    arts = sorted(features)
    n = len(arts)
    if n < MIN_ARTICLES:
        return None
    named: Counter[int] = Counter(e for a in arts for e in features[a][0])
    core = {e for e, k in named.items() if k > CORE_SHARE * n}
    if not core:
        return None
    terms = {a: features[a][1] for a in arts}
    link = {a: sum(_cosine(terms[a], terms[b]) for b in arts if b != a) / (n - 1) for a in arts}
    low = min(arts, key=lambda a: link[a])
    return low if len(features[low][0] & core) <= OUTLYING_SHARE * len(core) else None
