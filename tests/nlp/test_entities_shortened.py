"""Within one article: which ends and short forms of a name are that thing, and which of them key it across articles.

Real dev ECB+ reports (odd topics), read as the benchmark reads them, by the real model.  9_1ecb writes "Section 7
of the Endangered Species Act" and then "the Endangered Species Act": the act, not its section.  31_12ecb's
tagger span "the Tar Heels and the Purple Aces" is two teams, and its later "Purple Aces" is one of them.  The
reviewer's US news sentences (r34d) pin down what must stay one thing: a department's name after "of" without
"the" ("Homeland Security" of "the Department of Homeland Security"), a court or team after its country or city.
"""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.records import Chain, Mention
from tests.conftest import DATA, benchmark

ECB = DATA / "ecbplus"
needs_ecb = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")


def _chains_of(found: tuple[list[Mention], list[Chain]], text: str) -> list[Chain]:
    mentions, chains = found
    return [chains[m.chain] for m in mentions if m.text == text]


@needs_ecb
@pytest.mark.parametrize(("name", "whole", "end"), [
    ("9/9_1ecb.xml", "Section 7 of the Endangered Species Act", "Endangered Species Act"),
    ("31/31_12ecb.xml", "Tar Heels and the Purple Aces", "Purple Aces"),
])
def test_the_end_of_a_name_after_a_preposition_and_the_is_not_chained_to_the_whole_name(nlp, name, whole,
                                                                                        end) -> None:
    found = find_entities(nlp(benchmark("ecb_events").read_ecb_file(ECB / name).text))
    (chain,) = _chains_of(found, whole)
    later = _chains_of(found, end)
    assert later and all(c is not chain for c in later)


@pytest.mark.parametrize(("text", "whole", "end"), [
    ("The Department of Homeland Security said on Monday it would tighten rules. Homeland Security officials "
     "declined to comment.", "Department of Homeland Security", "Homeland Security"),
    ("The Department of Veterans Affairs admitted the delays. A Veterans Affairs spokesman said the backlog was "
     "falling.", "Department of Veterans Affairs", "Veterans Affairs"),
])
def test_a_departments_own_words_after_of_are_chained_to_the_department(nlp, text, whole, end) -> None:
    found = find_entities(nlp(text))
    (chain,) = _chains_of(found, whole)
    assert _chains_of(found, end) == [chain]


def test_a_place_is_not_chained_to_the_end_of_a_name_after_of(nlp) -> None:
    found = find_entities(nlp("He studied at the University of Southern California. Southern California has had "
                              "a drought."))
    (university,) = _chains_of(found, "University of Southern California")
    (place,) = _chains_of(found, "Southern California")
    assert place is not university and place.type in ("GPE", "LOC")


@pytest.mark.parametrize(("text", "whole", "short"), [
    ("The U.S. Supreme Court agreed on Monday to hear the case. The Supreme Court will rule by June.",
     "U.S. Supreme Court", "Supreme Court"),
    ("The US Federal Reserve raised interest rates on Wednesday. The Federal Reserve said inflation was too high.",
     "US Federal Reserve", "Federal Reserve"),
    ("The Boston Red Sox beat the Yankees 5-3 on Tuesday in Boston. The Red Sox have won six straight games at "
     "Fenway Park.", "Boston Red Sox", "Red Sox"),
    ("The Roman Catholic Church named a new bishop on Sunday. The Catholic Church said the appointment was final.",
     "Roman Catholic Church", "Catholic Church"),
])
def test_a_place_or_people_before_a_name_keeps_its_short_form_a_key_of_the_one_thing(nlp, text, whole,
                                                                                     short) -> None:
    found = find_entities(nlp(text))
    (chain,) = _chains_of(found, whole)
    assert _chains_of(found, short) == [chain]
    assert not any(k.startswith("sub:") for k in chain.keys)


def test_an_editions_short_form_is_chained_but_keyed_for_the_article_only(nlp) -> None:
    found = find_entities(nlp("Germany hosts the 2006 World Cup. The World Cup starts on June 9."))
    (chain,) = _chains_of(found, "2006 World Cup")
    assert _chains_of(found, "World Cup") == [chain] and chain.name == "2006 World Cup"
    assert "sub:world cup" in chain.keys and "name:world cup" not in chain.keys
