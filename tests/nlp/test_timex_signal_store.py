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
