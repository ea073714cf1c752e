"""The seed flow end to end: ingest both seed articles, link, read the story timeline and the commands.

What the story timeline must hold is read from ../shared/acceptance/seeds.json
(``across.story_timeline_dates``), never written here.  The commands run
through the real ``storyline`` entry point on the same real SQLite file.
"""

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
from storyline.export import export_data
from storyline.timeline import top_timeline
from tests.conftest import SHARED, needs_shared, shared_json

SPEC = shared_json("acceptance/seeds.json")
pytestmark = needs_shared
BIN = Path(sys.executable).with_name("storyline")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, nlp):
    db = tmp_path_factory.mktemp("seeds") / "store.db"
    with storyline.open(db) as sl:
        for art in SPEC["articles"]:
            sl.ingest([str(SHARED / art["file"])], published=art["published"])
        yield db, sl


def _shared_story(sl) -> dict:
    data = export_data(sl.store)
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == 2
    event_of = {a: e["id"] for e in data["events"] for a in e["articles"]}
    stories = [s for s in data["stories"] if {event_of.get(a) for a in ids} <= set(s["events"])]
    assert stories, "the two seed articles are not in one story"
    return stories[0]


def test_seed_story_timeline_holds_every_date_a_reader_knows(seeded):
    _, sl = seeded
    story = _shared_story(sl)
    dates = [t["date"] for t in story["timeline"]]
    for want in SPEC["across"]["story_timeline_dates"]:
        assert any(d == want["date"] or d.startswith(want["date"] + "-") for d in dates), (want, sorted(set(dates)))
    assert all(t["articles"] and t["evidence"] for t in story["timeline"])


def test_a_recalled_happening_both_articles_tell_of_is_one_entry_citing_both(seeded):
    _, sl = seeded
    story = _shared_story(sl)
    both = [t for t in story["timeline"] if len(t["articles"]) == 2]
    assert both, "no entry merges what both articles tell"
    assert max(story["timeline"], key=lambda t: t["salience"]) in both  # and it is the most salient


def run(db: Path, *args: str) -> Result:
    """The command in this process (the model and imports are loaded once); see the last test for the real binary."""
    return CliRunner().invoke(app, ["--db", str(db), *args])


def test_stories_story_and_timeline_commands_show_the_seed_story(seeded):
    db, sl = seeded
    rows = json.loads(run(db, "stories", "--json").stdout)["stories"]
    assert rows and rows[0]["articles"] == 2 and rows[0]["first"] == "2018-07-12" and rows[0]["last"] == "2019-06-11"
    sid = str(rows[0]["id"])
    story = json.loads(run(db, "story", sid, "--json").stdout)
    assert len(story["events"]) == 2 and story["entities"]
    entries = json.loads(run(db, "timeline", sid, "--json").stdout)["entries"]
    assert [e["date"] for e in entries] == [t.date for t in sl.store.timeline(int(sid))]
    top = json.loads(run(db, "timeline", sid, "--top", "3", "--json").stdout)["entries"]
    assert len(top) == 3 and all(t in entries for t in top)
    table = run(db, "timeline", sid)
    assert table.exit_code == 0 and "12 June 2018" in table.stdout


def test_entity_timeline_command_finds_the_entity_by_alias(seeded):
    db, _ = seeded
    entries = json.loads(run(db, "timeline", "--entity", "Pompeo", "--json").stdout)["entries"]
    assert entries and all(e["articles"] for e in entries)
    missing = run(db, "timeline", "--entity", "Nobody At All")
    assert missing.exit_code == 2 and "no entity named like" in missing.output
    assert run(db, "timeline").exit_code == 2  # neither a story nor an entity
    assert run(db, "story", "999").exit_code == 2


def test_the_installed_command_prints_the_story_timeline_as_a_table(seeded):
    db, sl = seeded
    sid = sl.stories()[0].id
    res = subprocess.run([str(BIN), "--db", str(db), "timeline", str(sid)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "12 June 2018" in res.stdout and "what happened" in res.stdout


def test_the_top_view_shows_no_dateline(seeded):
    """A seed opens "WASHINGTON -- US President Donald Trump on Thursday revealed ..."; ingest keeps the
    dateline in the text and names it (``Article.dateline``), so the entry's sentence starts after it."""
    _, sl = seeded
    story = _shared_story(sl)
    top = top_timeline(sl.store, sl.store.timeline(story["id"]), 5)
    datelines = {a.dateline for a in sl.store.articles() if a.dateline}
    assert datelines and top
    assert not [e.text for e in top if any(e.text.startswith(d) for d in datelines)]
