"""A bare acronym that spells who published the article (the record's source, the dateline's credit) is keyed
by the wire's full name too (``name:agence france presse``), so the store joins it to the agency written out and
keeps the publisher apart from bodies its letters also abbreviate.  The real
model; the body is the newswire's AFP_ENG_19970422.0669 ("a police source told AFP"), given the dateline an
AFP wire puts before it where the record has no source."""

from __future__ import annotations

import pytest

from storyline.nlp import annotate_doc
from storyline.records import Article

BODY = ("All hostage-takers were killed as security forces ended the 18-week- old hostage drama at the Japanese "
        "ambassador's residence Tuesday, a police source told AFP.")


def _afp_keys(nlp, article: Article) -> list[list[str]]:
    chains = annotate_doc(nlp(article.text), article).chains
    return [c.keys for c in chains if "AFP" in c.aliases]


@pytest.mark.parametrize("article", [
    Article(external_id="source", title="t", text=BODY, source="AFP"),
    Article(external_id="credit", title="t", text=f"LIMA, April 22 (AFP) - {BODY}", dateline="LIMA, April 22 (AFP)"),
], ids=["source", "dateline credit"])
def test_a_bare_acronym_that_spells_the_publisher_is_keyed_by_the_wires_full_name(nlp, article) -> None:
    keys = _afp_keys(nlp, article)
    assert keys and all("name:agence france presse" in k and "acr:afp" in k for k in keys)


def test_a_bare_acronym_of_another_publisher_keeps_its_letters_only(nlp) -> None:
    article = Article(external_id="xin", title="t", text=BODY, source="XIN")
    assert _afp_keys(nlp, article) == [["acr:afp"]]


def test_letters_two_wires_share_key_the_wire_by_its_letters_not_by_one_wires_name(nlp) -> None:
    """"CNA" is Taiwan's Central News Agency and Singapore's Channel NewsAsia: a record whose source says "CNA"
    cannot tell which, so its bare "CNA" is keyed by its letters, never as the Taiwanese agency (review r35i)."""
    text = "Singapore's prime minister said on Tuesday the economy would grow, he told CNA."
    chains = annotate_doc(nlp(text), Article(external_id="cna", title="t", text=text, source="CNA")).chains
    keys = [c.keys for c in chains if "CNA" in c.aliases]
    assert keys and all("name:cna" in k and not any("central news agency" in x for x in k) for k in keys)
