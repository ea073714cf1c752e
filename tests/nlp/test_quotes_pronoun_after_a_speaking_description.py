"""A he/she after an unnamed someone who spoke ("a dealer at a European bank said") is that someone, not the person
named before: any common noun the sentence makes the subject of a verb of speech is someone speaking, not only the
nouns the lexicon holds for people (pronouns.unnamed_subject, pronouns._speaking_someone; benchmarks/RESULTS.md,
notes on issue 9, branch pron49).  The record cases are from the dev newswire (../shared/data/newswire-1997-1998.jsonl);
the written sentences pin the limits: the one asked answers, a second subject the parser hangs on the verb is the
speaker, a "-man" noun is no she."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from tests.newswire import attributions


@needs_shared
@pytest.mark.parametrize("record, words", [
    # '"The dollar is likely to test the upper limit today ...," a dealer at a European bank said. "The dollar's
    # advance since last Friday is too fast, ...," he said.' (given Finance Minister Hiroshi Mitsuzuka, quoted before)
    ("AFP_ENG_19970407.0657", "The dollar's advance since las"),
    # 'A supplier said that it was right time to rectify their malpractice. ... "If we reported offenses, ...?" he
    # asked. Song Ze said the supplier's concern ...' (given Song Ze, who answers the supplier after)
    ("XIN_ENG_20061115.0208", "If we reported offenses, who g"),
    # 'Another hostage said he saw a rebel captured alive ... "I realised the rebel they had taken had been shot
    # ...," he said.' (given the daily Asahi Shimbun, which the tagger typed a person)
    ("AFP_ENG_19970424.0618", "I realised the rebel they had "),
])
def test_a_pronoun_after_a_speaking_description_is_not_a_person_named_before(nlp, record: str, words: str) -> None:
    phrase, speaker, _body = attributions(nlp, record)[words]
    assert phrase is not None and phrase.lower() == "he"
    assert speaker is None


@needs_shared
def test_a_reported_clause_subject_hung_on_the_reporting_verb_is_not_the_speaker(nlp) -> None:
    """'A flash flood killed at least 47 residents ..., Health Minister Mohammad Amin Fatimi told Xinhua on Friday.
    The flood caused the casualties ..., he added.': the parser makes the flood a second subject of 'told'."""
    phrase, speaker, _body = attributions(nlp, "XIN_ENG_20061117.0186")["The flood caused the casualtie"]
    assert (phrase, speaker) == ("he", "Mohammad Amin Fatimi")


def test_a_pronoun_after_an_unlisted_speaking_noun_names_nobody(attributions) -> None:
    text = ('Coach Ivan Petrov watched from the stands. "The boys played with heart," a club volunteer said. "We are '
            'proud of them," he added.')
    assert ("he", None) in [(q.speaker_text, who) for q, who in attributions(text)]


def test_the_one_asked_answers_not_the_asker(attributions) -> None:
    text = ('At the briefing a journalist asked Minister Carla Diaz about the strike. "We will talk to the unions," '
            'she said.')
    assert ("she", "Carla Diaz") in [(q.speaker_text, who) for q, who in attributions(text)]


def test_a_she_after_a_man_described_goes_back_to_the_woman_named(attributions) -> None:
    text = ('Prime Minister Ellen Voss visited the harbour. "The quotas are unfair," a fisherman said. "We will keep '
            'talking to them," she added.')
    assert ("she", "Ellen Voss") in [(q.speaker_text, who) for q, who in attributions(text)]
