"""The quotes listing a page at a time: one row per quote however many outlets ran it, newest first.

A wire quote reprinted by five outlets is one *group*: the quotes whose words
match once case, quote marks and spacing are folded (``quote_words``, kept
in the indexed column ``quotes.words``).  The listing shows each group where
its first copy was published (earliest date, undated last, then lowest
article id), newest first.  Grouping every quote per request cost the whole
store (2.4 s at 50,000 articles); walking the quotes by date and keeping first
copies is no better when most recent quotes reprint old ones (the walk passes
them all).  So the store keeps each group's first copy in ``quote_groups``
(rewritten for an article's groups when it is annotated), and a page is a
cursor seek of that table's ``(published, article_id, quote_id)`` index plus
one ``words IN (...)`` probe for the page's copies: it reads its own groups.

A listing narrowed to a speaker, a story's articles or chosen kinds reads the
quotes that match (as many as the filter keeps, not the store) and groups them.

Example::

    >>> from storyline.store import SqliteStore
    >>> SqliteStore(":memory:").quote_group_page(limit=20).items
    []
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from storyline.records import Quote
from storyline.store.base import QueryError, SqliteBase, chunks, in_range, is_query_error, like_escape, marks
from storyline.store.keyset import Col, Order, Page, list_seek, page, sql_seek
from storyline.store.literal import literal_terms, spaceless
from storyline.store.quote_words import quote_words

QUOTE_ORDER = Order("quote", (Col("a.published", nullable=True), Col("a.id", kind=int), Col("q.id", kind=int)))
"""Every quote in publication order (undated last), then article id, then the quote's id (text order)."""

GROUP_ORDER = Order("quotes", (Col("g.published", desc=True, nullable=True), Col("g.article_id", desc=True, kind=int),
                               Col("g.quote_id", desc=True, kind=int)))
"""Newest first by the first copy's date (undated last), then its article id, then its quote id."""

_DEFAULT = "q.kind <> 'scare'"  # the listing's default kinds, and the quotes quote_groups groups

_GROUPS_SQL = (
    "INSERT INTO quote_groups (words, quote_id, article_id, published)"
    " SELECT words, id, article_id, published FROM (SELECT q.words, q.id, q.article_id, a.published,"
    " row_number() OVER (PARTITION BY q.words ORDER BY a.published IS NULL, a.published, q.article_id, q.id) AS n"
    f" FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {_DEFAULT}) AS c WHERE n = 1")


QUOTE_ROLES = ("either", "speaker", "body")
"""How a quote filter takes an entity: as the speaker or the body an unnamed speaker speaks for (``either``,
what ``quotes --speaker`` finds: "Pentagon officials said" is found under the Pentagon), the speaker only
(an entity page's "said by") or the body only ("said for")."""


ID_LIST = "SELECT value FROM json_each(?)"
"""SQLite's rows of a JSON array of ids, one parameter however many ids (the PostgreSQL store says it its way)."""


def said_by_or_for(ids: list[int], role: str, id_list: str = ID_LIST) -> tuple[str, list[Any]]:
    """The condition (and arguments) keeping quotes whose speaker or body (by ``role``, :data:`QUOTE_ROLES`)
    is one of the entity ids: the ids as one JSON array parameter per indexed column (``id_list`` reads it),
    never a text match, so a short name that matches thousands of entities ("US", "e") is two parameters, not
    a parameter per id and column, and each column's index is read (SQLite: MULTI-INDEX OR).

    >>> said_by_or_for([3, 7], "body")
    ('q.speaker_body_id IN (SELECT value FROM json_each(?))', ['[3, 7]'])
    """
    if role not in QUOTE_ROLES:
        raise ValueError(f"role {role!r} is not one of {QUOTE_ROLES}")
    if not ids:
        return "1 = 0", []
    cols = {"either": ("speaker_id", "speaker_body_id"), "speaker": ("speaker_id",),
            "body": ("speaker_body_id",)}[role]
    terms = [f"q.{c} IN ({id_list})" for c in cols]
    return (f"({' OR '.join(terms)})" if len(terms) > 1 else terms[0]), [json.dumps(ids)] * len(cols)


def _first(row: Any) -> tuple[bool, str, int, int]:
    """Where a copy stands in its group: dated before undated, then earliest date, article id, quote id."""
    return (row["published"] is None, row["published"] or "", int(row["article_id"]), int(row["id"]))


