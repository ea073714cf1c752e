"""Store fixtures: every contract test runs on a SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.postgres_server import SKIP_REASON, create_database, find_bin, postgres_server

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Base URL of a PostgreSQL server started for this test session (skips without the binaries)."""
    bindir = find_bin()
    if bindir is None:
        pytest.skip(SKIP_REASON)
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[dev]')")
    with postgres_server(bindir) as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty database on the test server."""
    return create_database(pg_server, f"t{next(_names)}")


@pytest.fixture
def pg_url_2(pg_server: str) -> str:
    """A second fresh database, for tests that compare two stores."""
    return create_database(pg_server, f"t{next(_names)}")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What ``--db`` takes for each backend: a SQLite file path, or a PostgreSQL URL of a fresh database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_url"))
