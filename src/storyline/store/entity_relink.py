"""Carry an entity merge into linking's state: cached features, document frequencies, centroids, postings.

Linking reads an article's entities as ``e:ID`` features, so when resolution
merges entity ``old`` into ``into`` (:mod:`storyline.store.entity_merge`) every
linked article naming ``old`` now has other features.  Relinking the store
(what a re-annotation does) would cost the whole store per merge; instead the
feature is renamed where linking keeps it: each article's cached features
(counts summed, as features made afresh would count them), the document
frequencies (an article naming both ids counts once), the centroids and
feature counts of the events and stories that hold those articles, and the
postings.  Their stories are marked dirty, so the next ``storyline link``
clusters them again with consolidation (which reads the cached features) and
rebuilds their titles and timelines (which name entity ids): the partition
is the one ``link --rebuild`` gives.  A linked article with no cached features
(linked before they were kept) is marked unlinked instead, and the next link
relinks the store, as after a re-annotation.

Example::

    >>> features_renamed({"r": {"e:2": 1, "e:1": 2, "t:x": 1}, "l": ["e:2", "t:x"], "p": None}, "e:2", "e:1")
    {'r': {'e:1': 3, 't:x': 1}, 'l': ['e:1', 't:x'], 'p': None}
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from storyline.store.base import chunks, marks
from storyline.store.linkstate import decode_state, encode_state


def relink_merged(db: sqlite3.Connection, article_ids: list[int], old: int, into: int) -> None:
    """Rename feature ``e:old`` to ``e:into`` in the linking state of these articles.  Call inside a transaction."""
    gone, kept = f"e:{old}", f"e:{into}"
    df: dict[str, int] = {}
    records: list[tuple[str, int]] = []
    cached: set[int] = set()
    renamed: list[int] = []
    for part in chunks(article_ids):
        for aid, text in db.execute(
                f"SELECT article_id, data FROM link_features WHERE article_id IN ({marks(part)})", part).fetchall():
            cached.add(int(aid))
            data = json.loads(text)
            if gone not in data["r"]:
                continue  # only a quote's speaker, or mentions in a wire credit: no feature named the entity
            renamed.append(int(aid))
            df[gone] = df.get(gone, 0) - 1
            df[kept] = df.get(kept, 0) + (0 if kept in data["r"] else 1)
            records.append((json.dumps(features_renamed(data, gone, kept), separators=(",", ":")), int(aid)))
    db.executemany("UPDATE link_features SET data = ? WHERE article_id = ?", records)
    db.executemany("INSERT INTO link_df (feature, df) VALUES (?, ?)"
                   " ON CONFLICT(feature) DO UPDATE SET df = df + excluded.df", sorted(df.items()))
    db.execute("DELETE FROM link_df WHERE feature = ? AND df <= 0", (gone,))
    uncached = sorted(set(article_ids) - cached)
    for part in chunks(uncached):  # linked before features were cached: relinked from their annotation
        db.execute(f"UPDATE articles SET linked = 0 WHERE linked = 1 AND id IN ({marks(part)})", part)
    events, stories = _holders(db, sorted(renamed))
    for table, ids in (("events", events), ("stories", stories)):
        for part in chunks(ids):
            db.executemany(f"UPDATE {table} SET state = ? WHERE id = ?", [
                (encode_state(state_renamed(decode_state(blob), gone, kept)), int(cid))
                for cid, blob in db.execute(f"SELECT id, state FROM {table} WHERE id IN ({marks(part)})", part)])
    for kind in ("event", "story"):
        db.execute(f"INSERT OR IGNORE INTO {kind}_postings (feature, {kind}_id, last, first)"
                   f" SELECT ?, {kind}_id, last, first FROM {kind}_postings WHERE feature = ?", (kept, gone))
        db.execute(f"DELETE FROM {kind}_postings WHERE feature = ?", (gone,))
    db.executemany("UPDATE stories SET dirty = dirty + 1 WHERE id = ?", [(s,) for s in stories])


def features_renamed(data: dict[str, Any], gone: str, kept: str) -> dict[str, Any]:
    """An article's cached link features (:func:`storyline.link.consolidate.features_record`) with ``gone``
    counted as ``kept``: what the article's mentions, resolved to the survivor, give."""
    raw = {k: v for k, v in data["r"].items() if k != gone}
    if gone in data["r"]:
        raw[kept] = raw.get(kept, 0) + data["r"][gone]
    lead = sorted({kept if k == gone else k for k in data["l"]})
    return {**data, "r": dict(sorted(raw.items())), "l": lead}


def state_renamed(state: dict[str, Any], gone: str, kept: str) -> dict[str, Any]:
    """An event's or story's state with feature ``gone`` folded into ``kept`` (centroid weights and counts
    summed); consolidation weighs the members again when it next clusters them."""
    for key in ("c", "k"):
        if key in state and gone in state[key]:
            part = dict(state[key])
            part[kept] = part.get(kept, 0) + part.pop(gone)
            state[key] = part
    return state


def _holders(db: sqlite3.Connection, article_ids: list[int]) -> tuple[list[int], list[int]]:
    """The events holding these articles (their copies sit with them) and those events' stories."""
    events: set[int] = set()
    stories: set[int] = set()
    for part in chunks(article_ids):
        for eid, sid in db.execute(
                "SELECT e.id, e.story_id FROM event_articles ea JOIN events e ON e.id = ea.event_id"
                f" WHERE ea.article_id IN ({marks(part)})", part):
            events.add(int(eid))
            if sid is not None:
                stories.add(int(sid))
    return sorted(events), sorted(stories)
