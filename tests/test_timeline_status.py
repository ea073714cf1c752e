"""Timelines read like an editor's: plans marked as plans, background kept down, one happening one entry."""

from __future__ import annotations

from storyline.records import Annotation, Article, Sentence, Story, TimelineEntry, Timex
from storyline.store import SqliteStore
from storyline.timeline import empty_reason, story_title
from storyline.timeline.candidates import Candidate, article_candidates
from storyline.timeline.merge import build_timeline, merge_adjacent_days
from storyline.timeline.status import is_background, status_of
from storyline.timeline.top import top_entries


def test_schedules_and_forecasts_are_not_happenings():
    assert status_of("The trial is set to begin on 28 March.", "2011-03-28", "2011-03-01") == "planned"
    assert status_of("Leaders will meet in Hanoi on Wednesday.", "2019-02-27", "2019-02-20") == "planned"
    assert status_of("The court is expected to rule on Monday.", "2011-03-07", "2011-03-04") == "expected"
    assert status_of("The court ruled on Monday.", "2011-03-07", "2011-03-08") == "happened"
    assert status_of("The summit was held on June 12.", "2018-06-12", "2018-08-01", recalled=True) == "recalled"


def test_an_undated_articles_schedule_is_a_plan_by_its_wording():
    """A page that prints no day of its own: "will take place" and "is scheduled for" still tell a plan (they
    were shown as happenings, since only a date after the article's day made a plan), a forecast stays
    expected, and a report stays a happening."""
    assert status_of("Nomination of candidates will take place from October 16.", "2013-10-16", None) == "planned"
    assert status_of("The vote is scheduled for December 15.", "2013-12-15", None) == "planned"
    assert status_of("He could be sentenced on May 7.", "2011-05-07", None) == "expected"
    assert status_of("The ferry sank on Monday night.", "2014-03-03", None) == "happened"


def test_descriptions_are_background_and_reports_are_not():
    assert is_background("Haiti is part of a large Caribbean island called Hispaniola.")
    assert is_background("Jackson was born in Gary, Indiana, in 1958.")
    assert not is_background("The earthquake struck near the capital on Tuesday, officials said.")


def _art(aid: int, published: str, text: str, dates: list[tuple[str, str]]) -> tuple[Article, Annotation]:
    art = Article(external_id=str(aid), title="t", text=text, id=aid, published=published)
    sents, start = [], 0
    for piece in text.split(". "):
        end = start + len(piece) + (1 if not piece.endswith(".") else 0)
        sents.append(Sentence(start, min(end, len(text))))
        start = end + 1
    timexes = [Timex(text.index(t), text.index(t) + len(t), t, "DATE", v) for t, v in dates]
    return art, Annotation(article_id=aid, sentences=sents, timexes=timexes)


def test_an_explainer_lead_of_geography_gives_way_to_the_news():
    art, ann = _art(1, "2010-01-13", "Haiti is part of a large Caribbean island called Hispaniola. "
                    "A powerful earthquake destroyed much of the capital, officials said.", [])
    (lead,) = article_candidates(art, ann)
    assert lead.text.startswith("A powerful earthquake")


def test_a_plan_is_kept_out_of_the_top_view_and_marked():
    items = [_art(1, "2011-03-01", "Prosecutors charged the former minister on Tuesday. "
                  "His trial is set to begin on 28 March.", [("Tuesday", "2011-03-01"), ("28 March", "2011-03-28")])]
    entries = build_timeline(items)
    assert {e.date: e.status for e in entries} == {"2011-03-01": "happened", "2011-03-28": "planned"}
    assert [e.date for e in top_entries(entries, 1)] == ["2011-03-01"]


def test_one_verdict_on_adjacent_days_is_one_entry():
    a = Candidate("2011-06-20", 1, 0, 9, "", words={"court", "verdict", "guilty"})
    b = Candidate("2011-06-21", 2, 0, 9, "", words={"court", "verdict", "appeal"})
    c = Candidate("2011-06-21", 3, 0, 9, "", words={"verdict", "guilty", "jury"})
    other = Candidate("2011-06-22", 4, 0, 9, "", words={"storm", "flood"})
    groups = merge_adjacent_days([[a], [b, c], [other]])
    assert [sorted(x.date for x in g) for g in groups] == [["2011-06-20", "2011-06-21", "2011-06-21"],
                                                          ["2011-06-22"]]
    assert groups[0][0].date == "2011-06-21"  # the day more articles give


def test_status_round_trips_through_the_store(tmp_path):
    store = SqliteStore(str(tmp_path / "s.db"))
    with store.transaction():
        sid = store.save_story_state(None, {}, "2011-03-01", "2011-03-01", [])
    store.save_timeline(sid, [TimelineEntry("2011-03-28", "Trial set to begin.", status="planned")])
    assert [e.status for e in SqliteStore(str(tmp_path / "s.db")).timeline(sid)] == ["planned"]


def test_a_story_without_title_or_entries_says_why(tmp_path):
    store = SqliteStore(str(tmp_path / "s.db"))
    assert story_title(store, Story(id=7)) == "Story 7"
    assert empty_reason(store, 7) == "the story has no articles"
