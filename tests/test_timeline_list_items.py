"""A list item's mark opens no timeline entry (issue 10, item 1: no chrome as entry text).

Xinhua's "stories to be covered" digests and AFP's day sheets set each item after "-- " or "- "; the
newswire's ``--top 8`` views showed "-- Monitoring the situation in Iraq as Prime Minister Nuri al-Maliki ..."
as an entry.  A real newswire record from ../shared, ingested, annotated by the real model and linked into a
real SQLite store.
"""

from __future__ import annotations

import json
from pathlib import Path

import storyline
from storyline.settings import Settings
from storyline.timeline import build_story_timeline
from tests.conftest import DATA, needs_shared

pytestmark = needs_shared

DIGEST = "XIN_ENG_20061113.0047"  # its items open with "-- "


def test_an_entry_taken_from_a_list_item_starts_at_its_first_word_not_at_the_items_dash(tmp_path: Path) -> None:
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()
    jsonl = tmp_path / "digest.jsonl"
    jsonl.write_text(next(ln for ln in lines if json.loads(ln)["id"] == DIGEST) + "\n", encoding="utf-8")
    with storyline.open(tmp_path / "s.db") as sl:
        sl.ingest([jsonl])
        (story,) = sl.stories(with_timeline=False)
        assert "\n-- " in next(iter(sl.store.articles())).text  # the items are marked in the stored text
        entries = build_story_timeline(sl.store, story.id, Settings())
    assert entries
    assert not [e.text for e in entries if e.text.lstrip("… ").startswith(("-", "\u2013", "\u2014"))]
