"""A story page folds the history its articles recall and leads with the story's key dates.

The store is real newswire: the Xinhua reports of the week of the 2006 Beijing summit of the Forum on
China-Africa Cooperation, which recall the years each African country and China opened relations
(decades before the summit, each told by one report).  A reader of the summit's story wants the summit
first; the old dates stay one click away.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from selenium.webdriver.common.by import By

from storyline.timeline.merge import ABOUT_IT_MIN, STORY_ABOUT_IT
from tests.conftest import DATA
from tests.web.conftest import BIN, serving
from tests.web.test_browser import seed_story
from tests.web.test_pages import valid

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason=f"needs {NEWSWIRE} (../shared beside this clone)")


@pytest.fixture(scope="module")
def summit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict, Path]]:
    """The server over a store of the summit week's reports, the JSON of its largest story (every entry), the store."""
    import storyline

    folder = tmp_path_factory.mktemp("summit")
    records = [r for r in map(json.loads, NEWSWIRE.read_text(encoding="utf-8").splitlines())
               if "2006-11-01" <= r["published"][:10] <= "2006-11-07" and "China-Africa" in r["text"]]
    assert len(records) >= 15
    (folder / "summit.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = folder / "store.db"
    with storyline.open(db) as sl:
        assert sl.ingest([str(folder / "summit.jsonl")]).stored == len(records)
    with serving(db) as base:
        rows = httpx.get(base + "/stories.json", timeout=30).json()["stories"]
        largest = max(rows, key=lambda r: (r["articles"], -r["id"]))
        yield base, valid(httpx.get(base + f"/story/{largest['id']}.json?top=all", timeout=60).json()), db


def test_history_long_before_the_story_is_flagged_and_the_story_s_own_entries_are_not(summit):
    _, story, _ = summit
    start = dt.date.fromisoformat(story["story"]["first"][:10])
    history = [e for e in story["timeline"] if e["history"]]
    assert history, "the reports recall decades-old dates: some entries must be history"
    for e in story["timeline"]:
        old = dt.date.fromisoformat(e["last"]) < start - dt.timedelta(days=365)
        about = len(e["sources"]) >= max(ABOUT_IT_MIN, STORY_ABOUT_IT * story["story"]["articles"])
        assert e["history"] == (old and not about), (e["date"], e["text"])


def test_key_dates_are_the_top_days_of_the_story_itself_in_date_order(summit):
    _, story, _ = summit
    keys = story["key_dates"]
    history = {e["index"] for e in story["timeline"] if e["history"]}
    by_index = {e["index"]: e for e in story["timeline"]}
    assert 1 <= len(keys) <= 8
    assert not history & {k["index"] for k in keys}
    assert [k["date"] for k in keys] == [by_index[k["index"]]["date"] for k in keys]
    starts = [by_index[k["index"]]["first"] for k in keys]
    assert starts == sorted(starts)


def test_the_page_folds_the_history_away_and_draws_only_the_story_on_its_axis(summit, browser):
    base, story, _ = summit
    sid = story["story"]["id"]
    page = httpx.get(base + f"/story/{sid}?top=all", timeout=60).text
    own = [e for e in story["timeline"] if not e["history"]]
    assert page.count('class="mark g-') == len(own)  # the axis spans the story, not the decades before it
    browser.get(base + f"/story/{sid}?top=all")
    fold = browser.find_element(By.CSS_SELECTOR, "details.history")
    old = story["timeline"][next(i for i, e in enumerate(story["timeline"]) if e["history"])]
    inside = fold.find_element(By.ID, f"entry-{old['index']}")
    assert fold.get_attribute("open") is None and not inside.is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, ".key-dates li")) == len(story["key_dates"])
    browser.get(base + f"/story/{sid}?top=all#entry-{old['index']}")  # a link to an old entry unfolds it
    assert browser.find_element(By.ID, f"entry-{old['index']}").is_displayed()


def test_the_command_line_timeline_prints_the_history_apart_before_the_story(summit):
    _, story, db = summit
    out = subprocess.run([str(BIN), "--db", str(db), "timeline", str(story["story"]["id"])], capture_output=True,
                         text=True, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"}, check=True).stdout
    apart, _, rest = out.partition("Earlier history its articles recall")
    assert rest, out[:500]
    body, _, own = rest.partition(f"(story {story['story']['id']})")
    for e in story["timeline"]:
        assert e["label"] in (body if e["history"] else own), (e["label"], e["history"])
    assert not apart.strip()
    rows = json.loads(subprocess.run([str(BIN), "--db", str(db), "timeline", str(story["story"]["id"]), "--json"],
                                     capture_output=True, text=True, check=True).stdout)["entries"]
    assert [(r["date"], r["history"]) for r in rows] == [(e["date"], e["history"]) for e in story["timeline"]]


def test_the_seed_story_folds_only_the_war_one_article_recalls_as_history(server):
    """The seed articles tell of 2018-2019, and one of the two recalls "the 1950-53 Korean War": one article's
    recollection, decades before the story, is history however small the story (``merge.ABOUT_IT_MIN``);
    every entry of 2018-2019 stays the story's own."""
    story = seed_story(server)
    sid = story["story"]["id"]
    full = valid(httpx.get(server + f"/story/{sid}.json?top=all", timeout=60).json())
    history = [e for e in full["timeline"] if e["history"]]
    assert [e["date"] for e in history] == ["1950"] and "Korean War" in history[0]["text"]
    assert all(e["date"] >= "2018" for e in full["timeline"] if not e["history"])
    assert 'class="history"' in httpx.get(server + f"/story/{sid}?top=all", timeout=60).text
