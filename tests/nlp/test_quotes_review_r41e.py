"""The review r41e of amend41b (benchmarks/RESULTS.md, notes on issue 9, branch amend41e): each mend fired outside the
sentences it was made for.  The gender a he/she's own clause gave a speaker is taken out (a he/she about someone
named a sentence or two before gave the wrong speaker, and no veto kept the right ones); only a noun of someone
else's disputed statement (a claim, a report) stops the climb to a giver; "V the plan as '...'" is the subject's
name for a thing whatever the verb, a person put "as '...'" needs a verb of saying or judging; after a quote that
asks a question, the one asked answers.  Unmeasured on dev: these are the reviewers' sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("The junta leader Than Shwe has refused to meet the opposition. He has ruled since 1992. Aung San Suu Kyi said "
     "on Friday he should release all political prisoners first. \"Dialogue is the only way,\" she said.",
     "Dialogue is the only way", "Aung San Suu Kyi"),
    ("President Goodluck Jonathan has threatened to reject the budget, officials said on Sunday. The dispute has "
     "dragged on for weeks. Finance Minister Okonjo-Iweala said on Monday he would veto it if lawmakers added "
     "spending. \"We cannot afford a bigger deficit,\" she said.", "We cannot afford", "Okonjo-Iweala"),
])
def test_a_he_about_someone_named_two_sentences_before_gives_the_speaker_no_gender(covering, text, quoted,
                                                                                  speaker):
    assert [who for q, who in covering(text, quoted) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(("text", "quoted"), [
    ("Governor Alan Bollard issued a warning of the threat of \"significant excesses\" in housing.",
     "significant excesses"),
    ("Governor Alan Bollard issued a warning about strong demand for \"interest-only\" mortgages.", "interest-only"),
    ("Governor Alan Bollard issued a warning about the threat from \"unsustainable\" house prices.", "unsustainable"),
])
def test_a_threat_or_demand_under_a_warning_is_no_one_elses_claim(covering, text, quoted):
    assert [who for _, who in covering(text, quoted)] == ["Alan Bollard"]


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("Senator McCain ripped the plan as \"voodoo economics\" on Tuesday.", "voodoo economics", "McCain"),
    ("Senator McCain bashed the plan as \"voodoo economics\" on Tuesday.", "voodoo economics", "McCain"),
    ("Senator McCain mocked Obama as \"the Messiah\" in a new advertisement.", "the Messiah", "McCain"),
    ("President Chavez ridiculed Bush as \"the Devil\" at the United Nations.", "the Devil", "Chavez"),
])
def test_what_a_subject_calls_a_thing_or_judges_a_person_as_is_its_words(covering, text, quoted, speaker):
    assert [who for _, who in covering(text, quoted)] == [speaker]


def test_a_person_a_plain_verb_names_as_something_gets_a_role(covering):
    """The guard: a person object ("the youngster") with a verb that judges nothing is given a role."""
    text = "Coach Ferguson named the youngster as \"captain\" for the match."
    assert [who for _, who in covering(text, "captain")] in ([], [None])


def test_an_order_with_a_verb_of_asking_is_no_question(covering):
    """The guard: '"Resign now," X asked Y' puts no question, so the asker goes on speaking."""
    text = ("Protesters gathered outside.\n\n\"Resign now,\" Chidi Eze asked Governor Fashola on Tuesday.\n\n"
            "The state was bankrupt, he said.")
    assert [who for _, who in covering(text, "The state was bankrupt")] == ["Chidi Eze"]
