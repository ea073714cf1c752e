"""A person named by one word after "Sheikh" is called "Sheikh Hasina" and keyed for evidence only
(chains._honorific_names).

Sentences written for these tests; the newswire cases they stand for are flood reports that name Bangladesh's
prime minister "Sheikh Hasina" only, each an entity "Hasina" of its own (branch nlpsweep2).
"""

from __future__ import annotations

import json

import storyline
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


def test_the_honorific_is_no_title_of_the_person_it_names(nlp) -> None:
    chain = _person(nlp, "Floods swept across Bangladesh on Monday, and Prime Minister Sheikh Hasina visited the "
                         "worst hit villages near Dhaka. Hasina promised food and shelter.", "Hasina")
    assert "sheikh" not in " ".join(chain.titles) and "prime minister" in chain.titles


HAMADS = [
    {"id": "emir", "published": "2024-03-04", "source": "Wire", "title": "Gulf summit opens in Doha",
     "text": "Qatar's Emir Sheikh Hamad opened the Gulf summit in Doha on Monday. Sheikh Hamad called on the "
             "six member states to agree a common customs tariff before the end of the year."},
    {"id": "minister", "published": "2024-03-05", "source": "Wire", "title": "Bahrain backs customs plan",
     "text": "Bahrain's Foreign Minister Sheikh Hamad arrived in Doha on Tuesday for talks on the customs plan. "
             "Sheikh Hamad told reporters that his country backed the plan."},
]


def test_two_sheikh_hamads_of_different_roles_sharing_a_place_stay_two_entities(tmp_path) -> None:
    # the honorific was a title of both ("emir sheikh", "foreign minister sheikh"), a shared role word that with
    # the shared place (Doha) made the two pieces of evidence the store asks before it joins two spellings
    feed = tmp_path / "hamads.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in HAMADS), encoding="utf-8")
    with storyline.open(tmp_path / "store.db") as sl:
        assert sl.ingest([str(feed)], link=False).annotated == 2
        hamads = [e for e in sl.entities(type="PERSON") if "Hamad" in e.name]
        assert len(hamads) == 2, [(e.id, e.name, e.articles) for e in hamads]
