"""A flash alone in its event does not title the story it was placed in (issues 7 and 10, branch flashes).

Real newswire records from ../shared, cleaned, annotated by the real model and linked into a real SQLite
store by ``benchmarks/link_scale.py``'s ``base_store`` (the newswire benchmarks' store), then linked.
"""

from __future__ import annotations

import json
from pathlib import Path

import storyline
from storyline.settings import Settings
from tests.conftest import DATA, benchmark, needs_shared

pytestmark = needs_shared

FLASH = "XIN_ENG_20061106.0039"  # "URGENT: 9,007 people killed in 53,173 accidents in China this October: ..."
REPORT = "XIN_ENG_20061113.0411"  # the World Bank's forecast of China's current account surplus
DATELINED_FLASH = "XIN_ENG_20051112.0046"  # "BAGHDAD, Nov. 12 (Xinhua) -- UN Secretary General Kofi Annan paid ..."
BRIEF = "XIN_ENG_20051128.0223"  # "Fatah primaries in the Gaza Strip were suspended, a poll official announced ..."


def _store(tmp_path: Path, ids: set[str], settings: Settings | None = None) -> Path:
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text("\n".join(ln for ln in lines if json.loads(ln)["id"] in ids) + "\n", encoding="utf-8")
    db = tmp_path / "wire.db"
    benchmark("link_scale").base_store(jsonl, db, Settings())
    with storyline.open(db, settings or Settings()) as sl:
        sl.link()
    return db


def test_a_flash_alone_in_its_event_does_not_title_the_story_of_a_full_report(tmp_path: Path) -> None:
    # the two share China and little else: the name spread (Settings.story_name_spread) and the parting of events
    # joined by one name (Settings.story_one_name_share) keep them apart, so the hanger-on is made here without
    # them, as a story that mixes in another story's report
    with storyline.open(_store(tmp_path, {FLASH, REPORT}, Settings(story_name_spread=0.0,
                                                                   story_one_name_share=0.0))) as sl:
        rows = sl.store.db.execute(
            "SELECT a.external_id, e.story_id, e.title, s.title FROM articles a"
            " JOIN event_articles ea ON ea.article_id = a.id JOIN events e ON e.id = ea.event_id"
            " JOIN stories s ON s.id = e.story_id").fetchall()
        placed = {r[0]: (r[1], r[2], r[3]) for r in rows}
        assert placed[FLASH][0] == placed[REPORT][0]  # the hanger-on: one story, two events
        story_title = placed[REPORT][2]
        assert "current account" in story_title and "accidents" not in story_title
        assert "accidents" in placed[FLASH][1]  # its own event keeps the flash's words: nothing else can title it


def test_a_flash_is_told_by_its_length_with_the_dateline_aside_and_a_one_sentence_brief_is_not(
        tmp_path: Path) -> None:
    with storyline.open(_store(tmp_path, {FLASH, DATELINED_FLASH, BRIEF})) as sl:
        ids = {a.id: a.external_id for a in sl.store.articles()}
        stories = [int(r[0]) for r in sl.store.db.execute("SELECT id FROM stories")]
        flags = {ids[m.article_id]: m.flash for members in sl.store.member_titles(stories).values() for m in members}
    assert flags == {FLASH: True, DATELINED_FLASH: True, BRIEF: False}


def test_the_flash_and_the_report_that_share_only_china_are_two_stories(tmp_path: Path) -> None:
    with storyline.open(_store(tmp_path, {FLASH, REPORT})) as sl:
        ids = {a.id: a.external_id for a in sl.store.articles()}
        story = {ids[a]: e.story for e in sl.store.events() for a in e.articles}
    assert story[FLASH] != story[REPORT]
