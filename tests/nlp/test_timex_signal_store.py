"""The signal of a timex survives the store and reaches the export beside the TIMEX3 extent."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from storyline.export import export_data

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schema" / "export-v1.schema.json").read_text())


def test_signal_is_stored_and_exported_apart_from_the_timex3_extent(sl, tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text("Talks collapse\n\nThe talks between the two sides collapsed on Monday, officials said. "
                    "They had been held since April.\n", encoding="utf-8")
    (aid,) = sl.ingest([str(path)], published="2019-06-12", link=False).ids
    stored = {t.text: t for t in sl.annotation(aid).timexes}
    assert (stored["Monday"].signal, stored["Monday"].value) == ("on", "2019-06-10")
    assert stored["April"].signal == "since"
    data = export_data(sl.store)
    jsonschema.validate(data, SCHEMA)
    monday = next(t for t in data["articles"][0]["timexes"] if t["timex3"]["text"] == "Monday")
    text = data["articles"][0]["text"]
    assert monday["text"] == "on Monday" == text[monday["start"] : monday["end"]]
    assert monday["signal"] == "on" and text[monday["timex3"]["start"] : monday["timex3"]["end"]] == "Monday"


def test_a_store_from_before_signals_migrates_and_reads_old_timexes_without_one(tmp_path):
    import sqlite3

    from storyline.store import SqliteStore
    from storyline.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    before = next(i for i, sql in enumerate(MIGRATIONS) if "ADD COLUMN signal " in sql)  # the stores before it
    for number, sql in enumerate(MIGRATIONS[:before], 1):
        con.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={number};\nCOMMIT;")
    con.execute("INSERT INTO timexes (article_id, start, end, text, type, value) VALUES (1, 0, 9, 'on Monday', 'DATE',"
                " '2019-06-10')")
    con.commit()
    con.close()
    store = SqliteStore(path)
    assert store.schema_version == len(MIGRATIONS)
    (t,) = store.annotation(1).timexes
    assert (t.text, t.signal, t.phrase_start) == ("on Monday", None, 0)
