"""Dev newswire quotes (../shared/data/newswire-1997-1998.jsonl) whose speaker is a document, each read in the diff of
every newswire quote against main (benchmarks/RESULTS.md, notes on issue 9, branch desc40): a document owned or
sent by a description ("the commission said in a statement") is that description's body; a report someone
presented is theirs; several reports are not one message of another kind named before; and a subject the parser
hung on a fronted "In a statement received by X," still authors the statement."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from tests.newswire import attributions as _said


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # '..., the commission said in a statement. ... , the statement said' with the South African Human Rights
    # Commission named first (was: D.P. Sass, named in between)
    ("AFP_ENG_19970423.0361", "In a similar case, a Cape Town",
     ("the statement", "South African Human Rights Commission")),
    # 'The Iraqi branch of Al-Qaeda ... "...," the group said in a statement ... "...," reads the statement'
    # (was: nobody)
    ("AFP_ENG_20051217.0257", "Their armed forces (of the Ira", ("the statement", "Al-Qaeda")),
    # '..., the Treasury Department said ... , said the department in a statement. The discussions ..., the
    # statement said' (was: nobody)
    ("XIN_ENG_20061128.0429", "The discussions, which will ta", ("the statement", "Treasury Department")),
    # 'The World Bank's annual study ... The report released in Nairobi Thursday said ...' (was: Africa)
    ("XIN_ENG_20061102.0212", "many African countries, includ", ("The report", "World Bank")),
])
def test_a_document_owned_or_sent_by_a_description_speaks_for_the_body_it_describes(
        nlp, record: str, words: str, said: tuple) -> None:
    assert _said(nlp, record)[words][:2] == said


@needs_shared
def test_a_state_body_owning_a_document_is_not_the_organisation_named_last(nlp) -> None:
    # 'The Italian government said ... flag carrier Alitalia ... But a government statement said: "..."': the
    # state's statement, never the airline's (a first draft of the change above gave it to Alitalia)
    said = _said(nlp, "AFP_ENG_20061201.0410")
    assert said["The decision was taken in acco"][1] == "Italy"
    statements = [said[w] for w in said if w.startswith(("the sale would be carried out", "The sale represents"))]
    assert len(statements) == 2 and all(spk != "Alitalia" for _, spk, _ in statements)


@needs_shared
def test_several_reports_are_not_the_one_message_of_another_kind_named_before(nlp) -> None:
    # '"...," writes the cited letter [of the Romanian Press Club]. ... , according to reports by Romanian media'
    # (was: the Press Club, author of the letter)
    assert _said(nlp, "XIN_ENG_20061106.0193")["after the two countries join t"][:2] == ("reports", None)


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # 'Chief of the IAEA Mohamed ElBaradei presented a report on Friday ... "...," the report said' (was: Iran)
    ("XIN_ENG_20051118.0333", "Iran's full transparency is in", ("the report", "Mohamed ElBaradei")),
    # '... a report presented to it by federal police commissioner Workineh Gebeyehu. The police report said the
    # recent riotings were "well-organized"' (was: nobody)
    ("XIN_ENG_20051114.0302", "the recent riotings were \"well", ("The police report", "Workineh Gebeyehu")),
])
def test_a_report_someone_presented_is_theirs(nlp, record: str, words: str, said: tuple) -> None:
    assert _said(nlp, record)[words][:2] == said


@needs_shared
def test_a_subject_the_parser_hung_on_a_fronted_phrase_still_authors_the_statement(nlp) -> None:
    # 'In a statement received by Xinhua, the African Union Mission in Sudan (AMIS) said ...': 'Mission' parsed an
    # apposition of 'Xinhua', 'said' left with no subject; '"...," the statement stressed' (was: nobody)
    said = _said(nlp, "XIN_ENG_20061123.0253")
    assert said["Such actions constitute flagra"][:2] == ("the statement", "African Union Mission")


def test_the_spokesman_for_a_title_is_the_spokesman_the_article_named_not_nobody(attributions) -> None:
    """(review r40c) A description as an office's owner made "the spokesman for the prime minister" an unnamed
    worker of an office, and the title search that finds "said spokesman Tom Kelly" never ran."""
    text = ('Britain will present new proposals, said spokesman Tom Kelly. Prime Minister Tony Blair met Jacques '
            'Chirac on Friday. "The important thing is to get a deal," the spokesman for the prime minister told '
            'reporters.')
    assert [who for q, who in attributions(text) if q.text.startswith("The important")] == ["Tom Kelly"]


@pytest.mark.parametrize("text, words", [
    # presenting another's document does not author it
    ('Prosecutor John Smith presented a report by independent experts on Tuesday. "The bridge was poorly built," '
     'the report said.', "The bridge"),
    ("Defense lawyer Ann Lee presented a letter from the victim's mother to the court. \"I forgive him,\" the "
     "letter said.", "I forgive"),
    # a statement from one side is not the other side's, said just before
    ('The Defense Ministry said three soldiers were killed on Monday. A statement from the rebels said: "We killed '
     '20 soldiers."', "We killed"),
    # several reports are not the one report named before
    ('A report by Amnesty International on Monday said 200 people were detained. Earlier reports said "hundreds '
     'of people died in the clashes."', "hundreds"),
])
def test_a_document_that_names_its_source_or_is_several_takes_no_other_author(attributions, text: str,
                                                                               words: str) -> None:
    assert [who for q, who in attributions(text) if q.text.startswith(words)] == [None]
