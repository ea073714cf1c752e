"""A State Councilor's title is no part of the name: "State Councilor Tang Jiaxuan ... Tang said" is one person
named "Tang Jiaxuan", whose key meets the plain name elsewhere.  The real model, a sentence written for the test."""

from __future__ import annotations

from storyline.nlp.entities import find_entities


def test_the_councilor_title_is_stripped_and_the_surname_joins(nlp) -> None:
    text = ("Chinese State Councilor Tang Jiaxuan met the visiting minister in Beijing on Monday. "
            "Tang said the two countries would expand trade.")
    _, chains = find_entities(nlp(text))
    people = [(c.name, c.keys[0]) for c in chains if c.type == "PERSON"]
    assert people == [("Tang Jiaxuan", "per:tang jiaxuan")]
