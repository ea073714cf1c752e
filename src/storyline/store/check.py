"""The store's invariants, written down as queries that must find nothing.

Every write path keeps these true inside one transaction, so they hold after
any crash, Ctrl-C or concurrent run; ``storyline check`` runs them.  Work that
is merely pending (articles not annotated or linked yet, stories whose timeline
is stale after an interrupted run) is not a violation: the next run does it.

Example::

    >>> from storyline.store import SqliteStore
    >>> SqliteStore(":memory:").violations()
    []
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from storyline.store.base import SqliteBase, StoreError

#: (name, what must hold, query returning one row per offending item: an id and a detail).
INVARIANTS: list[tuple[str, str, str]] = [
    ("event-story", "every event belongs to a story that exists",
     "SELECT e.id, 'event ' || e.id || ' -> ' || COALESCE('missing story ' || e.story_id, 'no story')"
     " FROM events e LEFT JOIN stories s ON s.id = e.story_id WHERE s.id IS NULL"),
    ("event-empty", "every event holds at least one article",
     "SELECT e.id, 'event ' || e.id || ' has no article' FROM events e"
     " WHERE NOT EXISTS (SELECT 1 FROM event_articles ea WHERE ea.event_id = e.id)"),
    ("story-empty", "every story holds at least one event",
     "SELECT s.id, 'story ' || s.id || ' has no event' FROM stories s"
     " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id)"),
    ("membership-article", "every event membership names a stored article and a stored event",
     "SELECT ea.article_id, 'event ' || ea.event_id || ' -> article ' || ea.article_id FROM event_articles ea"
     " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = ea.article_id)"
     " OR NOT EXISTS (SELECT 1 FROM events e WHERE e.id = ea.event_id)"),
    ("linked-in-event", "every article marked linked sits in an event",
     "SELECT a.id, 'article ' || a.id || ' is marked linked but in no event' FROM articles a"
     " WHERE a.linked = 1 AND NOT EXISTS (SELECT 1 FROM event_articles ea WHERE ea.article_id = a.id)"),
    ("annotated-rows", "every annotated article has its annotation row",
     "SELECT a.id, 'article ' || a.id || ' is marked annotated (version ' || a.annotated || ') but has no annotation'"
     " FROM articles a WHERE a.annotated > 0"
     " AND NOT EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)"),
    ("annotation-article", "every annotation, mention, timex and quote belongs to a stored article",
     "SELECT x.article_id, x.kind || ' of missing article ' || x.article_id FROM ("
     " SELECT article_id, 'annotation' AS kind FROM annotations UNION ALL"
     " SELECT article_id, 'mention' FROM mentions UNION ALL"
     " SELECT article_id, 'timex' FROM timexes UNION ALL"
     " SELECT article_id, 'quote' FROM quotes) x"
     " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)"),
    ("mention-entity", "every resolved mention and attributed quote names a stored entity",
     "SELECT m.id, 'mention ' || m.id || ' -> missing entity ' || m.entity_id FROM mentions m"
     " WHERE m.entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)"
     " UNION ALL SELECT q.id, 'quote ' || q.id || ' -> missing entity ' || q.speaker_id FROM quotes q"
     " WHERE q.speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = q.speaker_id)"
     " UNION ALL SELECT q.id, 'quote ' || q.id || ' -> missing body ' || q.speaker_body_id FROM quotes q"
     " WHERE q.speaker_body_id IS NOT NULL"
     " AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = q.speaker_body_id)"),
    ("duplicate-original", "a near-duplicate points to a stored original that is not itself a copy",
     "SELECT a.id, 'article ' || a.id || ' is a copy of ' || a.duplicate_of"
     " || COALESCE(', itself a copy of ' || o.duplicate_of, ', which is not stored')"
     " FROM articles a LEFT JOIN articles o ON o.id = a.duplicate_of"
     " WHERE a.duplicate_of IS NOT NULL AND (o.id IS NULL OR o.duplicate_of IS NOT NULL)"),
    ("timeline-story", "every timeline entry and index posting belongs to a stored story or event",
     "SELECT t.story_id, 'timeline entry ' || t.id || ' -> missing story ' || t.story_id FROM timeline_entries t"
     " WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = t.story_id)"
     " UNION ALL SELECT p.story_id, 'story posting -> missing story ' || p.story_id FROM story_postings p"
     " WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = p.story_id)"
     " UNION ALL SELECT p.event_id, 'event posting -> missing event ' || p.event_id FROM event_postings p"
     " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = p.event_id)"),
    ("band-article", "every near-duplicate index key belongs to a stored article",
     "SELECT b.article_id, 'minhash band -> missing article ' || b.article_id FROM minhash_bands b"
     " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = b.article_id)"),
    ("fts-count", "the full-text index holds exactly one row per article",
     "SELECT 0, 'full-text index holds ' || (SELECT count(*) FROM articles_fts_docsize)"
     " || ' rows for ' || (SELECT count(*) FROM articles) || ' articles'"
     " WHERE (SELECT count(*) FROM articles_fts_docsize) != (SELECT count(*) FROM articles)"),
    ("story-size", "a story's size counts the original articles of its events",
     "SELECT s.id, 'story ' || s.id || ' counts ' || s.size || ' articles, its events hold '"
     " || count(ea.article_id) FROM stories s JOIN events e ON e.story_id = s.id"
     " JOIN event_articles ea ON ea.event_id = e.id JOIN articles a ON a.id = ea.article_id"
     " WHERE a.duplicate_of IS NULL GROUP BY s.id HAVING count(ea.article_id) != s.size"),
]


@dataclass
class Violation:
    """One broken invariant: which (``name``), what it demands, and the offending item."""

    name: str
    rule: str
    item: int
    detail: str


class CheckStore(SqliteBase):
    """The consistency check, read-only and inside one snapshot."""

    def violations(self, limit: int = 1000) -> list[Violation]:
        """Every item breaking an invariant (at most ``limit`` per invariant), seen in one consistent snapshot."""
        out: list[Violation] = []
        self.db.execute("BEGIN")  # a read transaction: one snapshot even while writers commit
        try:
            for name, rule, sql in INVARIANTS:
                out += [Violation(name, rule, int(r[0]), str(r[1]))
                        for r in self.db.execute(f"{sql} LIMIT ?", (limit,))]
        finally:
            self.db.execute("COMMIT")
        return out + self._fts_integrity()

    def _fts_integrity(self) -> list[Violation]:
        """FTS5's own check of its index against the articles (catches wrong, not only missing, rows).

        FTS5 runs it as a write, so it waits for a running writer (busy timeout) and runs alone.
        """
        try:
            self.db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(f"{exc}: another process kept writing; run the check again") from None
            return [Violation("fts-index", "the full-text index matches the articles", 0, str(exc))]
        except sqlite3.DatabaseError as exc:
            return [Violation("fts-index", "the full-text index matches the articles", 0, str(exc))]
        return []
