"""SQLite store: every SQL statement storyline runs lives here.

One file, WAL mode, versioned migrations (see ``schema.py``), one
transaction per article, so an interrupted run leaves every finished article
whole and nothing half-written.  Other stages talk to :class:`SqliteStore`'s
methods and exchange records from ``storyline.records``; a PostgreSQL store
can sit behind the same methods later.

Example::

    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> store.count_articles()
    0
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from storyline.records import (
    Annotation,
    Article,
    Chain,
    Entity,
    Event,
    Evidence,
    Mention,
    Quote,
    RemovedLine,
    Sentence,
    Story,
    Timex,
    TimelineEntry,
)
from storyline.store.schema import MIGRATIONS


class StoreError(Exception):
    """The store file cannot be opened or used; the message says what to do."""


_ARTICLE_COLS = (
    "id, external_id, title, text, description, published, published_from, source, url, "
    "dateline, format, metadata, removed, content_hash, duplicate_of"
)


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        external_id=row["external_id"],
        title=row["title"],
        text=row["text"],
        description=row["description"],
        published=row["published"],
        published_from=row["published_from"],
        source=row["source"],
        url=row["url"],
        dateline=row["dateline"],
        format=row["format"],
        metadata=json.loads(row["metadata"]),
        removed=[RemovedLine(**r) for r in json.loads(row["removed"])],
        content_hash=row["content_hash"],
        duplicate_of=row["duplicate_of"],
    )


class SqliteStore:
    """The embedded store.  ``path`` may be ``":memory:"`` for throwaway use."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{self.path}: folder {parent} does not exist; create it or choose another --db")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable storyline store ({exc}); choose another --db") from exc

    # -- plumbing -----------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: written by a newer storyline (schema {version} > {len(MIGRATIONS)}); upgrade storyline"
            )
        for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits on its own; wrap the migration and the version bump together
            self.db.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All statements inside commit together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles -------------------------------------------------------------------
    def article_id_for_hash(self, content_hash: str) -> int | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return int(row["id"]) if row else None

    def add_article(self, article: Article, minhash: bytes | None = None) -> int:
        """Store one article in its own transaction and return its id."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO articles (external_id, title, text, description, published, published_from,"
                " source, url, dateline, format, metadata, removed, content_hash, duplicate_of, minhash)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.external_id,
                    article.title,
                    article.text,
                    article.description,
                    article.published,
                    article.published_from,
                    article.source,
                    article.url,
                    article.dateline,
                    article.format,
                    json.dumps(article.metadata, ensure_ascii=False, default=str),
                    json.dumps([asdict(r) for r in article.removed], ensure_ascii=False),
                    article.content_hash,
                    article.duplicate_of,
                    minhash,
                ),
            )
            article.id = int(cur.lastrowid or 0)
        return article.id

    def article(self, article_id: int) -> Article | None:
        row = self.db.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def articles(
        self,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        ids: list[int] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        """Articles in publication order, filtered by date range (inclusive, ISO prefixes) and source."""
        where, args = self._article_filter(since, until, source, ids)
        sql = f"SELECT {_ARTICLE_COLS} FROM articles {where} ORDER BY published IS NULL, published, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [_article(r) for r in self.db.execute(sql, args)]

    @staticmethod
    def _article_filter(
        since: str | None, until: str | None, source: str | None, ids: list[int] | None
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if since:
            clauses.append("published >= ?")
            args.append(since)
        if until:
            clauses.append("substr(published, 1, ?) <= ?")
            args += [len(until), until]
        if source:
            clauses.append("source = ?")
            args.append(source)
        if ids is not None:
            clauses.append(f"id IN ({','.join('?' * len(ids))})")
            args += ids
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", args

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def minhashes(self) -> Iterator[tuple[int, bytes]]:
        """(id, serialized MinHash) of every original (non-copy) article, for the near-duplicate index."""
        for row in self.db.execute(
            "SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND duplicate_of IS NULL ORDER BY id"
        ):
            yield int(row[0]), bytes(row[1])

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str, float]]:
        """Full-text search over title and text: (article, snippet, rank), best first."""
        try:
            rows = self.db.execute(
                f"SELECT {', '.join('a.' + c.strip() for c in _ARTICLE_COLS.split(','))},"
                " snippet(articles_fts, 1, '[', ']', '…', 12) AS snip, bm25(articles_fts, 5.0, 1.0) AS rank"
                " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search query {query!r} is not valid FTS5 syntax ({exc}); quote phrases with \"...\"")
        return [(_article(r), r["snip"], float(r["rank"])) for r in rows]

    # -- annotations ------------------------------------------------------------------
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
        ``nlp.resolve``); otherwise it opens a new entity.
        """
        with self.transaction() as db:
            aid = ann.article_id
            for table in ("mentions", "timexes", "quotes", "annotations"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
            for chain in ann.chains:
                chain.entity = self._resolve_chain(db, chain)
            for m in ann.mentions:
                m.entity = ann.chains[m.chain].entity if m.chain is not None else None
            db.executemany(
                "INSERT INTO mentions (article_id, entity_id, chain, start, end, text, type) VALUES (?,?,?,?,?,?,?)",
                [(aid, m.entity, m.chain, m.start, m.end, m.text, m.type) for m in ann.mentions],
            )
            db.executemany(
                "INSERT INTO timexes (article_id, start, end, text, type, value, mod, anchored) VALUES (?,?,?,?,?,?,?,?)",
                [(aid, t.start, t.end, t.text, t.type, t.value, t.mod, int(t.anchored)) for t in ann.timexes],
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

    def _resolve_chain(self, db: sqlite3.Connection, chain: Chain) -> int:
        """The entity a chain belongs to: the one sharing most of its keys, else a new one.

        A chain without keys (a person named by one word only, "Kim") always
        opens its own entity: one word never identifies a person across articles.
        """
        keys = list(dict.fromkeys(chain.keys))
        marks = ",".join("?" * len(keys))
        row = db.execute(
            f"SELECT entity_id, count(*) AS n FROM entity_keys WHERE key IN ({marks})"
            " GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT 1",
            keys,
        ).fetchone() if keys else None
        if row:
            eid = int(row["entity_id"])
        else:
            eid = int(db.execute("INSERT INTO entities (name, type) VALUES (?, ?)", (chain.name, chain.type)).lastrowid or 0)
        db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)", [(k, eid) for k in keys])
        for alias in dict.fromkeys([chain.name, *chain.aliases]):
            db.execute(
                "INSERT INTO entity_aliases (entity_id, alias, count) VALUES (?, ?, 1)"
                " ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + 1",
                (eid, alias),
            )
        db.execute(
            "INSERT INTO entity_types (entity_id, type, count) VALUES (?, ?, ?)"
            " ON CONFLICT(entity_id, type) DO UPDATE SET count = count + excluded.count",
            (eid, chain.type, max(1, len(chain.mentions))),
        )
        top = db.execute(
            "SELECT type FROM entity_types WHERE entity_id = ? ORDER BY count DESC, type LIMIT 1", (eid,)
        ).fetchone()
        db.execute("UPDATE entities SET type = ? WHERE id = ?", (top["type"], eid))
        return eid

    def annotation(self, article_id: int) -> Annotation:
        """An article's stored annotation, with store-wide entity ids filled in."""
        ann = Annotation(article_id=article_id)
        row = self.db.execute("SELECT * FROM annotations WHERE article_id = ?", (article_id,)).fetchone()
        if row:
            ann.sentences = [Sentence(s, e) for s, e in json.loads(row["sentences"])]
            ann.terms = json.loads(row["terms"])
            ann.chains = [Chain(**c) for c in json.loads(row["chains"])]
        ann.mentions = [
            Mention(start=r["start"], end=r["end"], text=r["text"], type=r["type"], chain=r["chain"], entity=r["entity_id"])
            for r in self.db.execute("SELECT * FROM mentions WHERE article_id = ? ORDER BY start", (article_id,))
        ]
        ann.timexes = [
            Timex(start=r["start"], end=r["end"], text=r["text"], type=r["type"], value=r["value"], mod=r["mod"],
                  anchored=bool(r["anchored"]))
            for r in self.db.execute("SELECT * FROM timexes WHERE article_id = ? ORDER BY start", (article_id,))
        ]
        ann.quotes = [self._quote(r) for r in self.db.execute(
            "SELECT * FROM quotes WHERE article_id = ? ORDER BY start", (article_id,))]
        return ann

    @staticmethod
    def _quote(r: sqlite3.Row) -> Quote:
        return Quote(start=r["start"], end=r["end"], text=r["text"], speaker=r["speaker_id"],
                     speaker_text=r["speaker_text"], cue=r["cue"], confidence=r["confidence"], partial=bool(r["partial"]))

    # -- entities ---------------------------------------------------------------------
    def entities(self, name: str | None = None, type: str | None = None, limit: int | None = None,
                 exact: bool = False, ids: list[int] | None = None) -> list[Entity]:
        """Entities with aliases, article counts and first/last publication dates, most mentioned first.

        ``name`` matches any alias (the name is one): a part of it, or, with
        ``exact``, the whole alias ignoring case.  ``ids`` keeps only those entities.
        """
        clauses: list[str] = []
        args: list[Any] = []
        if name:
            op = "= ? COLLATE NOCASE" if exact else "LIKE ?"
            clauses.append(f"e.id IN (SELECT entity_id FROM entity_aliases WHERE alias {op})")
            args.append(name if exact else f"%{name}%")
        if ids is not None:
            clauses.append(f"e.id IN ({','.join('?' * len(ids))})")
            args += ids
        if type:
            clauses.append("e.type = ?")
            args.append(type.upper())
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            "SELECT e.id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles,"
            " min(a.published) AS first, max(a.published) AS last"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id LEFT JOIN articles a ON a.id = m.article_id"
            f" {where} GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        out = []
        for r in self.db.execute(sql, args).fetchall():
            aliases = [a[0] for a in self.db.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC, alias", (r["id"],))]
            out.append(Entity(id=r["id"], name=r["name"], type=r["type"], aliases=aliases, articles=r["articles"],
                              mentions=r["mentions"], first=r["first"], last=r["last"]))
        return out

    def entity_mentions(self, entity_id: int) -> list[tuple[Article, Mention]]:
        """Every mention of an entity with its article, in publication order."""
        rows = self.db.execute(
            "SELECT m.*, a.id AS aid FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? ORDER BY a.published, a.id, m.start", (entity_id,)).fetchall()
        cache: dict[int, Article] = {}
        out = []
        for r in rows:
            art = cache.get(r["aid"]) or self.article(r["aid"])
            assert art is not None
            cache[r["aid"]] = art
            out.append((art, Mention(start=r["start"], end=r["end"], text=r["text"], type=r["type"],
                                     chain=r["chain"], entity=r["entity_id"])))
        return out

    def quotes(self, speaker: int | None = None, query: str | None = None, limit: int = 100) -> list[tuple[int, Quote]]:
        """(article id, quote) pairs, optionally by speaker entity and FTS query."""
        clauses, args = [], []  # type: ignore[var-annotated]
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

    # -- events, stories, timelines -------------------------------------------------------
    def events(self) -> list[Event]:
        out = []
        for r in self.db.execute("SELECT * FROM events ORDER BY id").fetchall():
            arts = [a[0] for a in self.db.execute(
                "SELECT article_id FROM event_articles WHERE event_id = ? ORDER BY article_id", (r["id"],))]
            out.append(Event(id=r["id"], articles=arts, title=r["title"], first=r["first"], last=r["last"],
                             story=r["story_id"]))
        return out

    def stories(self) -> list[Story]:
        out = []
        for r in self.db.execute("SELECT * FROM stories ORDER BY id").fetchall():
            evs = [e[0] for e in self.db.execute("SELECT id FROM events WHERE story_id = ? ORDER BY id", (r["id"],))]
            n = self.db.execute(
                "SELECT count(*) FROM event_articles ea JOIN events e ON e.id = ea.event_id WHERE e.story_id = ?",
                (r["id"],)).fetchone()[0]
            out.append(Story(id=r["id"], title=r["title"], events=evs, first=r["first"], last=r["last"], articles=n,
                             timeline=self.timeline(r["id"])))
        return out

    def timeline(self, story_id: int) -> list[TimelineEntry]:
        return [
            TimelineEntry(date=r["date"], text=r["text"], salience=r["salience"], articles=json.loads(r["articles"]),
                          evidence=[Evidence(*e) for e in json.loads(r["evidence"])],
                          entities=json.loads(r["entities"]))
            for r in self.db.execute(
                "SELECT * FROM timeline_entries WHERE story_id = ? ORDER BY id", (story_id,))
        ]

    def save_timeline(self, story_id: int, entries: list[TimelineEntry]) -> None:
        """Replace a story's timeline in one transaction; entries keep the order given (display order)."""
        with self.transaction() as db:
            db.execute("DELETE FROM timeline_entries WHERE story_id = ?", (story_id,))
            db.executemany(
                "INSERT INTO timeline_entries (story_id, date, text, salience, articles, evidence, entities)"
                " VALUES (?,?,?,?,?,?,?)",
                [(story_id, e.date, e.text, e.salience, json.dumps(e.articles),
                  json.dumps([[v.article, v.start, v.end] for v in e.evidence]), json.dumps(e.entities))
                 for e in entries],
            )
