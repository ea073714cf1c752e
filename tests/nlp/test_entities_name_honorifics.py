"""A person named by one word after "Sheikh" is called "Sheikh Hasina" and keyed for evidence only
(chains._honorific_names).

Sentences written for these tests; the newswire cases they stand for are flood reports that name Bangladesh's
prime minister "Sheikh Hasina" only, each an entity "Hasina" of its own (branch nlpsweep2).
"""

from __future__ import annotations

from storyline.nlp.entities import find_entities
from storyline.records import Chain


def _person(nlp, text: str, word: str) -> Chain:
    _, chains = find_entities(nlp(text))
    [chain] = [c for c in chains if c.type == "PERSON" and word in c.aliases]
    return chain


def test_one_word_after_sheikh_names_the_person_with_an_evidence_key(nlp) -> None:
    chain = _person(nlp, "Floods swept across Bangladesh on Monday, and Prime Minister Sheikh Hasina visited the "
                         "worst hit villages near Dhaka. Hasina promised food and shelter.", "Hasina")
    assert chain.name == "Sheikh Hasina"
    assert chain.keys == ["snd:shk hsn"]  # no per: key: "Sheikh Hamad" is more than one man


def test_a_full_name_after_sheikh_keeps_its_name_and_keys(nlp) -> None:
    chain = _person(nlp, "Prime Minister Sheikh Hasina Wajed visited the flooded villages near Dhaka. Later "
                         "Sheikh Hasina promised food and shelter.", "Hasina Wajed")
    assert chain.name == "Hasina Wajed"
    assert chain.keys == ["per:hasina wajed", "snd:hsn vjd"]


def test_a_one_word_name_after_another_role_still_has_no_key(nlp) -> None:
    chain = _person(nlp, "President Kim visited the flooded villages near Seoul on Monday. Kim promised food.",
                    "Kim")
    assert chain.keys == []
