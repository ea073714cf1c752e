"""A relative 'who' stands for a person: after a title that ends with a place or body ('an expert at Yale
University, who said'), the title's holder.  The real model and chains, sentences written for the test."""

from __future__ import annotations


def test_who_after_a_title_ending_in_a_university_is_the_titles_holder(direct_speakers) -> None:
    text = ('A different view came from Ann Kessler, a labour economist at Yale University, who stated, '
            '"Strikes rarely end in a week."')
    assert [who for _, who in direct_speakers(text)] == ["Ann Kessler"]


def test_who_right_after_a_body_stays_the_body(attributions) -> None:
    """'the campaign against the rebels who accuse ...': no person noun over the body, so 'who' is the rebels
    (unchanged)."""
    text = ('The army pressed on with its campaign against the Tamil Tigers who said that "the war will go on '
            'for years".')
    assert [who for q, who in attributions(text) if q.kind != "indirect"] == ["Tamil Tigers"]
