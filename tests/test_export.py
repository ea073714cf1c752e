from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from storyline.export import export_data, render
from storyline.records import Chain
from storyline.store.resolution import resolve_chains
from tests.conftest import SEED_A, needs_shared

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"
SCHEMA = json.loads((SCHEMA_DIR / "export-v1.schema.json").read_text())


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


def test_every_timeline_status_the_code_gives_is_one_the_schemas_allow():
    from storyline.timeline.status import STATUSES

    web = json.loads((SCHEMA_DIR / "web.schema.json").read_text(encoding="utf-8"))
    entry = SCHEMA["$defs"]["story"]["properties"]["timeline"]["items"]
    assert set(entry["properties"]["status"]["enum"]) == set(STATUSES)
    assert set(web["$defs"]["timeline_entry"]["properties"]["status"]["enum"]) == set(STATUSES)


def test_an_entry_of_description_exports_as_background_and_validates(sl, tmp_path):
    page = tmp_path / "profile.txt"
    page.write_text(
        "Singer Marla Quinn dies at 51\n\n"
        "Marla Quinn was born in 1958 in Gary, Indiana, and sang in a choir there as a girl.\n\n"
        "The singer died on Thursday in Los Angeles, her family said.\n", encoding="utf-8")
    sl.ingest([str(page)], published="2009-06-26")
    data = export_data(sl.store)
    jsonschema.validate(data, SCHEMA)
    statuses = {e["date"]: e["status"] for s in data["stories"] for e in s["timeline"]}
    assert statuses.get("1958") == "background"
    assert statuses.get("2009-06-25") == "happened"


def test_an_export_after_an_entity_merge_carries_the_entity_lineage_and_validates(sl):
    """Whole-store export writes the merged entity's lineage row (kind "entity"), which the schema allows."""
    for chain in (Chain("IR", "ORG", keys=["acr:ir"]), Chain("Injured Reserve", "ORG", keys=["name:injured reserve"]),
                  Chain("Injured Reserve (IR)", "ORG", keys=["name:injured reserve", "acr:ir"])):
        with sl.store.transaction() as db:
            resolve_chains(db, [chain])
    data = export_data(sl.store)
    jsonschema.validate(data, SCHEMA)
    assert [(r["kind"], r["relation"]) for r in data["lineage"]] == [("entity", "merged_into")]
