"""A store file as an older storyline left it, made from today's store, for migration tests.

Tests of a migration's backfill need data written before that migration.  Undoing each later migration
by hand (dropping its tables, columns and indexes) breaks every time a migration is added, so the old
file is built forward instead: the first ``version`` migrations on an empty file, then every row of
today's file copied into the columns that existed then.  The full-text tables are left to the old
schema's own triggers, as they were filled when the rows were first written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storyline.store.schema import MIGRATIONS


def copy_as_of(source: Path, target: Path, version: int) -> None:
    """Write ``target`` as the schema of migration ``version`` holding ``source``'s rows."""
    old = sqlite3.connect(target)
    for number, sql in enumerate(MIGRATIONS[:version], start=1):
        old.executescript(f"BEGIN; {sql}; PRAGMA user_version={number}; COMMIT;")
    old.execute("ATTACH DATABASE ? AS new", (str(source),))
    virtual = [r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    tables = [r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
              if r[0] != "sqlite_sequence" and not any(r[0] == v or r[0].startswith(f"{v}_") for v in virtual)]
    with old:
        for table in tables:
            then = {r[1] for r in old.execute(f"PRAGMA main.table_info({table})")}
            columns = ", ".join(r[1] for r in old.execute(f"PRAGMA new.table_info({table})") if r[1] in then)
            old.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM new.{table}")
    old.execute("DETACH DATABASE new")
    old.close()


def store_as_of(store_url: str, version: int, rows_sql: str) -> None:
    """Make the store at ``store_url`` (a SQLite path or a PostgreSQL URL of an empty database) as migration
    ``version`` left it, then run ``rows_sql`` there: the rows an older storyline wrote, for a migration test
    on either backend."""
    if store_url.startswith("postgresql"):
        import psycopg

        from storyline.store.postgres.schema import pg_migrations

        with psycopg.connect(store_url, autocommit=True) as con:
            con.execute("CREATE TABLE storyline_schema (version BIGINT NOT NULL)")
            for number, sql in enumerate(pg_migrations()[:version], start=1):
                con.execute(sql)  # type: ignore[arg-type]
                con.execute("INSERT INTO storyline_schema (version) VALUES (%s)", (number,))
            con.execute(rows_sql)  # type: ignore[arg-type]
        return
    con = sqlite3.connect(store_url)
    for number, sql in enumerate(MIGRATIONS[:version], start=1):
        con.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")
    con.executescript(f"BEGIN; {rows_sql} COMMIT;")
    con.close()
