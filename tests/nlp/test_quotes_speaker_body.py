"""An unnamed speaker is kept as written, with the body it speaks for beside it (``Quote.body_chain``): the place
or body named with an official, a spokesman, a lawyer did not speak.  The real model and chains; sentences
written for the test (the newswire ones are in test_quotes_speaker_body_newswire.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker, body", [
    # a name before the noun
    ("Nairobi officials said on Tuesday that the road would reopen.", "Nairobi officials", "Nairobi"),
    ('"We are ready," Pentagon officials said.', "Pentagon officials", "Pentagon"),
    ('"We are ready," a White House spokesman said.', "a White House spokesman", "White House"),
    ('"It was a mistake," an Obama aide said.', "an Obama aide", "Obama"),
    # a possessor
    ('Michael Jackson appeared in court on Monday. "He is innocent," Jackson\'s lawyer said.', "Jackson's lawyer",
     "Michael Jackson"),
    ('The Ministry of Health announced the plan on Monday. "It is over," the ministry\'s spokesman said.',
     "the ministry's spokesman", "Ministry of Health"),
    # a phrase after the noun
    ('"We will respond," an official at the Pentagon said.', "an official", "Pentagon"),
    ('"We will respond," a spokesman for the Foreign Ministry said.', "a spokesman", "Foreign Ministry"),
    ('Tony Blair was in London on Monday. "He will resign," a source close to Blair said.', "a source",
     "Tony Blair"),
    ('"We voted no," a member of the Federal Reserve board said.', "a member", "Federal Reserve"),
    # a nationality stands for the country the article names
    ('Kenya declared a drought on Monday. "The rains failed," Kenyan officials said.', "Kenyan officials", "Kenya"),
])
def test_an_unnamed_worker_of_a_body_is_the_description_with_the_body_beside_it(bodies, text: str, speaker: str,
                                                                                body: str) -> None:
    assert bodies(text)[-1] == (speaker, None, body)


def test_his_lawyer_and_jacksons_lawyer_answer_alike(bodies) -> None:
    """A possessive pronoun is resolved as a pronoun speaker is: both lawyers speak for Michael Jackson, and
    neither is Michael Jackson."""
    before = "Michael Jackson appeared in court on Monday.\n\n"
    his = bodies(before + '"He is innocent," his lawyer said.')[-1]
    named = bodies(before + '"He is innocent," Jackson\'s lawyer said.')[-1]
    assert (his[1:], named[1:]) == ((None, "Michael Jackson"), (None, "Michael Jackson"))


@pytest.mark.parametrize("text", [
    '"We are looking into it," a NATO press officer said.',
    '"We are looking into it," said a press officer for NATO.',
])
def test_a_press_officer_keeps_the_body_he_speaks_for(bodies, text: str) -> None:
    assert bodies(text)[-1][1:] == (None, "NATO")


ROLES = [
    ('"We will respond," Pentagon spokesman John Kirby said.', "John Kirby", "Pentagon"),
    ('"It was a mistake," said Apple lawyer John Smith.', "John Smith", "Apple"),
    ('"It was a mistake," a Hamas official, Ahmed Yousef, said.', "Ahmed Yousef", "Hamas"),
    ('"We are ready," the Kremlin aide Yuri Ushakov said.', "Yuri Ushakov", "Kremlin"),
]


@pytest.mark.parametrize("text, speaker, body", ROLES)
def test_a_worker_named_with_his_role_is_the_speaker(bodies, text: str, speaker: str, body: str) -> None:
    assert bodies(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker, body", ROLES)
def test_a_named_worker_keeps_the_body_his_role_names(bodies, text: str, speaker: str, body: str) -> None:
    assert bodies(text)[-1][1:] == (speaker, body)


@pytest.mark.parametrize("text, speaker", [
    ('"We will respond," the Pentagon said.', "Pentagon"),
    ('"We are ready," a statement from the Pentagon said.', "Pentagon"),
    ("Syria's foreign ministry said the talks would resume.", "Syria"),
])
def test_a_body_or_its_own_statement_as_the_subject_keeps_the_body_as_speaker(bodies, text: str,
                                                                              speaker: str) -> None:
    assert bodies(text)[-1][1:] == (speaker, None)


def test_they_after_unnamed_officials_are_those_officials_for_their_body(bodies) -> None:
    text = '"The road is closed," Pentagon officials said on Monday. "We will reopen it," they added.'
    assert bodies(text) == [("Pentagon officials", None, "Pentagon")] * 2
