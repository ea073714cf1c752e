"""Review r41c of branch amend41a: the reviewer's sentences, each a defect of TIMELINE_VERSION 24.

A relative "that" after a date was read as a reporting frame, so the words of the happening told nothing; a
headline in Title Case had every word read as a name; a year counted as a running count's figure; a sentence
adverb was shown as the subject of a clause with its own; a day-distance clause was cut at an "and" inside the
other happening's noun phrase.  The sentences are annotated by the real model.
"""

from __future__ import annotations

from storyline.records import TimelineEntry
from storyline.timeline.candidates import own_words
from tests.test_timeline_review41a import _timeline


def _shown(entries: list[TimelineEntry]) -> list[tuple[str | None, str, str]]:
    return [(e.date, e.status, e.text) for e in entries]


def test_a_relative_that_after_the_date_is_no_reporting_frame(nlp) -> None:
    entries = _timeline(nlp, [
        "A strong earthquake struck the island on Monday that destroyed hundreds of homes.",
        "A strong earthquake struck the island on Tuesday, killing at least 12 people."],
        ["2006-11-21", "2006-11-22"])
    assert len(entries) == 1, _shown(entries)
    entries = _timeline(nlp, [
        "The army launched an offensive on Monday that the rebels called a massacre.",
        "The army launched an offensive in the north on Tuesday, officials said."], ["2006-11-21", "2006-11-22"])
    assert len(entries) == 1, _shown(entries)


def test_a_frame_that_reports_still_keeps_two_briefings_apart(nlp) -> None:  # the guard of the rule above
    entries = _timeline(nlp, [
        "Spokesman Qin Gang told a regular press conference on Tuesday that the talks would resume.",
        "Spokesman Qin Gang told a regular press conference on Wednesday that the troops would leave."],
        ["2006-11-21", "2006-11-22"])
    assert sorted(e.date for e in entries) == ["2006-11-21", "2006-11-22"], _shown(entries)


def test_headlines_in_title_case_share_what_happened_across_a_day(nlp) -> None:
    entries = _timeline(nlp, ["Pope Arrives In Turkey On Tuesday For Four-Day Visit",
                              "Pope Arrives In Turkey On Wednesday Amid Tight Security"],
                        ["2006-11-28", "2006-11-29"])
    assert len(entries) == 1, _shown(entries)


def test_a_sentence_with_a_long_name_is_no_title_case_copy(nlp) -> None:  # the guard of the rule above
    entries = _timeline(nlp, ["Cambodian Prime Minister Hun Sen on Wednesday visited east China's Shandong "
                              "Province.", "Hun Sen returned to Phnom Penh on Thursday afternoon."],
                        ["2006-11-01", "2006-11-02"])
    assert sorted(e.date for e in entries) == ["2006-11-01", "2006-11-02"], _shown(entries)


def test_a_year_is_no_figure_of_a_running_count(nlp) -> None:
    entries = _timeline(nlp, ["So far in November, the army launched its biggest offensive since 2004.",
                              "So far in November, talks on the 2007 budget have stalled."],
                        ["2006-11-29", "2006-11-29"])
    assert entries and all(e.status == "happened" for e in entries), _shown(entries)


def test_a_sentence_adverb_is_not_shown_as_the_subject_of_a_clause_of_its_own(nlp) -> None:
    entries = _timeline(nlp, ["Earlier, the rebels seized the town in May, and troops retook it on Tuesday.",
                              "Elsewhere, a bomb killed three people in 2004, and police arrested a suspect on "
                              "Monday."], ["2006-11-29", "2006-11-29"])
    assert not any(e.text.startswith(("Earlier …", "Elsewhere …")) for e in entries), _shown(entries)
    entries = _timeline(nlp, ["The event was the final tribute for Brown, who was honored on Thursday at the Apollo "
                              "Theater, and at a private ceremony relatives held in Augusta on Friday."],
                        ["2006-12-30"])  # "and" before a phrase goes on with the clause before: its subject shown
    assert any(e.text.startswith("The event was the final tribute for Brown …") for e in entries), _shown(entries)


def test_a_day_distance_clause_keeps_the_other_happenings_noun_phrase() -> None:
    assert not {"shooting", "spree"} & own_words(
        "Clashes broke out a day after the bombing and shooting spree in the market.")
    assert not {"congress", "ended", "failure"} & own_words(
        "He resigned one day after the meeting of the president and Congress ended in failure.")
