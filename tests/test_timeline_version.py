"""Timelines built by an older release are rebuilt by the next `storyline link`, not shown forever.

A story's timeline is derived data, rebuilt when its articles change.  An upgrade that changes how entries
are made changes no article, so without a version on each saved timeline every story linked before the
upgrade would keep the old entries (and the CLI would show them as current).  The articles here are
written for the test: two reports of one council vote, a day apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from storyline.records import TimelineEntry
from storyline.store.schema import MIGRATIONS
from storyline.timeline import build_story_timeline
from storyline.timeline.version import TIMELINE_VERSION
from tests.store.old_schema import copy_as_of

RECORDS = [
    {"id": "vote-1", "published": "2021-03-02", "title": "Riverton council approves new bridge",
     "text": "The Riverton city council voted 7-2 on Monday to approve a new bridge over the Kell River. "
             "Mayor Ana Ortiz said construction would begin in June. The bridge will cost 40 million dollars."},
    {"id": "vote-2", "published": "2021-03-03", "title": "Riverton bridge vote draws protest",
     "text": "Residents of Riverton protested on Tuesday against the council's vote to build a bridge over the "
             "Kell River. Mayor Ana Ortiz defended the 40 million dollar bridge, approved by the council on Monday."},
]
OLD = [TimelineEntry("2021-03-01", "An entry an older release wrote.", salience=1.0)]


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = tmp_path / "store.db"
    with storyline.open(db) as sl:
        assert sl.ingest([str(feed)]).stored == 2
        assert sl.store.stale_timelines(TIMELINE_VERSION) == []  # built now, by this release
    return db


def _as_older_release_left_it(db: Path) -> dict[int, list[TimelineEntry]]:
    """Every story's timeline replaced by one an older release saved; returns what this release builds."""
    with storyline.open(db) as sl:
        ids = [s.id for s in sl.stories(with_timeline=False)]
        fresh = {sid: build_story_timeline(sl.store, sid, sl.settings) for sid in ids}
        for sid in ids:
            sl.store.save_timeline(sid, OLD, version=TIMELINE_VERSION - 1)
        assert sl.store.stale_timelines(TIMELINE_VERSION) == ids
    return fresh


def test_link_with_nothing_new_rebuilds_timelines_an_older_release_built(linked):
    fresh = _as_older_release_left_it(linked)
    assert any(fresh.values()), "the vote's reports give dated entries"
    with storyline.open(linked) as sl:
        sl.link()
        assert {sid: sl.timeline(sid) for sid in fresh} == fresh
        assert sl.store.stale_timelines(TIMELINE_VERSION) == []


def test_the_timeline_command_says_a_timeline_is_from_an_older_release(linked):
    fresh = _as_older_release_left_it(linked)
    sid = next(s for s, entries in fresh.items() if entries)
    result = CliRunner().invoke(app, ["--db", str(linked), "timeline", str(sid)])
    assert result.exit_code == 0, result.output
    assert "built by an older storyline; 'storyline link' rebuilds it" in result.stderr

    def texts() -> list[str]:
        shown = CliRunner().invoke(app, ["--db", str(linked), "timeline", str(sid), "--json"])
        return [e["text"] for e in json.loads(shown.stdout)["entries"]]

    assert texts() == [OLD[0].text]
    assert CliRunner().invoke(app, ["--db", str(linked), "link", "--quiet"]).exit_code == 0
    result = CliRunner().invoke(app, ["--db", str(linked), "timeline", str(sid)])
    assert "older storyline" not in result.stderr
    assert texts() == [e.text for e in fresh[sid]]


def test_a_store_from_before_timeline_versions_rebuilds_every_timeline_once(linked, tmp_path):
    before = next(i for i, sql in enumerate(MIGRATIONS) if "timeline_version" in sql)
    old = tmp_path / "old.db"
    copy_as_of(linked, old, before)
    with storyline.open(old) as sl:
        ids = [s.id for s in sl.stories(with_timeline=False)]
        assert ids and sl.store.stale_timelines(TIMELINE_VERSION) == ids  # read as version 0
        sl.link()
        assert sl.store.stale_timelines(TIMELINE_VERSION) == []


def test_the_story_page_says_its_timeline_is_from_an_older_release_until_link_rebuilds_it(linked):
    import httpx

    from tests.web.conftest import serving
    from tests.web.test_pages import valid

    fresh = _as_older_release_left_it(linked)
    sid = next(s for s, entries in fresh.items() if entries)

    def story() -> dict:
        with serving(linked) as base:
            return valid(httpx.get(f"{base}/story/{sid}.json", timeout=30).json())

    assert story()["story"]["timeline_note"] == "built by an older storyline; 'storyline link' rebuilds it"
    with storyline.open(linked) as sl:
        sl.link()
    page = story()
    assert page["story"]["timeline_note"] == ""
    assert [e["text"] for e in page["timeline"]] and OLD[0].text not in [e["text"] for e in page["timeline"]]


def test_the_timeline_json_carries_the_title_and_the_older_release_note(linked):
    """`timeline --json` was a bare list: a script lost the heading and the "built by an older release" note
    the text prints (the first-time analyst's brief); it is an object with a schema number now."""
    fresh = _as_older_release_left_it(linked)
    sid = next(s for s, entries in fresh.items() if entries)
    shown = CliRunner().invoke(app, ["--db", str(linked), "timeline", str(sid), "--json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["schema"] == 2 and data["title"].endswith(f"(story {sid})")
    assert data["note"] == "built by an older storyline; 'storyline link' rebuilds it"  # the text names the story
    assert [e["text"] for e in data["entries"]] == [OLD[0].text]
