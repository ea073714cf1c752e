"""Merge store entities that a later chain shows to be one, wherever an entity id is held.

Resolution places chains one article at a time, so which entities exist
depends on arrival order: "Injured Reserve" (``name:injured reserve``)
opens one entity, "IR" chains (``acr:ir``) another, and only then does
"Injured Reserve (IR)" show the two are one.  Merging them when that chain
arrives makes the store the same in every order.  A merge moves mentions,
quote speakers, the chains kept with each annotation, the keys (and the
``co:`` evidence naming the old id) and the name, alias and type counts
(summed) to the survivor; the old id goes in ``entity_lineage`` so it still
leads somewhere.  Linking's state (cached features, document frequencies,
centroids, postings, timelines) holds entity ids too: the lineage row is all it needs, since
:mod:`storyline.link.entity_rename` renames them there when linking next runs (the store never edits
linking's records).

Example::

    >>> from storyline.records import Chain
    >>> from storyline.store import SqliteStore
    >>> from storyline.store.resolution import resolve_chains
    >>> db = SqliteStore(":memory:").db
    >>> a, b = [Chain("IR", "ORG", keys=["acr:ir"])], [Chain("Injured Reserve", "ORG", keys=["name:injured reserve"])]
    >>> resolve_chains(db, a); resolve_chains(db, b)
    >>> c = [Chain("Injured Reserve (IR)", "ORG", keys=["name:injured reserve", "acr:ir"])]
    >>> resolve_chains(db, c)
    >>> c[0].entity, db.execute("SELECT old_id, new_id FROM entity_lineage").fetchone()[:]
    (1, (2, 1))
"""

from __future__ import annotations

import json
import sqlite3

from storyline.store.base import chunks, marks, utc_now

_COUNTED = (("entity_names", "name"), ("entity_aliases", "alias"), ("entity_types", "type"))


def survivor(db: sqlite3.Connection, ids: list[int]) -> int:
    """The entity that keeps its id: the one with most mentions, then the lowest id.

    Mentions, not arrival: the id most of the store's mentions already carry
    stays, as consolidation keeps the id most articles had.
    """
    counts = dict.fromkeys(ids, 0)
    for eid, n in db.execute(
            f"SELECT entity_id, sum(count) FROM entity_types WHERE entity_id IN ({marks(ids)})"
            " GROUP BY entity_id", ids):
        counts[int(eid)] = int(n or 0)
    return min(ids, key=lambda e: (-counts[e], e))


def merge_entities(db: sqlite3.Connection, into: int, others: list[int], why: str) -> None:
    """Move every holding of the ``others`` entity ids to ``into`` and record where they went.

    Call inside the article's transaction.
    """
    at = utc_now()
    for old in others:
        arts = sorted({int(r[0]) for r in db.execute(
            "SELECT article_id FROM mentions WHERE entity_id = ? UNION SELECT article_id FROM quotes"
            " WHERE speaker_id = ? UNION SELECT article_id FROM quotes WHERE speaker_body_id = ?", (old, old, old))})
        db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (into, old))
        db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (into, old))
        db.execute("UPDATE quotes SET speaker_body_id = ? WHERE speaker_body_id = ?", (into, old))
        _rename_in_chains(db, arts, old, into)
        db.execute("INSERT OR IGNORE INTO entity_keys (key, entity_id) SELECT key, ? FROM entity_keys"
                   " WHERE entity_id = ?", (into, old))
        db.execute("DELETE FROM entity_keys WHERE entity_id = ?", (old,))
        db.execute("INSERT OR IGNORE INTO entity_keys (key, entity_id) SELECT ?, entity_id FROM entity_keys"
                   " WHERE key = ? AND entity_id <> ?", (f"co:{into}", f"co:{old}", into))
        db.execute("DELETE FROM entity_keys WHERE key = ?", (f"co:{old}",))
        for table, col in _COUNTED:
            db.execute(f"INSERT INTO {table} (entity_id, {col}, count) SELECT ?, {col}, count FROM {table}"
                       f" WHERE entity_id = ? ON CONFLICT(entity_id, {col})"
                       " DO UPDATE SET count = count + excluded.count",
                       (into, old))
            db.execute(f"DELETE FROM {table} WHERE entity_id = ?", (old,))
        db.execute("DELETE FROM entities WHERE id = ?", (old,))
        db.execute("INSERT INTO entity_lineage (old_id, relation, new_id, at, why) VALUES (?, 'merged_into', ?, ?, ?)",
                   (old, into, at, why))


def _rename_in_chains(db: sqlite3.Connection, article_ids: list[int], old: int, into: int) -> None:
    """Point the stored chains of these articles at ``into`` where they named ``old`` (a re-annotation
    takes back its counts from the entity its chains name)."""
    for part in chunks(article_ids):
        rows = db.execute(f"SELECT article_id, chains FROM annotations WHERE article_id IN ({marks(part)})",
                          part).fetchall()
        updates = []
        for aid, text in rows:
            chains = json.loads(text)
            hit = [c for c in chains if c.get("entity") == old]
            for c in hit:
                c["entity"] = into
            if hit:
                updates.append((json.dumps(chains, ensure_ascii=False), aid))
        db.executemany("UPDATE annotations SET chains = ? WHERE article_id = ?", updates)
