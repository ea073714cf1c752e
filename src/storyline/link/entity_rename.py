"""Carry the store's entity merges into linking's own state when linking next runs.

Linking reads an article's entities as ``e:ID`` features, and resolution may
later merge entity ``old`` into another (:mod:`storyline.store.entity_merge`,
which records it in the entity lineage and moves the mentions).  Linking's
state then still names ``e:old``: in each article's cached features, the
document frequencies, the centroids and feature counts of the events and
stories holding those articles, and the postings.  The store only records
the merge; this module, which owns those formats, renames the feature here
before any article is placed, so the store never edits linking's records.

A merge is pending while ``e:old`` still has a document frequency: the
rename takes it to zero, and a rebuild forgets it, so nothing else needs to
remember which merges were applied.  Renaming does what features made afresh
from the survivor's mentions would give (counts summed; an article naming
both ids counts once), and marks the stories holding those articles dirty,
so consolidation clusters them again and their titles and timelines (which
name entity ids) are rebuilt: the partition is the one ``link --rebuild``
gives.  If some linked article naming ``e:old`` has no cached features
(linked before they were kept), the store must be relinked instead.

Example::

    >>> renamed_features({"r": {"e:2": 1, "e:1": 2, "t:x": 1}, "l": ["e:2", "t:x"], "p": None}, "e:2", "e:1")
    {'r': {'e:1': 3, 't:x': 1}, 'l': ['e:1', 't:x'], 'p': None}
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from storyline.link.features import entity_feature
from storyline.records import Lineage
from storyline.store.protocol import LinkingStore


def pending_renames(merges: list[Lineage], df: dict[str, int]) -> list[tuple[int, int]]:
    """(old id, id it leads to now) of every merge whose old feature still counts in ``df``, oldest first.

    A later merge of the survivor is followed to the live id, so one rename per old id is enough.

    >>> rows = [Lineage("entity", 3, "merged_into", 2), Lineage("entity", 2, "merged_into", 1)]
    >>> pending_renames(rows, {"e:3": 1, "e:2": 0})
    [(3, 1)]
    """
    into = {r.old_id: r.new_id for r in merges}  # an entity lineage row is always merged_into an id
    out = []
    for old, live in into.items():
        if df.get(entity_feature(old), 0) <= 0:
            continue
        seen = {old}
        while live in into and live not in seen:  # a lineage never loops; the guard keeps a bad row from hanging
            seen.add(live)
            live = into[live]
        out.append((old, live))
    return out


def renamed_features(data: dict[str, Any], gone: str, kept: str) -> dict[str, Any]:
    """An article's cached link features (:func:`storyline.link.consolidate.features_record`) with ``gone``
    counted as ``kept``: what the article's mentions, resolved to the survivor, give."""
    raw = {k: v for k, v in data["r"].items() if k != gone}
    if gone in data["r"]:
        raw[kept] = raw.get(kept, 0) + data["r"][gone]
    lead = sorted({kept if k == gone else k for k in data["l"]})
    return {**data, "r": dict(sorted(raw.items())), "l": lead}


def renamed_state(state: dict[str, Any], gone: str, kept: str, both: int = 0) -> dict[str, Any]:
    """An event's or story's state with feature ``gone`` folded into ``kept``: centroid weights summed, and
    the count of members naming it summed less the ``both`` members that named the two (one article, one
    count, as a rebuild counts it).

    >>> renamed_state({"c": {"e:3": 0.5, "e:5": 0.25}, "k": {"e:3": 2, "e:5": 3}}, "e:3", "e:5", both=1)
    {'c': {'e:5': 0.75}, 'k': {'e:5': 4}}
    """
    for key in ("c", "k"):
        if key in state and gone in state[key]:
            part = dict(state[key])
            part[kept] = part.get(kept, 0) + part.pop(gone) - (both if key == "k" else 0)
            state[key] = part
    return state


def apply_entity_merges(store: LinkingStore) -> bool:
    """Rename the features of every entity merge linking has not seen yet; False if the store must be
    relinked instead (a linked article naming a merged entity has no cached features)."""
    merges = store.lineage("entity")
    df = store.document_frequencies(sorted({entity_feature(r.old_id) for r in merges}))
    for old, live in pending_renames(merges, df):
        with store.transaction():
            if not _rename(store, old, live):
                return False
    return True


def _rename(store: LinkingStore, old: int, live: int) -> bool:
    """Rename ``e:old`` to ``e:live`` in one transaction; False (nothing written) if some article naming
    ``e:old`` has no cached features."""
    gone, kept = entity_feature(old), entity_feature(live)
    store.lock_entities()  # PostgreSQL reads committed rows: without it two linkers both rename and count twice
    counted = store.document_frequencies([gone]).get(gone, 0)
    if counted <= 0:
        return True  # another linker renamed it since the merges were read
    cached = store.link_features(store.entity_article_ids(live))
    named = {aid: data for aid, data in cached.items() if gone in data["r"]}
    if len(named) < counted:
        return False
    # link_df before the cached features and their counted uses: a link batch locks them in that order, and on
    # PostgreSQL two writers taking the two row sets in opposite orders deadlock
    store.count_features({gone: -len(named), kept: sum(1 for d in named.values() if kept not in d["r"])})
    store.save_many_link_features({aid: renamed_features(data, gone, kept) for aid, data in named.items()})
    store.drop_unused_features([gone])
    event_of = store.events_of(sorted(named))
    event_rows = store.event_states(list(event_of.values()))
    # members that named both ids: counted once after the rename, not twice
    both = Counter(e for aid, data in named.items() if kept in data["r"] and (e := event_of.get(aid)) is not None)
    story_both: Counter[int] = Counter()
    for eid, *_, sid in event_rows:
        if sid is not None:
            story_both[sid] += both[eid]  # every story of the rows gets a key, a count of 0 too
    stories = sorted(story_both)
    store.replace_states("event", {eid: renamed_state(state, gone, kept, both[eid])
                                   for eid, state, *_ in event_rows})
    store.replace_states("story", {sid: renamed_state(state, gone, kept, story_both[sid])
                                   for sid, state, *_ in store.story_states(stories)})
    store.rename_postings(gone, kept)
    store.mark_dirty(stories)
    return True
