"""A company's legal form the tagger made a name of its own right after the name ("Chrysler" + "LLC") is the
end of that name, so a report speaks for the company, not for "LLC".  The real model, sentences written for
the test."""

from __future__ import annotations

from storyline.nlp.entities import find_entities


def test_a_legal_form_tagged_apart_joins_the_name_before_it(nlp) -> None:
    _, chains = find_entities(nlp('American automobile maker Chrysler LLC has said that it wants to close 700 '
                                  'of its dealers.'))
    assert [c.name for c in chains if c.type == "ORG"] == ["Chrysler LLC"]


def test_a_report_by_a_company_with_its_legal_form_is_the_company_s(attributions) -> None:
    text = 'American automobile maker Chrysler LLC has said that it wants to close 700 of its dealers.'
    assert [(q.kind, who) for q, who in attributions(text)] == [("indirect", "Chrysler LLC")]


def test_a_legal_form_the_tagger_kept_in_the_name_stays_so(nlp) -> None:
    """(unchanged)"""
    _, chains = find_entities(nlp("German engineering manufacturer Siemens AG said it would cut 30 plants."))
    assert [c.name for c in chains if c.type == "ORG"] == ["Siemens AG"]
