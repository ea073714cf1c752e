"""Who speaks in news whose paragraph breaks were lost (a text rebuilt from tokens, as the ECB+ texts are, or
a page joined into one block), and in a reporting clause the parser split.  The real model and chains,
sentences written for the test."""

from __future__ import annotations

from storyline.nlp.quotes import find_spans


def test_a_quote_reopened_without_closing_goes_on_with_the_same_speaker(direct_speakers) -> None:
    """The news convention opens each paragraph of a long quote and closes only the last; with the breaks lost,
    the new opening mark comes mid-text after a sentence end.  The quote runs to it and the next piece is the
    same speaker's."""
    text = ("Marcus Bell, a former captain, was honoured before the game on Saturday. "
            "“It is a privilege to be here,” Bell said. "
            "“I grew up watching this team play every week. I never missed a game. "
            "“The only thing I wanted was to wear this shirt one day. I think that is what every kid wants.” "
            "The crowd stood and cheered.")
    assert len({who for _, who in direct_speakers(text)} - {None}) == 1 and len(direct_speakers(text)) == 3


def test_a_reopened_quote_runs_to_the_new_mark() -> None:
    """The open quote keeps its second sentence, and both pieces share a group."""
    text = "“I grew up here. I never left. “The town is my home.” The mayor smiled."
    spans = find_spans(text)
    assert [s.text for s in spans] == ["I grew up here. I never left.", "The town is my home."]
    assert spans[0].group == spans[1].group


def test_a_person_described_after_the_cue_speaks_when_the_quote_goes_on(direct_speakers) -> None:
    """'said one young man, a helmet covering his hair, "is that ..."': the parser hangs the phrase under the
    quote's second piece, but in the inverted order after a quote the phrase is who speaks."""
    text = ("Young men gathered outside the university again on Tuesday. “What I feel when I see this,” said one "
            "young man, a hard plastic helmet covering his curly brown hair, “is that I am loving my city more "
            "than ever.”")
    assert [phrase for phrase, _ in direct_speakers(text)][0] == "one young man"


def test_a_noun_described_as_a_quote_is_not_its_speaker(attributions) -> None:
    """'a climber, described as "lacking experience", dies': the participle describes its noun; whoever
    described him is not named, so nobody is given (not the climber, not a nationality beside him)."""
    text = "A 32-year-old British climber, described as \"lacking experience\", died after a fall in New Zealand."
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [(None, None)]


def test_the_star_is_the_person_named_before(attributions) -> None:
    """'the star said' in a feature about an actress: an occupation word for the one person named, in lower
    case (capitalised, 'The Star' is a newspaper's name)."""
    text = ("Tara Reid has checked herself into a treatment centre in Malibu. "
            "Earlier this year, the star said she had become a \"social drinker.\"")
    assert [who for _, who in attributions(text)] == ["Tara Reid"]


def test_the_one_described_as_is_not_the_speaker(attributions) -> None:
    """'describing the former star as a "class act"': the object is who is described; the subject speaks."""
    text = ("Team president Ed Stefanski said he met with Cheeks, describing the former 76er star as a "
            "\"gentleman throughout\" and a \"class act.\"")
    assert {(q.speaker_text, who) for q, who in attributions(text)} == {("Team president Ed Stefanski", "Ed Stefanski")}
