"""What the CLI tells a user past the bare answer: which entities a name took, that an export of an empty store is
empty on purpose, and the shape number of every ``--json``.  The real `storyline` entry point on real SQLite stores.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import storyline
from tests.cli.test_odd_input import REPORTS, run
from tests.conftest import jsonl_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return jsonl_store(tmp_path_factory.mktemp("hints"), REPORTS)


def test_quotes_by_a_name_several_entities_share_says_which_it_took_as_the_timeline_does(store):
    """``quotes --speaker Rahman`` took every entity with the name in an alias without a word, while ``timeline
    --entity Rahman`` said "2 entities match"; both say it now, with the ids and the option that takes one."""
    res = run(store, "quotes", "--speaker", "Rahman", "--json")
    assert res.returncode == 0, res.stderr
    ids = sorted(e["id"] for e in json.loads(run(store, "entities", "--name", "Rahman", "--json").stdout)["entities"])
    assert len(ids) == 2
    assert res.stderr.startswith("2 entities match 'Rahman'; all are taken (#"), res.stderr
    assert res.stderr.endswith("; storyline quotes --speaker ID for one)\n"), res.stderr
    assert sorted(int(i) for i in res.stderr.split("(", 1)[1].split(";")[0].replace("#", "").split(", ")) == ids
    assert json.loads(res.stdout)["quotes"], "the quotes are still listed"
    res = run(store, "timeline", "--entity", "Rahman", "--json")
    assert res.returncode == 0 and res.stderr.startswith("2 entities match 'Rahman'; this is #"), res.stderr
    res = run(store, "quotes", "--speaker", "Enamur Rahman", "--json")  # one entity: nothing to say
    assert (res.returncode, res.stderr) == (0, ""), res.stderr


def test_an_export_of_an_empty_store_says_nothing_is_stored(tmp_path):
    """``export --format markdown`` of an empty store printed "# Storylines" alone, which reads as a failed export:
    the chronology says there are no stories as ``stories`` does, and every format says on stderr that the store
    holds nothing, exit 0 (README: an empty answer is no error); JSON stays JSON."""
    db = tmp_path / "empty.db"
    storyline.open(db).close()
    note = (f"the store holds no articles, so the export is empty: ingest some first (storyline --db {db} ingest"
            " FILES)\n")
    res = run(db, "export", "--format", "markdown")
    assert (res.returncode, res.stderr) == (0, note), res.stderr
    assert res.stdout == "# Storylines\n\nNo stories yet: ingest articles, then run 'storyline link'.\n"
    res = run(db, "export", "--format", "json")
    assert (res.returncode, res.stderr) == (0, note) and json.loads(res.stdout)["articles"] == []
    res = run(db, "export", "--format", "csv", "--output", str(tmp_path / "e.csv"))
    assert (res.returncode, res.stderr) == (0, note + f"wrote {tmp_path / 'e.csv'}\n"), res.stderr


def test_every_json_output_is_an_object_carrying_its_schema(store, tmp_path):
    """Listings carried ``{"schema": 2}`` while ``entity NAME --json``, ``show``, ``story`` and the summaries of
    ``ingest``, ``annotate`` and ``link`` had no ``schema``: a script could not tell a shape it knows.  Every
    command's ``--json`` is an object whose ``schema`` is a whole number."""
    own = tmp_path / "own.db"  # ingest, annotate and link write: a copy, the module's store stays as built
    shutil.copy(store, own)
    feed = store.parent / "reports.jsonl"
    commands = [(store, ("stories",)), (store, ("articles",)), (store, ("quotes",)), (store, ("entities",)),
                (store, ("search", "flood")), (store, ("check",)), (store, ("show", "1")), (store, ("story", "1")),
                (store, ("entity", "Sheikh Hasina")), (store, ("timeline", "1")),
                (own, ("ingest", str(feed))), (own, ("annotate",)), (own, ("link",))]
    for db, args in commands:
        res = run(db, *args, "--json")
        assert res.returncode == 0, (args, res.stderr)
        data = json.loads(res.stdout)
        assert isinstance(data, dict) and type(data.get("schema")) is int, (args, list(data)[:3])


def test_an_entity_whose_mentions_a_limit_cut_says_so_as_a_listing_does(store):
    """``entity NAME`` printed "147 mentions" over a table of 100 (its --limit) without a word, and its --json gave
    no sign a row was left out: stderr says it as ``entities`` does, and the JSON has ``more``."""
    res = run(store, "entity", "Sheikh Hasina", "--limit", "1", "--json")
    data = json.loads(res.stdout)
    assert res.returncode == 0 and data["entity"]["mentions"] >= 2, res.stderr
    assert (len(data["mentions"]), data["more"]) == (1, True)
    assert res.stderr == f"more mentions than these 1 ({data['entity']['mentions']} in all): --limit 0 lists all\n"
    res = run(store, "entity", "Sheikh Hasina", "--limit", "0", "--json")
    data = json.loads(res.stdout)
    assert (res.stderr, data["more"], len(data["mentions"])) == ("", False, data["entity"]["mentions"])


def test_no_quotes_says_every_filter_that_emptied_the_list(store):
    """``quotes --speaker X --kind scare`` and ``quotes --story N --speaker X`` said "no quotes by 'X'", as if X had
    said nothing: the kind and the story are said too."""
    res = run(store, "quotes", "--speaker", "Enamur Rahman", "--kind", "scare", "--story", "1")
    assert (res.returncode, res.stdout) == (0, "no quotes by 'Enamur Rahman' of kind scare in story 1\n"), res.stderr
