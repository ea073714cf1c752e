"""Short all-capitals forms read as a reader of the article reads them: initials of what the article names, a
country only when the article names the country too (or news writes it alone), and no clock time's zone.

Real AFP and Xinhua reports from ../shared/data/newswire-1997-1998.jsonl, read by the real model.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.resolve import chain_keys
from storyline.records import Chain, Mention
from tests.conftest import DATA

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"


@cache
def _texts() -> dict[str, str]:
    rows = (json.loads(line) for line in NEWSWIRE.read_text(encoding="utf-8").splitlines())
    return {row["id"]: row["text"] for row in rows}


@pytest.fixture
def report(nlp):
    def run(record_id: str) -> tuple[list[Mention], list[Chain]]:
        if not NEWSWIRE.exists():
            pytest.skip(f"real newswire not found at {NEWSWIRE} (../shared is absent in a fresh clone)")
        return find_entities(nlp(_texts()[record_id]))

    return run


def _chain_of(mentions: list[Mention], chains: list[Chain], text: str) -> Chain:
    found = [chains[m.chain] for m in mentions if m.text == text]
    assert found, f"no mention {text!r}"
    return found[0]


@pytest.mark.parametrize("record_id, acronym, owner", [
    ("AFP_ENG_19970412.0310", "IRA", "Irish Republican Army"),  # initials of the Islamic Republic of Afghanistan
    ("AFP_ENG_20061216.0379", "ISS", "International Space Station"),  # ... of the Independent State of Samoa
    ("XIN_ENG_20061128.0198", "SOE", None),  # state-owned enterprises; the State of Eritrea's initials
])
def test_a_country_s_initials_are_no_country_in_an_article_that_does_not_name_it(report, record_id, acronym, owner):
    mentions, chains = report(record_id)
    chain = _chain_of(mentions, chains, acronym)
    assert chain.type != "GPE" and not any(k.startswith("gpe:") for k in chain.keys)
    if owner:
        assert chain.name == owner


def test_an_alpha_code_tagged_a_place_is_the_body_the_article_names(report):
    mentions, chains = report("XIN_ENG_20061102.0289")  # "the AL" is the Arab League, not Albania
    assert {_chain_of(mentions, chains, "AL").name} == {"Arab League"}
    assert not any(c.name in ("AL", "Albania") for c in chains)


def test_a_country_s_initials_still_name_it_alone_when_news_writes_them_so_or_beside_its_name(read_text):
    _, chains = read_text("The UK and the UAE signed a pact with the US on Monday.")
    assert {k for c in chains for k in c.keys if k.startswith("gpe:")} == {"gpe:GB", "gpe:AE", "gpe:US"}
    _, chains = read_text("Afghanistan, officially the Islamic Republic of Afghanistan (IRA), held a vote. "
                          "The IRA government said turnout was high.")
    assert [c.keys for c in chains if "IRA" in c.aliases] == [["gpe:AF"]]


def test_chain_keys_give_initials_a_country_only_with_the_country_named_in_the_chain():
    assert chain_keys("ORG", ["IRA"]) == ["acr:ira"]
    assert chain_keys("GPE", ["SAR"]) == ["acr:sar"]
    assert chain_keys("GPE", ["Syria", "SAR"]) == ["gpe:SY"]
    assert chain_keys("GPE", ["UK"]) == ["gpe:GB"]


def test_the_zone_of_a_clock_time_is_no_organisation(report):
    mentions, chains = report("AFP_ENG_19970401.0541")  # "at 10:30 a.m. (0230 GMT)"
    assert "GMT" not in {m.text for m in mentions}
    assert "John Chan" in {c.name for c in chains}


@pytest.fixture
def read_text(nlp):
    return lambda text: find_entities(nlp(text))
