"""A whole quote after a dash that ends a clause with a reporting verb is introduced by it, as after a colon:
the words are that clause's subject's.  The real model and chains, sentences written for the test."""

from __future__ import annotations


def test_a_quote_after_a_dash_ending_a_judges_finding_is_the_judges(direct_speakers) -> None:
    text = ('Judge Mary Stone agreed with the defence that, while the deal is signed, the contract it makes is '
            'not-"I find no binding agreement between the parties."')
    assert direct_speakers(text) == [("Judge Mary Stone", "Mary Stone")]


def test_a_quote_after_a_dash_past_an_aside_is_the_teller_s(direct_speakers) -> None:
    text = ('Prosecutor Tom Berg told reporters after the hearing -- where the defence said she was "in good '
            'health" -- "She is on a flight to Miami right now."')
    assert direct_speakers(text) == [("Prosecutor Tom Berg", "Tom Berg")]


def test_a_title_after_a_dash_ending_a_clause_that_reports_nothing_has_no_speaker(direct_speakers) -> None:
    """'The minister arrived ... whose theme this year is peace -- "Building Bridges: One World."' is a title
    (unchanged)."""
    text = ('The minister arrived in Oslo for the summit, whose theme this year is peace -- "Building Bridges: '
            'One World."')
    assert direct_speakers(text) == [(None, None)]
