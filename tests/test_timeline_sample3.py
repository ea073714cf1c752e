"""What branch tl3's fresh ``--top 8`` samples (seed 3) found: a year that modifies a noun ("the 2003 invasion", "a
potential 2008 presidential candidate") dates what the noun names, not the sentence's news (such years filled
slots of a December 2006 Iraq story as "recalled" and "planned" entries); and a "since" clause holding a decimal
number or an abbreviation ("since a 1.8 percent rate in 2005", "since the U.S.-led invasion in 2003") was cut at
its dot, so its date was taken for a happening.

The articles are sentences written for these tests, annotated by the real model.
"""

from __future__ import annotations

import pytest

from storyline.timeline.top import top_entries
from tests.conftest import timeline_of


def test_a_year_modifying_a_noun_is_background_not_a_happening_of_that_year(nlp) -> None:
    text = ("Prime Minister Tony Blair met Iraqi leaders in Baghdad on Sunday. "
            "British support for the war has slipped, but Blair dismissed the idea that the 2003 US and British "
            "invasion of Iraq had triggered the chaos. "
            "Senator John McCain, a potential 2008 presidential candidate, backed sending more troops.")
    entries = timeline_of(nlp, text, "2006-12-18")
    by_date = {e.date: e for e in entries}
    assert by_date["2003"].status == "background"
    assert by_date["2008"].status == "background"
    assert [e.date for e in top_entries(entries, 8, {1: "2006-12-18"})] == ["2006-12-17"]


def test_a_year_modifying_a_noun_opening_a_sentence_is_background(nlp) -> None:
    # the capital of a sentence's first word is no other syntax than "the 2003 invasion" inside one
    text = ("Leaders of 34 nations met in Mar del Plata on Friday to discuss trade. "
            "The 1994 summit, called by US President Bill Clinton, came just after the signing of NAFTA.")
    entries = timeline_of(nlp, text, "2005-11-05")
    assert {e.date: e for e in entries}["1994"].status == "background"


def test_a_year_a_happening_is_told_in_stays_a_happening(nlp) -> None:
    """"In 1999, Comeaux stabbed his wife" tells what happened in 1999; "In 2005 sales rose" too."""
    text = ("A convicted killer escaped from a prison bus near Houston on Monday. "
            "In 1999, Comeaux stabbed his wife during a prison visit.")
    entries = timeline_of(nlp, text, "2006-12-18")
    (old,) = [e for e in entries if e.date == "1999"]
    assert old.status != "background"


def test_a_lead_naming_a_later_year_in_a_noun_is_its_publication_days_news(nlp) -> None:
    """"... the 2008 presidential election" in a December 2006 lead: the entry is the day's news, not a 2008 plan
    (the lead went to the year the noun names)."""
    text = ("Congressman Dan Ortiz, an outspoken opponent of the war, has entered the crowded field of possible "
            "contenders for the 2008 presidential election. He made the announcement in his home town.")
    entries = timeline_of(nlp, text, "2006-12-13")
    assert [e.date for e in entries if e.text.startswith("Congressman")] == ["2006-12-13"]


@pytest.mark.parametrize("sentence", [
    "It was the deadliest bombing since the U.S.-led invasion in 2003.",
    "The 2.2 percent growth was the slowest since a 1.8 percent growth rate in the final quarter of 2005.",
    "The rate was the highest since these bills brought 4.22 percent on March 19, 2001.",
])
def test_a_since_clause_holding_a_decimal_or_an_abbreviation_is_a_baseline(nlp, sentence: str) -> None:
    entries = timeline_of(nlp, "Markets moved on Tuesday. " + sentence, "2006-11-29")
    (old,) = [e for e in entries if e.date < "2006"]
    assert old.status == "background"
