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
