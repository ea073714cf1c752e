"""SQLite store: the connection, migrations and lifetime of :class:`SqliteStore`.

One file, WAL mode, versioned migrations (see ``schema.py``), one
transaction per article, so an interrupted run leaves every finished article
whole and nothing half-written.  The SQL of each area lives in its own module
(``articles``, ``annotations``, ``entities``, ``links``) as a mixin class;
:class:`SqliteStore` composes them.

Example::

    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> store.count_articles()
    0
"""

from __future__ import annotations

import random
import sqlite3
import time
import zipfile
from contextlib import suppress
from pathlib import Path

from storyline.store.annotations import AnnotationStore
from storyline.store.articles import ArticleStore
from storyline.store.base import StoppableConnection, StoreError
from storyline.store.check import CheckStore
from storyline.store.entities import EntityStore
from storyline.store.links import LinkStore
from storyline.store.schema import MIGRATIONS

__all__ = ["SqliteStore", "StoreError"]

BUSY_TIMEOUT_S = 60.0
"""How long a writer waits for another process's transaction before giving up (each is short:
one article, one annotation, one linking step)."""


def _statements(script: str) -> list[str]:
    """A migration script cut into whole statements (triggers keep their inner semicolons).

    ``executescript`` would commit on its own, outside the migration's transaction.

    >>> _statements("CREATE TABLE t (x); CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END;")
    ['CREATE TABLE t (x);', 'CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END;']
    """
    out, buf = [], ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip())
            buf = ""
    return out


OLD_VECTOR_FILES = (".vectors.npz", ".vectors.tmp.npz")
"""What the embedding path removed in 2026-12 kept beside a store (``<db>.vectors.npz`` and its half-written
twin): a MiniLM vector per article, 1.5 KB each, that no code reads any more."""
OLD_VECTOR_ARRAYS = {"ids.npy", "vectors.npy"}
"""The two arrays that path wrote (``numpy.savez(ids=..., vectors=...)``): a file holding anything else is not its."""


def drop_old_vectors(path: str) -> list[Path]:
    """Delete the article vectors an earlier storyline kept beside the store at ``path``; the files deleted.

    Only a file of that name that is the zip of exactly those two arrays goes: anything else there is the
    user's and stays, as does every other file of the folder.  Two processes opening the store at once may
    both try; a file already gone (or a folder the user may not write) is left as it is.  Tidying is never a
    reason for the store not to open: a damaged file raises more than ``BadZipFile`` (a name that is not
    UTF-8 raises ``UnicodeDecodeError``, an odd header ``NotImplementedError``), so any failure leaves it.

    >>> drop_old_vectors("/nonexistent/store.db")
    []
    """
    gone = []
    for suffix in OLD_VECTOR_FILES:
        old = Path(path + suffix)
        if not old.is_file():
            continue
        with suppress(Exception):
            with zipfile.ZipFile(old) as packed:
                ours = set(packed.namelist()) == OLD_VECTOR_ARRAYS
            if ours:
                old.unlink()
                gone.append(old)
    return gone


class SqliteStore(ArticleStore, AnnotationStore, EntityStore, LinkStore, CheckStore):
    """The embedded store.  ``path`` may be ``":memory:"`` for throwaway use.  ``any_thread``: the connection
    may be used from a thread other than the one that opened it (one at a time), as the web server lends its
    handles; everywhere else SQLite's check stays on, so a connection shared by mistake fails loudly."""

    def __init__(self, path: str | Path, any_thread: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{self.path}: folder {parent} does not exist; create it or choose another --db")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                                      check_same_thread=not any_thread, factory=StoppableConnection)
            self.db.row_factory = sqlite3.Row
            self.db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            self._use_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable storyline store ({exc}); choose another --db") from exc
        if self.path != ":memory:":
            drop_old_vectors(self.path)

    # -- plumbing -----------------------------------------------------------------
    def _use_wal(self) -> None:
        """Switch the file to WAL once, retrying while other connections hold it.

        Entering WAL needs the file to itself, and SQLite answers "database is locked" at once,
        without the busy timeout, when two new connections both hold a read lock and each wants
        it (waiting could deadlock).  WAL is kept in the file, so a store already in WAL skips
        the switch; a brand-new one opened by several processes at once retries with a short,
        growing pause until ``BUSY_TIMEOUT_S``.
        """
        if self.path == ":memory:":
            return
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        pause = 0.005
        while True:
            try:
                if str(self.db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                    self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(pause * (1 + random.random()))
                pause = min(pause * 2, 0.25)

    def _migrate(self) -> None:
        """Apply the missing migrations, safely when several processes open a new store at once.

        The version is read again inside a ``BEGIN IMMEDIATE`` transaction (one writer at a
        time), so a second process waits for the first to finish migrating and then finds
        nothing left to do, instead of creating the same tables twice.
        """
        if self._version() == len(MIGRATIONS):
            return  # the common case: no write lock taken, readers never wait
        with self.transaction() as db:
            version = self._version()
            if version > len(MIGRATIONS):
                raise StoreError(f"{self.path}: written by a newer storyline (schema {version} > {len(MIGRATIONS)});"
                                 " upgrade storyline")
            for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(sql):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version={number}")
            self.fill_quote_groups()

    def _version(self) -> int:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: written by a newer storyline (schema {version} > {len(MIGRATIONS)}); upgrade storyline"
            )
        return version

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
