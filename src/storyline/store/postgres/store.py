"""PostgreSQL store: the same store interface as :class:`~storyline.store.SqliteStore`, on a server.

It composes the same area mixins, so every query that SQLite and PostgreSQL
both understand is written once (``connection.translate`` rewrites the few
spellings that differ); what differs in substance is overridden here:

- adding an article: ``INSERT ... ON CONFLICT (content_hash) DO NOTHING``, so
  two ingests racing on the same text store it once (the database decides,
  not a read-then-write check);
- full-text search: a generated ``tsvector`` column ranked with ``ts_rank``,
  snippets by ``ts_headline``, queries in web-search syntax (``"a phrase" word``);
- event membership: ``ON CONFLICT (article_id) DO UPDATE``.

Connections come from a ``psycopg_pool.ConnectionPool``; the store holds one
(autocommit; ``transaction()`` opens a real transaction on it) and returns it
on ``close()``.  Migrations run under an advisory lock, so processes opening a
new database at once migrate it once.

Example (needs a server)::

    >>> with PostgresStore("postgresql://storyline@localhost/news") as store:  # doctest: +SKIP
    ...     store.count_articles()
    0
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any

from storyline.records import Article
from storyline.store.annotations import AnnotationStore
from storyline.store.articles import A_COLS, ArticleStore, _article
from storyline.store.base import StoreError, too_costly
from storyline.store.check import INVARIANTS, Violation
from storyline.store.entities import EntityStore
from storyline.store.links import LinkStore
from storyline.store.postgres.connection import PgConnection, stoppable_connection
from storyline.store.postgres.schema import pg_migrations
from storyline.store.snippet import HIT_CLOSE, HIT_OPEN

_LOCK = 0x5354_4F52  # advisory lock id for migrations ("STOR")
_ENTITY_LOCK = 0x454E_5449  # advisory lock id for writers of entities ("ENTI")
_LINK_LOCK = 0x4C49_4E4B  # advisory lock id for linking runs ("LINK")
_HEADLINE = f"StartSel={HIT_OPEN}, StopSel={HIT_CLOSE}, MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…"


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.partition("//")[2]:
        return url
    scheme, _, cred = head.partition("//")
    return f"{scheme}//{cred.partition(':')[0]}:***@{tail}"


class PostgresStore(ArticleStore, AnnotationStore, EntityStore, LinkStore):
    """The server store, opened from a ``postgresql://user@host:port/db`` URL."""

    db: Any  # a PgConnection: runs the mixins' SQL (see connection.py)
    _QUOTE_MATCH = "q.fts @@ websearch_to_tsquery('english', ?)"
    _ID_LIST = "SELECT jsonb_array_elements_text(?::jsonb)::bigint"

    def __init__(self, url: str, pool_size: int = 4) -> None:
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError:
            raise StoreError("PostgreSQL support is not installed: pip install 'storyline[postgres]'") from None
        self.path = url
        self._error = psycopg.Error
        self._canceled = psycopg.errors.QueryCanceled  # a statement past its statement_timeout
        try:
            psycopg.connect(url, connect_timeout=10).close()  # fails fast and clearly; the pool would retry
            self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, kwargs={"autocommit": True},
                                       open=True, timeout=10, connection_class=stoppable_connection())
            self._conn = self.pool.getconn()
        except (psycopg.Error, OSError) as exc:
            if "pool" in vars(self):
                self.pool.close()
            reason = " ".join(str(exc).split())
            raise StoreError(f"{redact(url)}: cannot connect to PostgreSQL ({reason}); check the URL"
                             " and that the server runs") from None
        self.db = PgConnection(self._conn)
        self._migrate()

    # -- plumbing -----------------------------------------------------------------
    def _migrate(self) -> None:
        migrations = pg_migrations()
        with self._conn.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            self._conn.execute("CREATE TABLE IF NOT EXISTS storyline_schema (version BIGINT NOT NULL)")
            row = self._conn.execute("SELECT max(version) FROM storyline_schema").fetchone()
            version = int(row[0] or 0) if row else 0
            if version > len(migrations):
                raise StoreError(f"{redact(self.path)}: written by a newer storyline (schema {version} >"
                                 f" {len(migrations)}); upgrade storyline")
            for number, sql in enumerate(migrations[version:], start=version + 1):
                self._conn.execute(sql)  # type: ignore[arg-type]
                self._conn.execute("INSERT INTO storyline_schema (version) VALUES (%s)", (number,))
            if version < len(migrations):
                self.fill_quote_groups()

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM storyline_schema").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """All statements inside commit together or not at all (a savepoint when nested)."""
        with self._conn.transaction():
            yield self.db

    def interrupt(self) -> None:
        """Ask the server to cancel this session's running statement (psycopg's ``cancel``, safe from any thread)."""
        self._conn.cancel()

    def stop(self) -> None:
        """Stop this handle for good before it is closed, from another thread: the running statement is
        cancelled and no later one starts (``connection.stoppable_connection``); the flag is set first."""
        self._conn.stopped = True  # type: ignore[attr-defined]
        self.interrupt()

    def close(self) -> None:
        self.pool.putconn(self._conn)
        self.pool.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what PostgreSQL says differently ------------------------------------------------
    def lock_entities(self) -> None:
        """Resolution, one transaction at a time, as ``BEGIN IMMEDIATE`` makes it on SQLite.

        Without it a merge (which deletes the merged-away entity) and another
        article's chain joining that entity interleave under READ COMMITTED,
        and the second article's mentions fail their foreign key.  The lock
        is held until the transaction ends.
        """
        self.db.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_ENTITY_LOCK,))

    @contextmanager
    def linking(self) -> Iterator[None]:
        """One linking run at a time, as SQLite's exclusive writes make it: a second ``link`` (or an
        ``ingest`` that links) waits here for the first to end, then finds what is left to link.

        Under READ COMMITTED two linkers both read the same articles as unlinked and the same
        highest story id, so the second failed on ``stories_pkey`` (exit 4) and what it had linked
        was rolled back.  A session lock, not a transaction's: a run is many transactions.  The
        server drops it with the session if this process dies.
        """
        self._conn.execute("SELECT pg_advisory_lock(%s)", (_LINK_LOCK,))
        try:
            yield
        finally:
            try:
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (_LINK_LOCK,))
            except self._error:
                pass  # the connection is gone, and the lock with its session

    def add_article(self, article: Article, minhash: bytes | None = None,
                    bands: list[tuple[int, int]] | None = None) -> int | None:
        """Store one article in its own transaction; None when its content or input hash is stored already.

        The unique content and input hashes decide (``ON CONFLICT DO NOTHING``), so two
        ingests of the same text at the same moment store it once.
        """
        with self.transaction() as db:
            row = db.conn.execute(
                "INSERT INTO articles (external_id, title, text, description, published, published_from,"
                " source, url, dateline, format, metadata, removed, content_hash, input_hash, duplicate_of, minhash)"
                " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
                " ON CONFLICT DO NOTHING RETURNING id",
                (article.external_id, article.title, article.text, article.description, article.published,
                 article.published_from, article.source, article.url, article.dateline, article.format,
                 json.dumps(article.metadata, ensure_ascii=False, default=str),
                 json.dumps([asdict(r) for r in article.removed], ensure_ascii=False),
                 article.content_hash, article.input_hash or None, article.duplicate_of, minhash),
            ).fetchone()
            if row is None:
                return None
            article.id = int(row[0])
            db.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?)",
                           [(band, key, article.id) for band, key in bands or []])
        return article.id

    @contextmanager
    def time_limit(self, query: str, seconds: float | None) -> Iterator[None]:
        """Stop each statement run inside after ``seconds`` (None or 0: no limit), raising ``QueryTooCostly``
        for ``query``: the server's own ``statement_timeout``, which bounds each statement, not their sum
        (``quotes(speaker=...)`` runs one a matched entity), set for this block only.

        ``SET LOCAL`` lasts to the end of the outermost transaction, so inside a caller's open transaction
        (where this block is a savepoint) the previous value is put back when the block ends well; when it
        fails, rolling back the savepoint or transaction undoes the setting itself."""
        if not seconds:
            yield
            return
        try:
            with self.transaction():
                [(previous,)] = self._conn.execute("SELECT current_setting('statement_timeout')").fetchall()
                self._conn.execute("SELECT set_config('statement_timeout', %s, true)",
                                   (f"{max(1, round(seconds * 1000))}ms",))  # 0 would mean no limit
                yield
                self._conn.execute("SELECT set_config('statement_timeout', %s, true)", (previous,))
        except self._canceled:
            raise too_costly(query, seconds) from None

    _LIKE = "ILIKE"  # any case, as SQLite's LIKE finds ASCII letters

    def _search_fts(self, query: str, limit: int) -> list[tuple[Article, str, float]]:
        """Full-text search (``websearch_to_tsquery``: words, "phrases", -not, or): (article, snippet, rank).
        (A query in a script written without spaces, 北京, is found as written by ``search``, as on SQLite:
        the parser keeps a Chinese sentence as one word too.)"""
        try:
            rows = self.db.conn.execute(
                f"SELECT {A_COLS}, ts_headline('english', a.text, q, %s) AS snip, -ts_rank(a.fts, q) AS rank"
                " FROM articles a, websearch_to_tsquery('english', %s) q WHERE a.fts @@ q ORDER BY rank, a.id LIMIT %s",
                (_HEADLINE, query, limit)).fetchall()
        except self._error as exc:
            if isinstance(exc, self._canceled):
                raise  # past its time limit: ``time_limit`` says so
            raise StoreError(f"search query {query!r} failed ({' '.join(str(exc).split())})") from None
        return [(_article(r), r["snip"], float(r["rank"])) for r in rows]

    def _stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[Any]:
        """Rows fetched a batch at a time from a server-side cursor (``PgConnection.stream``)."""
        return self.db.stream(sql, args)  # type: ignore[no-any-return]

    def data_version(self) -> int:
        """Never the same twice: a server store has no cheap "changed since" counter, so readers that
        cache (the web UI) read again."""
        return time.monotonic_ns()

    def violations(self, limit: int = 1000) -> list[Violation]:
        """The store's invariants (``storyline check``) in one snapshot; the FTS5 ones have no PostgreSQL
        counterpart (the ``tsvector`` is a generated column, so it cannot drift from the text)."""
        out: list[Violation] = []
        with self.transaction():
            for name, rule, sql in INVARIANTS:
                if not name.startswith("fts"):
                    rows = self.db.execute(f"{sql} LIMIT ?", (limit,))
                    out += [Violation(name, rule, int(r[0]), str(r[1])) for r in rows]
        return out

    def add_to_event(self, event_id: int, article_id: int) -> None:
        """Put an article in an event (moving it if it sat in another) and mark it linked.  Inside a transaction."""
        self.db.execute("INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)"
                        " ON CONFLICT (article_id) DO UPDATE SET event_id = excluded.event_id", (event_id, article_id))
        self.db.execute("UPDATE articles SET linked = 1 WHERE id = ?", (article_id,))
