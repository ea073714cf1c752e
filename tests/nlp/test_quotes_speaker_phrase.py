"""A partial quote inside the cue's own subject phrase describes the speaker ('an official "with direct knowledge
of the talks" claimed'): it is not what the speaker says.  The real model and chains, sentences written for the
test."""

from __future__ import annotations


def test_a_quote_describing_the_speaker_is_no_quote_of_the_speaker(terms_and_reports) -> None:
    text = ('Mayor Lena Ortiz, head of the "clean streets committee" of the city council, told reporters that '
            'the budget would grow.')
    assert terms_and_reports(text) == (["clean streets committee"], [("indirect", "Lena Ortiz")])


def test_a_quote_describing_an_unnamed_source_is_not_the_sources_words(attributions) -> None:
    """'An anonymous aide "with direct knowledge of the talks" claimed ...': the marks quote someone's words for
    the aide, not the aide's; nobody named says them."""
    text = 'An anonymous aide "with direct knowledge of the talks" claimed that the minister had been forced out.'
    assert [(q.kind, q.speaker_text) for q, _ in attributions(text) if q.kind != "indirect"] == [("scare", None)]


def test_a_quote_describing_a_source_stays_the_reports_it_is_according_to(attributions) -> None:
    """'According to the Daily Ledger, an official "with direct knowledge of the talks" claimed that ...': the
    report and the words are the paper's (unchanged)."""
    text = ('According to the Daily Ledger, an official "with direct knowledge of the talks" claimed that the '
            'minister had been forced out over the budget.')
    assert {who for _, who in attributions(text)} == {"Daily Ledger"}


def test_a_quote_after_a_clause_of_the_subjects_own_keeps_the_subject(attributions) -> None:
    """'Norway, which first proposed the idea of "green ports" in May, repeated ...': a clause of its own
    between, the words may be the subject's own (unchanged)."""
    text = ('Norway, which first proposed the idea of "green ports for all ships" in May, repeated its call '
            'for a treaty.')
    assert [who for q, who in attributions(text) if q.kind == "direct"] == ["Norway"]
