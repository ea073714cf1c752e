"""A quote mark glued to the word before it and followed by an ellipsis opens a quote cut at its start
('said in a statement that"... costs remain high'): an ellipsis after a mark is no sign of a close the way a
full stop is.  The real model and chains, sentences written for the test."""

from __future__ import annotations

from storyline.nlp.quotes.spans import find_spans


def test_a_glued_mark_before_an_ellipsis_opens_a_quote() -> None:
    text = 'The mayor said in a letter that"... the bridge stays shut until spring." Work starts in May.'
    assert [s.text for s in find_spans(text)] == ["... the bridge stays shut until spring."]


def test_a_quote_after_a_glued_mark_and_an_ellipsis_is_the_teller_s(direct_speakers) -> None:
    text = ('The city\'s mayor, Anna Berg, said in a letter that"...] the bridge stays shut until spring. '
            'We are sorry for the delay." Work starts in May.')
    assert direct_speakers(text) == [("The city's mayor", "Anna Berg")]


def test_a_mark_closing_before_a_full_stop_still_closes() -> None:
    """'He called it "useful". "We meet again," she said.' (unchanged)."""
    assert [s.text for s in find_spans('He called it "useful". "We meet again," she said.')] == [
        "useful", "We meet again,"]
