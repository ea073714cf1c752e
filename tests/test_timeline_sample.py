"""What ``benchmarks/timeline_sample.py`` found in the ``--top 8`` views a reader sees: page time stamps taken
for happenings, and the story's history filling the slots its news left free; in the fresh samples (seed 2),
stamps labelled after a headline or parted by a bar, and a date in a relative clause set off by commas ("Rahman,
who beat Lewis in 2001, barely landed a punch") dating a sentence whose news is its main clause.

The articles are sentences written for these tests, laid out as the ECB+ dev pages of the sample are (a
headline, a line with the page's stamp, then the story), annotated by the real model.
"""

from __future__ import annotations

import pytest

from storyline.nlp import annotate_doc
from storyline.records import Article, TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.merge import is_history, story_span
from storyline.timeline.top import top_entries
from tests.conftest import timeline_of


def test_a_published_stamp_under_the_headline_is_no_entry_and_the_lead_is_the_days_news(nlp) -> None:
    """The stamp dated the headline: "Ferry sinks off the coast Published 9: 40 am, Tuesday, March 4, 2014"
    was the day's entry instead of the lead."""
    text = ("Ferry sinks off the coast of Java\n\nPublished 9: 40 am, Tuesday, March 4, 2014\n\n"
            "A ferry carrying 200 passengers sank off the coast of Java on Monday night, officials said. "
            "Rescuers pulled 150 people from the water.")
    entries = timeline_of(nlp, text, "2014-03-04", title_end="\n")
    assert all("Published" not in e.text and "9: 40" not in e.text for e in entries)
    assert [e.text for e in entries if e.date == "2014-03-03"] == [
        "A ferry carrying 200 passengers sank off the coast of Java on Monday night, officials said."]


def test_a_stamp_opening_the_leads_line_is_cut_off_the_lead(nlp) -> None:
    """A date with a clock time opening the line dates the page: the sentence after it is the lead."""
    text = ("Talks on the new dam open in Cairo\n\n"
            "12 May 2014, 18: 07 (GMT+02: 00) Ministers of three countries met in Cairo to discuss the dam, "
            "a statement said. The talks will go on for two days.")
    entries = timeline_of(nlp, text, "2014-05-12", title_end="\n")
    (lead,) = [e for e in entries if e.date == "2014-05-12"]
    assert lead.text == "Ministers of three countries met in Cairo to discuss the dam, a statement said."


def test_a_posted_in_blog_stamp_is_no_happening(nlp) -> None:
    text = ("Woman killed in a crash\n\nPosted in Traffic Accidents on Friday, June 6, 2014. "
            "A woman was killed by a driver in Queens on the night of June 4, police said.")
    entries = timeline_of(nlp, text, None, title_end="\n")
    assert [e.date for e in entries] == ["2014-06-04"]


def test_the_storys_history_does_not_fill_the_top_view() -> None:
    """Fewer than N days of news: the slots left stay empty rather than show the summits of 1994 and 1998
    that a 2005 summit story recalls, or a description."""
    entries = [TimelineEntry("2005-11-04", "Protesters threw rocks at the police on Friday.", articles=[1, 2, 3],
                             salience=1.0),
               TimelineEntry("2005-11-05", "The summit ended without a deal on Saturday.", articles=[3, 4, 5],
                             salience=0.9),
               TimelineEntry("1994-12", "The first summit was held in December 1994 at Miami.", articles=[2],
                             salience=0.8, status="recalled"),
               TimelineEntry("1998-04", "The second summit took place in April 1998 at Santiago.", articles=[2],
                             salience=0.7, status="recalled"),
               TimelineEntry("2005-11", "Mar del Plata is a resort city on the Atlantic coast.", articles=[1],
                             salience=0.6, status="background"),
               TimelineEntry("2005-W44", "Preparatory meetings were held earlier this week.", articles=[1],
                             salience=0.5)]
    published = {1: "2005-11-04", 2: "2005-11-04", 3: "2005-11-05", 4: "2005-11-06", 5: "2005-11-06"}
    assert [e.date for e in top_entries(entries, 8, published)] == ["2005-W44", "2005-11-04", "2005-11-05"]
    # a story told only by its history keeps it: it is what the story has
    assert len(top_entries(entries[2:4], 8, published)) == 2