def raise_if_bad_query(exc: sqlite3.OperationalError, query: str | None) -> None:
    """Raise the user's error when a quote search failed on its FTS5 query (else the caller re-raises)."""
    if query and is_query_error(exc, query):
        raise QueryError(f"quote query {query!r} is not valid FTS5 syntax ({exc}); quote phrases with \"...\""
                         ) from None


class QuotePageStore(SqliteBase):
    """The quotes listing area of the store interface (both backends run this SQL)."""

    _QUOTE_MATCH = "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
    """How ``quotes(query=...)`` matches quote text (the PostgreSQL store says it with tsvector)."""

    _ID_LIST = ID_LIST
    """How a speaker filter reads its JSON array of entity ids (the PostgreSQL store: ``jsonb_array_elements``)."""

    def _quote_match(self, query: str) -> tuple[list[str], list[Any]]:
        """The conditions (and their arguments) of a quote search: the full-text index's, or for a query in a
        script written without spaces (北京), every term found as written in the quote, as an article search
        finds it (:mod:`~storyline.store.literal`: the index keeps a Chinese sentence as one word)."""
        if spaceless(query):
            terms = literal_terms(query)
            return [f"q.text {self._LIKE} ? ESCAPE '\\'"] * len(terms), [f"%{like_escape(t)}%" for t in terms]
        return [self._QUOTE_MATCH], [query]

    def quote_page(self, limit: int = 100, after: str | None = None, before: str | None = None,
                   speakers: list[int] | None = None, query: str | None = None,
                   kinds: Sequence[str] | None = None, articles: list[int] | None = None) -> Page[tuple[int, Quote]]:
        """One page of (article id, quote) pairs in publication order (undated last), every copy its own row
        (``storyline quotes``), by cursor.  Unfiltered, a page walks the articles' ``(published, id)``
        index and each article's quotes, so a deep page costs what the first does; by speakers (entity
        ids), the articles they are in (a story's), an FTS ``query`` or chosen kinds the database reads the
        matches.  Bad FTS syntax raises ``QueryError``; a bad cursor ``keyset.BadCursor``."""
        where, args = self._quote_filter(None, articles, kinds)
        if speakers is not None:
            ids = [i for i in dict.fromkeys(speakers) if in_range(i)]
            by_speaker, speaker_args = said_by_or_for(ids, "either", self._ID_LIST)
            where.append(by_speaker)
            args += speaker_args
        if query:
            found_by, found_args = self._quote_match(query)
            where += found_by
            args += found_args
        seek = sql_seek(self.db, f"SELECT q.*, {QUOTE_ORDER.select()} FROM quotes q JOIN articles a"
                        " ON a.id = q.article_id", where, args, QUOTE_ORDER)
        try:
            found = page(seek, QUOTE_ORDER, limit, after, before)
        except sqlite3.OperationalError as exc:
            raise_if_bad_query(exc, query)
            raise
        return Page([(int(r["article_id"]), self._quote(r)) for r in found.items], found.next, found.prev)

    def fill_quote_groups(self) -> int:
        """Give ``words`` to quotes stored before the column existed and group every quote (run by the
        migration, inside its transaction); how many quotes got words."""
        done = 0
        while True:
            rows = self.db.execute("SELECT id, text FROM quotes WHERE words IS NULL LIMIT 1000").fetchall()
            if not rows:
                break
            self.db.executemany("UPDATE quotes SET words = ? WHERE id = ?",
                                [(quote_words(r["text"]), r["id"]) for r in rows])
            done += len(rows)
        if done:  # quotes from before the groups: group them all (later migrations find none to fill)
            self.db.execute("DELETE FROM quote_groups")
            self.db.execute(_GROUPS_SQL)
        return done

    def regroup_quotes(self, words: list[str]) -> None:
        """Rewrite the ``quote_groups`` rows of these groups from their quotes (call inside the transaction
        that changed them): each probe reads one group's copies."""
        for part in chunks(list(dict.fromkeys(w for w in words if w))):
            firsts = self._copies(part, [_DEFAULT], [])
            self.db.execute(f"DELETE FROM quote_groups WHERE words IN ({marks(part)})", part)
            self.db.executemany("INSERT INTO quote_groups (words, quote_id, article_id, published) VALUES (?,?,?,?)",
                                [(w, c[0]["id"], c[0]["article_id"], c[0]["published"]) for w, c in firsts.items()])

    def quote_group_page(self, limit: int = 50, after: str | None = None, before: str | None = None,
                         speaker: int | None = None, articles: list[int] | None = None,
                         kinds: Sequence[str] | None = None, query: str | None = None
                         ) -> Page[list[tuple[int, Quote]]]:
        """One page of quote groups, newest first: each item is a group's (article id, quote) copies, first
        copy first, then by date.  ``Page.next``/``Page.prev`` are cursors as for ``story_page``.

        Filters as :meth:`quotes` (speaker entity, the articles they are in, kinds; None: all but ``scare``;
        an FTS ``query`` of the quote's words); a group holds only the copies the filters keep.  A bad cursor
        raises ``keyset.BadCursor``; bad FTS syntax ``QueryError``.
        """
        where, args = self._quote_filter(speaker, articles, kinds)
        if query:
            found_by, found_args = self._quote_match(query)
            where += found_by
            args += found_args
        try:
            return self._group_page(limit, after, before, where, args)
        except sqlite3.OperationalError as exc:
            raise_if_bad_query(exc, query)
            raise

    def _group_page(self, limit: int, after: str | None, before: str | None, where: list[str], args: list[Any]
                    ) -> Page[list[tuple[int, Quote]]]:
        """:meth:`quote_group_page` under the conditions ``where`` (with their ``args``)."""
        if where == [_DEFAULT]:
            seek = sql_seek(self.db, f"SELECT g.words, {GROUP_ORDER.select()} FROM quote_groups g", [], [],
                            GROUP_ORDER)
        else:  # narrowed: as many quotes as the filter keeps are read and grouped here
            groups = self._copies(None, where, args)
            seek = list_seek([{"words": w, "k0": c[0]["published"], "k1": int(c[0]["article_id"]),
                               "k2": int(c[0]["id"])} for w, c in groups.items()], GROUP_ORDER)
        found = page(seek, GROUP_ORDER, limit, after, before)
        copies = self._copies([r["words"] for r in found.items], where, args)
        return Page([[(int(c["article_id"]), self._quote(c)) for c in copies.get(r["words"], [])]
                     for r in found.items], found.next, found.prev)

    def _quote_filter(self, speaker: int | None, articles: list[int] | None,
                      kinds: Sequence[str] | None, role: str = "either") -> tuple[list[str], list[Any]]:
        """WHERE conditions of the listing: the default kinds, or those given, and the other filters (a speaker
        entity in the ``role`` of :func:`said_by_or_for`)."""
        where: list[str] = [_DEFAULT] if kinds is None else [f"q.kind IN ({marks(kinds)})"]
        args: list[Any] = [] if kinds is None else list(kinds)
        if speaker is not None:
            found_by, found_args = said_by_or_for([speaker], role, self._ID_LIST)
            where.append(found_by)
            args += found_args
        if articles is not None:
            ids = [i for i in dict.fromkeys(articles) if in_range(i)]
            where.append(f"q.article_id IN ({marks(ids)})" if ids else "1 = 0")
            args += ids
        return where, args

    def _copies(self, words: list[str] | None, where: list[str], args: list[Any]) -> dict[str, list[Any]]:
        """The quotes the filters keep whose ``words`` is one of ``words`` (None: any), grouped, first copy first."""
        out: dict[str, list[Any]] = {}
        parts = chunks(list(dict.fromkeys(words))) if words is not None else [None]
        for part in parts:
            cond = [f"q.words IN ({marks(part)})"] if part is not None else []
            for r in self.db.execute("SELECT q.*, a.published FROM quotes q JOIN articles a ON a.id = q.article_id"
                                     f" WHERE {' AND '.join([*where, *cond])}", [*args, *(part or [])]):
                out.setdefault(r["words"], []).append(r)
        for rows in out.values():
            rows.sort(key=_first)
        return out

    @staticmethod
    def _quote(r: Any) -> Quote:
        """A quote record from its row."""
        return Quote(start=r["start"], end=r["end"], text=r["text"], speaker=r["speaker_id"],
                     speaker_text=r["speaker_text"], cue=r["cue"], confidence=r["confidence"],
                     partial=bool(r["partial"]), kind=r["kind"], cue_start=r["cue_start"], cue_end=r["cue_end"],
                     body=r["speaker_body_id"])
