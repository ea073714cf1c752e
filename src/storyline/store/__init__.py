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
are the store interface: a PostgreSQL store implements the same methods with
the same records from ``storyline.records``, and nothing outside this package
changes.

    >>> from storyline.store import SqliteStore
    >>> with SqliteStore(":memory:") as store:
    ...     store.count_articles(), store.story(1)
    (0, None)
"""

from storyline.store.base import QueryError
from storyline.store.sqlite import SqliteStore, StoreError

__all__ = ["QueryError", "SqliteStore", "StoreError"]