def test_a_piece_cut_off_its_clause_neither_fills_a_slot_nor_speaks_for_its_day() -> None:
    """"… and general manager on May 26, 2003." does not read alone: a whole sentence of its day is shown
    instead, and as a filler it leaves the slot empty."""
    entries = [TimelineEntry("2005-05-23", "… and general manager on May 23, replacing the coach.", articles=[1],
                             salience=1.0),
               TimelineEntry("2005-05-23", "The team fired its coach on Monday.", articles=[2], salience=0.5),
               TimelineEntry("2005-06", "… when it ships in June.", articles=[1], salience=0.9, status="planned"),
               TimelineEntry("2005-07", "The new coach will be presented in July.", articles=[2], salience=0.4,
                             status="planned")]
    top = top_entries(entries, 8, {1: "2005-05-23", 2: "2005-05-23"})
    assert [e.text for e in top] == ["The team fired its coach on Monday.", "The new coach will be presented in July."]


@pytest.mark.parametrize(("head", "published"), [
    # labelled on the headline's line, on a page that prints no other date: the stamp was its only entry
    ("Singer Checks Into Clinic In Arizona UPDATED 04 / 02 / 2014 at 10: 00 AM EDT", None),
    ("Singer Checks Into Clinic\n\nFirst Published: April 2, 2014 4: 59 PM EDT", "2014-04-02"),
    ("Singer Checks Into Clinic\n\nPUBLISHED: 02: 31 GMT, 2 April 2014 | UPDATED: 22: 19 GMT, 2 April 2014",
     "2014-04-02"),  # two stamps parted by a bar
])
def test_a_stamp_labelled_after_a_headline_or_parted_by_a_bar_is_no_entry(nlp, head: str,
                                                                         published: str | None) -> None:
    """Each of these stamps made an entry of headline and stamp (or of the stamp alone) in the ECB+ sample."""
    text = head + "\n\nThe singer checked into a clinic in Arizona on Tuesday night, her spokesman said."
    texts = [e.text for e in timeline_of(nlp, text, published, title_end="\n")]
    assert all("PUBLISHED" not in t.upper() and "UPDATED" not in t.upper() for t in texts), texts
    assert bool(texts) == bool(published)  # the lead is the day's news


@pytest.mark.parametrize(("text", "date", "told"), [
    # the relative word is the clause's subject: the clause reads on from the name it describes
    ("Klitschko beat Hasim Rahman in the seventh round in Mannheim on Saturday. Rahman, who famously beat Lennox "
     "Lewis to become world champion in 2001, barely landed a punch as the Ukrainian dominated the fight.",
     "2001", "Rahman … famously beat Lennox Lewis to become world champion in 2001 …"),
    # the clause has a subject of its own after "where": no antecedent reads with it, it keeps its relative word
    ("Police intervened after more than 100 people gathered for a vigil in Brooklyn, where the boy was shot by "
     "police on Saturday.", "2008-12-13", "… where the boy was shot by police on Saturday."),
])
def test_a_date_in_a_relative_clause_dates_the_clause_an_aside_not_the_sentence(nlp, text: str, date: str,
                                                                               told: str) -> None:
    """The news of "Rahman, who beat Lewis in 2001, barely landed a punch" is not of 2001: the date's entry tells
    the clause, and is background (an aside to the sentence's news)."""
    (entry,) = [e for e in timeline_of(nlp, text, "2008-12-14", title_end="\n") if e.date == date]
    assert (entry.text, entry.status) == (told, "background")


