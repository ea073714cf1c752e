"""Attribution kinds in the store, the export and `storyline quotes`: real SQLite files, the real model."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from storyline.store import SqliteStore
from storyline.store.schema import MIGRATIONS

BIN = Path(sys.executable).with_name("storyline")
TEXT = ("Mayor Laura Chen said on Tuesday that the bridge would reopen in May.\n\n"
        '"We have waited long enough," said Chen, a former engineer.\n\n'
        'Critics of the so-called "reform" plan were not convinced.\n')


def test_quotes_stored_before_kinds_existed_read_as_direct(db: Path) -> None:
    old = sqlite3.connect(db)
    before = next(i for i, sql in enumerate(MIGRATIONS) if "ADD COLUMN kind " in sql)  # the stores before kinds
    for number, sql in enumerate(MIGRATIONS[:before], start=1):
        old.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")
    old.execute("INSERT INTO articles (id, external_id, title, text, format, content_hash) "
                "VALUES (1, 'a', 't', 'He said \"yes.\"', 'text', 'h')")
    old.execute("INSERT INTO quotes (article_id, start, end, text, cue) VALUES (1, 9, 13, 'yes.', 'said')")
    old.commit()
    old.close()
    with SqliteStore(db) as store:
        [(aid, q)] = store.quotes()
        assert (aid, q.text, q.kind, q.cue_start) == (1, "yes.", "direct", None)


def _ingest(tmp_path: Path, db: Path) -> None:
    src = tmp_path / "bridge.txt"
    src.write_text(TEXT, encoding="utf-8")
    res = subprocess.run([str(BIN), "--db", str(db), "ingest", str(src), "--published", "2024-03-05",
                          "--no-link", "-q"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr


def _quotes(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "--db", str(db), "quotes", "--json", *args], capture_output=True, text=True,
                          timeout=300)


def test_quotes_lists_reported_and_quoted_speech_but_not_scare_quotes_by_default(tmp_path: Path, db: Path) -> None:
    _ingest(tmp_path, db)
    rows = json.loads(_quotes(db).stdout)["quotes"]
    assert sorted(r["kind"] for r in rows) == ["direct", "indirect"]
    indirect = next(r for r in rows if r["kind"] == "indirect")
    assert indirect["text"] == "the bridge would reopen in May" and indirect["speaker_name"] == "Laura Chen"
    assert TEXT[indirect["cue_start"]:indirect["cue_end"]] == "said"
    assert [r["text"] for r in json.loads(_quotes(db, "--kind", "scare").stdout)["quotes"]] == ["reform"]
    assert len(json.loads(_quotes(db, "--kind", "all").stdout)["quotes"]) == 3
    assert [r["kind"] for r in json.loads(_quotes(db, "--kind", "indirect").stdout)["quotes"]] == ["indirect"]


def test_an_unknown_kind_is_a_usage_error_in_one_line(tmp_path: Path, db: Path) -> None:
    _ingest(tmp_path, db)
    res = _quotes(db, "--kind", "hearsay")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1 and "hearsay" in res.stderr


def test_the_export_carries_kind_and_cue_span(tmp_path: Path, db: Path) -> None:
    _ingest(tmp_path, db)
    out = tmp_path / "export.json"
    res = subprocess.run([str(BIN), "--db", str(db), "export", "-o", str(out)], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    [art] = json.loads(out.read_text(encoding="utf-8"))["articles"]
    kinds = {q["kind"]: q for q in art["quotes"]}
    assert set(kinds) == {"direct", "indirect", "scare"}
    assert kinds["scare"]["speaker"] is None and kinds["scare"]["cue"] is None
    direct = kinds["direct"]
    assert art["text"][direct["cue_start"]:direct["cue_end"]] == "said"
