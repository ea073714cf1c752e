"""What of a story cosine rests on one shared name, and how much of it two dated reports lose.

Two dated reports that share one country, one minister or one currency and nothing else are, to a reader, two
stories; the burst weights (:func:`~storyline.link.stories.bursty`) keep a week's names at full weight and discount
the words said all year, so a dated pair's burst cosine can rest on such a name alone.  A name counts once
however it reaches the story vector: its entity (``e:``) and the terms that are words of it (``t:taiwan`` with
``e:Taiwan``) are one unit.  Which terms are words of a name is decided over the store's dated articles around
the region being linked (:func:`name_partners`, :mod:`storyline.link.burst_uses`), so it depends on the set of
stored articles, not on the order they came in nor on which stories share the region.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import numpy as np

from storyline.link.sums import vocab_columns


def two_dated(days: Sequence[object | None]) -> bool:
    """Whether at least two of the articles have a day: the name spread weighs only pairs of dated articles.

    >>> two_dated([3, None, 5]), two_dated([None, 4])
    (True, False)
    """
    return sum(d is not None for d in days) > 1


def spread_cosines(sims: np.ndarray, squares: np.ndarray, weight: float) -> np.ndarray:
    """Cosines less what rests on a single shared name: ``cos - weight * sum_U P_U ** 2 / cos``.

    A pair's story cosine is a sum of products, one per shared feature; ``P_U`` sums those of one name ``U``
    (its entity and the terms that are words of it, :func:`name_partners`), and ``squares`` holds
    ``sum_U P_U ** 2`` per pair (:func:`name_rows`).  A reader calls two reports one story when they share a
    participant and what happened, not when they share a country: two reports joined by one name alone keep
    ``1 - weight`` of their cosine, two joined by ``n`` names of equal weight ``1 - weight / n``, and the
    products of shared plain words (a fire, a summit, a budget) count in the cosine and never in ``squares``.

    >>> sims, squares = np.array([[0.4, 0.4, 0.4]]), np.array([[0.16, 0.04, 0.0]])  # one name; four; plain words
    >>> spread_cosines(sims, squares, 0.5).round(3).tolist()
    [[0.2, 0.35, 0.4]]
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        return sims - weight * np.where(sims > 0.0, squares / np.where(sims > 0.0, sims, 1.0), 0.0)


def name_partners(vectors: Sequence[Collection[str]], names: Mapping[int, str]) -> dict[str, str]:
    """Term key -> the key of the entity whose name the term is a word of *in these articles*.

    A word of an entity's name is a word of that name only where it is used as the name: of the ``vectors`` (the
    store's articles around a region, :class:`~storyline.link.burst_uses.UsesReader`) that carry the term, more than
    half also name the entity. "taiwan" rides with e:Taiwan; "fire", "coal", "safety" or "state" are said far beyond
    the Los Angeles Fire Department or the State Administration of Coal Mine Safety and stay plain words, the kind
    of happening a story is about. A plain majority, not a tuned bar. When the term rides so with several entities
    it goes to the one most of its articles name (then the alphabetically first name), so each term belongs to one
    name at most.  The answer depends on the set of articles, not on their order.

    >>> vs = [{"t:taiwan": 1.0, "e:7": 1.0, "t:fire": 1.0}, {"t:taiwan": 1.0, "e:7": 1.0},
    ...       {"t:fire": 1.0, "e:9": 1.0}, {"t:fire": 1.0}]
    >>> name_partners(vs, {7: "Taiwan", 9: "Los Angeles Fire Department"})
    {'t:taiwan': 'e:7'}
    """
    words = name_words(names)
    carriers: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for vec in vectors:
        for term in (k for k in vec if k in words):
            carriers[term] += 1
            together.update((term, e) for e in words[term] if e in vec)
    return partners_of(words, carriers, together, names)


