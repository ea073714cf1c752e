"""A year that ended before a story's first article does not fill its ``--top`` view (branch plans44).

Read one by one, the 173 years before their story's first publication day that filled a slot of a newswire
``--top 8`` view (all 1,600 stories of the 1997-1998 newswire store) were each background the articles recall
("The rebate, famously negotiated by Margaret Thatcher in 1984", "which joined the bloc last year") or the
period a reported figure covers ("Last year, the country handled more than 470,000 patent applications.").  A
month is another matter: "North Korea walked away from the six-way talks in November 2005" opens a December
2006 talks story (judged ok in a newswire sample), and stays.

The articles are real reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

from storyline.records import TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.top import top_entries
from tests.conftest import needs_shared
from tests.newswire import annotated_reports


def _view(nlp, keys: tuple[str, ...]) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """The reports' timeline as one story's, and its ``--top 8`` view with the reports' publication days."""
    items = annotated_reports(nlp, keys)
    entries = build_timeline(items)
    return entries, top_entries(entries, 8, {a.id: a.published for a, _ in items if a.id is not None},
                                len(items))


@needs_shared
def test_a_year_ended_before_the_story_does_not_fill_the_view(nlp) -> None:
    entries, view = _view(nlp, ("AFP_ENG_20051216.0271", "AFP_ENG_20051217.0112"))
    old = {e.date for e in entries if e.date in ("1984", "2004")}
    assert old == {"1984", "2004"}, [(e.date, e.text[:70]) for e in entries]
    assert len(view) < 8  # slots were left to fill
    assert not old & {e.date for e in view}, [(e.date, e.text[:70]) for e in view]
    assert [e for e in view if len(e.date) == 10]  # the story's own days stay


@needs_shared
def test_a_month_before_the_story_still_fills_the_view(nlp) -> None:
    _, view = _view(nlp, ("AFP_ENG_20061216.0046", "AFP_ENG_20061218.0090"))
    assert [e for e in view if e.date == "2005-11"], [(e.date, e.text[:70]) for e in view]
