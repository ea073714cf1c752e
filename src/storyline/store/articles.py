"""Articles: add, read, filter by date and source, full-text search, MinHashes for near-duplicates.

Example::

    >>> from storyline.records import Article
    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> aid = store.add_article(Article(external_id="a1", title="Dam opens", text="The dam opened on Monday."))
    >>> store.article(aid).title, store.count_articles()
    ('Dam opens', 1)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from storyline.records import Article, RemovedLine
from storyline.store.base import (
    QueryError,
    SqliteBase,
    chunks,
    clamp,
    in_range,
    is_query_error,
    like_escape,
    marks,
    since_clause,
    since_parts,
)
from storyline.store.keyset import Col, Order, Page, chain, page, sql_seek
from storyline.store.literal import literal_marks, literal_snippet, literal_terms, spaceless
from storyline.store.snippet import HIT_CLOSE, HIT_OPEN

_ARTICLE_COLS = (
    "id, external_id, title, text, description, published, published_from, source, url, "
    "dateline, format, metadata, removed, content_hash, input_hash, duplicate_of"
)
A_COLS = ", ".join("a." + c.strip() for c in _ARTICLE_COLS.split(","))
"""The same columns of ``articles a`` in a join."""


ARTICLE_KEY = Order("published", (Col("published", nullable=True), Col("id", kind=int)))
"""The articles listing's sort key: publication date (undated last), then id."""


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
        input_hash=row["input_hash"] or "",
        duplicate_of=row["duplicate_of"],
    )


def read_article(db: sqlite3.Connection, article_id: int) -> Article | None:
    """One article by id, or None; shared by the areas that return articles."""
    if not in_range(article_id):
        return None
    row = db.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,)).fetchone()
    return _article(row) if row else None


def read_articles(db: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Article]:
    """Articles by id (missing ids left out), one query per 500 ids; for the areas that return many."""
    out: dict[int, Article] = {}
    for part in chunks(dict.fromkeys(i for i in ids if in_range(i))):
        out.update((int(r["id"]), _article(r)) for r in db.execute(
            f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks(part)})", part))
    return out


def minhash_candidates_sql(n_bands: int) -> str:
    """One indexed equality lookup per band, joined by UNION ALL, for ``n_bands`` (band, key) pairs.

    Written as ``(band, key) IN (VALUES ...)`` SQLite scans the whole articles
    table (5.9 ms at 2.5k stored articles, 53 ms at 20k); as equalities each
    band is one primary-key probe of ``minhash_bands``, so a lookup costs the
    same at any store size.  Plain SQL, so the PostgreSQL store uses it too.
    """
    probes = " UNION ALL ".join(["SELECT article_id FROM minhash_bands WHERE band = ? AND key = ?"] * n_bands)
    return f"SELECT a.id, a.minhash FROM articles a WHERE a.id IN ({probes}) ORDER BY a.id"


