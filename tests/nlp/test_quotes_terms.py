"""Terms set in quote marks that name a kind of thing are not speech: no speaker, and a report around them stays
indirect.  The real model and chains, sentences written for the test."""

from __future__ import annotations


def test_a_quoted_noun_compound_before_its_noun_is_a_term_with_no_speaker(attributions) -> None:
    """'announced the formation of a "unity reform" cabinet': the marks name the cabinet's kind; the one who
    announced it is not said to have spoken the words."""
    text = "Prime Minister Ana Ruiz on Monday announced the formation of a \"unity reform\" cabinet of nine members."
    assert [(q.kind, q.speaker_text, who) for q, who in attributions(text)] == [("scare", None, None)]


def test_a_report_whose_only_quote_is_a_term_is_indirect(attributions) -> None:
    """'The two countries will sign a "free skies" treaty ..., the minister said': the minister's report is
    indirect speech; the term in it is no quote of his."""
    text = ("The two countries will sign a \"free skies\" treaty opening their airports to each other in May, "
            "Transport Minister Paul Kemp said on Tuesday.")
    found = [(q.kind, q.text, who) for q, who in attributions(text)]
    assert ("scare", "free skies", None) in found
    assert [(kind, who) for kind, _, who in found if kind != "scare"] == [("indirect", "Paul Kemp")]


def test_a_quoted_word_before_a_noun_stays_the_speakers_word(attributions) -> None:
    """A single quoted word or an adjective before a noun ('warned against any "hasty" moves') is often the
    speaker's own judgement: it keeps the speaker (unchanged)."""
    text = "Foreign Minister Clara Holt warned against any \"hasty\" moves to pull the troops out."
    assert [(q.speaker_text, who) for q, who in attributions(text) if q.kind != "indirect"] == \
        [("Foreign Minister Clara Holt", "Clara Holt")]
