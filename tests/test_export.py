from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from storyline.export import export_data, render
from tests.conftest import SEED_A, needs_shared

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schema" / "export-v1.schema.json").read_text())


@needs_shared
def test_export_of_an_ingested_article_validates_against_the_published_schema(sl):
    sl.ingest([str(SEED_A)], published="2018-07-12")
    data = export_data(sl.store)
    jsonschema.validate(data, SCHEMA)
    assert data["articles"][0]["published"] == "2018-07-12"


def test_empty_store_exports_empty_lists_not_made_up_values(sl):
    data = export_data(sl.store)
    jsonschema.validate(data, SCHEMA)
    assert all(data[k] == [] for k in ("articles", "entities", "events", "stories"))


@needs_shared
def test_jsonl_export_has_one_typed_record_per_line(sl):
    sl.ingest([str(SEED_A)], published="2018-07-12")
    lines = [json.loads(x) for x in render(sl.store, "jsonl").splitlines()]
    kinds = {x["kind"] for x in lines}
    assert "article" in kinds and "entity" in kinds
