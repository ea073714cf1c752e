"""A piece of a sentence cut off its subject by an aside shows the subject before it.

Dates in one sentence cut it into pieces, one a date ("He was arrested on June 3 and charged on June 5"); an aside
set off by commas that holds a date of its own cuts the day's piece off its subject: "Mahathir, who will turn 81
next month, was rushed to the NHI early Thursday morning after complaining of chest pains." showed "… was rushed
to the NHI early Thursday morning ...", a fragment a reader cannot place (branch tl41, newswire views).  The piece
now shows the subject first, as an aside's own entry shows its antecedent: "Mahathir … was rushed ...".

The articles are real newswire reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

from storyline.records import TimelineEntry
from storyline.timeline import build_timeline
from tests.conftest import needs_shared
from tests.newswire import annotated_reports


def _timeline(nlp, key: str) -> list[TimelineEntry]:
    """One real report's timeline."""
    return build_timeline(annotated_reports(nlp, [key]))


@needs_shared
def test_a_day_cut_off_its_subject_by_an_aside_shows_the_subject(nlp) -> None:
    entries = _timeline(nlp, "XIN_ENG_20061110.0160")
    rushed = [e for e in entries if "rushed to the NHI" in e.text]
    assert [(e.date, e.text) for e in rushed] == [
        ("2006-11-09", "Mahathir … was rushed to the NHI early Thursday morning after complaining of chest pains.")
    ], [(e.date, e.text) for e in entries]


@needs_shared
def test_a_clause_after_an_aside_shows_the_main_clause_it_belongs_to(nlp) -> None:
    entries = _timeline(nlp, "AFP_ENG_20061204.0292")
    dismissed = [e for e in entries if e.date == "2006-12-02" and "Southampton" in e.text]
    assert dismissed and all(e.text.startswith("Hull chairman Adam Pearson decided to dismiss Parkinson … after")
                             for e in dismissed), [(e.date, e.text) for e in entries]
    assert all("appointed in June" not in e.text for e in dismissed)  # the aside keeps its own date's piece
