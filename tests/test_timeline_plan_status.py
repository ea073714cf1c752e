"""A plan does not merge with the next day's report (issue 10, branches status50 and amend50c).

Adjacent days are merged into one entry when their sentences tell the same happening; the entry keeps the first
day and shows a sentence dated that day.  Its status is read off every sentence of the group, and any happened
one makes the entry a happening, so a plan for Monday merged with Tuesday's report showed the plan as happened:
"Analysts and stock brokers said trading sentiment would be cautious when the market opens Monday." (judged
sample 10, story 68, merged with Tuesday's close), "Defense Minister Viviane Blanlot had been expected represent
the government at the ex-dictator's funeral Tuesday." (sample 8, story 372).  A plan or forecast now links across
adjacent days only with another plan or forecast, a report only with a report: the plan stays a plan, and a
next-day report that it came true stays a happening of its own (status50 read the status off the entry's own day
instead, which hid that report: review r50c's probe P1, kept here).

The articles are real newswire reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

from storyline.nlp import annotate_doc
from storyline.records import Annotation, Article, Sentence, Timex
from storyline.timeline import build_timeline
from tests.conftest import needs_shared
from tests.newswire import annotated_reports


def _entry(nlp, keys: list[str], date: str, words: str) -> tuple[str, str]:
    entries = build_timeline(annotated_reports(nlp, keys))
    (entry,) = [e for e in entries if e.date == date and words in e.text]
    return entry.status, entry.text


@needs_shared
def test_a_market_forecast_for_monday_merged_with_tuesdays_close_stays_planned(nlp) -> None:
    status, text = _entry(nlp, ["AFP_ENG_19970405.0039", "AFP_ENG_19970408.0176"], "1997-04-07",
                          "when the market opens Monday")
    assert status == "planned", text


@needs_shared
def test_an_expected_attendance_merged_with_the_next_days_lead_stays_planned(nlp) -> None:
    status, text = _entry(nlp, ["AFP_ENG_20061211.0480", "AFP_ENG_20061213.0381"], "2006-12-12",
                          "had been expected")
    assert status == "planned", text


def test_a_plan_reported_done_on_its_own_day_by_a_later_article_is_a_happening() -> None:
    """Guard: a later report dated the entry's own day still makes it a happening."""
    plan = "Prosecutors said the trial of the former minister is set to begin in the capital on Monday."
    done = "The trial of the former minister began in the capital on Monday, his lawyers said."
    items = []
    for aid, published, text in [(1, "2011-03-05", plan), (2, "2011-03-08", done)]:
        art = Article(external_id=str(aid), title="t", text=text, id=aid, published=published)
        at = text.index("Monday")
        items.append((art, Annotation(article_id=aid, sentences=[Sentence(0, len(text))],
                                      timexes=[Timex(at, at + 6, "Monday", "DATE", "2011-03-07")])))
    entries = build_timeline(items)
    assert [(e.date, e.status) for e in entries if e.date == "2011-03-07"] == [("2011-03-07", "happened")], entries


def test_a_plan_and_the_next_days_lead_that_says_it_was_done_show_the_plan_and_the_happening(nlp) -> None:
    """Review r50c's probe P1: Tuesday's lead names no day, so it is dated by its publication day, next to the plan's
    Monday; merged, the entry showed the plan's sentence as happened (main) or hid the passage (status50)."""
    arts = [Article(external_id="1", title="t", id=1, published="2014-03-08",
                    text="Lawmakers will vote on the budget bill on Monday, the speaker said."),
            Article(external_id="2", title="t", id=2, published="2014-03-11",
                    text="Lawmakers passed the budget bill, ending weeks of deadlock in the capital.")]
    entries = build_timeline([(a, annotate_doc(nlp(a.text), a)) for a in arts])
    assert [(e.date, e.status, e.articles) for e in entries] == [("2014-03-10", "planned", [1]),
                                                                ("2014-03-11", "happened", [2])], entries
