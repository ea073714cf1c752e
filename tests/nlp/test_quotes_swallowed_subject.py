"""A reporting verb left without a subject after a phrase that swallowed the name before it ("and in a reaction
to the news European Commissioner for Competition Margit Kroesen said", the name the object of 'for') is that
name's: it is a person's (the first word after 'for' is the title's), and the words are not the subject's of
the verb before 'and'.  The real model and chains, sentences written for the test."""

from __future__ import annotations

from storyline.nlp.entities import find_entities

SWALLOWED = ('The European Commission welcomed the firm\'s announcement and in a reaction to the news European '
             'Commissioner for Competition Margit Kroesen said "the Commission is very much in favour of open '
             'markets."')


def test_a_name_swallowed_before_a_reporting_verb_is_a_person(nlp) -> None:
    _, chains = find_entities(nlp(SWALLOWED))
    assert [c.name for c in chains if c.type == "PERSON"] == ["Margit Kroesen"]


def test_a_quote_after_a_swallowed_name_is_that_person_s(direct_speakers) -> None:
    """Before, the quote went to the European Commission, the subject of 'welcomed'."""
    assert [who for _, who in direct_speakers(SWALLOWED)] == ["Margit Kroesen"]


def test_a_place_before_a_reporting_verb_makes_no_person(nlp) -> None:
    """'military sources in Rome said': Rome is a place the tagger typed (unchanged)."""
    _, chains = find_entities(nlp('The army left the port and military sources in Rome said "we are ready."'))
    assert [c.name for c in chains if c.type == "PERSON"] == []


def test_the_end_of_a_hyphenated_name_makes_no_person_of_its_own(attributions) -> None:
    """'..., Tshabalala-Msimang said': 'Msimang' ends a name the tagger cut at the hyphen; it stays with it."""
    text = ('South African Health Minister Manto Tshabalala-Msimang confirmed that a committee had been set up. '
            'After a meeting of the SADC health ministers in Johannesburg, Tshabalala-Msimang said people in the '
            'region should have flu vaccinations.')
    assert [who for _, who in attributions(text)] == ["Manto Tshabalala", "Manto Tshabalala"]
