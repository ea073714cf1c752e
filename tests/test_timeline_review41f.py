"""Review r41f of branch amend41c: the reviewer's sentences, each a defect of TIMELINE_VERSION 25.

A noun that looked like a saying verb ("States", "blasts", "protests") made a relative "that" a reporting frame;
a frame with words between its day and "that" ("in Beijing", "at a news conference") or with "admitted" or
"wrote" was lost; an ordinary sentence with only short lower-case words ("met") was read as Title Case; a
day-distance clause was cut at "and" only before a listed verb; a one-word sentence adverb was shown as a
subject; a counted duration ("for 20 days") was blanked as a date.  The sentences are annotated by the real model.
"""

from __future__ import annotations

import pytest

from storyline.timeline.candidates import own_words
from tests.test_timeline_review41a import _timeline
from tests.test_timeline_review41c import _shown

DAYS = ["2006-11-21", "2006-11-22"]


@pytest.mark.parametrize("pair", [
    ("The United States launched airstrikes on Monday that drew protests from Kabul.",
     "The United States launched airstrikes in Helmand province on Tuesday, Afghan officials said."),
    ("Two blasts rocked the capital on Monday that left the market in ruins.",
     "Two blasts rocked the capital on Tuesday, police said."),
    ("Mass protests erupted in the capital on Monday that forced the cabinet out.",
     "Mass protests erupted in the capital on Tuesday, witnesses said."),
])
def test_a_noun_like_a_saying_verb_makes_no_reporting_frame(nlp, pair: tuple[str, str]) -> None:
    entries = _timeline(nlp, list(pair), DAYS)
    assert len(entries) == 1, _shown(entries)


@pytest.mark.parametrize("frame", [
    "Foreign Ministry spokesman Qin Gang said on {} in Beijing that",
    "Foreign Ministry spokesman Qin Gang said on {} at a news conference that",
    "Defence spokesman Lee Sang-hee admitted to reporters on {} that",
    "Opposition leader Kim Dae-jung wrote in a newspaper column on {} that",
])
def test_a_frame_with_words_after_its_day_keeps_two_briefings_apart(nlp, frame: str) -> None:
    entries = _timeline(nlp, [frame.format("Tuesday") + " the nuclear talks would resume.",
                              frame.format("Wednesday") + " the troops would leave Lebanon."], DAYS)
    assert sorted(e.date for e in entries) == DAYS, _shown(entries)


@pytest.mark.parametrize("pair", [
    ("President Bush met Prime Minister Ehud Olmert at the White House on Monday.",
     "President Bush met Prime Minister Shinzo Abe in Hanoi on Tuesday."),
    ("Prime Minister Tony Blair met German Chancellor Angela Merkel in Berlin on Monday.",
     "Prime Minister Tony Blair met French President Jacques Chirac in Paris on Tuesday."),
])
def test_a_sentence_with_a_short_verb_is_no_title_case_copy(nlp, pair: tuple[str, str]) -> None:
    entries = _timeline(nlp, list(pair), ["2006-11-20", "2006-11-21"])
    assert len(entries) == 2, _shown(entries)


def test_a_day_distance_clause_ends_at_and_before_the_sentences_own_clause() -> None:
    for rest in ("went from house to house handing out food", "quickly began handing out food",
                 "were greeted by cheering crowds"):
        words = own_words(f"Troops arrived in the town the day after the storm and {rest}.")
        assert {w for w in rest.split() if len(w) > 4} - {"house"} <= words, (rest, words)
    assert {"fell", "silent"} <= own_words("Rumsfeld resigned one day after the election and fell silent.")


def test_a_one_word_sentence_adverb_is_not_shown_as_a_subject(nlp) -> None:
    entries = _timeline(nlp, ["Earlier, the rebels seized the town in May, then troops retook it on Tuesday.",
                              "Separately, a bomb killed three people in 2004, while police arrested a suspect on "
                              "Monday."], ["2006-11-29", "2006-11-29"])
    assert not any(e.text.startswith(("Earlier …", "Separately …")) for e in entries), _shown(entries)


def test_and_with_a_determiner_goes_on_with_the_subject(nlp) -> None:
    entries = _timeline(nlp, ["The minister, who arrived in May, and his deputy left the country on Tuesday."],
                        ["2006-11-29"])
    assert any(e.text.startswith("The minister … and his deputy left") for e in entries), _shown(entries)


def test_a_counted_duration_is_a_running_counts_figure(nlp) -> None:
    entries = _timeline(nlp, ["So far this month, the army has been on alert for 20 days.",
                              "So far this year, the rebels have carried out attacks on 40 days in the province."],
                        ["2006-11-29", "2006-11-29"])
    assert entries and all(e.status == "background" for e in entries), _shown(entries)
