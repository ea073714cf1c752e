"""What follows a report in "X said A did this and did that": whose the second act is, and where its words go.

The reporter's second verb of saying is the reporter's next act, a reported person's too ("Prosecutors said
Garcia sold the drugs and added that ...": the prosecutors add; the parse cannot tell "Police said the suspect
fled and told officers ..." apart, and the dev data has the reporter going on); a second act with nothing of
its own to report stays in the first report, so its words are in some attribution; a whole utterance is its
actor's, whatever joins it to the verb; every conditional mark is read alike.

Sentences from the reviews of branch quotes21 (r34c) and of its mend (r34g), written to probe the rules'
risky side.
"""

from __future__ import annotations

import pytest


def _speakers(starting, text: str, quoted: str) -> list[str | None]:
    """Speaker phrases of the attributions whose text is or starts with ``quoted`` (the quote itself)."""
    return [q.speaker_text for q, _ in starting(text, quoted)]


THE_REPORTER_GOES_ON = [
    ("Prosecutors said Garcia sold the drugs and added that he had done so for years.", "he had done so",
     "Prosecutors"),
    ('The victim\'s mother said her son was unarmed and called the shooting "an execution."', "an execution",
     "The victim's mother"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), THE_REPORTER_GOES_ON)
def test_a_reporter_goes_on_after_reporting_what_a_person_did(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]  # 42451bf-d67ac28: the person reported


def test_the_one_accused_by_a_reporters_second_act_is_not_its_speaker(starting):
    text = 'The senator said the agency wasted millions and accused Johnson of "gross negligence."'
    assert _speakers(starting, text, "gross negligence") == ["The senator"]  # main: Johnson


NOTHING_OF_ITS_OWN = [
    ("The IMF said growth would slow next year and warned of rising risks in Asia.", "warned of rising risks"),
    ("The union said talks had failed and demanded a meeting with the prime minister.", "demanded a meeting"),
]


@pytest.mark.parametrize(("text", "act"), NOTHING_OF_ITS_OWN)
def test_a_second_act_with_nothing_to_report_stays_in_the_first_report(attributions, text, act):
    assert any(act in q.text for q, _ in attributions(text))  # main: the words were in no attribution


UTTERANCES = [
    ('Witnesses said the officer responded with "Get out of the car now."', "Get out", "the officer"),
    ('She said her boss answered with a curt "We\'ll see."', "We'll see", "her boss"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), UTTERANCES)
def test_a_whole_utterance_after_with_is_the_actors_quote(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]  # main: only part of the reporter's report


@pytest.mark.parametrize("condition", ["if", "provided", "as long as"])
def test_a_condition_on_claiming_a_right_is_the_reporters_words(covering, condition):
    text = (f'Wang said foreigners could claim residency {condition} they applied within a "reasonable period" '
            'after the handover.')
    found = [(q.kind, who) for q, who in covering(text, "reasonable")]
    assert found == [("mixed", "Wang")]  # main: with "if", a direct quote of "foreigners"


def test_a_condition_on_an_apology_stays_the_apologisers_whatever_its_mark(starting):
    text = ('A spokesman said she apologizes provided the incident was in any way connected to "undeserved '
            'negative attention."')
    assert _speakers(starting, text, "undeserved") == ["she"]
