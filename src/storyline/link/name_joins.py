"""Stories held together across events by one shared name only: parted into the events' own stories.

Average linkage joins groups of reports while their mean story cosine clears a bar, whatever that cosine rests
on.  On dense newswire most joins of two events that a reader calls wrong rest on one name the two happenings
share and little else: a country's two happenings, one minister's two engagements, two men of one name (issue 7,
``benchmarks/data/newswire_pairs_seed48_crossevent.txt``: 29 of 40 such joins wrong).  The same single-name
share between two single articles is common in right joins too (ECB+'s topics lump same-kind happenings), so the
test is taken between whole events, after consolidation has cut them: an event stays in its story only while its
story evidence with another event of the story does not rest mostly on one name.  Two events that share the
kind of happening (plain words), several names, or one name among much else stay joined, and so does an event
joined to the rest through a third event.

The evidence between two events is the sum of their members' pairwise story products, one per shared feature
(the product of the events' summed unit story vectors at that feature).  A name counts once however it is
written (:func:`name_units`): its entity, the terms used as words of it around the region (``t:casey`` with
``e:Tom Casey``, the partners :func:`~storyline.link.name_spread.name_partners` gives the name spread), and a
shorter name of the two events whose words are all words of it ("Guantanamo" in "Guantanamo Bay", a surname in
the full name).  The largest name's products over the sum is the share that one name carries.  Only a name at
the top parts two events: a shared plain word is the kind of happening, not a name.

Example::

    >>> events = [{"e:1": 0.8, "t:fire": 0.6}, {"e:1": 0.9, "t:vote": 0.44}, {"e:1": 0.6, "t:fire": 0.8}]
    >>> story_parts(events, 0.6)  # the vote shares only e:1 with the two fire events: a story of its own
    [0, 1, 0]
    >>> story_parts(events, 0.0)  # 0: off
    [0, 0, 0]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.link.features import Vector

_NONE: Mapping[str, str] = {}


def story_parts(sums: Sequence[Vector], share: float, partners: Mapping[str, str] = _NONE,
                words: Mapping[str, frozenset[str]] | None = None) -> list[int]:
    """Per event of one story (``sums``: each event's members' unit story vectors summed), the part of the story it
    belongs to (0, 1, ... by first event): the events linked, directly or through others, by evidence that does
    not rest for ``share`` or more on one name (:func:`name_only`; ``partners`` and ``words``: what makes a name's
    features one, :func:`name_units`).  ``share`` 0 keeps the story whole.

    >>> story_parts([{"e:1": 1.0}, {"e:1": 1.0}], 0.5), story_parts([{"e:1": 1.0}, {"e:2": 1.0}], 0.5)
    ([0, 1], [0, 1])
    """
    n = len(sums)
    if not share or n < 2:
        return [0] * n
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if find(i) != find(j) and not name_only(sums[i], sums[j], share, partners, words):
                root[max(find(i), find(j))] = min(find(i), find(j))
    first: dict[int, int] = {}
    return [first.setdefault(find(i), len(first)) for i in range(n)]


def name_only(a: Vector, b: Vector, share: float, partners: Mapping[str, str] = _NONE,
              words: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether the story evidence between two events (``a``, ``b``: their members' summed story vectors) is
    none, or rests for ``share`` or more on one shared name (:func:`name_units`).

    >>> name_only({"e:1": 2.0, "t:fire": 0.2}, {"e:1": 1.0, "t:fire": 0.5}, 0.6)  # 2.0 of 2.1
    True
    >>> name_only({"e:1": 1.0, "t:fire": 1.0}, {"e:1": 1.0, "t:fire": 1.0}, 0.6)  # half on the fire
    False
    >>> name_only({"t:fire": 2.0, "e:1": 0.1}, {"t:fire": 1.0, "e:1": 1.0}, 0.6)  # the top is a word
    False
    >>> a, b = {"e:1": 1.0, "t:casey": 0.6, "t:fire": 0.9}, {"e:1": 1.0, "t:casey": 0.6, "t:fire": 0.9}
    >>> name_only(a, b, 0.6), name_only(a, b, 0.6, {"t:casey": "e:1"})  # 1.0 of 2.17; with its word 1.36
    (False, True)
    """
    if len(b) < len(a):
        a, b = b, a
    products = {k: x * b[k] for k, x in a.items() if k in b}
    total = sum(products.values())
    if total <= 0.0:
        return True
    units = name_units(products, partners, words or {})
    top = max(units, key=lambda k: (units[k], k))
    return top.startswith("e:") and units[top] >= share * total


def name_units(products: Mapping[str, float], partners: Mapping[str, str],
               words: Mapping[str, frozenset[str]]) -> dict[str, float]:
    """The shared features' products summed per name: an entity (``e:``) with the terms that are words of it
    (``partners``: term -> entity, kept only when that entity is shared too) and with every other shared entity
    whose name's words (``words``: entity key -> its name's lower-cased words) are all words of its own or
    contain all of its own; a plain term stays a unit of its own.  A name is keyed by the first of its entities.

    >>> units = name_units({"e:1": 0.3, "e:2": 0.2, "t:bay": 0.1, "t:fire": 0.4}, {"t:bay": "e:2"},
    ...                    {"e:1": frozenset({"guantanamo"}), "e:2": frozenset({"guantanamo", "bay"})})
    >>> {k: round(v, 2) for k, v in units.items()}
    {'e:1': 0.6, 't:fire': 0.4}
    """
    ents = sorted(k for k in products if k.startswith("e:"))
    root = {k: k for k in ents}

    def find(k: str) -> str:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    for i, k in enumerate(ents):
        for j in ents[i + 1:]:
            wk, wj = words.get(k), words.get(j)
            if wk and wj and (wk <= wj or wj <= wk):
                a, b = find(k), find(j)
                root[max(a, b)] = min(a, b)
    out: dict[str, float] = {}
    for k, x in products.items():
        owner = k if k in root else partners.get(k, "")
        unit = find(owner) if owner in root else k
        out[unit] = out.get(unit, 0.0) + x
    return out
