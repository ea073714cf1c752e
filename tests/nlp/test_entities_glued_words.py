"""Words the tagger runs into a person's name that are none of it (names.trim_span), and the short form of a name
of one word beside initials or a regnal number (names.name_parts).

Sentences written for these tests; the newswire cases they stand for are "Describing Gemayel", "Besides Shalom",
"However Negroponte" and "Jordanian King Abdullah II" as persons of their own (branch nlpsweep2).
"""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities


@pytest.mark.parametrize("text, name, mentions", [
    ("Pierre Gemayel was shot dead in Beirut on Tuesday. Describing Gemayel as a martyr, the minister denounced "
     "the killing.", "Pierre Gemayel", ["Pierre Gemayel", "Gemayel"]),
    ("Silvan Shalom is a candidate. Besides Shalom, the race includes three other Likud heavyweights.",
     "Silvan Shalom", ["Silvan Shalom", "Shalom"]),
])
def test_a_word_opening_the_sentence_is_not_the_first_name(people, text, name, mentions) -> None:
    assert people(text) == {name: mentions}


def test_a_nationality_before_a_role_and_name_is_not_the_name(nlp) -> None:
    _, chains = find_entities(nlp("Jordanian King Abdullah II met the Lebanese prime minister in Amman on Sunday."))
    [king] = [c for c in chains if c.type == "PERSON"]
    assert (king.name, king.keys) == ("Abdullah II", ["per:abdullah ii"])


def test_a_regnal_name_is_short_for_its_first_word(people) -> None:
    found = people("The talks opened in Amman on Sunday. Abdullah II said Jordan would help. Abdullah added "
                   "that the talks would go on.")
    assert found["Abdullah II"] == ["Abdullah II", "Abdullah"]


def test_a_surname_after_initials_is_the_short_form(people) -> None:
    found = people("The road will be rebuilt, Highways Ministry Secretary S. Amarasekere told reporters in "
                   "Colombo. Amarasekere said work would start next year.")
    assert found["S. Amarasekere"] == ["S. Amarasekere", "Amarasekere"]


def test_a_preposition_inside_a_sentence_may_be_a_name(people) -> None:
    assert "Than Aung" in people("The clinic is run by Doctor Than Aung, who told reporters it was full.")
