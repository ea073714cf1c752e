"""The story page measures a story's start and size once: the entries it folds as history and the entries
its key dates fill with are judged against the same start.

The store is written through the store's own methods (a story whose stored first day is 2010-06-01 and
whose timeline was built from reports of March 2011), so the test pins the page, not linking.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx

from storyline.records import TimelineEntry
from storyline.store import open_store
from storyline.timeline.version import TIMELINE_VERSION
from tests.web.conftest import BIN, serving


def _story(db: Path, *extra: TimelineEntry) -> int:
    store = open_store(str(db))
    with store.transaction():
        sid = store.save_story_state(None, {}, "2010-06-01", "2011-03-05", [])
    days = [TimelineEntry(f"2011-03-0{d}", f"The council met for the {d}th time.", articles=[d], salience=0.5)
            for d in range(1, 6)]
    coarse = [TimelineEntry("2009", "The dam plan was drawn up.", articles=[6], salience=0.9),
              TimelineEntry("2010", "Work on the dam began.", articles=[7], salience=0.5),
              TimelineEntry("2010-09", "The river rose.", articles=[8], salience=0.4),
              TimelineEntry("2011", "The dam was finished.", articles=[9], salience=0.3)]
    store.save_timeline(sid, [*extra, coarse[0], coarse[1], coarse[2], coarse[3], *days], version=TIMELINE_VERSION)
    store.close()
    return sid


def test_key_dates_fill_with_an_entry_the_page_shows_as_the_storys_own(tmp_path: Path):
    """2009 ended five months before the story's first day (2010-06-01): the story's own, not history.  The
    key dates used to measure the start again from the days the entries report (March 2011), so 2009 was
    history to them and a less salient entry took its place."""
    db = tmp_path / "store.db"
    sid = _story(db)
    with serving(db) as base:
        page = httpx.get(f"{base}/story/{sid}.json", timeout=60).json()
    assert not [e["date"] for e in page["timeline"] if e["history"]]
    keys = [k["date"] for k in page["key_dates"]]
    assert len(keys) == 8 and "2009" in keys and "2011" not in keys


def test_the_cli_top_view_judges_history_against_the_start_it_folds_by(tmp_path: Path):
    """``storyline timeline N --top 8`` chose its days against the start of the articles its entries cite,
    while its history column used the story's first day: the same story, the same answer as the page."""
    db = tmp_path / "store.db"
    sid = _story(db)
    res = subprocess.run([str(BIN), "--db", str(db), "timeline", str(sid), "--top", "8", "--json"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)["entries"]
    assert "2009" in [r["date"] for r in rows] and not [r for r in rows if r["history"]]


def test_the_cli_top_view_leaves_out_history_as_the_pages_key_dates_do(tmp_path: Path):
    """A day decades before the story, told by one of its ten articles, is history: the page folds it and its
    key dates leave it out, but ``timeline N --top 8`` listed it among the story's eight key days."""
    db = tmp_path / "store.db"
    sid = _story(db, TimelineEntry("1972-11-06", "The two countries forged relations.", articles=[10], salience=0.9))
    with serving(db) as base:
        page = httpx.get(f"{base}/story/{sid}.json", timeout=60).json()
    assert [e["date"] for e in page["timeline"] if e["history"]] == ["1972-11-06"]
    keys = [k["date"] for k in page["key_dates"]]
    res = subprocess.run([str(BIN), "--db", str(db), "timeline", str(sid), "--top", "8", "--json"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert [r["date"] for r in json.loads(res.stdout)["entries"]] == keys and "1972-11-06" not in keys
