"""A bare year of the story's own time is no happening a short chronology can place (branch bg46).

Read on the newswire's ``--top 8`` views, a year told as happening in the story's own year ("this year") filled a
slot in 106 views and was its story's news in one: the others were running counts ("At least 200 Turkish soldiers
have been reportedly killed in clashes with PKK this year"), standing states, happenings whose day their article did
not give.  Such a year fills no slot; a past year a story recalls still does (the year before a running story may be
its cause).

The articles are real reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

import pytest

from storyline.records import Article, TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.top import top_entries
from tests.conftest import needs_shared
from tests.newswire import annotated_reports

PKK = ("XIN_ENG_20051101.0139", "XIN_ENG_20051124.0175")


def _story(nlp, keys: tuple[str, ...]) -> tuple[list[TimelineEntry], dict[int, str | None]]:
    items = annotated_reports(nlp, keys)
    arts: list[Article] = [a for a, _ in items]
    return build_timeline(items), {a.id: a.published for a in arts if a.id is not None}


@pytest.fixture(scope="module")
def pkk(nlp) -> tuple[list[TimelineEntry], dict[int, str | None]]:
    return _story(nlp, PKK)


@needs_shared
def test_a_count_over_the_story_s_own_year_fills_no_slot(pkk) -> None:
    entries, published = pkk
    count = [e for e in entries if e.text.startswith("At least 200 Turkish soldiers")]
    assert [(e.date, e.status) for e in count] == [("2005", "happened")], [(e.date, e.text[:60]) for e in entries]
    view = top_entries(entries, 8, published)
    assert len(view) < 8  # room to fill: the count is left out by choice, not for want of a slot
    assert not [e for e in view if e.date == "2005"], [(e.date, e.text[:60]) for e in view]


@needs_shared
def test_a_past_year_the_story_recalls_still_fills(pkk) -> None:
    entries, published = pkk
    view = top_entries(entries, 8, published)
    assert [e.status for e in view if e.date == "2004"] == ["recalled"], [(e.date, e.text[:60]) for e in view]

