"""A wire's priority label ("URGENT:", "FLASH:") is no word of the article's title nor of its text (issue 10,
item 1): Xinhua's flash "URGENT: 9,007 people killed ..." titled a newswire story and event and opened its
timeline entry.  Real newswire records from ../shared ingested into a real SQLite store.
"""

from __future__ import annotations

import json
from pathlib import Path

import storyline
from tests.conftest import DATA, needs_shared

pytestmark = needs_shared

FLASHES = {"XIN_ENG_20061106.0039": "URGENT:", "XIN_ENG_20061107.0430": "FLASH:"}


def test_a_wire_priority_label_is_taken_off_the_title_and_text_and_kept_among_the_removed(tmp_path: Path) -> None:
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()
    jsonl = tmp_path / "flashes.jsonl"
    jsonl.write_text("\n".join(ln for ln in lines if json.loads(ln)["id"] in FLASHES) + "\n", encoding="utf-8")
    with storyline.open(tmp_path / "s.db") as sl:
        sl.ingest([jsonl], annotate=False, link=False)
        articles = list(sl.store.articles())
    assert sorted(a.external_id for a in articles) == sorted(FLASHES)
    for a in articles:
        label = FLASHES[a.external_id]
        assert not a.title.startswith(label) and not a.text.startswith(label)
        assert a.title[:1].isalnum() and a.text[:1].isalnum()  # the headline's own first word opens both
        assert [r.text for r in a.removed if r.reason == "priority label"] == [label]


HEADLINES_KEPT = [
    "Flash-flood warnings issued for Harris County",
    "Urgent-care clinics open in 12 towns",
    "Bulletin-board messages lead police to suspect",
    "Flash floods kill 12",
    "Bulletin of the Atomic Scientists moves its clock",
    "Breaking news: the city council voted 7-2 on Tuesday to close the Elm Street library",
]


def test_a_headline_opening_with_a_label_word_keeps_it_when_no_label_is_set_off(tmp_path: Path) -> None:
    """Only a label set off by a colon or a spaced dash, before a headline's capital or figure, is taken off
    (review of branch bylines): compounds and prose opening with the same words keep every word."""
    for i, headline in enumerate(HEADLINES_KEPT):
        (tmp_path / f"{i}.txt").write_text(f"{headline}\n\nThe report was filed on Monday by the desk.\n",
                                           encoding="utf-8")
    with storyline.open(tmp_path / "s.db") as sl:
        sl.ingest(sorted(tmp_path.glob("*.txt")), annotate=False, link=False)
        articles = list(sl.store.articles())
    assert sorted(a.title for a in articles) == sorted(HEADLINES_KEPT)
    assert not [r for a in articles for r in a.removed if r.reason == "priority label"]
