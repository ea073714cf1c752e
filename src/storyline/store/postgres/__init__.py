"""The PostgreSQL store (``--db postgresql://user@host:port/db``); needs the ``postgres`` extra."""

from storyline.store.postgres.store import PostgresStore

__all__ = ["PostgresStore"]
