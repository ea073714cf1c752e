"""The CLI on a PostgreSQL store: the same commands with ``--db postgresql://...``; one clear line when it is down."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app, main

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "wikinews-apple.jsonl"


def test_ingest_search_and_export_through_the_cli_on_postgres(pg_url, tmp_path):
    run = CliRunner().invoke
    res = run(app, ["--db", pg_url, "ingest", str(DEMO), "--no-annotate", "--no-link", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["stored"] == 28
    again = run(app, ["--db", pg_url, "ingest", str(DEMO), "--no-annotate", "--no-link", "--json"])
    assert json.loads(again.stdout)["duplicates"] == 28
    hits = run(app, ["--db", pg_url, "search", "iPhone antenna", "--json"])
    assert hits.exit_code == 0 and "Apple executive leaves company after iPhone 4 antenna issues" in hits.stdout
    out = tmp_path / "store.jsonl"
    res = run(app, ["--db", pg_url, "export", "--format", "jsonl", "--output", str(out)])
    assert res.exit_code == 0, res.output
    kinds = [json.loads(line)["kind"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert kinds.count("article") == 28


def test_a_server_that_does_not_answer_is_one_clear_line_and_exit_3(monkeypatch, capsys):
    url = "postgresql://nobody:secret@127.0.0.1:9/none"
    monkeypatch.setattr("sys.argv", ["storyline", "--db", url, "articles"])
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err.strip()
    assert code == 3
    assert err.startswith("error: postgresql://nobody:***@127.0.0.1:9/none: cannot connect to PostgreSQL")
    assert "secret" not in err and len(err.splitlines()) == 1


def test_check_on_postgres_reads_every_invariant_and_names_a_broken_one(pg_url):
    """``storyline check`` runs its invariant queries on PostgreSQL too: SQLite's ``ifnull`` is no function there,
    so every check of a server store failed before a single invariant was read."""
    import psycopg

    run = CliRunner().invoke
    res = run(app, ["--db", pg_url, "ingest", str(DEMO), "--no-annotate", "--no-link", "--json"])
    assert res.exit_code == 0, res.output
    ok = run(app, ["--db", pg_url, "check", "--json"])
    assert (ok.exit_code, json.loads(ok.stdout)) == (0, {"schema": 2, "violations": []}), ok.output
    with psycopg.connect(pg_url, autocommit=True) as con:  # a copy whose original is not stored
        con.execute("ALTER TABLE articles DISABLE TRIGGER ALL")
        con.execute("UPDATE articles SET duplicate_of = 999 WHERE id = 2")
    bad = run(app, ["--db", pg_url, "check", "--json"])
    assert bad.exit_code == 1
    assert {"name": "duplicate-original", "item": 2} in [{k: v[k] for k in ("name", "item")}
                                                         for v in json.loads(bad.stdout)["violations"]]
    assert any(v["detail"] == "article 2 is a copy of 999, which is not stored"
               for v in json.loads(bad.stdout)["violations"])


def test_without_psycopg_a_postgres_url_says_what_to_install_and_exits_3(tmp_path):
    """A fresh interpreter where psycopg cannot be imported (as without the ``postgres`` extra): the store's
    "pip install 'storyline[postgres]'" line, not an internal error (exit 4) from a module-level import."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['psycopg'] = None; sys.modules['psycopg_pool'] = None\n"
            "from storyline.cli import main; main()")
    res = subprocess.run([sys.executable, "-c", code, "--db", "postgresql://storyline@127.0.0.1:9/news", "articles"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 3, res.stderr
    assert res.stderr.strip() == "error: PostgreSQL support is not installed: pip install 'storyline[postgres]'"
