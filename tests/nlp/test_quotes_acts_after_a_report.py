"""What follows a report in "X said A did this and did that": whose the second act is, and where its words go.

A person reported goes on to act and speak himself (the reporter's second verb of saying is only the
reporter's when the reported subject cannot speak, or when the act's object is that subject); a second act
with nothing of its own to report stays in the first report, so its words are in some attribution; a whole
utterance is its actor's, whatever joins it to the verb; every conditional mark is read alike.

Sentences from the review of branch quotes21 (r34c), written to probe the rules' risky side; the first two
kinds and the condition on "if" fail on main 728601f, as each case notes; the other conditions guard.
"""

from __future__ import annotations

import pytest


def _speakers(attributions, text: str, quoted: str) -> list[str | None]:
    """Speaker phrases of the attributions whose text is or starts with ``quoted`` (the quote itself)."""
    return [q.speaker_text for q, _ in attributions(text) if q.text.startswith(quoted)]


A_PERSON_GOES_ON = [
    ('Smith said Jones resigned and told staff "it was time to go."', "it was time", "Jones"),
    ('Police said the suspect fled the scene and told officers he "did nothing wrong."', "did nothing",
     "the suspect"),
    ('The witness said the gunman entered the room and shouted "Everyone get down!"', "Everyone", "the gunman"),
    ('She said her son came home late and said "I\'m sorry, Mom."', "I'm sorry", "her son"),
    ('Prosecutors said the defendant laughed and told the victim "you deserved it."', "you deserved",
     "the defendant"),
    ('The embassy said the ambassador met Karzai and warned that the deal "cannot be delayed."', "the deal",
     "the ambassador"),
    ('Smith says Jones wants to leave the club and insists he is "not for sale."', "he is", "Jones"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), A_PERSON_GOES_ON)
def test_a_reported_person_goes_on_to_speak_himself(attributions, text, quoted, speaker):
    assert _speakers(attributions, text, quoted) == [speaker]  # main 728601f: the reporter


def test_the_one_accused_by_a_reporters_second_act_is_not_its_speaker(attributions):
    text = 'The senator said the agency wasted millions and accused Johnson of "gross negligence."'
    assert _speakers(attributions, text, "gross negligence") == ["The senator"]  # main: Johnson


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
def test_a_whole_utterance_after_with_is_the_actors_quote(attributions, text, quoted, speaker):
    assert _speakers(attributions, text, quoted) == [speaker]  # main: only part of the reporter's report


@pytest.mark.parametrize("condition", ["if", "provided", "as long as"])
def test_a_condition_on_claiming_a_right_is_the_reporters_words(attributions, condition):
    text = (f'Wang said foreigners could claim residency {condition} they applied within a "reasonable period" '
            'after the handover.')
    found = [(q.kind, who) for q, who in attributions(text) if q.start <= text.index("reasonable") < q.end]
    assert found == [("mixed", "Wang")]  # main: with "if", a direct quote of "foreigners"


def test_a_condition_on_an_apology_stays_the_apologisers_whatever_its_mark(attributions):
    text = ('A spokesman said she apologizes provided the incident was in any way connected to "undeserved '
            'negative attention."')
    assert _speakers(attributions, text, "undeserved") == ["she"]
