"""The store: the one place that knows SQL.  ``SqliteStore`` is the embedded default."""

from storyline.store.sqlite import SqliteStore, StoreError

__all__ = ["SqliteStore", "StoreError"]
