"""Within one article: which short forms of a name are that thing, and which of them may key it across articles.

Real dev ECB+ reports (odd topics), read as the benchmark reads them, by the real model.  9_1ecb writes "Section 7
of the Endangered Species Act" and then "the Endangered Species Act": the act, not its section.  31_12ecb's
tagger span "the Tar Heels and the Purple Aces" is two teams, and its later "Purple Aces" is one of them.
21_7ecb writes "Bloomington Sam's Club" and then "Sam's Club": that store there, whose short form must not key
it across articles (other reports' "Sam's Club" is the company or another store).
"""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.records import Chain, Mention
from tests.link.test_events_stories import ECB, _ecb_reader

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")


def _read(nlp, name: str) -> tuple[list[Mention], list[Chain]]:
    return find_entities(nlp(_ecb_reader()(ECB / name).text))


def _chains_of(found: tuple[list[Mention], list[Chain]], text: str) -> list[Chain]:
    mentions, chains = found
    return [chains[m.chain] for m in mentions if m.text == text]


@pytest.mark.parametrize(("name", "whole", "end"), [
    ("9/9_1ecb.xml", "Section 7 of the Endangered Species Act", "Endangered Species Act"),
    ("31/31_12ecb.xml", "Tar Heels and the Purple Aces", "Purple Aces"),
])
def test_the_end_of_a_name_after_a_preposition_is_not_chained_to_the_whole_name(nlp, name, whole, end) -> None:
    found = _read(nlp, name)
    (chain,) = _chains_of(found, whole)
    later = _chains_of(found, end)
    assert later and all(c is not chain for c in later)


def test_a_place_before_a_name_keeps_its_short_form_out_of_the_keys_and_names_the_chain(nlp) -> None:
    found = _read(nlp, "21/21_7ecb.xml")
    (chain,) = _chains_of(found, "Bloomington Sam's Club")
    assert chain.name == "Bloomington Sam's Club" and "Sam's Club" in chain.aliases
    assert "name:sams club" not in chain.keys and "sub:sams club" in chain.keys
