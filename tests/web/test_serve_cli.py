"""``storyline serve`` refuses what it cannot serve with one line and a documented exit code."""

from __future__ import annotations

import socket
import subprocess

import storyline
from tests.web.conftest import BIN


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, timeout=60)


def test_a_missing_or_foreign_file_is_one_line_and_exit_3(tmp_path):
    missing = run("--db", str(tmp_path / "none.db"), "serve")
    assert missing.returncode == 3 and missing.stderr.count("\n") == 1 and "no such store" in missing.stderr
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database\n" * 100)
    bad = run("--db", str(foreign), "serve")
    assert bad.returncode == 3 and bad.stderr.count("\n") == 1 and "not a usable storyline store" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_port_in_use_is_one_line_and_exit_2(tmp_path):
    db = tmp_path / "store.db"
    storyline.open(db).close()
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        busy = run("--db", str(db), "serve", "--port", str(port))
    assert busy.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in busy.stderr
    assert busy.stderr.count("\n") == 1


def test_an_in_memory_store_is_refused_in_one_line_and_exit_2():
    # every page reads on a handle of its own, and each ':memory:' handle is a database of its own, empty
    memory = run("--db", ":memory:", "serve", "--port", "0")
    assert memory.returncode == 2 and memory.stderr.count("\n") == 1 and "give a store file" in memory.stderr
