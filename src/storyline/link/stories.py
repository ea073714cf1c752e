"""Stories: events on one running topic, linked across months and changing vocabulary.

Two events of one story rarely share dates and often share few words (a
letter posted in July, a new letter the next June), but they keep the same
cast and the core of the same vocabulary.  So a story compares who and what
only: the entity and term blocks of its articles' vectors, without dates, and
stays open for ``settings.story_window_days`` after its last article.

Example::

    >>> story_vector({"e:1": 0.6, "t:letter": 0.6, "y:2018": 0.5})
    {'e:1': 0.7071067811865475, 't:letter': 0.7071067811865475}
    >>> title_from({"e:1": 2.0, "e:2": 1.5, "t:letter": 1.0, "t:summit": 0.2}, {1: "Donald Trump", 2: "Kim Jong Un"})
    'Donald Trump, Kim Jong Un: letter, summit'
"""

from __future__ import annotations

import bisect
import math
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

from storyline.link.features import Vector, top
from storyline.story_features import is_story_feature as is_story_feature  # shared with the store


def story_vector(vec: Vector) -> Vector:
    """The who-and-what part of an article vector, L2-normalized (dates dropped)."""
    part = {k: x for k, x in vec.items() if is_story_feature(k)}
    norm = math.sqrt(sum(map(operator.mul, part.values(), part.values())))  # the running sum of x * x
    return {k: x / norm for k, x in part.items()} if norm else {}


def bursty(vec: Vector, day: int | None, occurrences: Mapping[str, list[int]], days: int, power: float,
           reach: int) -> Vector:
    """``vec`` with each feature scaled by how much of its use falls within ``days`` of ``day``.

    A running story's names and words come in a burst: the prison town of a riot,
    a summit's venue, a virus strain in one country fill a week of reports and
    then fall silent.  A country, a ministry or a field is named all year round,
    whatever happens.  So a feature weighs its share of the dated articles naming
    it (``occurrences``, read from the store around a region, :mod:`storyline.link.burst_uses`) that lie
    within ``days`` of this article, to the power ``power``: two reports sharing only what is said every week
    resemble each other little, two sharing what was said only that week resemble each other much.  The share
    is of the uses within ``reach`` days of this article, not of all of them: a feature's uses years away, or
    only some of them, must not weigh on today's article by how much the store holds.
    An undated article, or ``power`` 0, keeps its vector as it is.

    >>> occ = {"e:brazil": [1, 40, 80, 100, 120], "e:valledupar": [99, 100]}
    >>> bursty({"e:brazil": 1.0, "e:valledupar": 1.0}, 100, occ, 7, 1.0, reach=30)
    {'e:brazil': 0.3333333333333333, 'e:valledupar': 1.0}
    """
    if day is None or not power:
        return vec
    out = {}
    for k, x in vec.items():
        seen = occurrences.get(k)
        total = _within(seen or [], day, reach)
        if total:
            x *= (_within(seen or [], day, days) / total) ** power
        out[k] = x
    return out


def _within(days: list[int], day: int, reach: int) -> int:
    """How many of the sorted ``days`` lie within ``reach`` of ``day``."""
    return bisect.bisect_right(days, day + reach) - bisect.bisect_left(days, day - reach)


# Words frequent in any story that tell a reader nothing about this one: verbs of saying, and the
# day and month names every dated report carries.
_NOT_TITLE_TERMS = frozenset({
    "say", "tell", "add", "note", "state", "ask", "quote", "mention", "speak", "reply", "respond", "comment",
    "explain", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
})


