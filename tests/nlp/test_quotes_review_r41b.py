"""The review r41b of branch quotes41 (benchmarks/RESULTS.md, notes on issue 9, branch amend41b): each of its four
speaker mechanisms fired where the words are someone else's.  A he/she after a sentence naming another person may be
that person ("X said he ..." in news often means someone named just before), so it gives X no gender (after review
r41e no bound he/she gives a gender at all); a fragment under an ownerless claim or report is not the words of the
one who denies it; a person put "as '...'" by a verb that judges nothing is given a role; after '"...?" X asked Y'
the "he said" is the answer of the one asked.  The mechanisms' own newswire cases stay pinned in
test_quotes_quotes41_newswire.py."""

from __future__ import annotations

import pytest

OTHER_BEFORE = [
    ("President Goodluck Jonathan has threatened to reject the budget. Finance Minister Okonjo-Iweala said on "
     "Monday he would veto it if lawmakers added spending. \"We cannot afford a bigger deficit,\" she said.",
     "We cannot afford", "Okonjo-Iweala"),
    ("The junta leader Than Shwe has refused to meet the opposition. Aung San Suu Kyi said on Friday he should "
     "release all political prisoners first. \"Dialogue is the only way,\" she said.",
     "Dialogue is the only way", "Aung San Suu Kyi"),
    ("Yingluck Shinawatra said her brother would return soon. Asked whether he would face trial, Yingluck said he "
     "would respect the courts. \"He is not above the law,\" she said.", "He is not above", "Yingluck Shinawatra"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), OTHER_BEFORE)
def test_a_he_about_someone_named_in_the_sentence_before_gives_the_speaker_no_gender(covering, text, quoted,
                                                                                    speaker):
    assert [who for q, who in covering(text, quoted) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(("text", "quoted"), [
    ("Interior Minister Rahman issued a denial of reports of \"mass graves\" near the border.", "mass graves"),
    ("Minister Abdullah made a denial of claims of \"torture\" at the prison.", "torture"),
])
def test_a_fragment_under_an_ownerless_claim_is_not_the_deniers_words(covering, text, quoted):
    assert [who for _, who in covering(text, quoted)] in ([], [None])


@pytest.mark.parametrize(("text", "quoted"), [
    ("Director Nolan cast the actor as \"the Joker\" in the sequel.", "the Joker"),
    ("Coach Mourinho fielded the youngster as a \"false nine\" against Arsenal.", "false nine"),
])
def test_a_role_given_with_as_by_a_verb_that_judges_nothing_has_no_speaker(covering, text, quoted):
    assert [who for _, who in covering(text, quoted)] in ([], [None])


def test_what_a_subject_dismisses_something_as_stays_its_words(covering):
    """The mechanism's own case (the issue's sentence and two newswire ones: 'dismissed the mad cow link as a
    "ridiculous story"'): a verb of judging keeps it."""
    text = "Prime Minister Howard dismissed the report as \"rubbish\" on Monday."
    assert [who for _, who in covering(text, "rubbish")] == ["Howard"]


def test_a_fragment_under_a_speech_act_its_giver_hands_over_stays_the_givers(covering):
    """The mechanism's own case (seedE #82, Bollard): no claim or report stands between the words and the warning."""
    text = "Governor Alan Bollard last month issued a severe warning of imbalances and \"significant excesses\"."
    assert [who for _, who in covering(text, "significant excesses")] == ["Alan Bollard"]


def test_after_a_question_the_he_said_is_the_answer_of_the_one_asked(covering):
    """Review r41e (finding 4): the review r41b sentence put no question ('"The roads are closed, ...," X asked Y'),
    so the rule is pinned on a real one, whose quote ends in '?'."""
    text = ("Heavy rain fell overnight.\n\n\"When will the roads reopen?\" Chidi Eze asked Governor Fashola on "
            "Tuesday.\n\nThe roads would reopen on Friday, he said.")
    assert [who for _, who in covering(text, "The roads would reopen")] == ["Fashola"]
