"""What a first-time analyst read in the lists and scripts' JSON (the brief of branch userpass): a page's stamp
with its time and zone where a day is meant, an 80-column entity table, the timeline's JSON heading.

Everything runs the real `storyline` entry point on a real store built from a JSONL of written reports whose
publication stamps carry a time and a zone, as web pages' do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import jsonl_store

BIN = Path(sys.executable).with_name("storyline")

REPORTS = [
    {"id": "flood-1", "published": "2024-12-02T22:04:54-06:00", "source": "Wire",
     "title": "Floods rise in northern Bangladesh",
     "text": "Flood waters rose across northern Bangladesh on Monday, officials said. Prime Minister Sheikh Hasina "
             "ordered the army to help with rescue work. \"It's the worst flood in years,\" said Enamur Rahman, the "
             "disaster management minister. At least 14 people have died since Thursday."},
    {"id": "flood-2", "published": "2024-12-04T08:15:00+06:00", "source": "Wire",
     "title": "Flood waters recede in Sylhet",
     "text": "Flood waters in northern Bangladesh began to recede on Wednesday, officials said. Sheikh Mujibur "
             "Rahman's daughter, Prime Minister Sheikh Hasina, visited Sylhet on Wednesday. \"The worst is over,\" "
             "disaster management minister Enamur Rahman said."},
]


def run(db: Path, *args: str, columns: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return jsonl_store(tmp_path_factory.mktemp("analyst"), REPORTS)


@pytest.mark.parametrize("command", [("quotes",), ("search", "flood")])
def test_a_list_shows_the_day_of_a_stamped_article(store, command) -> None:
    """`quotes` and `search` printed "2024-12-02T22:04:54-06:00" where the other lists print the day."""
    res = run(store, *command)
    assert res.returncode == 0, res.stderr
    assert "2024-12-02" in res.stdout and "22:04" not in res.stdout


def test_the_entity_table_takes_one_line_a_row_at_80_columns(store) -> None:
    """At 80 columns a name and a 60-character alias cut both wrapped (up to 7 lines a row): under 100 columns
    the first and last days go (`--json` keeps them) and the aliases are cut to the room left, one line."""
    res = run(store, "entities", columns=80)
    assert res.returncode == 0, res.stderr
    rows = [line for line in res.stdout.splitlines() if line.startswith("│")]
    ids = [line.split("│")[1].strip() for line in rows]
    assert rows and all(ids), res.stdout  # no continuation line: every row line starts with its id
    assert _whole(res.stdout), res.stdout
    wide = run(store, "entities", columns=120).stdout
    assert "first" in wide and "2024-12-02" in wide and "first" not in res.stdout
    listed = json.loads(run(store, "entities", "--json").stdout)["entities"]
    assert all({"first", "last", "aliases"} <= set(e) for e in listed)


def test_the_timeline_json_is_an_object_with_its_title(store) -> None:
    """`timeline --json` gives what the text output heads its table with, for a story and for an entity."""
    story = json.loads(run(store, "timeline", "1", "--json").stdout)
    assert story["schema"] == 2 and story["title"].endswith("(story 1)") and story["note"] is None
    assert story["entries"] and all("history" in e for e in story["entries"])
    entity = json.loads(run(store, "timeline", "--entity", "Enamur Rahman", "--json").stdout)
    assert entity["schema"] == 2 and entity["title"].startswith("Enamur Rahman (PERSON")



@pytest.mark.parametrize("command", [("timeline", "--entity"), ("entity",)])
@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_entity_name_names_no_entity(store, command, blank) -> None:
    """`timeline --entity ""` showed the most mentioned entity's timeline, exit 0 (the empty string is part of
    every name, a space of many), while `entity ""` listed all of them as a choice: a name never given means
    no entity, a usage error saying so, as an unknown name is."""
    res = run(store, *command, blank)
    assert res.returncode == 2, res.stdout
    assert "no entity named like" in res.stderr and not res.stdout.strip()

LONG_NAMES = [
    {"id": "rw-1", "published": "2024-12-02", "source": "Wire", "title": "Rebels attack near Goma",
     "text": "Rebels of the Democratic Forces for the Liberation of Rwanda (FDLR) attacked a village near Goma on "
             "Monday, the army said. The FDLR denied it. The Sudan People's Liberation Army also issued a statement "
             "on Monday."},
]


def _whole(table: str) -> bool:
    """Whether every line of a table ends with its right border: rich crops a line wider than the terminal,
    so a too-wide table loses its border (and its last column's end), never overflows."""
    return all(line.rstrip()[-1:] in ("┓", "┃", "┩", "│", "┘") for line in table.splitlines() if line.strip())


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("command", [("entities",), ("entity", "Liberation")])
def test_a_long_entity_name_is_cut_so_every_column_shows(tmp_path, command, columns) -> None:
    """A 46-character name ("Democratic Forces for the Liberation of Rwanda") took the width the id, the type,
    the aliases and the counts needed; in `entities` and in the table of entities an `entity NAME` matches
    it is cut at a word, so every column keeps a readable cell within 80 columns, and within 100 where
    `entities` adds the first and last days."""
    db = jsonl_store(tmp_path, LONG_NAMES)
    res = run(db, *command, columns=columns)
    lines = res.stdout.splitlines()
    assert _whole(res.stdout), res.stdout
    header = [c.strip() for c in lines[1].split("┃")[1:-1]]
    assert {"id", "name", "type", "aliases", "articles"} <= set(header), res.stdout
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in lines if line.startswith("│")]
    long = [r for r in rows if r[header.index("name")].startswith("Democratic Forces")]
    assert long and long[0][header.index("type")] == "ORG" and long[0][header.index("articles")] == "1", res.stdout
    assert long[0][header.index("name")].endswith("…")


def test_articles_all_lists_every_article_past_one_query_in_publication_order(tmp_path) -> None:
    """`articles` took no --all (`stories` does): a script had to page by the cursor on stderr.  1,203
    one-line briefs (unannotated: what is listed is the stored article) are more than one query of --all reads."""
    feed = tmp_path / "briefs.jsonl"
    feed.write_text("".join(json.dumps({"id": f"brief-{i}", "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                        "source": "Wire", "text": f"Brief number {i} on the flood in Sylhet."}) + "\n"
                            for i in range(1203)), encoding="utf-8")
    db = tmp_path / "store.db"
    res = run(db, "ingest", str(feed), "--no-annotate", "--no-link", "-q")
    assert res.returncode == 0, res.stderr
    res = run(db, "articles", "--all", "--json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)["articles"]
    assert sorted(r["external_id"] for r in rows) == sorted(f"brief-{i}" for i in range(1203))
    assert [r["published"] for r in rows] == sorted(r["published"] for r in rows)
    assert "next page" not in res.stderr
    shown = run(db, "articles", "--all", "--since", "2024-12")
    assert shown.returncode == 0 and shown.stdout.count("brief-") == 0  # the table shows titles, not ids
    assert sum(" 2024-12-" in line for line in shown.stdout.splitlines()) == sum(r["published"] >= "2024-12"
                                                                                  for r in rows)
    res = run(db, "articles", "--all", "--after", "x")
    assert res.returncode != 0 and "leave out --after/--before" in res.stderr
