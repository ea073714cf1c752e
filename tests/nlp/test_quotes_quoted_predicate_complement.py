"""A quoted predicate is its subject's words only when its clause is nobody's complement: a clause under a verb
outside the quote (any verb: of saying, feeling, finding or threatening) is what that verb's subject says of the inner
subject (speakers._quoted_predicate; benchmarks/RESULTS.md, notes on issue 9, branches nwq45 and amend45c).  The
record cases are from the dev newswire (../shared/data/newswire-1997-1998.jsonl); the written sentences pin the
main-clause case, the cost (no named outer subject: a scare quote) and the short quoted clause-verb, which the
climb's three-word floor for scare-quoted terms does not cover."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from tests.conftest import needs_shared
from tests.newswire import attributions


@needs_shared
@pytest.mark.parametrize("record, words, speaker", [
    # 'Former French defence minister Francois Leotard, ..., recently strongly condemned French African policy and
    # regretted that Paris "has given the impression of supporting to the end a widely discredited regime."'
    # (judged sample nwAD, given Paris before)
    ("AFP_ENG_19970410.0290", "has given the impression of su", "Francois Leotard"),
    # 'Police opened an investigation ... after a report by state comptroller Eliezer Goldberg found Hanegbi had
    # "trampled on the law" by appointing dozens of political supporters' (given Hanegbi before)
    ("AFP_ENG_20051207.0417", "trampled on the law", "Eliezer Goldberg"),
    # 'Nasrallah has threatened that if talks fail, Hezbollah would " go to the streets" to demand a unity
    # government' (given Hezbollah before)
    ("XIN_ENG_20061107.0153", "go to the streets", "Sayyed Hassan Nasrallah"),
])
def test_a_quoted_predicate_in_a_verb_s_complement_is_the_words_of_that_verb_s_subject(
        nlp, record: str, words: str, speaker: str) -> None:
    assert attributions(nlp, record)[words][1] == speaker


def test_a_quoted_predicate_of_a_main_clause_stays_its_subject_s(nlp) -> None:
    doc = nlp('Foreign Minister Lena Kraus "strongly condemned" the attack on Sunday.')
    mentions, chains = find_entities(doc)
    [q] = find_quotes(doc, mentions, chains)
    assert q.speaker_chain is not None and chains[q.speaker_chain].name == "Lena Kraus"


def test_a_quoted_predicate_under_a_verb_of_feeling_with_no_named_subject_is_a_scare_quote(nlp) -> None:
    """The cost of the rule, stated: 'Critics' names no one, so the climb finds no speaker and the clause is
    stored as a scare quote (a known none in who-said-what) rather than given to the inner subject, Tom Reid,
    whom the critics speak about."""
    doc = nlp('Mayor Tom Reid faces a vote on Monday.\n\nCritics fear Reid "has lost the trust of the city."')
    mentions, chains = find_entities(doc)
    [q] = find_quotes(doc, mentions, chains)
    assert (q.kind, q.speaker_chain) == ("scare", None)


@pytest.mark.parametrize("text, speaker", [
    # the outer and inner subject are one person: before the exemption the quote lost its speaker
    ('Goalkeeper Sam Dyer confessed to reporters that he "panicked" at the penalty.', "Sam Dyer"),
    ('Skier Lina Moe feels she "deserved more" from the judges.', "Lina Moe"),
    # a named outer subject speaks of another: the short quote is hers, not Spain's
    ('Economist Ruth Amsel expects Spain "will recover" next year.', "Ruth Amsel"),
])
def test_a_short_quoted_predicate_in_a_complement_keeps_the_outer_speaker(nlp, text: str, speaker: str) -> None:
    """A quoted clause-verb is no scare-quoted term: the climb's three-word floor (MIN_GOVERNED_WORDS) does not
    apply to it, so one or two quoted words still go to the outer verb's named subject."""
    doc = nlp(text)
    mentions, chains = find_entities(doc)
    [q] = find_quotes(doc, mentions, chains)
    assert q.kind == "direct"
    assert q.speaker_chain is not None and speaker in chains[q.speaker_chain].name
