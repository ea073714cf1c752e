"""What every area of the SQLite store shares: the connection and the transaction.

Each area mixin (``articles``, ``annotations``, ``entities``, ``links``)
subclasses :class:`SqliteBase`, so it may use ``self.db`` and
``self.transaction()``; :class:`~storyline.store.sqlite.SqliteStore` opens the
connection and runs the migrations.

Example::

    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> with store.transaction() as db:
    ...     _ = db.execute("INSERT INTO link_df (feature, df) VALUES ('x', 1)")
    >>> store.document_frequencies(["x"])
    {'x': 1}
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

T = TypeVar("T")

PAGE = 500
"""Rows read per query where a read is batched (``IN (...)`` lists, keyset pages): a page of
records costs a fixed number of queries, and a list stays well under SQLite's 32k variables."""


class StoreError(Exception):
    """The store file cannot be opened or used; the message says what to do."""


class QueryError(StoreError):
    """The user's query cannot be run as written (FTS5 syntax); a usage error, the store is fine."""


class QueryTooCostly(QueryError):
    """A search ran past its time limit (``Settings.search_seconds``) and was stopped: a usage error, since
    the query as written asks for too much (a word in nearly every article repeated many times), not a fault
    of the store."""


def too_costly(query: str, seconds: float) -> QueryTooCostly:
    """The error a search stopped at its time limit raises, saying what to change.

    >>> print(too_costly("the the the", 5))  # doctest: +ELLIPSIS
    search 'the the the' took longer than 5 s and was stopped; search with fewer or rarer words, or raise the limit...
    >>> str(too_costly("the " * 100, 5))[:99]
    "search 'the the the the the the the the the the the the the the the the the the …' (400 characters)"
    """
    shown = repr(query) if len(query) <= 80 else repr(query[:72] + "…") + f" ({len(query)} characters)"
    return QueryTooCostly(f"search {shown} took longer than {seconds:g} s and was stopped; search with fewer or"
                          " rarer words, or raise the limit (--search-seconds, $STORYLINE_SEARCH_SECONDS or"
                          " Settings.search_seconds; 0: none)")


_FTS_QUERY_ERRORS = ("fts5:", "syntax error", "unterminated string", "unknown special query")
"""What SQLite's FTS5 says of a MATCH query it cannot parse: a lone ``"`` gives ``unterminated string``,
``*`` ``unknown special query``; and see :func:`is_query_error` for ``no such column``."""

_NO_COLUMN = "no such column: "


def is_query_error(exc: Exception, query: str) -> bool:
    """Whether a failed full-text search failed on the user's ``query``, not on the store (locked, full, broken).

    ``no such column: X`` is the query's only when X is in it: FTS5 reads ``COVID-19`` as column ``19`` and
    ``foo:bar`` as column ``foo``, while a column the store's own SQL names and the schema lacks (``a.source``)
    is a fault of the store, not syntax to retry as words.

    >>> import sqlite3
    >>> error = sqlite3.OperationalError
    >>> is_query_error(error("unterminated string"), '"x'), is_query_error(error("database is locked"), "x")
    (True, False)
    >>> is_query_error(error("no such column: 19"), "COVID-19")
    True
    >>> is_query_error(error("no such column: a.source"), "floods")
    False
    """
    text = str(exc)
    if text.startswith(_NO_COLUMN):
        return text[len(_NO_COLUMN):] in query
    return any(s in text for s in _FTS_QUERY_ERRORS)


INT64_MAX = 2**63 - 1


def in_range(value: int) -> bool:
    """Whether an id fits SQLite's 64-bit integers; a larger one names nothing (not an OverflowError)."""
    return -INT64_MAX - 1 <= value <= INT64_MAX


def as_id(text: str) -> int | None:
    """The id a typed word names, or None (then it is read as a name): ASCII digits only, since
    ``"²".isdigit()`` is true and ``int("²")`` raises, and within SQLite's integers.

    >>> as_id(" 40 "), as_id("²"), as_id("Highway 40"), as_id("9" * 30)
    (40, None, None, None)
    """
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 19 and in_range(int(text)) else None


def negative_id(text: str) -> bool:
    """Whether a typed word is shaped as a negative id (``-1``): no id, and no name anyone means, though read as a
    part of an alias it found "C-17"; readers of an entity reference refuse it as an id instead.

    >>> negative_id(" -1 "), negative_id("-"), negative_id("C-17"), negative_id("-１")
    (True, False, False, False)
    """
    text = text.strip()
    return text[:1] == "-" and text[1:].isascii() and text[1:].isdigit()


def clamp(limit: int) -> int:
    """A row limit SQLite can take: a huge one means 'all'."""
    return min(int(limit), INT64_MAX)


