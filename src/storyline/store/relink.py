"""A full relink, in the store: the ids kept across it, renumbering, and the high-water mark of ids.

Kept apart from ``store/links.py`` (the linking state itself): these are the few
statements ``link/relink_ids.py`` and ``store.clear_links`` need so that a relink
gives events and stories back their ids, and no id is ever handed out twice.
"""

from __future__ import annotations

from collections.abc import Mapping

from storyline.store.base import SqliteBase, StoreError, chunks, marks

__all__ = ["LINK_MAP", "REFERENCES", "TABLES", "RelinkStore"]

TABLES = {"event": "events", "story": "stories"}
"""The table of each kind of cluster."""

REFERENCES = {"event": [("event_articles", "event_id"), ("event_postings", "event_id")],
               "story": [("events", "story_id"), ("story_postings", "story_id"), ("timeline_entries", "story_id")]}
"""The (table, column) naming each kind of cluster's id."""

# originals only: a copy is linked with its original, and consolidation (``consolidate.members``) counts
# originals, so a syndicated story's copies must not outvote the articles a relink gives ids back by
LINK_MAP = ("SELECT ea.article_id, ea.event_id, e.story_id FROM event_articles ea JOIN events e ON e.id = ea.event_id"
             " JOIN articles a ON a.id = ea.article_id WHERE a.duplicate_of IS NULL")
"""Every linked article with its event and story."""


class RelinkStore(SqliteBase):
    """The relink part of the links area: what a full relink keeps, and how it gives ids back."""

    def clear_links(self) -> None:
        """Forget every event, story, timeline and linking statistic, and mark all articles unlinked.

        The ids do not start afresh: the event and story of every linked article are kept in
        ``link_previous`` (unless a relink cut short kept them already: those are the ids users last
        saw), so that the relink's end gives the rebuilt clusters back the ids most of their articles
        had (``link/relink_ids.py``), and the lineage stays, since every id it names keeps its meaning."""
        with self.transaction() as db:
            self.lock_entities()  # PostgreSQL: two linkers starting a relink would both find link_previous empty
            if db.execute("SELECT 1 FROM link_previous LIMIT 1").fetchone() is None:
                db.execute(f"INSERT INTO link_previous (article_id, event_id, story_id) {LINK_MAP}")
            for kind, table in TABLES.items():  # ids no linked original holds now are shown no more, but stay taken
                self._reserve(kind, int(db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]))
            for table in ("timeline_entries", "event_postings", "story_postings", "event_articles", "link_df",
                          "link_features", "story_use_articles", "story_uses"):
                db.execute(f"DELETE FROM {table}")
            db.execute("UPDATE events SET story_id = NULL")
            db.execute("DELETE FROM stories")
            db.execute("DELETE FROM events")
            db.execute("UPDATE articles SET linked = 0 WHERE linked != 0")

    def previous_links(self) -> dict[int, tuple[int, int | None]]:
        """Article -> (event, story) as a relink under way found them (empty when none is under way)."""
        return {int(r[0]): (int(r[1]), r[2]) for r in self.db.execute(
            "SELECT article_id, event_id, story_id FROM link_previous")}

    def links(self) -> dict[int, tuple[int, int | None]]:
        """Article -> (event, story) of every linked original (copies follow their original)."""
        return {int(r[0]): (int(r[1]), r[2]) for r in self.db.execute(LINK_MAP)}

    def forget_previous(self) -> None:
        """End a relink: its ids are given back.  Call inside a transaction.

        The kept ids go, and with them the only record of an old id none of whose articles is linked
        now (one re-dated and not yet annotated again): it stays reserved, so no new story takes it."""
        for kind in TABLES:
            self._reserve(kind, self._top_id(kind))
        self.db.execute("DELETE FROM link_previous")

    def _top_id(self, kind: str) -> int:
        """The highest event or story id handed out or kept for a relink (0 when none was)."""
        top = self.db.execute(
            f"SELECT coalesce((SELECT top_id FROM link_ids WHERE kind = ?), 0),"
            f" coalesce((SELECT max({kind}_id) FROM link_previous), 0)", (kind,)).fetchone()
        return max(int(top[0]), int(top[1]))

    def _reserve(self, kind: str, cid: int) -> None:
        """Raise the high-water mark of ``kind`` to ``cid``: an id handed out (and perhaps seen, since a
        long link commits as it goes) is never handed out again, even once no row names it."""
        self.db.execute("INSERT INTO link_ids (kind, top_id) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE"
                        " SET top_id = excluded.top_id WHERE link_ids.top_id < excluded.top_id", (kind, cid))

    def renumber(self, kind: str, ids: Mapping[int, int]) -> None:
        """Give events or stories (``kind``) other ids, ``ids``: current -> new (ids no row holds), and
        every row naming them (members, index, timelines, lineage) the new ids.  Each row is copied
        under its new id, its references moved, then the old row deleted: the foreign keys hold at
        every statement, which PostgreSQL checks at once.  Call inside a transaction."""
        pairs = [(new, cur) for cur, new in sorted(ids.items())]
        if not pairs:
            return
        table = TABLES[kind]
        self._check_renumber(kind, table, ids)
        row = self.db.execute(f"SELECT * FROM {table} LIMIT 1").fetchone()
        cols = ", ".join(c for c in row.keys() if c != "id")
        self.db.executemany(f"INSERT INTO {table} (id, {cols}) SELECT ?, {cols} FROM {table} WHERE id = ?", pairs)
        for ref, col in REFERENCES[kind]:
            self.db.executemany(f"UPDATE {ref} SET {col} = ? WHERE {col} = ?", pairs)
        for col in ("old_id", "new_id"):
            self.db.executemany(f"UPDATE link_lineage SET {col} = ? WHERE kind = '{kind}' AND {col} = ?", pairs)
        self.db.executemany(f"DELETE FROM {table} WHERE id = ?", [(cur,) for _, cur in pairs])

    def _check_renumber(self, kind: str, table: str, ids: Mapping[int, int]) -> None:
        """Refuse a renumbering that would fail halfway on a key (a new id held, twice, or a current id
        missing), with the ids at fault, rather than a bare constraint error from the database."""
        new = sorted(ids.values())
        held = {int(r[0]) for part in chunks(new) for r in self.db.execute(
            f"SELECT id FROM {table} WHERE id IN ({marks(part)})", part)}
        cur = sorted(ids)
        found = {int(r[0]) for part in chunks(cur) for r in self.db.execute(
            f"SELECT id FROM {table} WHERE id IN ({marks(part)})", part)}
        twice = len(set(new)) < len(new)
        if held or twice or len(found) < len(cur):
            raise StoreError(
                f"cannot renumber {kind} ids: new ids must be free and distinct, current ids must exist"
                f" (held: {sorted(held)[:5]}, given twice: {twice}, missing: {sorted(set(cur) - found)[:5]});"
                " this is a bug in the caller: report it with the command that ran")

