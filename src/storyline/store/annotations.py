"""Annotations: save an article's mentions, timexes and quotes (resolving chains to entities), read them back.

Example::

    >>> from storyline.records import Annotation, Article
    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> aid = store.add_article(Article(external_id="a1", title="t", text="x"))
    >>> store.unannotated(1) == [aid]
    True
    >>> store.save_annotation(Annotation(article_id=aid), 1)
    >>> store.unannotated(1)
    []
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from storyline.records import Annotation, Chain, Mention, Quote, Sentence, Timex
from storyline.store.base import SqliteBase
from storyline.store.resolution import resolve_chains


class AnnotationStore(SqliteBase):
    """The annotations area of the store interface (chain resolution writes the entity tables)."""

    def unannotated(self, version: int) -> list[int]:
        """Ids of articles not yet annotated by this annotation version (copies are skipped)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM articles WHERE annotated < ? AND duplicate_of IS NULL ORDER BY id", (version,)
            )
        ]

    def save_annotation(self, ann: Annotation, version: int) -> None:
        """Replace an article's annotation in one transaction, resolving its chains to store entities.

        A chain joins the existing entity that shares most of its ``keys`` (see
        ``nlp.resolve`` and ``store.resolution``); otherwise it opens a new entity.
        """
        with self.transaction() as db:
            aid = ann.article_id
            self._forget_chains(db, aid)
            for table in ("mentions", "timexes", "quotes", "annotations"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
            resolve_chains(db, ann.chains)
            for m in ann.mentions:
                m.entity = ann.chains[m.chain].entity if m.chain is not None else None
            db.executemany(
                "INSERT INTO mentions (article_id, entity_id, chain, start, end, text, type) VALUES (?,?,?,?,?,?,?)",
                [(aid, m.entity, m.chain, m.start, m.end, m.text, m.type) for m in ann.mentions],
            )
            db.executemany(
                "INSERT INTO timexes (article_id, start, end, text, type, value, mod, anchored, signal, signal_start)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(aid, t.start, t.end, t.text, t.type, t.value, t.mod, int(t.anchored), t.signal, t.signal_start)
                 for t in ann.timexes],
            )
            for q in ann.quotes:
                q.speaker = ann.chains[q.speaker_chain].entity if q.speaker_chain is not None else None
            db.executemany(
                "INSERT INTO quotes (article_id, start, end, text, speaker_id, speaker_text, cue, confidence, partial)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (aid, q.start, q.end, q.text, q.speaker, q.speaker_text, q.cue, q.confidence, int(q.partial))
                    for q in ann.quotes
                ],
            )
            db.execute(
                "INSERT INTO annotations (article_id, sentences, terms, chains) VALUES (?,?,?,?)",
                (
                    aid,
                    json.dumps([[s.start, s.end] for s in ann.sentences]),
                    json.dumps(ann.terms, ensure_ascii=False),
                    json.dumps([asdict(c) for c in ann.chains], ensure_ascii=False),
                ),
            )
            db.execute("UPDATE articles SET annotated = ?, linked = 0 WHERE id = ?", (version, aid))

    @staticmethod
    def _forget_chains(db: sqlite3.Connection, article_id: int) -> None:
        """Take back the alias and type counts an earlier annotation of this article added.

        Re-annotating an article must leave the store as if it had been
        annotated once, so ``annotate --redo`` never inflates counts.
        """
        row = db.execute("SELECT chains FROM annotations WHERE article_id = ?", (article_id,)).fetchone()
        for chain in json.loads(row["chains"]) if row else []:
            eid = chain.get("entity")
            if eid is None:
                continue
            for alias in dict.fromkeys([chain["name"], *chain.get("aliases", [])]):
                db.execute("UPDATE entity_aliases SET count = count - 1 WHERE entity_id = ? AND alias = ?",
                           (eid, alias))
            db.execute("UPDATE entity_types SET count = count - ? WHERE entity_id = ? AND type = ?",
                       (max(1, len(chain.get("mentions", []))), eid, chain["type"]))
        db.execute("DELETE FROM entity_aliases WHERE count <= 0")
        db.execute("DELETE FROM entity_types WHERE count <= 0")

    def annotation(self, article_id: int) -> Annotation:
        """An article's stored annotation, with store-wide entity ids filled in."""
        ann = Annotation(article_id=article_id)
        row = self.db.execute("SELECT * FROM annotations WHERE article_id = ?", (article_id,)).fetchone()
        if row:
            ann.sentences = [Sentence(s, e) for s, e in json.loads(row["sentences"])]
            ann.terms = json.loads(row["terms"])
            ann.chains = [Chain(**c) for c in json.loads(row["chains"])]
        ann.mentions = [
            Mention(start=r["start"], end=r["end"], text=r["text"], type=r["type"], chain=r["chain"],
                    entity=r["entity_id"])
            for r in self.db.execute("SELECT * FROM mentions WHERE article_id = ? ORDER BY start", (article_id,))
        ]
        ann.timexes = [
            Timex(start=r["start"], end=r["end"], text=r["text"], type=r["type"], value=r["value"], mod=r["mod"],
                  anchored=bool(r["anchored"]), signal=r["signal"], signal_start=r["signal_start"])
            for r in self.db.execute("SELECT * FROM timexes WHERE article_id = ? ORDER BY start", (article_id,))
        ]
        ann.quotes = [self._quote(r) for r in self.db.execute(
            "SELECT * FROM quotes WHERE article_id = ? ORDER BY start", (article_id,))]
        return ann

    @staticmethod
    def _quote(r: sqlite3.Row) -> Quote:
        return Quote(start=r["start"], end=r["end"], text=r["text"], speaker=r["speaker_id"],
                     speaker_text=r["speaker_text"], cue=r["cue"], confidence=r["confidence"],
                     partial=bool(r["partial"]))

    def quotes(self, speaker: int | None = None, query: str | None = None, limit: int = 100) -> list[tuple[int, Quote]]:
        """(article id, quote) pairs, optionally by speaker entity and FTS query."""
        clauses: list[str] = []
        args: list[Any] = []
        if speaker is not None:
            clauses.append("q.speaker_id = ?")
            args.append(speaker)
        if query:
            clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            args.append(query)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            f"SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
            " ORDER BY a.published, q.article_id, q.start LIMIT ?", [*args, limit]).fetchall()
        return [(int(r["article_id"]), self._quote(r)) for r in rows]
