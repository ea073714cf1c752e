"""A period a running count covers is background to the count, not a happening's date (branch tl41's seed-41
sample): "So far this year, the mainland-based Cross-Strait Agricultural Exchange Association has briefed relevant
groups in Taiwan on the situation of bird flu epidemic 15 times," and "As of the end of October, a total of 71,027
Taiwan-funded projects were approved by the mainland" filled the short view of a cross-strait story under 2005 and
2006-10 (judged background).  "so far", "as of", "by the end of", "to date" before a period, or "alone" after it
("in November alone"), make the period a count's span, as the bounds of "from January to September" already do;
a period still to come ("as of March next year") is a schedule's and stays a plan.

The articles are real Xinhua reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

import pytest

from storyline.records import TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.top import top_entries
from tests.conftest import needs_shared
from tests.newswire import annotated_reports

REPORTS = ("XIN_ENG_20051116.0046", "XIN_ENG_20061129.0206")


@pytest.fixture(scope="module")
def cross_strait(nlp) -> list[TimelineEntry]:
    """The two reports' timeline, as one story's."""
    items = annotated_reports(nlp, REPORTS)
    return build_timeline(items)


@needs_shared
def test_a_count_so_far_this_year_or_as_of_a_month_is_background(cross_strait) -> None:
    tallies = [e for e in cross_strait if "So far this year" in e.text or "As of the end of October" in e.text]
    assert len(tallies) == 2, [(e.date, e.status, e.text[:70]) for e in cross_strait]
    assert {e.status for e in tallies} == {"background"}, [(e.date, e.status, e.text[:70]) for e in tallies]


@needs_shared
def test_the_counts_do_not_fill_the_view(cross_strait) -> None:
    view = top_entries(cross_strait, 8)
    assert not [e for e in view if "So far this year" in e.text or "As of the end of October" in e.text]
    assert view  # the reports' own days stay
