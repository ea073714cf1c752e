"""Stories held together across events by one shared name only: parted into the events' own stories.

Average linkage joins groups of reports while their mean story cosine clears a bar, whatever that cosine rests
on.  On dense newswire most joins of two events that a reader calls wrong rest on one name the two happenings
share and little else: a country's two happenings, one minister's two engagements, two men of one name (issue 7,
``benchmarks/data/newswire_pairs_seed48_crossevent.txt``: 29 of 40 such joins wrong).  The same single-name
share between two single articles is common in right joins too (ECB+'s topics lump same-kind happenings), so the
test is taken between whole events, after consolidation has cut them: an event stays in its story only while its
story evidence with another event of the story does not rest mostly on one entity.  Two events that share the
kind of happening (plain words), several names, or one name among much else stay joined, and so does an event
joined to the rest through a third event.

The evidence between two events is the sum of their members' pairwise story products, one per shared feature
(the product of the events' summed unit story vectors at that feature); its largest single product over the
sum is the share that one feature carries.  Only an entity (``e:``) at the top parts two events: a shared word
is the kind of happening, not a name.

Example::

    >>> events = [{"e:1": 0.8, "t:fire": 0.6}, {"e:1": 0.9, "t:vote": 0.44}, {"e:1": 0.6, "t:fire": 0.8}]
    >>> story_parts(events, 0.6)  # the vote shares only e:1 with the two fire events: a story of its own
    [0, 1, 0]
    >>> story_parts(events, 0.0)  # 0: off
    [0, 0, 0]
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.link.features import Vector


def story_parts(sums: Sequence[Vector], share: float) -> list[int]:
    """Per event of one story (``sums``: each event's members' unit story vectors summed), the part of the story it
    belongs to (0, 1, ... by first event): the events linked, directly or through others, by evidence that does
    not rest for ``share`` or more on one entity (:func:`name_only`).  ``share`` 0 keeps the story whole.

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
            if find(i) != find(j) and not name_only(sums[i], sums[j], share):
                root[max(find(i), find(j))] = min(find(i), find(j))
    first: dict[int, int] = {}
    return [first.setdefault(find(i), len(first)) for i in range(n)]


def name_only(a: Vector, b: Vector, share: float) -> bool:
    """Whether the story evidence between two events (``a``, ``b``: their members' summed story vectors) is
    none, or rests for ``share`` or more on one shared entity.

    >>> name_only({"e:1": 2.0, "t:fire": 0.2}, {"e:1": 1.0, "t:fire": 0.5}, 0.6)  # 2.0 of 2.1
    True
    >>> name_only({"e:1": 1.0, "t:fire": 1.0}, {"e:1": 1.0, "t:fire": 1.0}, 0.6)  # half on the fire
    False
    >>> name_only({"t:fire": 2.0, "e:1": 0.1}, {"t:fire": 1.0, "e:1": 1.0}, 0.6)  # the top is a word
    False
    """
    if len(b) < len(a):
        a, b = b, a
    products = {k: x * b[k] for k, x in a.items() if k in b}
    total = sum(products.values())
    if total <= 0.0:
        return True
    top = max(products, key=lambda k: (products[k], k))
    return top.startswith("e:") and products[top] >= share * total

