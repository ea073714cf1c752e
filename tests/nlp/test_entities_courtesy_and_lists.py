"""A courtesy title fixes gender before a short form joins a full name (chains._courtesy), and a tagged name
that runs the items of a list into one is cut at its commas (entities._list_items).

Sentences written for these tests; the newswire cases they stand for are "Mrs Ford" joined into Gerald Ford's
chain, and "The Hague, Mesic" or "Xinhua, Zhu" tagged as one name (branch names3).
"""

from __future__ import annotations


def test_mrs_does_not_join_the_man_named_in_full(people):
    found = people("Former President Gerald Ford died on Tuesday at his home in California. He was 93. "
                   "Mrs Ford was at his side, the family said.")
    assert found["Gerald Ford"] == ["Gerald Ford"]


def test_mrs_picks_the_woman_of_two_full_names(people):
    found = people("Laura Bush visited a school in Texas on Monday. US President George Bush met French leaders "
                   "in Paris. Mrs Bush told pupils to read more books.")
    assert found["Laura Bush"] == ["Laura Bush", "Bush"]
    assert found["George Bush"] == ["George Bush"]


def test_mr_still_joins_the_man_named_in_full(people):
    found = people("Former President Gerald Ford died on Tuesday at his home in California. Mr Ford was at home, "
                   "the family said.")
    assert found["Gerald Ford"] == ["Gerald Ford", "Ford"]


def test_a_verb_spelled_like_a_courtesy_title_fixes_no_gender(people):
    found = people("Apple founder Steve Jobs died on Wednesday. Friends said they would miss Steve, a generous "
                   "mentor.")
    assert found["Steve Jobs"] == ["Steve Jobs", "Steve"]


def test_a_place_and_a_person_written_with_a_comma_are_two_names(people, attributions):
    text = ("Croatian President Stjepan Mesic met his Slovenian counterpart on Thursday. The border dispute "
            "should go to the International Court of Justice in The Hague, Mesic said.")
    assert people(text) == {"Stjepan Mesic": ["Stjepan Mesic", "Mesic"]}
    assert [who for _, who in attributions(text)] == ["Stjepan Mesic"]


def test_an_agency_and_a_person_written_with_a_comma_are_two_names(people):
    found = people("Chinese champion Zhu Chen moved to Qatar last year. In a telephone interview with Xinhua, "
                   "Zhu said she felt relaxed representing Qatar.")
    assert found == {"Zhu Chen": ["Zhu Chen", "Zhu"]}


def test_a_name_with_a_comma_before_its_suffix_stays_whole(people):
    found = people("Martin Luther King, Jr. spoke in Washington. King said he had a dream.")
    assert found == {"Martin Luther King": ["Martin Luther King", "King"]}