def test_a_day_told_only_in_a_relative_clause_does_not_take_a_slot_with_the_main_clauses_news(nlp) -> None:
    """"Bush, who returned from his injury on Thanksgiving, said he was feeling stronger" put what he said in
    January under Thanksgiving, as a day of the story."""
    text = ("The Saints placed running back Pierre Thomas on injured reserve on Tuesday. "
            "Reggie Bush, who returned from his broken fibula on Thanksgiving, said he has been feeling stronger "
            "lately and is looking forward to being the primary running back.")
    entries = timeline_of(nlp, text, "2011-01-05", title_end="\n")
    thanksgiving = [e for e in entries if e.date == "2010-11-25"]
    assert [e.text for e in thanksgiving] == ["Reggie Bush … returned from his broken fibula on Thanksgiving …"]
    assert [e.date for e in top_entries(entries, 8)] == ["2011-01-04"]


def test_history_is_told_by_under_a_quarter_of_the_storys_articles_not_of_those_its_entries_cite() -> None:
    """A hit-and-run story of nine articles, one of them citing no date but its page's stamps: the driver's DUI
    convictions of 1990, told by two articles, are history, though two is a quarter of the eight articles its
    entries cite."""
    entries = [TimelineEntry("2013-09-13", "A woman was struck and killed by a car in Queens on Friday.",
                             articles=[3, 4, 5, 6, 7, 8], salience=1.0),
               TimelineEntry("1990", "The driver has three prior DUI convictions from 1990 to 1991.", articles=[1, 2],
                             salience=0.5)]
    published = {a: "2013-09-14" for a in range(3, 9)}
    assert [e.date for e in top_entries(entries, 8, published, articles=9)] == ["2013-09-13"]


def test_a_date_after_since_is_a_baseline_and_the_lead_keeps_its_publication_day(nlp) -> None:
    """"… have killed more than 500 fighters since Wednesday" reports a tally on its day, not a Wednesday
    happening: the lead goes under the publication day, not under the Wednesday it measures from."""
    text = ("The government said its forces have killed more than 500 rebel fighters since Wednesday. "
            "Aid agencies called for a ceasefire.")
    entries = timeline_of(nlp, text, "2006-12-23", title_end="\n")
    assert [(e.date, e.status) for e in entries] == [("2006-12-23", "happened")]
    assert entries[0].text.startswith("The government said its forces have killed")


def test_an_undated_storys_history_does_not_fill_the_top_view() -> None:
    """Pages that print no date: the story is as late as the last day it reports (Dec 9, 2008), so her film of
    1999 and engagement of 2001, told by one article each of five, are history and leave their slots empty."""
    entries = [TimelineEntry("2008-12-09", "Reid checked herself into rehab on Tuesday, December 9, 2008.",
                             articles=[1, 2, 3], salience=1.0),
               TimelineEntry("1999", "Her breakthrough came in 1999's American Pie.", articles=[4], salience=0.8),
               TimelineEntry("2001", "She was engaged to a TV host in 2001.", articles=[5], salience=0.7),
               TimelineEntry("2008-10", "In an October interview she said she was a social drinker.", articles=[2],
                             salience=0.6)]
    published: dict[int, str | None] = dict.fromkeys(range(1, 6))
    assert [e.date for e in top_entries(entries, 8, published)] == ["2008-10", "2008-12-09"]


def test_a_date_in_a_since_clause_is_a_baseline_not_the_sentences_day(nlp) -> None:
    """"Since the government ended its tenure on Oct. 27, the streets have been tense" tells of the weeks after
    Oct. 27: the sentence is no happening of that day."""
    text = ("The army was deployed in the capital on Sunday. "
            "Since the former government ended its tenure on Oct. 27, the capital has seen daily street protests.")
    entries = timeline_of(nlp, text, "2006-12-11", title_end="\n")
    assert [(e.date, e.status) for e in entries if e.date == "2006-10-27"] == [("2006-10-27", "background")]


