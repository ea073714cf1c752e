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
    TimelineEntry,
    Timex,
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
            raise StoreError(
                f"search query {query!r} is not valid FTS5 syntax ({exc}); quote phrases with \"...\""
            ) from None
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
            self._forget_chains(db, aid)
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
                "INSERT INTO timexes (article_id, start, end, text, type, value, mod, anchored)"
                " VALUES (?,?,?,?,?,?,?,?)",
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

    def _resolve_chain(self, db: sqlite3.Connection, chain: Chain) -> int:
        """The entity a chain belongs to: the one sharing most of its keys, else a new one.

        A chain without keys (a person named by one word only, "Kim") always
        opens its own entity: one word never identifies a person across articles.
        """
        keys = list(dict.fromkeys(chain.keys))
        # a "mid:" key (first and last of a name written with middle names) meets "per:" keys only
        look = [k for k in keys if not k.startswith("mid:")]
        look += [("mid:" if k.startswith("per:") else "per:") + k[4:] for k in keys if k[:4] in ("per:", "mid:")]
        look = list(dict.fromkeys(look))
        marks = ",".join("?" * len(look))
        row = db.execute(
            f"SELECT entity_id, count(*) AS n FROM entity_keys WHERE key IN ({marks})"
            " GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT 1",
            look,
        ).fetchone() if look else None
        if row:
            eid = int(row["entity_id"])
        else:
            cur = db.execute("INSERT INTO entities (name, type) VALUES (?, ?)", (chain.name, chain.type))
            eid = int(cur.lastrowid or 0)
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
            Mention(start=r["start"], end=r["end"], text=r["text"], type=r["type"], chain=r["chain"],
                    entity=r["entity_id"])
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
                     speaker_text=r["speaker_text"], cue=r["cue"], confidence=r["confidence"],
                     partial=bool(r["partial"]))

    # -- entities ---------------------------------------------------------------------
    def entities(self, name: str | None = None, type: str | None = None, limit: int | None = None,
                 exact: bool = False, ids: list[int] | None = None) -> list[Entity]:
        """Entities with aliases, article counts and first/last publication dates, most mentioned first.

        ``name`` matches any alias (the name is one): a part of it, or, with
        ``exact``, the whole alias ignoring case.  ``ids`` keeps only those entities.
        An entity no stored mention names any more (its articles were annotated
        again and resolved elsewhere) is left out.
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
            f" {where} GROUP BY e.id HAVING mentions > 0 ORDER BY articles DESC, mentions DESC, e.id"
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

    # -- linking state (events, stories): written by storyline.link -----------------------
    def clear_links(self) -> None:
        """Forget every event, story, timeline and linking statistic, and mark all articles unlinked."""
        with self.transaction() as db:
            for table in ("timeline_entries", "event_postings", "story_postings", "event_articles", "link_df"):
                db.execute(f"DELETE FROM {table}")
            db.execute("UPDATE events SET story_id = NULL")
            db.execute("DELETE FROM stories")
            db.execute("DELETE FROM events")
            db.execute("UPDATE articles SET linked = 0 WHERE linked != 0")

    def links_to_do(self) -> list[tuple[int, int | None, int | None]]:
        """(article id, original if a copy, event it already sits in) of every article waiting to be linked.

        Annotated originals and copies (which are not annotated) in id order, the order they arrived.
        """
        return [
            (int(r[0]), r[1], r[2])
            for r in self.db.execute(
                "SELECT a.id, a.duplicate_of, ea.event_id FROM articles a"
                " LEFT JOIN event_articles ea ON ea.article_id = a.id"
                " WHERE a.linked = 0 AND (a.annotated > 0 OR a.duplicate_of IS NOT NULL) ORDER BY a.id"
            )
        ]

    def linked_originals(self) -> int:
        """How many original (non-copy) articles are linked: the N of the linking IDF."""
        return int(self.db.execute(
            "SELECT count(*) FROM articles WHERE linked = 1 AND duplicate_of IS NULL").fetchone()[0])

    def document_frequencies(self, features: list[str]) -> dict[str, int]:
        """Linked articles per feature, for the features asked about."""
        out: dict[str, int] = {}
        for i in range(0, len(features), 500):
            part = features[i : i + 500]
            out.update((r[0], int(r[1])) for r in self.db.execute(
                f"SELECT feature, df FROM link_df WHERE feature IN ({','.join('?' * len(part))})", part))
        return out

    def count_features(self, features: list[str]) -> None:
        """Add one article to the document frequency of each feature."""
        self.db.executemany(
            "INSERT INTO link_df (feature, df) VALUES (?, 1) ON CONFLICT(feature) DO UPDATE SET df = df + 1",
            [(f,) for f in features])

    def _candidates(self, kind: str, features: list[str], since: str | None, limit: int) -> list[int]:
        if not features:
            return []
        marks = ",".join("?" * len(features))
        hits = f"SELECT {kind}_id AS cid FROM {kind}_postings WHERE feature IN ({marks})"
        args: list[Any] = list(features)
        if since:  # two index ranges (recent, undated); an OR would scan every posting of the feature
            hits = f"{hits} AND last >= ? UNION ALL {hits} AND last = ''"
            args = [*features, since, *features]
        return [int(r[0]) for r in self.db.execute(
            f"SELECT cid, count(*) AS n FROM ({hits}) GROUP BY cid ORDER BY n DESC, cid LIMIT ?", [*args, limit])]

    def event_candidates(self, features: list[str], since: str | None = None, limit: int = 50) -> list[int]:
        """Events that share most of ``features`` among their indexed ones, with an article on/after ``since``."""
        return self._candidates("event", features, since, limit)

    def story_candidates(self, features: list[str], since: str | None = None, limit: int = 50) -> list[int]:
        """Stories that share most of ``features``, with an article on/after ``since``."""
        return self._candidates("story", features, since, limit)

    def event_states(self, ids: list[int]) -> list[tuple[int, dict[str, Any], str | None, str | None, int | None]]:
        """(id, linking state, first, last, story id) of the given events."""
        if not ids:
            return []
        rows = self.db.execute(
            f"SELECT id, state, first, last, story_id FROM events WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id",
            ids)
        return [(int(r[0]), json.loads(r[1]), r[2], r[3], r[4]) for r in rows]

    def story_states(self, ids: list[int]) -> list[tuple[int, dict[str, Any], str | None, str | None]]:
        """(id, linking state, first, last) of the given stories."""
        if not ids:
            return []
        rows = self.db.execute(
            f"SELECT id, state, first, last FROM stories WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id", ids)
        return [(int(r[0]), json.loads(r[1]), r[2], r[3]) for r in rows]

    def _save_state(self, kind: str, table: str, cid: int | None, state: dict[str, Any], first: str | None,
                    last: str | None, postings: list[str]) -> int:
        blob = json.dumps(state, separators=(",", ":"))
        if cid is None:
            cid = int(self.db.execute(f"INSERT INTO {table} (state, first, last) VALUES (?,?,?)",
                                      (blob, first, last)).lastrowid or 0)
        else:
            self.db.execute(f"UPDATE {table} SET state = ?, first = ?, last = ? WHERE id = ?", (blob, first, last, cid))
            self.db.execute(f"DELETE FROM {kind}_postings WHERE {kind}_id = ?", (cid,))
        self.db.executemany(f"INSERT INTO {kind}_postings (feature, {kind}_id, last) VALUES (?,?,?)",
                            [(f, cid, last or "") for f in postings])
        return cid

    def save_event_state(self, event_id: int | None, state: dict[str, Any], first: str | None, last: str | None,
                         postings: list[str], story_id: int | None) -> int:
        """Create (``event_id`` None) or update an event's state and index; returns its id.

        Call inside a transaction."""
        eid = self._save_state("event", "events", event_id, state, first, last, postings)
        self.db.execute("UPDATE events SET story_id = ? WHERE id = ?", (story_id, eid))
        return eid

    def save_story_state(self, story_id: int | None, state: dict[str, Any], first: str | None, last: str | None,
                         postings: list[str]) -> int:
        """Create or update a story's state and index; returns its id.  Call inside a transaction."""
        return self._save_state("story", "stories", story_id, state, first, last, postings)

    def delete_story(self, story_id: int) -> None:
        """Remove an emptied story (its events moved elsewhere) with its index and timeline."""
        self.db.execute("UPDATE events SET story_id = NULL WHERE story_id = ?", (story_id,))
        for table in ("story_postings", "timeline_entries"):
            self.db.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
        self.db.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def story_event_ids(self, story_id: int) -> list[int]:
        return [int(r[0]) for r in self.db.execute("SELECT id FROM events WHERE story_id = ? ORDER BY id", (story_id,))]

    def merge_events(self, into: int, other: int) -> None:
        """Move every article of event ``other`` into ``into`` and drop ``other`` with its index.

        Call inside a transaction; ``into``'s state is saved separately (``save_event_state``)."""
        self.db.execute("UPDATE event_articles SET event_id = ? WHERE event_id = ?", (into, other))
        self.db.execute("DELETE FROM event_postings WHERE event_id = ?", (other,))
        self.db.execute("DELETE FROM events WHERE id = ?", (other,))

    def event_of(self, article_id: int) -> int | None:
        row = self.db.execute("SELECT event_id FROM event_articles WHERE article_id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def add_to_event(self, event_id: int, article_id: int) -> None:
        """Put an article in an event and mark it linked.  Call inside a transaction."""
        self.db.execute("INSERT OR REPLACE INTO event_articles (event_id, article_id) VALUES (?, ?)",
                        (event_id, article_id))
        self.db.execute("UPDATE articles SET linked = 1 WHERE id = ?", (article_id,))

    def event_dates(self, event_id: int) -> tuple[str | None, str | None]:
        """First and last publication date of an event's articles."""
        row = self.db.execute(
            "SELECT min(substr(a.published, 1, 10)), max(substr(a.published, 1, 10)) FROM event_articles ea"
            " JOIN articles a ON a.id = ea.article_id WHERE ea.event_id = ?", (event_id,)).fetchone()
        return row[0], row[1]

    def set_title(self, kind: str, cid: int, title: str) -> None:
        """Set the title of an event (``kind`` 'event') or a story ('story')."""
        table = {"event": "events", "story": "stories"}[kind]
        self.db.execute(f"UPDATE {table} SET title = ? WHERE id = ?", (title, cid))

    def entity_names(self, ids: list[int]) -> dict[int, str]:
        """Canonical names of the given entities."""
        out: dict[int, str] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            out.update((int(r[0]), r[1]) for r in self.db.execute(
                f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(part))})", part))
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

    def story_article_ids(self, story_id: int) -> list[int]:
        """Ids of every article in a story's events (one indexed query, whatever the size of the store)."""
        return [int(r[0]) for r in self.db.execute(
            "SELECT ea.article_id FROM event_articles ea JOIN events e ON e.id = ea.event_id"
            " WHERE e.story_id = ? ORDER BY ea.article_id", (story_id,))]
