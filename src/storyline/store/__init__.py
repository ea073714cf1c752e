"""The store: the one place that knows SQL.  ``SqliteStore`` is the embedded default.

The seam: :class:`SqliteStore` is composed of one mixin class per area, each
in its own module holding that area's SQL, on top of ``base.SqliteBase`` (the
connection and ``transaction()``)::

    articles.ArticleStore        add, read, filter, full-text search, MinHashes
    annotations.AnnotationStore  save/read annotations, chain resolution, quotes
    entities.EntityStore         entities, their mentions and names
    links.LinkStore              events, stories, linking state, timelines
    check.CheckStore             the invariants every write keeps (``storyline check``)

The public methods of these classes, plus ``transaction()`` and ``close()``,
are the store interface, typed as protocols in ``protocol.py``;
``postgres.PostgresStore`` implements it on a server with the same mixins.
:func:`open_store` picks the backend from ``--db`` (a path or a URL).

    >>> from storyline.store import SqliteStore
    >>> with SqliteStore(":memory:") as store:
    ...     store.count_articles(), store.story(1)
    (0, None)
"""

from pathlib import Path

from storyline.store.base import QueryError, QueryTooCostly
from storyline.store.protocol import Store
from storyline.store.sqlite import SqliteStore, StoreError

__all__ = ["QueryError", "QueryTooCostly", "SqliteStore", "Store", "StoreError", "is_server_url", "open_store"]


def is_server_url(db: str | Path) -> bool:
    """Whether ``--db`` names a PostgreSQL server (``postgresql://`` or ``postgres://``) rather than a file."""
    return str(db).startswith(("postgresql://", "postgres://"))


def open_store(db: str | Path, any_thread: bool = False) -> Store:
    """The store ``db`` names: a PostgreSQL URL opens a :class:`PostgresStore`, anything else a SQLite file
    (``any_thread``: usable from another thread than this one, see :class:`SqliteStore`; a PostgreSQL
    connection always is).

        >>> type(open_store(":memory:")).__name__
        'SqliteStore'
    """
    if is_server_url(db):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(str(db))
    return SqliteStore(db, any_thread)
