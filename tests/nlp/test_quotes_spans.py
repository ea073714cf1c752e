"""Quote spans from text alone: marks, paragraphs, stray marks, partial and scare quotes."""

from __future__ import annotations

from storyline.nlp.quotes.spans import MAX_UNCLOSED, find_spans


def texts(text: str) -> list[str]:
    return [s.text for s in find_spans(text)]


def test_straight_and_curly_marks_both_open_and_close_quotes() -> None:
    assert texts('She said "yes." He said \u201cno.\u201d') == ["yes.", "no."]


def test_offsets_are_those_of_the_text_inside_the_marks() -> None:
    text = 'The coach said: "We lost."'
    span = find_spans(text)[0]
    assert text[span.start:span.end] == "We lost."
    assert text[span.open_at] == '"'


def test_a_quote_of_several_sentences_is_one_quote() -> None:
    assert texts('"We lost. We will be back next year," the coach said.') == [
        "We lost. We will be back next year,"]


def test_an_unclosed_paragraph_opening_quote_continues_when_the_next_paragraph_opens_with_a_mark() -> None:
    spans = find_spans('"The first paragraph of the statement.\n\n"The second paragraph," she said.')
    assert [s.text for s in spans] == ["The first paragraph of the statement.", "The second paragraph,"]
    assert spans[0].group == spans[1].group
    assert not spans[0].closed


def test_an_unclosed_quote_never_runs_into_a_narrative_paragraph() -> None:
    spans = find_spans('"An unclosed opening paragraph.\n\nThe next paragraph is plain narrative about the vote.')
    assert [s.text for s in spans] == ["An unclosed opening paragraph."]


def test_a_stray_closing_mark_does_not_open_a_quote_that_swallows_the_next_paragraph() -> None:
    text = ('"We accept," the union wrote, referring to the offer made last month."\n\n'
            'The minister was not available for comment on Friday.\n\n"It is a good day," the mayor said.')
    assert texts(text) == ["We accept,", "It is a good day,"]


def test_a_phrase_in_running_text_is_a_partial_quote() -> None:
    spans = find_spans('The group accused the firm of "reckless conduct" in its filing.')
    assert [(s.text, s.partial) for s in spans] == [("reckless conduct", True)]


def test_a_scare_quoted_term_is_a_partial_quote() -> None:
    spans = find_spans('The talks were "useful," he said. "We will meet again," she added.')
    assert [(s.text, s.partial) for s in spans] == [("useful,", True), ("We will meet again,", False)]


def test_apostrophes_are_not_quote_marks() -> None:
    assert texts("The workers' union said it won't strike before the '90s contracts end.") == []


def test_single_marks_quote_a_short_phrase() -> None:
    assert texts("The ministry denounced 'provocative acts' by the navy.") == ["provocative acts"]


def test_an_unclosed_quote_inside_a_long_paragraph_ends_at_a_sentence_end() -> None:
    tail = " ".join(["The council met again on Tuesday to discuss the budget."] * 30)
    spans = find_spans(f'The mayor called the plan "a good start. {tail}')
    assert len(spans) == 1 and spans[0].text == "a good start."
    long_open = find_spans(f'"{tail}')
    assert len(long_open[0].text) <= MAX_UNCLOSED


def test_a_new_opening_mark_ends_an_unclosed_quote() -> None:
    text = '"It spread to the roof quickly. "We kept it from the store," he said.'
    assert texts(text) == ["It spread to the roof quickly.", "We kept it from the store,"]


def test_an_opening_glyph_after_a_comma_inside_an_open_quote_closes_it() -> None:
    text = "\u201cWe will fight on, \u201csaid the coach. \u201cWe always do.\u201d"
    assert texts(text) == ["We will fight on,", "We always do."]


def test_a_title_cased_name_in_prose_is_a_title_not_a_quote() -> None:
    assert texts('She starred in "The Long Road Home" and two other films.') == []


def test_a_clear_sentence_ends_at_a_quote_closing_a_sentence_or_a_blank_line() -> None:
    from storyline.nlp.quotes.spans import ClearEnds

    text = 'He said it "should stay." Lavrov disagreed.\n\nIn U.S. talks, Smith said no.'
    ends = ClearEnds.of(text)
    assert text[slice(*ends.around(5))] == 'He said it "should stay.'
    assert text[slice(*ends.around(30))] == "Lavrov disagreed."
    assert text[slice(*ends.around(len(text) - 3))] == "In U.S. talks, Smith said no."  # not at 'U.S. T'