class ArticleStore(SqliteBase):
    """The articles area of the store interface."""

    def article_id_for_hash(self, content_hash: str, input_hash: str = "") -> int | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ? OR input_hash = ?",
                              (content_hash, input_hash or None)).fetchone()
        return int(row["id"]) if row else None

    def input_dated(self, input_hash: str) -> bool | None:
        """Whether the article read from the input with this hash is dated, None when no article is: one seek
        of ``articles_input``, asked before an input is read (a re-ingest skips the pages it stored)."""
        row = self.db.execute("SELECT published FROM articles WHERE input_hash = ?", (input_hash,)).fetchone()
        return bool(row["published"]) if row else None

    def date_undated(self, article_id: int, published: str, published_from: str | None,
                     source: str | None = None) -> bool:
        """Give a stored article that has no publication date the one a later ingest of its text supplies.

        Its relative dates ("on Tuesday", "last month") could not be placed without it, so it is annotated
        again (``annotated`` back to 0; a new annotation unlinks it, so linking places it again).  False, and
        nothing written, when the article has a date already: a stored date is never overwritten by a re-ingest.
        ``source`` (the outlet that ingest gives, e.g. ``--source``) is taken only by an article stored without
        one: README's "ingest page.txt --published DATE --source OUTLET", run on a text stored undated, took the
        date and dropped the outlet without a word.
        """
        with self.transaction() as db:
            row = db.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None or row["published"] is not None:
                return False
            db.execute("UPDATE articles SET published = ?, published_from = ?, source = COALESCE(source, ?),"
                       " annotated = 0 WHERE id = ?", (published, published_from, source, article_id))
        return True

    def add_article(self, article: Article, minhash: bytes | None = None,
                    bands: list[tuple[int, int]] | None = None) -> int | None:
        """Store one article in its own transaction and return its id, or None if its text is stored already.

        The content hash or the input hash decides, in the insert itself (``ON CONFLICT DO NOTHING``), so two
        processes storing the same article at once store it once, with no error.
        ``bands`` are its near-duplicate LSH band keys (see ``link.duplicates``),
        written in the same transaction so the index never misses a stored article.
        """
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO articles (external_id, title, text, description, published, published_from,"
                " source, url, dateline, format, metadata, removed, content_hash, input_hash, duplicate_of, minhash)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
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
                    article.input_hash or None,
                    article.duplicate_of,
                    minhash,
                ),
            )
            if cur.rowcount == 0:
                return None
            article.id = int(cur.lastrowid or 0)
            db.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?)",
                           [(band, key, article.id) for band, key in bands or []])
        return article.id

    def article(self, article_id: int) -> Article | None:
        return read_article(self.db, article_id)

    def articles(
        self,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        ids: list[int] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        """Articles in publication order, filtered by date range (inclusive, ISO prefixes: a date overlapping the
        range matches, as ``2024-12-02`` a since of ``2024-12-02T09:00``) and source."""
        where, args = self._article_filter(since, until, source, ids)
        sql = f"SELECT {_ARTICLE_COLS} FROM articles {where} ORDER BY published IS NULL, published, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [clamp(limit), clamp(offset)]
        return [_article(r) for r in self.db.execute(sql, args)]

    def article_page(self, limit: int = 50, after: str | None = None, before: str | None = None,
                     since: str | None = None, until: str | None = None, source: str | None = None) -> Page[Article]:
        """One page of :meth:`articles` (publication order, undated last) by cursor, as ``story_page`` does.

        The position is ``(published, id)``: an index seek at any depth
        (``articles_published`` holds both), and articles ingested between two
        page loads shift no page.  A bad cursor raises ``keyset.BadCursor``.  ``since`` is one seek for each
        of its coarser dates (an article dated 2024-12-02 overlaps a since of 2024-12-02T09:00) and one for
        the dates on/after it, walked in turn.
        """
        where, args = self._article_filter(None, until, source, None)
        select = f"SELECT {_ARTICLE_COLS}, {ARTICLE_KEY.select()} FROM articles"
        seek = chain([sql_seek(self.db, select, [*([where.removeprefix("WHERE ")] if where else []), *conds],
                               [*args, *cargs], ARTICLE_KEY) for conds, cargs in since_parts("published", since)])
        found = page(seek, ARTICLE_KEY, limit, after, before)
        return Page([_article(r) for r in found.items], found.next, found.prev)

    def iter_articles(self, ids: list[int] | None = None, page: int = 500) -> Iterator[Article]:
        """Every article (or those in ``ids``) in id order, read a page at a time: memory stays flat."""
        if ids is not None:
            for i in range(0, len(ids), page):
                yield from sorted(self.articles(ids=ids[i : i + page]), key=lambda a: a.id or 0)
            return
        last = 0
        while True:
            rows = self.db.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                   (last, page)).fetchall()
            if not rows:
                return
            yield from (_article(r) for r in rows)
            last = rows[-1]["id"]

    @staticmethod
    def _article_filter(
        since: str | None, until: str | None, source: str | None, ids: list[int] | None
    ) -> tuple[str, list[Any]]:
        # overlap: a coarser stored date (a day for a since with a time) matches too
        clauses, since_args = since_clause("published", since)
        args: list[Any] = list(since_args)
        if until:
            clauses.append("substr(published, 1, ?) <= ?")
            args += [len(until), until]
        if source:
            clauses.append("source = ?")
            args.append(source)
        if ids is not None:
            ids = [i for i in ids if in_range(i)]
            clauses.append(f"id IN ({','.join('?' * len(ids))})")
            args += ids
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", args

    def copies_of(self, article_id: int) -> list[int]:
        """Ids of the near-duplicates stored as copies of an article."""
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id", (article_id,))]

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def article_ids(self, source: str | None = None) -> list[int]:
        """Ids of every article (or of one source's), in id order; no article is read."""
        where, args = ("WHERE source = ?", [source]) if source else ("", [])
        return [r[0] for r in self.db.execute(f"SELECT id FROM articles {where} ORDER BY id", args)]

    def minhash_candidates(self, bands: list[tuple[int, int]]) -> list[tuple[int, bytes]]:
        """(id, serialized MinHash) of the originals sharing at least one LSH band key with ``bands``."""
        if not bands:
            return []
        rows = self.db.execute(minhash_candidates_sql(len(bands)), [v for pair in bands for v in pair]).fetchall()
        return [(int(r[0]), bytes(r[1])) for r in rows]

    def minhashes_without_bands(self) -> Iterator[tuple[int, bytes]]:
        """Originals whose signature has no band keys yet (stores written before schema 3)."""
        for row in self.db.execute(
            "SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND duplicate_of IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM minhash_bands b WHERE b.article_id = articles.id) ORDER BY id"
        ).fetchall():
            yield int(row[0]), bytes(row[1])

    def add_minhash_bands(self, rows: list[tuple[int, list[tuple[int, int]]]]) -> None:
        """Index the band keys of already stored articles, in one transaction."""
        with self.transaction() as db:
            db.executemany("INSERT OR IGNORE INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?)",
                           [(band, key, aid) for aid, bands in rows for band, key in bands])

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str, float]]:
        """Full-text search over title and text: (article, snippet, rank), best first.  A query in a script
        written without spaces (北京) is found as written (:mod:`~storyline.store.literal`), on either backend."""
        if spaceless(query):
            return self._search_literal(literal_terms(query), limit)
        return self._search_fts(query, limit)

    def _search_fts(self, query: str, limit: int) -> list[tuple[Article, str, float]]:
        """The full-text index's matches, best first (FTS5 syntax)."""
        try:
            rows = self.db.execute(
                f"SELECT {A_COLS},"
                " snippet(articles_fts, 1, ?, ?, '…', 12) AS snip, bm25(articles_fts, 5.0, 1.0) AS rank"
                " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (HIT_OPEN, HIT_CLOSE, query, clamp(limit)),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if not is_query_error(exc, query):
                raise  # the store's failure (locked, full), not the query's
            raise QueryError(
                f"search query {query!r} is not valid FTS5 syntax ({exc}); quote phrases with \"...\""
            ) from None
        return [(_article(r), r["snip"], float(r["rank"])) for r in rows]

    def _search_literal(self, terms: list[str], limit: int) -> list[tuple[Article, str, float]]:
        """Articles holding every term in their title or text, those with more of them in the title first,
        then newest; rank: minus the terms in the title."""
        if not terms:
            return []
        likes = [f"%{like_escape(t)}%" for t in terms]
        like = f"{self._LIKE} ? ESCAPE '\\'"
        rows = self.db.execute(
            f"SELECT {A_COLS}, " + " + ".join([f"CASE WHEN a.title {like} THEN 1 ELSE 0 END"] * len(terms))
            + " AS hits"
            " FROM articles a WHERE " + " AND ".join([f"(a.title {like} OR a.text {like})"] * len(terms))
            + " ORDER BY hits DESC, a.published IS NULL, a.published DESC, a.id LIMIT ?",
            [*likes, *(x for like in likes for x in (like, like)), clamp(limit)]).fetchall()
        marks = literal_marks(terms)
        return [(_article(r), literal_snippet(r["text"], r["title"], marks), -float(r["hits"])) for r in rows]
