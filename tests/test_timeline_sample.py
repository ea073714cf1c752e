"""What ``benchmarks/timeline_sample.py`` found in the ``--top 8`` views a reader sees: page time stamps taken
for happenings, and the story's history filling the slots its news left free.

The articles are sentences written for these tests, laid out as the ECB+ dev pages of the sample are (a
headline, a line with the page's stamp, then the story), annotated by the real model.
"""

from __future__ import annotations

from storyline.nlp import annotate_doc
from storyline.records import Article, TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.top import top_entries


def _timeline(nlp, text: str, published: str | None) -> list[TimelineEntry]:
    art = Article(external_id="t", title=text.split("\n")[0], text=text, id=1, published=published)
    return build_timeline([(art, annotate_doc(nlp(art.text), art))])


def test_a_published_stamp_under_the_headline_is_no_entry_and_the_lead_is_the_days_news(nlp) -> None:
    """The stamp dated the headline: "Ferry sinks off the coast Published 9: 40 am, Tuesday, March 4, 2014"
    was the day's entry instead of the lead."""
    text = ("Ferry sinks off the coast of Java\n\nPublished 9: 40 am, Tuesday, March 4, 2014\n\n"
            "A ferry carrying 200 passengers sank off the coast of Java on Monday night, officials said. "
            "Rescuers pulled 150 people from the water.")
    entries = _timeline(nlp, text, "2014-03-04")
    assert all("Published" not in e.text and "9: 40" not in e.text for e in entries)
    assert [e.text for e in entries if e.date == "2014-03-03"] == [
        "A ferry carrying 200 passengers sank off the coast of Java on Monday night, officials said."]


def test_a_stamp_opening_the_leads_line_is_cut_off_the_lead(nlp) -> None:
    """A date with a clock time opening the line dates the page: the sentence after it is the lead."""
    text = ("Talks on the new dam open in Cairo\n\n"
            "12 May 2014, 18: 07 (GMT+02: 00) Ministers of three countries met in Cairo to discuss the dam, "
            "a statement said. The talks will go on for two days.")
    entries = _timeline(nlp, text, "2014-05-12")
    (lead,) = [e for e in entries if e.date == "2014-05-12"]
    assert lead.text == "Ministers of three countries met in Cairo to discuss the dam, a statement said."


def test_a_posted_in_blog_stamp_is_no_happening(nlp) -> None:
    text = ("Woman killed in a crash\n\nPosted in Traffic Accidents on Friday, June 6, 2014. "
            "A woman was killed by a driver in Queens on the night of June 4, police said.")
    entries = _timeline(nlp, text, None)
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
