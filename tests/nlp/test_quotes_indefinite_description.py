"""An indefinite description ("an official spokesman", "a junior minister") brings someone new into the text: the
title and epithet searches never give it a person named before it, though a later sentence may still name him,
and a name it stands in apposition to is still its speaker (referents._unless_known; benchmarks/RESULTS.md, notes
on issue 9, branch desc48).  The record cases are from the dev newswire (../shared/data/newswire-1997-1998.jsonl);
the written sentences pin the three sides of the rule."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from tests.conftest import needs_shared
from tests.newswire import attributions


@needs_shared
@pytest.mark.parametrize("record, words", [
    # '"Iraq has for years rejected these imaginary lines ...," an official spokesman told AFP on Friday.' (Baghdad's
    # spokesman; given Kenneth Bacon, the Pentagon spokesman quoted before, on main; judged sample nwAI)
    ("AFP_ENG_19970425.0525", "Iraq has for years rejected th"),
    # 'A Palestinian security official told AFP that Hamas members tried to storm ... a training camp' (given Ahmed
    # Yussef, the Hamas spokesman quoted before)
    ("AFP_ENG_20061216.0460", "Hamas members tried to storm S"),
    # 'Santiago argued against carrying out the hanging ... "The application of the death penalty in such a swift
    # manner is contrary to our principles," a junior minister said Friday.' (Chile's; given Romano Prodi)
    ("AFP_ENG_20061229.0474", "The application of the death p"),
])
def test_an_indefinite_description_is_never_a_person_named_before_it(nlp, record: str, words: str) -> None:
    phrase, speaker, _body = attributions(nlp, record)[words]
    assert phrase is not None and phrase.split()[0].lower() in ("a", "an")
    assert speaker is None


def _speakers(nlp, text: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(text)
    mentions, chains = find_entities(doc)
    return [(q.speaker_text, chains[q.speaker_chain].name if q.speaker_chain is not None else None)
            for q in find_quotes(doc, mentions, chains)]


def test_an_indefinite_title_shared_with_a_minister_named_before_names_nobody(nlp) -> None:
    text = ('Finance Minister Paolo Rossi spoke in Rome. "Growth will return," a junior minister said in Madrid.')
    assert ("a junior minister", None) in _speakers(nlp, text)


def test_an_indefinite_description_a_later_sentence_names_keeps_that_name(nlp) -> None:
    """Newswire often says "a spokesman said" and names him a sentence on: that name came after, so it stands."""
    text = ("A government spokesman said the border would reopen on Friday. Spokesman Ali Karim told the radio "
            "the decision was final.")
    assert ("A government spokesman", "Ali Karim") in _speakers(nlp, text)


def test_an_indefinite_description_in_apposition_to_a_name_is_that_person(nlp) -> None:
    """The relative clause hangs on the description, which stands beside the name before it."""
    text = "Gerald Fox, a lawyer who says the law is unfair, filed the suit on Monday."
    assert ("a lawyer", "Gerald Fox") in _speakers(nlp, text)


def test_a_pronoun_after_an_indefinite_description_is_not_the_person_it_refused(nlp) -> None:
    """"he added" after "a spokesman for the ministry said" reads the same description back: it may not land on the
    spokesman named before that the quote itself was refused (review r48f: one unnamed speaker, two answers)."""
    text = ('Health Ministry spokesman Omar Haddad said on Monday that 40 people had been taken to hospital. By '
            'evening the toll had risen. "We expect more casualties overnight," a spokesman for the ministry said. '
            '"The hospitals are full," he added.')
    assert ("he", "Omar Haddad") not in _speakers(nlp, text)
