"""A real PostgreSQL server for the tests: initdb in a temporary folder, a free loopback port, torn down after.

Debian's ``postgresql`` package puts the binaries in
``/usr/lib/postgresql/<major>/bin``; ``.ci/run`` installs it.  initdb and
pg_ctl refuse to run as root, so as root they run as the ``postgres`` user
(``runuser``) on a folder it owns.  Without the binaries the tests that need
the server skip and say how to install it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import free_port

SKIP_REASON = "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin (apt-get install postgresql)"


def find_bin() -> Path | None:
    """The newest installed PostgreSQL bin folder (15 on Debian 12), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


@contextmanager
def postgres_server(bindir: Path) -> Iterator[str]:
    """Start a throwaway server; yields its base URL ``postgresql://storyline@127.0.0.1:PORT``."""
    root = os.geteuid() == 0
    home = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
    data, port = home / "data", free_port()
    as_owner = ["runuser", "-u", "postgres", "--"] if root else []
    if root:
        shutil.chown(home, "postgres", "postgres")
    run = lambda *args: subprocess.run([*as_owner, *args], check=True, capture_output=True, text=True)  # noqa: E731
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "storyline", "--auth=trust", "-E", "UTF8", "--locale=C")
        opts = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(home / "log"), "-w", "-t", "60", "start")
        try:
            yield f"postgresql://storyline@127.0.0.1:{port}"
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def create_database(base_url: str, name: str) -> str:
    """A new empty database on the server; returns its URL."""
    import psycopg

    with psycopg.connect(f"{base_url}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    return f"{base_url}/{name}"
