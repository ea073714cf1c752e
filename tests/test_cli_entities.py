"""`storyline entities` and `entity` on a real store: the Typer app in-process, once the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from tests.conftest import SEED_A, SEED_B, needs_shared

BIN = Path(sys.executable).with_name("storyline")


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "store.db"
    with storyline.open(db) as sl:
        sl.ingest([str(SEED_A)], published="2018-07-12", link=False)
        sl.ingest([str(SEED_B)], published="2019-06-11", link=False)
    return db


@needs_shared
def test_entities_lists_people_with_aliases_counts_and_dates(seeded):
    res = run(seeded, "entities", "--type", "PERSON", "--json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)["entities"]
    assert rows and all(r["type"] == "PERSON" for r in rows)
    trump = next(r for r in rows if r["name"] in ("Donald Trump", "Donald J. Trump"))  # one article each
    assert trump["articles"] == 2 and (trump["first"], trump["last"]) == ("2018-07-12", "2019-06-11")
    assert {"Trump", "Donald J. Trump"} <= set(trump["aliases"])
    table = run(seeded, "entities", "--name", "pompeo").stdout
    assert "Mike Pompeo" in table and "Donald Trump" not in table


@needs_shared
def test_entity_by_alias_shows_mentions_over_time_with_sentences(seeded):
    res = run(seeded, "entity", "kim jong un", "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["entity"]["type"] == "PERSON"
    dates = [m["published"] for m in data["mentions"]]
    assert dates == sorted(dates) and {d[:10] for d in dates} == {"2018-07-12", "2019-06-11"}
    assert all(m["text"] in m["sentence"] for m in data["mentions"])
    by_id = json.loads(run(seeded, "entity", str(data["entity"]["id"]), "--json").stdout)
    assert by_id["entity"] == data["entity"]


@needs_shared
def test_an_ambiguous_name_lists_the_candidates_and_asks_for_an_id(seeded):
    res = run(seeded, "entity", "Korea")
    assert res.exit_code == 2
    assert "give one of their ids" in res.stderr
    assert "North Korea" in res.stdout and "South Korea" in res.stdout


def test_an_unknown_name_or_id_is_one_line_usage_error(seeded):
    res = run(seeded, "entity", "99999")
    assert res.exit_code == 2 and "no entity with id 99999" in res.stderr
    # and through the installed entry point, as a user sees it
    res = subprocess.run([str(BIN), "--db", str(seeded), "entity", "Nobody Atall"], capture_output=True, text=True)
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    assert "storyline entities" in res.stderr


def test_help_has_examples():
    for cmd in ("entities", "entity"):
        assert "Example" in CliRunner().invoke(app, [cmd, "--help"]).output


@needs_shared
def test_an_unknown_type_is_a_usage_error_and_no_match_says_so(seeded):
    res = run(seeded, "entities", "--type", "PERSONS")
    assert res.exit_code == 2 and "is not an entity type" in res.stderr and "WORK_OF_ART" in res.stderr
    res = run(seeded, "entities", "--type", "law", "--name", "Zzyzx")
    assert res.exit_code == 0 and res.stdout.strip() == "no entities match"
    assert run(seeded, "entities", "--type", "person").exit_code == 0  # any case, as before


@needs_shared
def test_timeline_entity_takes_the_id_that_entities_lists_as_entity_does(seeded):
    kim = json.loads(run(seeded, "entity", "Kim Jong Un", "--json").stdout)["entity"]
    by_name = run(seeded, "timeline", "--entity", "Kim Jong Un", "--json")
    by_id = run(seeded, "timeline", "--entity", str(kim["id"]), "--json")
    assert by_id.exit_code == 0, by_id.stderr
    assert json.loads(by_id.stdout) == json.loads(by_name.stdout) and json.loads(by_id.stdout)["entries"] != []
    assert run(seeded, "timeline", "--entity", "99999").exit_code == 2  # no such id, and no such name


def test_a_place_in_dateline_capitals_is_named_as_the_body_writes_it(tmp_path):
    """Wire copy writes its dateline in capitals in every report ("WASHINGTON --"), the body "Washington"
    less often: the entity's name is the mixed-case form, whichever form is counted more."""
    reports = [
        "WASHINGTON -- The Senate passed the farm bill on Monday after a long debate over subsidies.",
        "WASHINGTON -- The House voted on the farm bill on Tuesday, sending it to the president.",
        "WASHINGTON -- The president signed the farm bill on Wednesday in a ceremony at the White House.",
        "Farmers in Iowa welcomed the bill. Officials in Washington said payments would begin in the spring.",
    ]
    feed = tmp_path / "wire.jsonl"
    feed.write_text("".join(json.dumps({"id": f"w{i}", "published": f"2024-05-0{i + 1}", "text": text}) + "\n"
                            for i, text in enumerate(reports)), encoding="utf-8")
    with storyline.open(tmp_path / "store.db") as sl:
        sl.ingest([str(feed)], link=False)
        places = [e for e in sl.entities(name="washington") if e.type == "GPE"]
    assert [e.name for e in places] == ["Washington"]
    assert "WASHINGTON" in places[0].aliases and places[0].articles == 4


@needs_shared
def test_a_listing_cut_at_its_limit_says_there_are_more_and_a_full_one_says_nothing(seeded):
    """`entities` stopped at 50 rows without a word (stories, articles and quotes print the next page's
    cursor): a script reading --json took the first 50 for every entity in the store.  r49f: the JSON says it
    too (``more``), in the object every listing's --json prints, so a script reading stdout alone knows."""
    whole = json.loads(run(seeded, "entities", "--limit", "0", "--json").stdout)
    every = whole["entities"]
    assert len(every) > 3 and (whole["schema"], whole["more"]) == (2, False)
    res = run(seeded, "entities", "--limit", "3", "--json")
    assert res.exit_code == 0 and json.loads(res.stdout) == {"schema": 2, "entities": every[:3], "more": True}
    assert res.stderr.strip() == "more entities than these 3: --limit 0 lists all, --type or --name narrows"
    res = run(seeded, "entities", "--limit", str(len(every)), "--json")
    assert json.loads(res.stdout) == whole and res.stderr == ""