def like_escape(text: str) -> str:
    r"""``text`` matched literally by ``LIKE ? ESCAPE '\'``: ``%`` and ``_`` in a name are not wildcards.

    >>> print(like_escape("100%_sure"))
    100\%\_sure
    """
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def chunks(items: Iterable[T], size: int = PAGE) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``, read lazily (a stream stays a stream).

    >>> list(chunks([1, 2, 3, 4, 5], 2))
    [[1, 2], [3, 4], [5]]
    """
    part: list[T] = []
    for item in items:
        part.append(item)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def marks(values: Sequence[Any]) -> str:
    """The ``?,?,?`` of an ``IN (...)`` list for ``values``.

    >>> marks([4, 5, 6])
    '?,?,?'
    """
    return ",".join("?" * len(values))


def utc_now() -> str:
    """The moment, UTC to the second, as lineage rows record it: made here, not by SQL, so both backends agree."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unused_id(db: Any, table: str, lineage: str, kind: str | None = None) -> int:
    """An id for a new row of ``table`` that no row and no lineage row (of ``kind``) names.

    SQLite gives a new row the deleted maximum id again (``INTEGER PRIMARY KEY``
    without ``AUTOINCREMENT``), while the lineage still says that id was merged
    away: the old id would then lead to the wrong row, or round in a cycle.
    """
    where, args = (" WHERE kind = ?", (kind,)) if kind else ("", ())
    top = db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    named = db.execute(  # two subqueries: each max is one index probe, not a scan of the lineage
        f"SELECT coalesce((SELECT max(old_id) FROM {lineage}{where}), 0),"
        f" coalesce((SELECT max(new_id) FROM {lineage}{where}), 0)", args * 2).fetchone()
    return max(int(top), int(named[0]), int(named[1])) + 1


STOPPED = "interrupted: this store handle is being closed (the server is stopping)"
"""What a statement asked of a stopped handle raises (an ``OperationalError`` on SQLite, as its own interrupt)."""


class StoppableConnection(sqlite3.Connection):
    """A SQLite connection that runs no statement once :meth:`SqliteBase.stop` stopped it.

    SQLite's ``interrupt`` stops only a statement that is running: one that lands while the reader is in Python
    between two statements is forgotten, and the reader's next statement runs to its end (review r47c: a page of
    ``quotes(speaker=...)``, one statement a matched entity, or a search run again as words).  Every statement
    of the store goes through ``execute``, ``executemany`` or ``executescript``, so checking here stops a
    reader at its next statement, whatever code it is in.

    >>> db = sqlite3.connect(":memory:", factory=StoppableConnection)
    >>> db.stopped = True
    >>> db.execute("SELECT 1")
    Traceback (most recent call last):
    ...
    sqlite3.OperationalError: interrupted: this store handle is being closed (the server is stopping)
    """

    stopped = False

    def _refuse_if_stopped(self) -> None:
        if self.stopped:
            raise sqlite3.OperationalError(STOPPED)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self._refuse_if_stopped()
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        self._refuse_if_stopped()
        return super().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        self._refuse_if_stopped()
        return super().executescript(sql_script)


