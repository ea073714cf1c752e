"""A bare acronym its article spells out in words the tagger took for no name is keyed by those words too.  The
real model on real newswire reports (../shared/data/newswire-1997-1998.jsonl)."""

from __future__ import annotations

import pytest

from storyline.nlp import annotate_doc
from storyline.records import Article
from tests.conftest import needs_shared
from tests.newswire import newswire_reports

pytestmark = needs_shared


@pytest.mark.parametrize("ext, acronym, words", [
    ("AFP_ENG_19970417.0455", "BSE", "bovine spongiform encephalopathy"),
    ("XIN_ENG_20061116.0130", "CI", "composite index"),
    ("XIN_ENG_20051114.0321", "NEC", "national executive committee"),
])
def test_a_bare_acronym_spelled_out_before_its_brackets_is_keyed_by_those_words(nlp, ext, acronym, words) -> None:
    (article,) = newswire_reports({ext}).values()
    chains = annotate_doc(nlp(article.text), article).chains
    (keys,) = [c.keys for c in chains if acronym in c.aliases]
    assert f"acr:{acronym.lower()}" in keys and f"name:{words}" in keys


def test_a_name_the_tagger_wrote_out_keeps_its_own_keys(nlp) -> None:
    (article,) = newswire_reports({"AFP_ENG_19970405.0039"}).values()
    chains = annotate_doc(nlp(article.text), article).chains
    (keys,) = [c.keys for c in chains if "BSE" in c.aliases]
    assert "name:bombay stock exchange" in keys and "acr:bse" in keys


@pytest.mark.parametrize("before, letters, words", [
    ("officials of the St. Lawrence Seaway Development Corporation (", "SLSDC",
     "St. Lawrence Seaway Development Corporation"),
    ("rangers of the Mt. Elgon Forest Reserve (", "MEFR", "Mt. Elgon Forest Reserve"),
])
def test_the_full_stop_of_a_word_names_write_short_ends_no_definition(before, letters, words) -> None:
    """"St." and "Mt." are no sentence ends: the words before them belong to the name (review r35i)."""
    from storyline.nlp.definitions import defined

    assert defined(before, letters) == words


def _article(text: str) -> Article:
    return Article(external_id="campus", title="Study", text=text)


def test_a_wire_credit_opening_the_text_spells_out_no_place_though_no_dateline_was_read(nlp) -> None:
    """Across its comma "ASUNCION, Paraguay" spells "AP": a dateline's place and its credit, even when the
    reader found no dateline, define nothing (no name is spelled out across a comma)."""
    article = _article("ASUNCION, Paraguay (AP) -- Paraguay's president said on Tuesday that the talks with Brazil"
                       " would resume next week.")
    chains = annotate_doc(nlp(article.text), article).chains
    assert not [c for c in chains if "name:asuncion paraguay" in c.keys]
