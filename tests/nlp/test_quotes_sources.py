"""Who speaks through a document and a passive report: the agent of "a statement issued by X", "a press
release of X", the document an 'it said' continues, "X was cited ... as saying", and a quote mark glued to
the cue after it.  The real model and chains, sentences written for the test."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes


@pytest.mark.parametrize("text, author", [
    ('The two navies will hold a joint rescue drill next week off the coast.\n\n'
     '"These exercises will help build trust between the two militaries," said a statement issued by the '
     'Indian Defense Ministry.', "Indian Defense Ministry"),
    ("According to a statement released by Dutch oil company Shell, six of its workers were taken hostage.\n\n"
     'The nationalities of the hostages were not known, the statement added, adding that "the rest of the '
     'crew are in good health."', "Shell"),
    ("Soldiers killed two suspected rebels in the south, a press release of the Afghan Defense Ministry said "
     'Tuesday.\n\n"Personnel of the army killed one rebel and arrested four others," the press release added.',
     "Afghan Defense Ministry"),
    ("A media release issued by lawyer Ann Smith on behalf of Senator Tom Baker said the inquiry was not "
     'complete.\n\n"We accept that the police must be allowed to complete their work," the statement said.',
     "Tom Baker"),
])
def test_a_document_is_its_named_authors(direct_speakers, text: str, author: str) -> None:
    assert direct_speakers(text)[0][1] == author


def test_it_after_a_document_with_no_named_author_is_nobody(direct_speakers) -> None:
    """The subjects of what a press release reports are its news, not its author, so neither the release
    nor the 'it' that continues it is the army named inside its report."""
    text = ("Afghan and the U.S.-led coalition forces killed two suspected militants and arrested another in "
            "Afghanistan's eastern Paktia province, a coalition press release said Thursday.\n\n"
            '"Two armed men were killed and another detained during an operation near the town," it said. '
            "They were hiding in a compound, it added.")
    assert [who for _, who in direct_speakers(text)] == [None]


def test_a_passive_report_as_saying_is_its_subjects(direct_speakers) -> None:
    text = ('"We must learn a lesson and make timely corrections," Deputy Minister Liu Yongfu was cited in the '
            "People's Daily as saying.")
    assert direct_speakers(text)[0][1] == "Liu Yongfu"


def test_a_mark_glued_to_the_cue_still_closes_the_quote(direct_speakers) -> None:
    text = ("Six victims of the blast left hospital on Tuesday.\n\n"
            '"I am so scared. I will never do this job again."said Zhou Minghua, a hospitalized miner.')
    assert direct_speakers(text) == [("Zhou Minghua", "Zhou Minghua")]


@pytest.fixture
def partial_speakers(nlp):
    """text -> [(quoted words, speaker chain name or None)] of its mixed attributions' quoted parts."""

    def run(text: str) -> list[tuple[str, str | None]]:
        doc = nlp(text)
        mentions, chains = find_entities(doc)
        return [(text[q.start:q.end], chains[q.speaker_chain].name if q.speaker_chain is not None else None)
                for q in find_quotes(doc, mentions, chains) if q.kind == "mixed"]

    return run


def test_a_participle_after_a_reported_clause_is_the_reporters(partial_speakers) -> None:
    """ "X noted that A, adding that B": the parser hangs 'adding' on A's verb, whose subject (relations)
    adds nothing; the inverted order ("..., telling them ..., witnesses said") keeps the clause's own subject."""
    text = ('Foreign Minister Ana Ruiz noted that relations between the two countries have been growing "smoothly" '
            'for decades, adding that they have built "stronger" trust with expanding trade.')
    assert {who for _, who in partial_speakers(text)} == {"Ana Ruiz"}


def test_a_name_before_a_description_set_off_by_commas_is_the_cues_subject(direct_speakers) -> None:
    """The parser may hang the name on a verb inside the quote; the description after it is in apposition,
    so the cue after the description is the name's.  A clause ("..., but explained") is no description."""
    texts = ['"We pin greatest hope on our swimmers and boxers," Pham Van Duc, head of the country\'s ASEAN Para '
             "Games delegation, told Xinhua.",
             '"We pin our hopes on the swimmers," Somchai Wongsawat, chief of the country\'s Asian Games delegation, '
             "told Xinhua recently."]
    assert [direct_speakers(text)[0][1] for text in texts] == ["Pham Van Duc", "Somchai Wongsawat"]


def test_a_clause_after_a_comma_is_no_description_of_the_name_before_it(nlp) -> None:
    text = ("Prime Minister John Howard refused for weeks to drop Mal Colston, but explained Smith's new statement "
            'changed "the basis on which the matter had been seen previously."')
    doc = nlp(text)
    mentions, chains = find_entities(doc)
    assert {chains[q.speaker_chain].name for q in find_quotes(doc, mentions, chains)
            if q.speaker_chain is not None} == {"John Howard"}


def test_the_government_is_no_body_named_for_another_kind(direct_speakers) -> None:
    """ "the government" refers back to a state or an organisation, but not to one whose name says it is
    another kind of body (a party, an office, a board)."""
    text = ("Polls closed on Sunday in Yemen's second parliamentary elections.\n\n"
            "The south was formerly ruled by the Yemeni Socialist Party, which boycotted the elections.\n\n"
            '"Voters were not deterred by the violence and turned out in force," the government said.')
    assert direct_speakers(text) == [("the government", "Yemen")]
