"""One story by id (``SqliteStore.story``) on a real linked store: the seed articles plus real newswire.

The store holds several stories (the two seeds share one; the newswire
articles are about other things), so looking one up must pick it among others
and return exactly what the full listing holds for it, timeline included.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline
from tests.conftest import DATA, SEED_A, SEED_B, needs_shared

pytestmark = needs_shared


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, nlp):
    folder = tmp_path_factory.mktemp("story")
    wire = folder / "wire.jsonl"
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as lines:
        wire.write_text("".join(next(lines) for _ in range(3)), encoding="utf-8")
    with storyline.open(folder / "store.db") as sl:
        sl.ingest([str(SEED_A)], published="2018-07-12")
        sl.ingest([str(SEED_B)], published="2019-06-11")
        sl.ingest([str(wire)])
        yield sl


def test_story_by_id_equals_the_listed_story(linked):
    listed = linked.store.stories()
    assert len(listed) >= 2
    assert any(s.timeline for s in listed)
    for s in listed:
        assert linked.store.story(s.id) == s


def test_story_of_an_unknown_id_is_none(linked):
    top = max(s.id for s in linked.store.stories(with_timeline=False))
    assert linked.store.story(top + 1) is None
    assert linked.store.story(0) is None


def test_stories_without_timeline_differ_only_in_timeline(linked):
    full = linked.store.stories()
    bare = linked.store.stories(with_timeline=False)
    assert [s.timeline for s in bare] == [[] for _ in full]
    for s in full:
        s.timeline = []
    assert bare == full


def test_events_of_one_story(linked):
    every = linked.store.events()
    for s in linked.store.stories(with_timeline=False):
        mine = linked.store.events(story=s.id)
        assert mine == [e for e in every if e.story == s.id]
        assert [e.id for e in mine] == s.events


def test_cli_timeline_and_listing_use_the_lookup(linked):
    from typer.testing import CliRunner

    from storyline.cli import app

    db = str(Path(linked.store.path))
    story = max(linked.store.stories(), key=lambda s: len(s.timeline))
    res = CliRunner().invoke(app, ["--db", db, "timeline", str(story.id), "--json"])
    assert res.exit_code == 0, res.output
    assert [e["date"] for e in json.loads(res.stdout)["entries"]] == [e.date for e in story.timeline]
    listing = json.loads(CliRunner().invoke(app, ["--db", db, "stories", "--json"]).stdout)["stories"]
    assert {r["id"]: r["timeline_entries"] for r in listing} == {
        s.id: len(s.timeline) for s in linked.store.stories()}