def name_words(names: Mapping[int, str]) -> dict[str, list[str]]:
    """Term key -> the keys of the entities whose names have that word (lower-cased), in ``names``' order.

    >>> name_words({7: "Taiwan", 9: "Taiwan Strait"})
    {'t:taiwan': ['e:7', 'e:9'], 't:strait': ['e:9']}
    """
    words: dict[str, list[str]] = {}
    for eid, name in names.items():
        for word in dict.fromkeys(w.lower() for w in _NAME_WORDS.findall(name or "")):
            words.setdefault(f"t:{word}", []).append(f"e:{eid}")
    return words


def partners_of(words: Mapping[str, list[str]], carriers: Mapping[str, int], together: Mapping[tuple[str, str], int],
                names: Mapping[int, str]) -> dict[str, str]:
    """:func:`name_partners`' choice from its counts: of the articles carrying each term (``carriers``, terms
    carried by none left out), how many also name each entity it is a word of (``together``, missing: none).
    Whoever counted them (the vectors at hand, or the store's use tables) gets the same partners."""
    out: dict[str, str] = {}
    for term in sorted(carriers):
        riding = [(-together.get((term, e), 0), names[int(e[2:])] or "", e) for e in words[term]
                  if 2 * together.get((term, e), 0) > carriers[term]]
        if riding:
            out[term] = min(riding)[2]
    return out


_NAME_WORDS = re.compile(r"[^\W\d_]+")


def name_rows(keys: Sequence[str], unit: np.ndarray, sizes: np.ndarray, partners: Mapping[str, str]) -> Any:
    """Rows (scipy's CSR) whose products between two articles are ``sum_U P_U ** 2`` over the names ``U`` they
    share, exactly: ``P_U ** 2`` is the sum over every pair ``(k, l)`` of the name's features of
    ``a_k a_l b_k b_l``, so each article has a column per pair of its features of one name (``a_k ** 2`` for a
    feature with itself, ``sqrt(2) a_k a_l`` for two).  ``keys`` and ``unit`` give each article's entries and
    their unit weights in order (``sizes``: entries per article), as for the story rows; ``partners`` is
    :func:`name_partners`, and a term counts with its entity only in an article that names the entity.  Plain
    terms give nothing.  Columns follow the keys' first appearance, not entity ids.

    >>> keys = ["e:1", "t:gansu", "t:province", "t:mine", "e:1", "t:gansu", "t:province"]
    >>> rows = name_rows(keys, np.array([0.5, 0.5, 0.5, 0.5, 0.6, 0.6, 0.529]), np.array([4, 3]),
    ...                  {"t:gansu": "e:1", "t:province": "e:1"})
    >>> p = 0.5 * 0.6 + 0.5 * 0.6 + 0.5 * 0.529  # the one name's share of the cosine
    >>> bool(np.isclose((rows @ rows.T).toarray()[0, 1], p * p))
    True
    """
    from scipy.sparse import csr_matrix

    vocab, cols = vocab_columns(list(keys))
    width, n = len(vocab), len(sizes)
    owner = np.array([i if k[0] == "e" else vocab.get(partners.get(k, ""), -1) for k, i in vocab.items()],
                     dtype=np.int64)  # the column of the entity whose name each feature is part of; -1: none
    rows = np.repeat(np.arange(n, dtype=np.int64), sizes)
    name = owner[cols] if len(cols) else np.zeros(0, dtype=np.int64)
    named = rows * width + name
    keep = (name >= 0) & np.isin(named, named[cols == name])  # the entity itself in the entry's own article
    at = np.flatnonzero(keep)
    at = at[np.lexsort((cols[at], name[at], rows[at]))]  # an article's entries of one name side by side
    group = named[at]
    r_parts, c_parts, v_parts = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0)]
    for step in range(len(at)):
        same = group[step:] == group[: len(group) - step]
        if not same.any():
            break
        i, j = at[: len(at) - step][same], at[step:][same]
        r_parts.append(rows[i])
        c_parts.append(cols[i] * width + cols[j])
        v_parts.append(unit[i] * unit[j] * (1.0 if step == 0 else math.sqrt(2.0)))
    distinct, column = np.unique(np.concatenate(c_parts), return_inverse=True)
    return csr_matrix((np.concatenate(v_parts), (np.concatenate(r_parts), column.ravel())),
                      shape=(n, max(1, len(distinct))))
