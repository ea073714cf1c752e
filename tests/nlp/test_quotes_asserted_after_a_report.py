"""A quoted predicate or clause in running text, with no cue in its sentence, after a sentence that reports someone
named, is that reporter's words: paraphrase, then the speaker's own words set into the writer's sentence ("The ice
has been broken," Peres said. The meeting "again opened the way to negotiations.").  Before, such a stretch had no
speaker and was stored as a scare quote (speakers._asserts; benchmarks/RESULTS.md, notes on issue 9, branch
nwq48).  The record cases are from the dev newswire (../shared/data/newswire-1997-1998.jsonl); the written
sentences pin what is left alone, one for each check of the rule: each fails when its check is taken out."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from tests.conftest import needs_shared
from tests.newswire import attributions


@needs_shared
@pytest.mark.parametrize("record, words, speaker", [
    # 'Lebanon's "sovereignty and independence are flouted ...," he said. But "the solidarity of all Lebanese will
    # yield positive results in the long term."' (Cardinal Nasrallah Sfeir)
    ("AFP_ENG_19970425.0404", "the solidarity of all Lebanese", "Nasrallah Sfeir"),
    # '"The ice has been broken," Deputy Prime Minister Shimon Peres said. The meeting "again opened the way to
    # negotiations."'
    ("AFP_ENG_20061224.0147", "again opened the way to negoti", "Shimon Peres"),
    # '..., she said. British troops would "stay as long as that government asks us to do so." she said' (the
    # cue after the closing mark is the next sentence's; the sentence before reports Margaret Beckett)
    ("XIN_ENG_20061109.0227", "stay as long as that governmen", "Margaret Beckett"),
])
def test_a_quoted_clause_after_a_report_is_the_reporter_s(nlp, record: str, words: str, speaker: str) -> None:
    _, name, _ = attributions(nlp, record)[words]
    assert name == speaker


def _only_quote(nlp, text: str) -> tuple[str, str | None]:
    doc = nlp(text)
    mentions, chains = find_entities(doc)
    quotes = [q for q in find_quotes(doc, mentions, chains) if q.kind in ("direct", "scare")]
    assert len(quotes) == 1
    q = quotes[0]
    return q.kind, chains[q.speaker_chain].name if q.speaker_chain is not None else None


@pytest.mark.parametrize("text", [
    # a quoted noun phrase names or describes, whatever clause it holds
    'Coach Dana White said her players were tired. Fans know the team as "the side that never quits."',
    # the quoted clause is the complement of a verb with a subject of its own: the critics' view, not Shaw's
    'Governor Ellen Shaw said the plan would fail. Critics, however, believe it "will succeed within a year."',
    # the quoted predicate's subject is a thing said: its wording, not Udell's
    'Senator Mark Udell said he would vote against the measure. The warning "came far too late for the villagers."',
    # no finite verb: the wording of a charge, not the police chief's
    'Police chief Tom Barrow said three men were arrested. They were charged with "endangering public safety."',
    # a quote never closed: where its words end is unknown
    'Chief executive Omar Haddad said sales rose in every region. Profits "were the best in the company\'s history '
    'and will grow again next year.',
])
def test_a_quoted_stretch_held_by_something_else_stays_without_the_reporter(nlp, text: str) -> None:
    assert _only_quote(nlp, text) == ("scare", None)


def test_a_quoted_predicate_after_a_report_goes_to_the_reporter(nlp) -> None:
    text = 'Union leader Peter Kowal said the strike would go ahead. Workers "are angry and they will not back down."'
    assert _only_quote(nlp, text) == ("direct", "Peter Kowal")


@pytest.mark.parametrize("text", [
    # a quoted clause hanging on a noun is that noun's content, not the reporter's words (relcl of 'headline')
    'Editor Marta Kowalski said the paper stood by its reporting. The next morning\'s front page carried the headline '
    '"Minister lied to parliament" in letters two inches high.',
    # (appos of 'chorus'): a lyric
    'Bandleader Tom Ruiz said the concert had sold out within hours. The chorus of their best-known song, "we were '
    'young and we were free," drew the loudest cheer of the night.',
    # (relcl of 'line'): a saying
    'Farm union head Piet Jansen said the drought had cost members dearly. The old line that "it never rains but it '
    'pours" proved true again in March, when floods followed.',
    # (acl of 'claim'): another's claim, named later in the sentence
    'Senator Joan Price said the bill would pass easily. The claim that the vaccine "was never properly tested" was '
    'first made by blogger Dan Hale in 2019.',
])
def test_a_quoted_clause_hanging_on_a_noun_is_not_the_reporter_s(nlp, text: str) -> None:
    # only a quoted verb that is its sentence's own predicate asserts (review r48c of branch nwq48, finding 1)
    assert _only_quote(nlp, text) == ("scare", None)


def test_a_quoted_predicate_after_two_reporters_is_neither_s(nlp) -> None:
    text = ('Prosecutor Ann Webb said the evidence was overwhelming, while defence lawyer Mark Stein said his client '
            'was innocent. The case "will come down to what one witness saw that night."')
    assert _only_quote(nlp, text) == ("scare", None)


def test_a_quoted_predicate_after_a_report_is_weaker_evidence_than_a_cue(nlp) -> None:
    from storyline.nlp.quotes.speakers import CONFIDENCE
    doc = nlp('Union leader Peter Kowal said the strike would go ahead. Workers "are angry and they will not back '
              'down."')
    mentions, chains = find_entities(doc)
    (q,) = [q for q in find_quotes(doc, mentions, chains) if q.kind == "direct"]
    assert q.confidence == CONFIDENCE["asserted"] < CONFIDENCE["reported"]
