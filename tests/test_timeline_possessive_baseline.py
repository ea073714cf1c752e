"""A day in the possessive after a comparison word dates the figure compared with, not the report (issue 9, shape
(c) of branch tl49's notes): "The local currency finished at 930.80 won against one U.S. dollar, down 0.2 won from
Monday's close" and "Trading volume ... came to 2,046.45 million shares against Friday's 2,264.31 million shares"
were filed as what happened on Monday and Friday, as "from 35.22 on Monday" is not.  A figure with decimals beside
the comparison word or in the possessive's noun phrase makes it one; without one the day dates what happened ("The
death toll from Saturday's triple car bombing rose to 60").

The articles are real reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

import pytest

from storyline.records import TimelineEntry
from storyline.timeline import build_timeline
from tests.conftest import needs_shared
from tests.newswire import annotated_reports

WON = "XIN_ENG_20061128.0101"  # "down 0.2 won from Monday's close", published 2006-11-28
SHARES = "XIN_ENG_20051128.0035"  # "against Friday's 2,264.31 million shares", published 2005-11-28
BOMBING = "AFP_ENG_20061203.0193"  # "The death toll from Saturday's triple car bombing rose to 60", 2006-12-03


@pytest.fixture(scope="module")
def entries(nlp) -> dict[str, list[TimelineEntry]]:
    """Each report's own timeline."""
    return {key: build_timeline(annotated_reports(nlp, [key])) for key in (WON, SHARES, BOMBING)}


def _status(entries: list[TimelineEntry], words: str, day: str) -> set[str]:
    return {e.status for e in entries if words in e.text and e.date == day}


@needs_shared
@pytest.mark.parametrize(("key", "words", "day"), [
    (WON, "from Monday's close", "2006-11-27"),
    (SHARES, "against Friday's 2,264.31 million shares", "2005-11-25"),
])
def test_a_possessive_day_after_a_comparison_word_with_a_figure_is_background(entries, key, words, day) -> None:
    assert _status(entries[key], words, day) == {"background"}, [(e.date, e.status, e.text[:80]) for e in entries[key]]


@needs_shared
def test_a_possessive_day_after_from_with_no_figure_beside_it_dates_what_happened(entries) -> None:
    got = _status(entries[BOMBING], "from Saturday's triple car bombing", "2006-12-02")
    assert got == {"happened"}, [(e.date, e.status, e.text[:80]) for e in entries[BOMBING]]
