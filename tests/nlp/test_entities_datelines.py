"""A wire dateline's place in capitals ("BEIJING, Nov. 5 (Xinhua) --") is the place its title-case form names:
one chain with the body's "Beijing", typed a place, keyed as the body writes it.  The real model, sentences
written for the test."""

from __future__ import annotations

from storyline.nlp.entities import find_entities
from storyline.nlp.resolve import chain_keys


def _places(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    _, chains = find_entities(nlp(text))
    return [(c.name, c.type, c.keys) for c in chains if c.type in ("GPE", "LOC", "ORG")]


def test_a_dateline_joins_the_body_s_place(nlp) -> None:
    text = ("BEIJING, Nov. 7 (Xinhua) -- The city government said on Monday that Beijing will open three new "
            "subway lines next year.")
    places = _places(nlp, text)
    assert [p for p in places if p[0].lower() == "beijing"] == [("Beijing", "GPE", ["name:beijing"])]


def test_a_dateline_alone_is_keyed_as_the_place_is_written(nlp) -> None:
    """Across the store, the dateline meets the place of other articles: "name:lusaka", not an acronym's key."""
    text = "LUSAKA, Nov. 3 (Xinhua) -- About 300,000 farmers in Zambia will get cheaper fertilizer this year."
    places = _places(nlp, text)
    assert ("Lusaka", "GPE", chain_keys("GPE", ["Lusaka"])) in places


def test_a_dateline_with_its_region_and_a_colon(nlp) -> None:
    text = "CRAWFORD, Texas: The president welcomed his guests to the ranch on Tuesday."
    assert ("Crawford", "GPE", ["name:crawford"]) in _places(nlp, text)


def test_a_name_in_capitals_opening_a_sentence_is_no_dateline(nlp) -> None:
    """(unchanged) an organisation's initials before an apposition stay an acronym"""
    text = "APEC, which has 21 members, is the most important forum of economic cooperation in the region."
    assert ("APEC", "ORG", ["acr:apec"]) in _places(nlp, text)


def _chains(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    mentions, chains = find_entities(nlp(text))
    return [(c.name, c.type, [m.text for m in mentions if m.chain == i]) for i, c in enumerate(chains)]


def test_a_dateline_with_an_abbreviated_word_is_one_place(nlp) -> None:
    """"ST." ends in a period: the place is "ST. PETERSBURG", not "ST" and "PETERSBURG" (ingest.lines.dateline_at)."""
    text = "ST. PETERSBURG, Russia (AP) -- The city council of St. Petersburg voted on Monday to rename two streets."
    assert ("St. Petersburg", "GPE", ["ST. PETERSBURG", "St. Petersburg"]) in _chains(nlp, text)


def test_the_ap_underscore_parts_a_dateline_and_its_state(nlp) -> None:
    text = "NEWARK, N.J. _ Police in Newark said on Monday they had arrested two men after a robbery."
    assert ("Newark", "GPE", ["NEWARK", "Newark"]) in _chains(nlp, text)


def test_an_afp_diary_item_s_place_and_colon(nlp) -> None:
    text = ("MOSCOW: Reporting as Russia and Belarus have four days to agree on a price for gas before supplies "
            "to Moscow's neighbour are cut.")
    assert ("Moscow", "GPE", ["MOSCOW", "Moscow"]) in _chains(nlp, text)


def test_two_capitals_and_a_dash_are_no_place(nlp) -> None:
    text = "UN -- The Security Council met on Monday in New York to discuss the crisis."
    assert ("UN", "ORG", ["UN"]) in _chains(nlp, text)
