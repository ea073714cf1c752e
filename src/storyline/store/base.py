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
from collections.abc import Iterator
from contextlib import contextmanager


class StoreError(Exception):
    """The store file cannot be opened or used; the message says what to do."""


class SqliteBase:
    """The open connection (``isolation_level=None``: transactions are explicit) and its transaction."""

    db: sqlite3.Connection

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

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the store (SQLite's data_version).

        A reader that keeps results (the web UI's page cache) compares it to know they are still true.
        """
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])
