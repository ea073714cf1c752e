"""Titled descriptions that speak ("the president said") with several people given the title: the real
model and chains, sentences written for the test."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes


@pytest.fixture
def speakers(nlp):
    """text -> [speaker chain name or None] of its direct quotes, in text order."""

    def run(text: str) -> list[str | None]:
        doc = nlp(text)
        mentions, chains = find_entities(doc)
        return [chains[q.speaker_chain].name if q.speaker_chain is not None else None
                for q in find_quotes(doc, mentions, chains) if q.kind == "direct"]

    return run


@pytest.mark.parametrize("text", [
    "President Maria Lopez paid tribute on Sunday to former president Peter Novak.\n\n"
    "Novak, a Liberal president from 1980 to 1990, died on Friday aged 88.\n\n"
    '"He gave us back our confidence," the president said.',
    "Governor Maria Lopez paid tribute on Sunday to former governor Peter Novak, who died on Friday aged 88.\n\n"
    "Novak led the state for ten years.\n\n"
    '"He gave us back our confidence," the governor said.',
])
def test_a_bare_title_is_its_present_holder_not_a_former_one_named_nearer(speakers, text: str) -> None:
    assert speakers(text) == ["Maria Lopez"]


def test_a_former_title_still_names_the_former_holder(speakers) -> None:
    assert speakers("Prime Minister Maria Lopez met former prime minister Peter Novak on Sunday.\n\n"
                    '"We talked about the old days," the former prime minister said.') == ["Peter Novak"]


def test_a_shared_title_is_the_holder_the_discourse_is_about(speakers) -> None:
    assert speakers("Defence Secretary Tom Walker spoke in London on Monday.\n\n"
                    "He also repeated Foreign Secretary Jane Porter's warning about the border.\n\n"
                    "But he stressed that the troops would stay.\n\n"
                    '"We will not leave early," the secretary said.') == ["Tom Walker"]


@pytest.mark.parametrize(("text", "body"), [
    ("Norway's finance ministry said on Monday that oil revenue had risen.\n\n"
     '"The fund is strong," the ministry said.\n\n'
     "Statoil announced a new field in the Barents Sea on Tuesday.\n\n"
     '"Spending will stay within the rule," the ministry said.', "Norway"),
    ("Poland's foreign ministry summoned the Russian ambassador on Monday.\n\n"
     '"This is unacceptable," the ministry said.\n\n'
     "Gazprom cut supplies to Ukraine the same day.\n\n"
     '"We expect an apology," the ministry said.', "Poland"),
])
def test_a_repeated_description_names_what_it_named_before(speakers, text: str, body: str) -> None:
    assert speakers(text) == [body, body]


@pytest.mark.parametrize(("text", "who"), [
    # the tagger types both names an organisation; the lower-case title before each says a person
    ("Iran coach Branko Ivankovic believes Portugal can reach the semi-finals.\n\n"
     '"Our group is very strong," said the Croatian.', "Branko Ivankovic"),
    ("Interior ministry spokesman Yousuf Stanizai told reporters the driver had died.\n\n"
     '"The bomb was placed in a car," he said.', "Yousuf Stanizai"),
])
def test_a_name_after_a_lower_case_title_is_a_person_whatever_its_type(speakers, text: str, who: str) -> None:
    assert speakers(text) == [who]
