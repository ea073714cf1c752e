"""What the CLI tells a user past the bare answer: the option a stray word was meant for, which entities a name
took, that an export of an empty store is empty on purpose, what a folder walk left out, and the shape number of
every ``--json``.  The real `storyline` entry point on real SQLite stores.
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


def test_a_word_a_filter_option_would_take_is_offered_that_option(store):
    """``entities Sheikh`` said only that the command "takes no word besides its options"; the word was a name
    the ``--name`` filter takes.  Any command's name or id filter is offered (one rule, by the option's metavar);
    a word no filter takes keeps the plain line."""
    cases = [(("entities", "Sheikh"), "'Sheikh' is one word too many: 'storyline entities' takes no word besides its"
              " options; did you mean --name Sheikh? (see 'storyline entities --help')"),
             (("entities", "Sheikh", "Hasina", "--json"), "'Sheikh' is one word too many: 'storyline entities' takes"
              " no word besides its options; did you mean --name 'Sheikh Hasina'? (see 'storyline entities --help')"),
             (("articles", "Wire"), "'Wire' is one word too many: 'storyline articles' takes no word besides its"
              " options; did you mean --source Wire? (see 'storyline articles --help')"),
             (("export", "1"), "'1' is one word too many: 'storyline export' takes no word besides its options; did"
              " you mean --story 1? (see 'storyline export --help')"),
             (("timeline", "1", "Hasina"), "'Hasina' is one word too many: 'storyline timeline' takes one story id;"
              " did you mean --entity Hasina? (see 'storyline timeline --help')"),
             (("stories", "5"), "'5' is one word too many: 'storyline stories' takes no word besides its options"
              " (see 'storyline stories --help')"),
             (("export", "--story", "1", "-9"), "'-9' is one word too many: 'storyline export' takes no word besides"
              " its options (see 'storyline export --help')")]
    for args, line in cases:
        res = run(store, *args)
        assert (res.returncode, res.stdout, res.stderr) == (2, "", f"error: {line}\n"), args
    res = run(store, "entities", "--name", "Sheikh", "--json")  # the line's advice works
    assert res.returncode == 0 and {e["name"] for e in json.loads(res.stdout)["entities"]} >= {"Sheikh Hasina"}


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


def test_a_folder_walk_leaves_out_files_not_named_as_articles_and_says_so_in_one_line(tmp_path):
    """A folder of articles with a README.md beside them stored the README as an article (and linked it into a
    story): a folder is read for the article formats' suffixes, what it left out is one line naming them, and a
    file named on the command line is read whatever its name."""
    pile = tmp_path / "pile"
    (pile / "tools").mkdir(parents=True)
    (pile / "reports.jsonl").write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    readme = ("These reports were collected by the desk in December. Each record is one wire story about the "
              "floods in northern Bangladesh, with its date and source. Read them with storyline.\n")
    (pile / "README.md").write_text(readme, encoding="utf-8")
    (pile / "tools" / "fetch.py").write_text("print('fetching the wire')\n", encoding="utf-8")
    db = tmp_path / "s.db"
    res = run(db, "ingest", str(pile), "--no-annotate", "--no-link", "--json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert (report["stored"], report["skipped"]) == (2, 1), report
    assert report["problems"] == [{"input": str(pile), "kind": "skipped", "reason": (
        "left out 2 files not named as articles (README.md, tools/fetch.py): a folder is read for .warc .jsonl"
        " .ndjson .json .html .htm .xhtml .rss .atom .xml .txt .text .tml files (also gzipped); name a file to read"
        " it anyway")}], report
    res = run(db, "ingest", str(pile / "README.md"), "--no-annotate", "--no-link", "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["stored"] == 1, res.stderr


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