class SqliteBase:
    """The open connection (``isolation_level=None``: transactions are explicit) and its transaction."""

    db: StoppableConnection
    _LIKE = "LIKE"
    """SQLite's LIKE ignores ASCII case (PostgreSQL's store says ILIKE for the same)."""

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All statements inside commit together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            # past the stop's check: a handle stopped inside a transaction must still end it, or the write lock
            # stays held until the handle is closed and every other writer gets "database is locked" (review r48d)
            sqlite3.Connection.execute(self.db, "ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    @contextmanager
    def linking(self) -> Iterator[None]:
        """One linking run at a time over the store, held for the whole run (``storyline.link.update``).

        SQLite needs nothing more: each write transaction is exclusive (``BEGIN IMMEDIATE``), a
        linker's batch skips the articles another linked meanwhile, and two linkers at once end as
        one does.  The PostgreSQL store overrides this with a session advisory lock.
        """
        yield

    def lock_entities(self) -> None:
        """Let one writer at a time change entities until the current transaction ends (call inside
        ``transaction()``): resolution, the link stage's renaming of a merged entity's features, and a relink's
        start and end take it.

        A merge deletes an entity that another writer's chain may be joining at
        that moment (a foreign-key failure that rolls back its article), and two
        linkers would both count one rename.  SQLite serialises writers already
        (``BEGIN IMMEDIATE``); the PostgreSQL store overrides this with an advisory lock.
        """

    def _stream(self, sql: str, args: Sequence[Any] = ()) -> Iterable[Any]:
        """The rows of a query read as they are iterated, not fetched whole: a SQLite cursor is lazy
        already (the PostgreSQL store reads through a server-side cursor)."""
        return self.db.execute(sql, args)

    @contextmanager
    def time_limit(self, query: str, seconds: float | None) -> Iterator[None]:
        """Stop the statements run inside after ``seconds`` in all (None or 0: no limit), raising
        :class:`QueryTooCostly` for ``query``.

        FTS5 spends its time ranking and cutting a snippet for every matched article times every phrase of
        the query (sixty ``the`` ORed together: 15 ms an article), so such a query kept a 2,452-article store
        busy for 6 s, and 250 of them for minutes.  A timer calls SQLite's ``interrupt``, which the statement
        obeys between two rows; a progress handler would be called with the GIL every few steps, so the
        search would wait on every other thread's Python (the web server renders pages beside it).
        """
        if not seconds:
            yield
            return
        state = {"done": False, "fired": False}
        lock = threading.Lock()

        def stop() -> None:
            with lock:  # never after the block ended: the next statement on this connection must run
                if not state["done"]:
                    state["fired"] = True
                    self.db.interrupt()

        timer = threading.Timer(seconds, stop)
        timer.daemon = True
        timer.start()
        try:
            yield
        except sqlite3.OperationalError as exc:
            if state["fired"] and "interrupted" in str(exc):
                raise too_costly(query, seconds) from None
            raise
        finally:
            with lock:
                state["done"] = True
            timer.cancel()

    def interrupt(self) -> None:
        """Stop the statement running on this connection in another thread (SQLite's ``interrupt``, made for it)."""
        self.db.interrupt()

    def stop(self) -> None:
        """Stop this handle for good, from another thread, before it is closed: the statement running now is
        interrupted and every later one refused (:class:`StoppableConnection`), so a reader between two
        statements stops at its next one.  The flag is set before the interrupt: a statement that starts after
        the interrupt sees it."""
        self.db.stopped = True
        self.interrupt()

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the store (SQLite's data_version).

        A reader that keeps results (the web UI's page cache) compares it to know they are still true.
        """
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])


def coarser_dates(since: str) -> list[str]:
    """The coarser ISO dates that overlap ``since`` onwards though they sort before it: its year, month, day
    and hour, ascending (none for a bare year).

    >>> coarser_dates("2024-12-02T09:00"), coarser_dates("2024")
    (['2024', '2024-12', '2024-12-02', '2024-12-02T09'], [])
    """
    return [since[:i] for i in range(4, len(since)) if since[i] in "-T :"]


def ends_before_start(since: str | None, until: str | None) -> bool:
    """Whether an ``until`` ends before its ``since`` begins, so no date can overlap both (a user's swap);
    dates of different precision compare on the coarser one (``since 2024-05`` with ``until 2024`` is fine).

    >>> ends_before_start("2024", "2023-12"), ends_before_start("2024-05", "2024"), ends_before_start(None, "2023")
    (True, False, False)
    """
    if not since or not until:
        return False
    n = min(len(since), len(until))
    return since[:n] > until[:n]


def since_parts(col: str, since: str | None) -> list[tuple[list[str], list[str]]]:
    """The ranges of a date column that overlap ``since`` onwards, as (conditions, arguments), ascending;
    no since: one range with no condition (the whole column), so a caller adds no placeholder.

    A stored date matches when it sorts on/after ``since`` or is one of its :func:`coarser_dates` (an
    article dated ``2024-12-02`` overlaps ``--since 2024-12-02T09:00`` though the string sorts before it).
    Each part is one index seek; a listing ordered by ``col`` walks them in turn
    (:func:`storyline.store.keyset.chain`), as one ``OR`` SQLite and PostgreSQL would walk the index
    from its start to check row by row.

    >>> since_parts("published", "2024-12")
    [(['published = ?'], ['2024']), (['published >= ?'], ['2024-12'])]
    >>> since_parts("published", None)
    [([], [])]
    """
    if not since:
        return [([], [])]
    return [*(([f"{col} = ?"], [d]) for d in coarser_dates(since)), ([f"{col} >= ?"], [since])]


def since_clause(col: str, since: str | None) -> tuple[list[str], list[str]]:
    """:func:`since_parts` as one condition, for a listing by offset or not ordered by ``col``, or a count
    (no since: no condition).

    It starts with the range from the coarsest date on, which an index walk ordered by ``col`` seeks to
    (else SQLite walks the whole index checking the ``OR`` row by row); the ``OR`` then drops the dates in
    that range that neither overlap nor follow ``since``.

    >>> conds, args = since_clause("published", "2024-12-02")
    >>> conds
    ['published >= ? AND (published = ? OR published = ? OR published >= ?)']
    >>> args
    ['2024', '2024', '2024-12', '2024-12-02']
    >>> since_clause("published", "2024"), since_clause("published", None)
    ((['published >= ?'], ['2024']), ([], []))
    """
    parts = since_parts(col, since)
    if len(parts) == 1:
        return parts[0]
    return ([f"{col} >= ? AND (" + " OR ".join(c for conds, _ in parts for c in conds) + ")"],
            [parts[0][1][0], *(a for _, args in parts for a in args)])