def test_a_day_whose_only_entry_does_not_read_alone_waits_behind_days_whose_entries_do() -> None:
    """"… but foreign investors helped the index climb 0.9 percent the following day …" took a slot ahead of days
    told by whole sentences; it now comes in only when fewer than N such days remain."""
    entries = [TimelineEntry("1997-04-02", "… but foreign investors helped the index climb 0.9 percent the following "
                             "day …", articles=[1, 2, 3], salience=1.0),
               TimelineEntry("1997-04-03", "The market eased marginally Thursday amid rumours of a probe.",
                             articles=[4], salience=0.5),
               TimelineEntry("1997-04-07", "Share prices rose 1.1 percent on Monday.", articles=[5], salience=0.5)]
    published = {1: "1997-04-05", 2: "1997-04-05", 3: "1997-04-05", 4: "1997-04-03", 5: "1997-04-07"}
    assert [e.date for e in top_entries(entries, 2, published)] == ["1997-04-03", "1997-04-07"]
    assert [e.date for e in top_entries(entries, 3, published)] == ["1997-04-02", "1997-04-03", "1997-04-07"]


def test_a_headline_and_byline_run_into_a_wire_dateline_are_cut_off_the_lead(nlp) -> None:
    """The parser ran "Headline\\n\\nby Li Xing\\n\\nBEIJING, Nov. 25 (Xinhua) -- ..." into one sentence, and the
    lead's entry was headline, byline and dateline."""
    text = ("Experts urge calm over bird flu\n\nby Li Xing\n\nBEIJING, Nov. 25 (Xinhua) -- Raising public awareness "
            "of bird flu will ease fear of the disease, an expert with the World Health Organization said here on "
            "Friday.\n\nShe spoke at a meeting in the city.")
    entries = timeline_of(nlp, text, "2005-11-25", title_end="\n")
    assert [e.text for e in entries if e.date == "2005-11-25"] == [
        "Raising public awareness of bird flu will ease fear of the disease, an expert with the World Health "
        "Organization said here on Friday."]


def test_a_lead_opening_with_since_is_its_days_news_not_background(nlp) -> None:
    """"Since Wednesday, government forces have killed more than 500 rebel fighters" reports a tally on its day:
    the lead was marked background because its start is where its "since" date's phrase starts (it reads as the
    lead with "since Wednesday" anywhere else in the sentence)."""
    text = ("Since Wednesday, government forces have killed more than 500 rebel fighters in the south. "
            "Aid agencies called for a ceasefire.")
    entries = timeline_of(nlp, text, "2006-12-23", title_end="\n")
    assert [(e.date, e.status) for e in entries] == [("2006-12-23", "happened")]


def test_an_undated_storys_history_is_measured_from_the_last_day_it_reports_in_every_view(nlp) -> None:
    """Pages that print no date: only ``--top`` measured history from the last day the story reports, so the
    full timeline ranked "her breakthrough came in 1999", told by one article of five, as the story's own news
    (salience 0.44) and the CLI's and the web page's history fold left it in the story."""
    texts = ["Tara Reid checked herself into a rehab clinic in Malibu on Tuesday, December 9, 2008, her publicist "
             "said.",
             "The actress Tara Reid entered a rehab clinic on Tuesday, December 9, 2008. Her breakthrough came in "
             "1999 with the film American Pie.",
             "Tara Reid went into rehab on Tuesday, December 9, 2008, a spokesman for the actress said.",
             "Actress Tara Reid checked into a treatment center on Tuesday, December 9, 2008.",
             "Tara Reid is in rehab, her publicist confirmed. She checked in on Tuesday, December 9, 2008."]
    arts = [Article(external_id=str(i), title="Tara Reid in rehab", text=t, id=i) for i, t in enumerate(texts, 1)]
    entries = build_timeline([(a, annotate_doc(nlp(a.text), a)) for a in arts])
    old = [e for e in entries if e.date == "1999"]
    assert len(old) == 1 and old[0].salience < 0.25
    start, size = story_span(entries, None, len(arts))
    assert (start, size) == ("2008-12-09", 5)
    assert [e.date for e in entries if is_history(e, start, size)] == ["1999"]
