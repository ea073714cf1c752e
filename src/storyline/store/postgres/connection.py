"""A psycopg connection that runs the store's SQL (written for SQLite) on PostgreSQL.

The area mixins (``articles``, ``annotations``, ``entities``, ``links``) hold
one SQL text per statement.  Most of it is portable; what is not is a short,
fixed list of spellings, rewritten here once per statement text (cached):

- ``?`` placeholders become ``%s`` (and a literal ``%`` becomes ``%%``);
- ``INSERT OR IGNORE`` becomes ``INSERT ... ON CONFLICT DO NOTHING``;
- the column ``end`` (a reserved word in PostgreSQL) is quoted;
- ``x = ? COLLATE NOCASE`` becomes ``lower(x) = lower(%s)`` (both fold ASCII only);
- an upsert's ``SET n = n + 1`` names the old row (``SET n = table.n + 1``);
- an empty ``IN ()`` becomes ``IN (NULL)`` (matches nothing, as in SQLite);
- a single-row ``INSERT`` into a table keyed by ``id`` gets ``RETURNING id``,
  which fills ``lastrowid``.

Anything SQLite-only that has no rewrite (FTS5 ``MATCH``, ``INSERT OR REPLACE``,
``PRAGMA``) raises, so a method that needs it must be overridden in
:class:`~storyline.store.postgres.PostgresStore`, never run wrong.

Example::

    >>> translate("SELECT id FROM mentions WHERE start = ? AND end > ?", False)
    ('SELECT id FROM mentions WHERE start = %s AND "end" > %s', False)
    >>> translate("INSERT INTO link_df (df) VALUES (1) ON CONFLICT(feature) DO UPDATE SET df = df + 1", False)[0]
    'INSERT INTO link_df (df) VALUES (1) ON CONFLICT(feature) DO UPDATE SET df = link_df.df + 1'
    >>> translate("INSERT INTO entities (name, type) VALUES (?, ?)", True)
    ('INSERT INTO entities (name, type) VALUES (%s, %s) RETURNING id', True)
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only named in hints: without the postgres extra, importing this
    import psycopg  # module must still let PostgresStore say what to install

_CURSORS = itertools.count(1)
ID_TABLES = frozenset({"articles", "entities", "mentions", "timexes", "quotes", "events", "stories",
                       "timeline_entries"})
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_UNSUPPORTED = re.compile(r"\bMATCH\b|\bOR\s+REPLACE\b|\bPRAGMA\b|\bbm25\(|\bsnippet\(")


@functools.lru_cache(maxsize=1024)
def translate(sql: str, single: bool) -> tuple[str, bool]:
    """(PostgreSQL text of a store statement, whether it returns the new row's id); ``single``: not executemany."""
    if _UNSUPPORTED.search(sql):
        raise NotImplementedError(f"SQLite-only SQL needs a PostgreSQL override: {sql[:80]}")
    out = sql.replace("%", "%%")
    out = re.sub(r"(\w+) = \? COLLATE NOCASE", r"lower(\1) = lower(?)", out)
    out = out.replace("?", "%s")
    out = re.sub(r"\bend\b", '"end"', out)
    out = re.sub(r"\bIN \(\)", "IN (NULL)", out)
    if re.match(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", out, re.IGNORECASE):
        out = re.sub(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO", "INSERT INTO", out, flags=re.IGNORECASE)
        out += " ON CONFLICT DO NOTHING"
    m = _INSERT.match(out)
    if m:  # an upsert's "SET n = n + 1": PostgreSQL wants the old row named (n is also in excluded)
        out = re.sub(r"DO UPDATE SET (\w+) = \1\b", rf"DO UPDATE SET \1 = {m.group(1)}.\1", out)
    returning = bool(single and m and m.group(1) in ID_TABLES and "RETURNING" not in out.upper())
    if returning:
        out += " RETURNING id"
    return out, returning


@functools.cache
def stoppable_connection() -> type[psycopg.Connection[Any]]:
    """psycopg's connection class that opens no cursor once ``stopped`` (:meth:`PostgresStore.stop`): what
    :class:`~storyline.store.base.StoppableConnection` is on SQLite.  psycopg's ``cancel`` reaches only a
    statement the server is running; every statement here (``execute``, a server-side cursor's, ``executemany``)
    opens a cursor first, so a reader between two statements stops at its next one.  Made on first use, since
    psycopg is an optional extra."""
    import psycopg

    from storyline.store.base import STOPPED

    class StoppablePgConnection(psycopg.Connection[Any]):
        stopped = False

        def cursor(self, *args: Any, **kwargs: Any) -> Any:
            if self.stopped:
                raise psycopg.OperationalError(STOPPED)
            return super().cursor(*args, **kwargs)

    return StoppablePgConnection


class Row(tuple):  # type: ignore[type-arg]
    """A result row read by position (``r[0]``) or by column name (``r["id"]``), like ``sqlite3.Row``."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    names = {d.name: i for i, d in enumerate(cursor.description or [])}
    return lambda values: Row(values, names)


class Cursor:
    """The rows of one statement (read in full), with ``lastrowid`` after an INSERT."""

    def __init__(self, rows: list[Row], lastrowid: int | None = None) -> None:
        self.rows = rows
        self.lastrowid = lastrowid

    def fetchone(self) -> Row | None:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[Row]:
        return self.rows

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)


class PgConnection:
    """``execute`` / ``executemany`` with the store's SQL, on one autocommit psycopg connection."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        conn.row_factory = _row_factory

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        text, returning = translate(sql, True)
        cur = self.conn.execute(text, list(params))  # type: ignore[call-overload]
        rows = cur.fetchall() if cur.description else []
        return Cursor(rows, int(rows[0][0]) if returning and rows else None)

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 500) -> Iterator[Row]:
        """The rows of a query fetched ``size`` at a time through a server-side cursor, so a reader of
        a whole table (an export) holds one batch, not the result.  ``WITH HOLD`` keeps the cursor
        open across the autocommit statements run between two fetches."""
        text, _ = translate(sql, True)
        with self.conn.cursor(name=f"storyline_stream_{next(_CURSORS)}", withhold=True) as cur:
            cur.itersize = size
            cur.execute(text, list(params))  # type: ignore[call-overload]
            yield from cur

    def executemany(self, sql: str, seq: Sequence[Sequence[Any]]) -> Cursor:
        text, _ = translate(sql, False)
        seq = list(seq)
        if seq:
            with self.conn.cursor() as cur:
                cur.executemany(text, seq)  # type: ignore[arg-type]
        return Cursor([])