def title_from(centroid: Vector, names: dict[int, str], n_entities: int = 2, n_terms: int = 2) -> str:
    """A short title: the most central entities, then the most central terms not already in their names.

    >>> title_from({"t:quake": 1.0, "t:iran": 0.9, "e:3": 0.5}, {3: "Iran"})
    'Iran: quake'
    >>> title_from({"t:say": 2.0, "t:tuesday": 1.5, "t:flood": 1.0, "e:3": 0.5}, {3: "Iran"})
    'Iran: flood'
    """
    central = [names.get(int(f[2:])) for f in top({k: x for k, x in centroid.items() if k.startswith("e:")},
                                                   3 * n_entities)]
    ents: list[str] = []
    for name in central:
        if name and name not in ents and len(ents) < n_entities:
            ents.append(name)
    # a term that is part of a central name ("kim" for Kim Jong Un) says nothing the names do not
    in_names = {w.lower() for name in central if name for w in re.findall(r"\w+", name)}
    terms = [f[2:] for f in top({k: x for k, x in centroid.items() if k.startswith("t:")}, 10)
             if f[2:] not in in_names and f[2:] not in _NOT_TITLE_TERMS][:n_terms]
    if ents and terms:
        return f"{', '.join(ents)}: {', '.join(terms)}"
    return ", ".join(ents or terms)


# short words every headline has, which say nothing about which happening it reports
_HEADLINE_STOP = frozenset({
    "the", "and", "for", "with", "from", "into", "over", "after", "before", "says", "said", "are", "was", "were",
    "has", "have", "its", "his", "her", "their", "new", "not", "but", "who", "what", "how", "why", "will", "than",
})


def headline_words(title: str) -> set[str]:
    """The content words of a headline, each cut to its first 5 letters so that forms of one word meet.

    >>> sorted(headline_words("Apple unveils the new Intel-based Mac"))
    ['apple', 'based', 'intel', 'mac', 'unvei']
    """
    return {w[:5] for w in re.findall(r"[^\W\d_]{3,}", title.lower()) if w not in _HEADLINE_STOP}


def headline_title(headlines: Sequence[tuple[str, str | None]], longest: int | None = None,
                   fewest: int = 0) -> str | None:
    """The member headline that says most of what the others say, or None when there is none.

    A reader scanning a list of stories recognises a headline ("Apple unveils
    new Intel-based Mac") where a label of central names and terms ("London, Sydney:
    non, version") says little, above all when the cluster's own names are
    common in the store.  Each headline scores how many of the other headlines
    share each of its words, over the square root of its number of words (a
    long headline shares more by its length alone).  Only the set of members
    counts, never the order they came in: ties go to the earliest, then to the
    alphabetically first, and the title of a cluster does not move while a
    later report says the same.  With ``longest`` (characters) and ``fewest`` (content words) a headline
    outside those bounds is not chosen, though its words still count for the others.

    >>> headline_title([("Lohan checks into rehab", "2008-01-02"), ("Tara Reid checks into rehab", "2008-01-03"),
    ...                 ("Lohan leaves Betty Ford for Malibu rehab", "2008-01-04")])
    'Lohan checks into rehab'
    >>> headline_title([("Apple unveils new Intel-based Mac", None)]), headline_title([])
    ('Apple unveils new Intel-based Mac', None)
    >>> headline_title([("Lohan checks into rehab at Betty Ford on the advice of her lawyer", None),
    ...                 ("Lohan checks into Betty Ford", None), ("Lohan", None)], longest=40, fewest=3)
    'Lohan checks into Betty Ford'
    """
    words = [headline_words(title) for title, _ in headlines]
    # how many headlines hold each word: a word of headline i is in that many others but itself (a count per
    # word, not a pass over every other headline, which a story of hundreds of reports made quadratic)
    holders = Counter(chain.from_iterable(words))
    best: tuple[float, str, str] | None = None
    for i, (title, published) in enumerate(headlines):
        if (longest is not None and len(title) > longest) or len(words[i]) < fewest:
            continue
        shared = sum(holders[w] for w in words[i]) - len(words[i])
        key = (-shared / math.sqrt(len(words[i]) or 1), published or "", title)
        if best is None or key < best:
            best = key
    return best[2] if best else None
