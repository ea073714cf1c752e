"""The end of a full relink: the rebuilt events and stories take back the ids their articles had.

A full relink (an article annotated again, entity merges that could not be carried,
``link --rebuild``) forgets every event and story and links all articles again.
The partition it finds is the same or nearly, but the ids it hands out are new:
without this step a bookmarked ``story 1239`` would name another story after an
upgrade.  So ``store.clear_links`` keeps each article's event and story, the
relink numbers its clusters above all of them, and here each rebuilt cluster
takes the old id most of its articles had (:func:`consolidate.assign_ids`, as
consolidation does), old ids that lost their articles to another cluster are
recorded as merged into it, and a cluster that no old id follows keeps its new
id, recorded as split from the old id most of its articles had.  Articles new
since the last link have no old id: they neither vote nor block; copies
follow their original and do not vote either, as in consolidation.  It all happens
in one transaction (both maps read inside it, so two linkers ending
one relink together write its lineage once), and the kept map goes only with it, so a relink cut short
(Ctrl-C) resumes at the next ``link`` and gives the ids back at its end.
"""

from __future__ import annotations

from collections import Counter

from storyline.link.consolidate import assign_ids, lineage_rows
from storyline.records import Lineage
from storyline.store.protocol import LinkingStore

__all__ = ["restore_ids"]


def restore_ids(store: LinkingStore) -> None:
    """Give the clusters of a finished relink the ids their articles had before it; nothing if none ran.

    Nothing either while an annotated original waits to be linked: a second linker (an ingest that read its
    list before a ``link --rebuild`` cleared the store) ends its own run while the relink is half done, and
    giving ids back then would hand the rest of the relink new ids with no lineage.  Copies do not count: a copy
    of an unannotated original waits for it, and would hold the end back for good."""
    if not store.previous_links():
        return  # no relink under way, as on nearly every run: no write lock taken (read again under it below)
    with store.transaction():
        store.lock_entities()  # PostgreSQL: one linker at a time (SQLite's BEGIN IMMEDIATE does so already)
        # read inside the transaction: a second linker ending the same relink finds it given back, and stops
        previous = store.previous_links()
        if not previous:
            return
        if any(original is None for _, original, _ in store.links_to_do()):
            return  # another linker's relink is under way: the one that links the last article ends it
        current = store.links()
        for kind, at in (("story", 1), ("event", 0)):
            moves, rows = _id_moves(kind, _of(previous, at), _of(current, at))
            store.renumber(kind, moves)
            store.add_lineage(rows)
        store.forget_previous()


def _of(links: dict[int, tuple[int, int | None]], at: int) -> dict[int, int]:
    """Article -> its event (``at`` 0) or story (1), for the articles that have one."""
    out = {}
    for aid, ids in links.items():
        cid = ids[at]
        if cid is not None:
            out[aid] = cid
    return out


def _id_moves(kind: str, before: dict[int, int], now: dict[int, int]) -> tuple[dict[int, int], list[Lineage]]:
    """(rebuilt id -> old id it takes back, lineage rows of the old ids merged away or split from).

    >>> _id_moves("story", {1: 7, 2: 7, 3: 8, 4: 9}, {1: 20, 2: 20, 3: 20, 4: 21, 5: 22})[0]
    {20: 7, 21: 9}
    """
    members: dict[int, list[int]] = {}
    for aid, cid in now.items():
        if aid in before:
            members.setdefault(cid, []).append(aid)
    clusters = sorted(members, key=lambda c: min(members[c]))  # by smallest article: assign_ids' tie order
    groups = [sorted(members[c]) for c in clusters]
    ids, merged, splits = assign_ids(groups, before)
    moves = {c: old for c, old in zip(clusters, ids, strict=True) if old is not None}
    final = [old if old is not None else c for c, old in zip(clusters, ids, strict=True)]
    rows = lineage_rows(kind, merged, splits, final, [[before[a] for a in g] for g in groups],
                        Counter(before.values()), prefix="relinked: ")
    return moves, rows
