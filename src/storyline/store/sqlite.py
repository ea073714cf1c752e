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

import sqlite3
from pathlib import Path

from storyline.store.annotations import AnnotationStore
from storyline.store.articles import ArticleStore
from storyline.store.base import StoreError
from storyline.store.entities import EntityStore
from storyline.store.links import LinkStore
from storyline.store.schema import MIGRATIONS

__all__ = ["SqliteStore", "StoreError"]


class SqliteStore(ArticleStore, AnnotationStore, EntityStore, LinkStore):
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

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
