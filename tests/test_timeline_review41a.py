"""Review r41a of branch tl41: the reviewer's sentences, each a defect of TIMELINE_VERSION 23.

Cross-day merges rested on capitalised words and a list of saying verbs ("Prime Minister Tony Blair said on
Tuesday that ..." merged two briefings; "Hurricane Katrina hit New Orleans" was all names); a day-distance clause
swallowed the main clause after "and"; a subject was shown before a piece across more than one comma; a running
count's wording without a count made a happening background; a statement's full text was called a list.
The sentences are annotated by the real model.
"""

from __future__ import annotations

from storyline.ingest import content_hash
from storyline.nlp import annotate_doc
from storyline.records import Article, TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.candidates import MAX_TEXT, own_words


def _timeline(nlp, texts: list[str], pubs: list[str]) -> list[TimelineEntry]:
    """The timeline of one made-up report per text, published on its day."""
    items = []
    for i, (text, pub) in enumerate(zip(texts, pubs, strict=True), 1):
        art = Article(external_id=str(i), title=text.split(".")[0], text=text, published=pub, source="x",
                      content_hash=content_hash(f"t{i}", text))
        art.id = i
        items.append((art, annotate_doc(nlp(text), art)))
    return build_timeline(items)


def test_two_briefings_a_day_apart_sharing_only_their_frame_stay_apart(nlp) -> None:
    entries = _timeline(nlp, [
        "Prime Minister Tony Blair said on Tuesday that Britain would send more troops to Afghanistan.",
        "Prime Minister Tony Blair said on Wednesday that the Northern Ireland talks must resume."],
        ["2006-11-21", "2006-11-22"])
    assert sorted(e.date for e in entries) == ["2006-11-21", "2006-11-22"], [(e.date, e.text) for e in entries]
    entries = _timeline(nlp, [
        "Chinese Foreign Ministry spokesman Qin Gang told a regular press conference on Tuesday that Beijing "
        "opposed the arms sale to Taiwan.",
        "Chinese Foreign Ministry spokesman Qin Gang told a regular press conference on Wednesday that the "
        "six-party talks would resume in Beijing."], ["2006-11-21", "2006-11-22"])
    assert sorted(e.date for e in entries) == ["2006-11-21", "2006-11-22"], [(e.date, e.text) for e in entries]


def test_a_happening_named_in_capitals_still_merges_across_a_day(nlp) -> None:  # the guard of the rule above
    entries = _timeline(nlp, [
        "Hurricane Katrina hit New Orleans on Monday, the National Hurricane Center said.",
        "Hurricane Katrina slammed into New Orleans on Tuesday, the National Hurricane Center reported."],
        ["2005-08-29", "2005-08-30"])
    assert len(entries) == 1, [(e.date, e.text) for e in entries]


def test_a_day_distance_clause_ends_where_the_sentence_own_clause_goes_on() -> None:
    assert own_words("Rumsfeld resigned one day after the election and Gates was named to replace him.") >= {
        "gates", "named", "replace"}
    assert {"handing", "food"} <= own_words("Troops arrived in the town the day after the storm and began "
                                             "handing out food.")


def test_a_subject_is_shown_only_across_the_aside_that_cut_it_off(nlp) -> None:
    entries = _timeline(nlp, [
        "Rebels, who seized the town in May, were driven out on Monday, and government troops, backed by tanks, "
        "took over the airport on Tuesday."], ["2006-11-29"])
    assert not any(e.text.startswith("Rebels … took") for e in entries), [(e.date, e.text) for e in entries]


def test_a_subject_shown_first_keeps_the_entry_within_its_length(nlp) -> None:
    # a head of 49 characters, one aside, and a piece over 200 characters: the piece is cut to leave the head room
    # (review r41c 4: the old sentence's head was too long and had two commas, so it never reached that cut; without
    # the cut this entry is 270 characters)
    head = "Former South Korean Defence Minister Kim Jang-soo"
    entries = _timeline(nlp, [
        head + ", who was arrested in May, was freed on Tuesday after paying a fine of 30 million won to the Seoul "
        "Central District Court for taking bribes from the defence contractors that supplied armoured vehicles and "
        "radar systems to the army and the navy during the years of the previous government."], ["2006-11-29"])
    shown = [e.text for e in entries if e.date == "2006-11-28"]
    assert shown and shown[0].startswith(head + " … was freed") and len(shown[0]) <= MAX_TEXT, shown


def test_so_far_without_a_count_is_a_happening_and_a_counted_lead_is_background(nlp) -> None:
    entries = _timeline(nlp, ["So far this year, the rebels have killed 300 people. So far in November, the army "
                              "launched its biggest offensive against the rebels."], ["2006-11-29"])
    shown = {(e.date, e.status) for e in entries if "offensive" in e.text}
    assert shown == {("2006-11", "happened")}, [(e.date, e.status, e.text) for e in entries]
    assert all(e.status == "background" for e in entries if "300 people" in e.text), entries


def test_wire_copy_in_capitals_shares_what_happened_across_a_day(nlp) -> None:
    entries = _timeline(nlp, ["ROME (AP) - POPE BENEDICT ARRIVED IN TURKEY ON TUESDAY.",
                              "POPE BENEDICT ARRIVED IN TURKEY ON WEDNESDAY, OFFICIALS SAID."],
                        ["2006-11-28", "2006-11-29"])
    assert len(entries) == 1, [(e.date, e.text) for e in entries]
