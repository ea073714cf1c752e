"""Mentions and within-article chains, read by the real model on newswire-style sentences."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.records import Chain, Mention


@pytest.fixture
def read(nlp):
    def run(text: str) -> tuple[list[Mention], list[Chain]]:
        return find_entities(nlp(text))

    return run


def chain_named(chains: list[Chain], name: str) -> Chain:
    found = [c for c in chains if c.name == name]
    assert found, f"no chain {name!r} in {[c.name for c in chains]}"
    return found[0]


def test_titles_are_stripped_from_the_name_and_kept_as_titles_and_aliases(read):
    mentions, chains = read("Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin on Tuesday. "
                            "May said the talks went well.")
    may = chain_named(chains, "Theresa May")
    assert may.type == "PERSON"
    assert {"prime minister", "minister"} <= set(may.titles)
    assert {"Theresa May", "Prime Minister Theresa May", "May"} <= set(may.aliases)
    assert "german chancellor" in chain_named(chains, "Angela Merkel").titles
    assert all(c.name != "Prime Minister Theresa May" for c in chains)


def test_a_surname_the_model_missed_before_a_reporting_verb_joins_the_person(read):
    mentions, chains = read("Prime Minister Theresa May met voters in Leeds. May said the talks went well.")
    may = chain_named(chains, "Theresa May")
    texts = [mentions[i].text for i in may.mentions]
    assert texts == ["Theresa May", "May"]
    second = mentions[may.mentions[1]]
    assert second.start > 40 and second.type == "PERSON"


def test_a_short_form_joins_the_person_most_recently_named_in_full(read):
    _, chains = read("Former President Bill Clinton spoke in Boston on Monday. Senator Hillary Clinton arrived "
                     "later. Clinton said the visit was useful.")
    assert "Clinton" in chain_named(chains, "Hillary Clinton").aliases
    assert "Clinton" not in chain_named(chains, "Bill Clinton").aliases


def test_family_name_first_short_form_joins_and_another_kim_stays_apart(read):
    _, chains = read("South Korean President Kim Young-sam spoke in Seoul on Monday. Kim told reporters the "
                     "economy would recover. Opposition leader Kim Dae-jung disagreed.")
    president = chain_named(chains, "Kim Young-sam")
    assert "Kim" in president.aliases and "president" in president.titles
    other = chain_named(chains, "Kim Dae-jung")
    assert other is not president and "Kim" not in other.aliases
    assert president.keys[0] == "per:kim young sam" and other.keys[0] == "per:kim dae jung"
    assert not set(president.keys) & set(other.keys)


def test_possessive_is_not_part_of_the_mention_and_honorifics_are_no_title(read):
    mentions, chains = read("Angela Merkel's government fell. Ms. Merkel's allies said Berlin would wait.")
    merkel = chain_named(chains, "Angela Merkel")
    assert [mentions[i].text for i in merkel.mentions] == ["Angela Merkel", "Merkel"]
    assert "Ms. Merkel" in merkel.aliases and merkel.titles == []


def test_country_names_and_acronyms_are_one_chain_and_demonyms_stay_norp(read):
    _, chains = read("The United States warned North Korea. America will respond, officials said, while "
                     "North Korean diplomats met the U.S. envoy and the DPRK stayed silent.")
    us = chain_named(chains, "United States")
    assert us.type == "GPE" and us.keys == ["gpe:US"] and "America" in us.aliases
    nk = chain_named(chains, "North Korea")
    assert nk.keys == ["gpe:KP"]
    norp = chain_named(chains, "North Korean")
    assert norp.type == "NORP" and not any(k.startswith("gpe:") for k in norp.keys)


def test_office_names_are_not_organisations(read):
    mentions, chains = read("Secretary of State Hillary Clinton arrived in Seoul on Friday.")
    assert all(m.text != "State" for m in mentions)
    assert "secretary of state" in chain_named(chains, "Hillary Clinton").titles


def test_apposition_gives_titles(read):
    _, chains = read("The plan will fail, said John Smith, a senior analyst at the Brookings Institution.")
    assert {"analyst", "senior analyst"} <= set(chain_named(chains, "John Smith").titles)


def test_acronym_in_brackets_joins_the_long_name(read):
    mentions, chains = read("The European Central Bank (ECB) raised rates on Thursday, and the ECB will act again.")
    ecb = chain_named(chains, "European Central Bank")
    assert [mentions[i].text for i in ecb.mentions] == ["European Central Bank", "ECB", "ECB"]
    assert "acr:ecb" in ecb.keys


def test_a_chain_with_a_full_personal_name_is_a_person_whatever_the_tags(read):
    mentions, chains = read("Mike Pence visited Ohio on Friday. Ben Carson and Pence later met in Columbus.")
    pence = chain_named(chains, "Mike Pence")
    assert len(pence.mentions) == 2
    assert pence.type == "PERSON" and all(mentions[i].type == "PERSON" for i in pence.mentions)


def test_pronouns_numbers_and_lower_case_words_are_not_mentions(read):
    mentions, _ = read("He said 42 of them came. We know it. The 1990s were hard for us.")
    assert mentions == []


def test_mentions_point_at_their_text_and_chains_index_them(read):
    text = "WASHINGTON -- The Pentagon said on Monday that General Mark Milley would visit Kabul. Milley left."
    mentions, chains = read(text)
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.chain is not None and mentions.index(m) in chains[m.chain].mentions
    assert sorted(i for c in chains for i in c.mentions) == list(range(len(mentions)))
    assert "general" in chain_named(chains, "Mark Milley").titles


def test_a_bare_name_the_tagger_missed_is_a_person_when_it_is_the_subject_of_a_reporting_verb(read):
    # the small model tags none of these names; the parse says each one speaks
    _, chains = read('The army relieved the colonel on Friday. "I have deemed it proper to relieve him," '
                     'said army chief Lieutenant General Hermogenes Esperon.')
    esperon = chain_named(chains, "Hermogenes Esperon")
    assert esperon.type == "PERSON" and "general" in " ".join(esperon.titles)
    _, chains = read("Pakistan's Deputy Minister for Information Tariq Azim told the BBC on Monday that the "
                     "remarks were false. Azim said the claim was an attempt to please some people.")
    azim = chain_named(chains, "Tariq Azim")
    assert azim.type == "PERSON" and len(azim.mentions) == 2


def test_a_name_the_tagger_cut_short_runs_on_to_the_subject_of_the_reporting_verb(read):
    _, chains = read('"The peace process will gain from it," labor ministry director general Yigal Ben- Shalom '
                     'told reporters.')
    assert [c.name for c in chains if c.type == "PERSON"] == ["Yigal Ben- Shalom"]


def test_descriptions_titles_and_pairs_before_a_reporting_verb_are_not_made_names(read):
    _, chains = read("Nineteen people were killed on Wednesday, said Deputy Director for Land Transport in the "
                     "region. Insurgency and violence have claimed many lives, the Ministry said. World No. 2 "
                     "Rafael Nadal said he was injured.")
    assert not [c for c in chains if c.type == "PERSON" and c.name in ("Director", "Insurgency", "Ministry", "No")]


def test_the_north_is_the_one_country_named_north_in_the_article(read):
    text = ("South Korea said North Korea had agreed to talks. Seoul has been locked in a bitter truce with the "
            "North since the war, and the North's leaders rarely meet officials from the South.")
    mentions, chains = read(text)
    north, south = chain_named(chains, "North Korea"), chain_named(chains, "South Korea")
    shorts = [m for m in mentions if m.text in ("North", "South")]
    assert len(shorts) == 3 and all(chains[m.chain] in (north, south) for m in shorts)
    assert [chains[m.chain].name for m in shorts] == ["North Korea", "North Korea", "South Korea"]
    assert "North" not in north.aliases and not any(k == "name:north" for k in north.keys)
    assert all(c.name not in ("North", "South") for c in chains)


def test_the_north_stays_a_region_without_one_country_named_after_it(read):
    _, chains = read("North Korea and North Macedonia sent envoys. Floods hit the North of the country again. "
                     "Voters in the American South backed the governor.")
    assert not any(c.name in ("North Korea", "North Macedonia") and "North" in c.aliases for c in chains)


def test_a_portfolio_before_minister_or_secretary_is_part_of_the_title_not_an_organisation(read):
    text = ("Li told visiting French Defense Minister Charles Million that relations were good. "
            "US Defense Secretary William Cohen flies in on Monday, and Egyptian Interior Minister Hassan al-Alfi "
            "said talks went well.")
    mentions, chains = read(text)
    assert not {"Defense", "Interior"} & {m.text for m in mentions}
    assert {"Charles Million", "William Cohen"} <= {c.name for c in chains}
    assert "french defense minister" in chain_named(chains, "Charles Million").titles


def test_a_body_before_a_title_that_names_its_portfolio_after_it_stays_a_body(read):
    text = ('"It was a good day," said Wasfi Kabha, the Hamas minister for prisoner affairs. '
            "The UN Secretary General met the State Department spokesman.")
    mentions, _ = read(text)
    assert {"Hamas", "UN", "State Department"} <= {m.text for m in mentions}


def test_a_chain_is_named_as_the_body_writes_it_not_as_its_dateline(read):
    _, chains = read("WASHINGTON -- The president signed the bill on Monday. Officials in Washington said "
                     "payments would begin in the spring.")
    place = chain_named(chains, "Washington")
    assert set(place.aliases) == {"WASHINGTON", "Washington"}
    assert all(c.name != "WASHINGTON" for c in chains)
