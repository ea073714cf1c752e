"""What branch tl41's fresh ``--top 8`` sample (newswire, seed 41) found: the day a key event happened was missing
from the view of the 2006 US midterm story.  "U.S. President George W. Bush said Wednesday that Defense Secretary
Donald Rumsfeld was stepping down, one day after Democrats won control of the House of Representatives in the
midterm elections" (2006-11-08) was folded into Tuesday's election entry: the words of its "one day after" clause
joined it to Wednesday's other reports of the election's outcome, and through them to the election itself.  A
clause placing a happening a day or a few from another one tells that other happening, which has its day; its
words tie the sentence to no report of it.

The articles are the real Xinhua reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

import pytest

from storyline.records import TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.top import top_entries
from tests.conftest import needs_shared
from tests.newswire import annotated_reports

MIDTERMS = ("XIN_ENG_20061101.0413", "XIN_ENG_20061107.0432", "XIN_ENG_20061108.0218", "XIN_ENG_20061108.0233",
            "XIN_ENG_20061108.0275", "XIN_ENG_20061108.0292")


@pytest.fixture(scope="module")
def midterms(nlp) -> tuple[list[TimelineEntry], dict[int, str | None]]:
    """The six reports' timeline, as one story's, and their publication days."""
    items = annotated_reports(nlp, MIDTERMS)
    return build_timeline(items), {a.id: a.published for a, _ in items if a.id is not None}


def stepping_down(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """The entries telling that Rumsfeld was stepping down."""
    return [e for e in entries if "Rumsfeld was stepping down" in e.text]


@needs_shared
def test_a_report_placed_one_day_after_the_election_keeps_its_own_day(midterms) -> None:
    entries, _ = midterms
    assert {e.date for e in stepping_down(entries)} == {"2006-11-08"}, [
        (e.date, e.text[:80]) for e in entries if e.date in ("2006-11-07", "2006-11-08")]
    assert any(e.date == "2006-11-07" and "Democrats" in e.text for e in entries)  # the election keeps its day


@needs_shared
def test_the_announcement_day_is_in_the_top_view(midterms) -> None:
    entries, published = midterms
    view = top_entries(entries, 8, published, articles=len(MIDTERMS))
    assert stepping_down(view), [(e.date, e.text[:80]) for e in view]
