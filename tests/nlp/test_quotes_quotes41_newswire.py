"""Dev newswire quotes (../shared/data/newswire-1997-1998.jsonl) that branch quotes41 changed, each read in its diff
of every newswire quote against main (benchmarks/RESULTS.md, notes on issue 9, branch quotes41): a short quoted
fragment inside a speech act a verb of giving hands over ("issued a severe warning of '...'") is the giver's words.
The gender a person's own clause gave him was taken out after review r41e (branch amend41e); its guard stays: an
object pronoun gives no gender."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from tests.newswire import attributions as _said


@needs_shared
def test_an_object_pronoun_says_nothing_of_its_clause_subjects_gender(nlp) -> None:
    """'During his meeting with designated chancellor Angela Merkel, Hu congratulated her ...': 'her' is Merkel, an
    object is never its own verb's subject, so Hu stays a he and the reported 'he said' after it stays his."""
    said = _said(nlp, "XIN_ENG_20051111.0250")
    assert said["Developing Sino-German relatio"][1] == "Hu Jintao"


@needs_shared
@pytest.mark.parametrize("record, words, speaker", [
    # 'Bollard last month issued a severe warning of imbalances and " significant excesses" developing in the
    # economy' (was: a scare quote, nobody)
    ("XIN_ENG_20051129.0367", "significant excesses", "Alan Bollard"),
    # 'the European draft does not include a US demand for an explicit characterization of the Iranian nuclear
    # program as "a threat to international peace and security"' (was: a scare quote, nobody)
    ("AFP_ENG_20061211.0534", "a threat to international peac", "United States"),
])
def test_a_short_fragment_inside_a_speech_act_is_the_words_of_who_gives_or_owns_it(
        nlp, record: str, words: str, speaker: str) -> None:
    assert _said(nlp, record)[words][1] == speaker


@needs_shared
@pytest.mark.parametrize("record, words, speaker", [
    # 'Victor Lespinasse, vice president of the Chicago brokerage firm ..., dismissed the mad cow link as a
    # "ridiculous story" and an "overblown thing."' (was: a scare quote, nobody)
    ("AFP_ENG_19970417.0455", "ridiculous story", "Victor Lespinasse"),
    # 'Asked about the reports of an imminent prosecution, Hanegbi dismissed them as "newspaper speculation."'
    ("AFP_ENG_20051207.0417", "newspaper speculation.", "Hanegbi"),
])
def test_what_a_subject_calls_its_object_with_as_is_the_subjects_words(nlp, record: str, words: str,
                                                                         speaker: str) -> None:
    assert _said(nlp, record)[words][1] == speaker


@needs_shared
def test_an_as_after_other_words_than_the_object_says_what_a_thing_is_used_as(nlp) -> None:
    """'The central government would offer funding support to those projects as "seed money"': no one calls the
    support so in that clause, so the two words stay a term with no speaker (a first draft gave the government)."""
    assert _said(nlp, "XIN_ENG_20061123.0061")["seed money"][:2] == (None, None)


@needs_shared
def test_a_speech_noun_someone_repeats_is_the_words_of_who_repeats_it(nlp) -> None:
    """"South Korea's Yonhap News Agency quoted Han Sung-Ryol ... as repeating Kim's insistence that such steps
    were needed to put the North on an "equal footing"": Han voices the words; the owner of the noun he repeats
    does not take them (a first draft gave them to Kim)."""
    assert _said(nlp, "AFP_ENG_19970423.0681")["equal footing"][1] == "Han Sung-Ryol"


@needs_shared
def test_a_term_under_a_speech_noun_whose_owner_names_nobody_stays_a_term(nlp) -> None:
    """'The 14-party combine enforced countrywide water-railway-road blockade ... to press its 11-point demands that
    include removal of ... and "depoliticization" of the administration': the owner 'its' is resolved to nobody, so
    the word keeps no speaker phrase (a first draft gave it the phrase 'its'; judged sample seedM reads a term)."""
    assert _said(nlp, "XIN_ENG_20061123.0192")["depoliticization"][:2] == (None, None)


@needs_shared
@pytest.mark.parametrize("record, words, speaker", [
    # '"...," Disastro told Xinhua by telephone from the province. Bad weather and mountainous field were the cause
    # of the accident, he said.' (Xinhua typed a person by the tagger; was: Xinhua)
    ("XIN_ENG_20061117.0393", "Bad weather and mountainous fi", "Kartono Wangsa Disastro"),
    # 'Senator Carl Levin, ..., said US moves toward withdrawal will alleviate the violence in Iraq, contrary to
    # Bush's assessment. "I believe ...," he said.' (was: George W. Bush)
    ("AFP_ENG_20061201.0325", "I believe the announcement of ", "Carl Levin"),
    # 'The statement said that Singapore's Foreign Minister George Yeo had written to his Australian counterpart
    # Alexander Downer on Wednesday, ... He noted that ...' (was: Alexander Downer)
    ("XIN_ENG_20051103.0004", "the city state had carefully c", "George Yeo"),
])
def test_a_he_after_a_sentence_with_no_main_subject_is_an_inner_clauses_subject_before_its_objects(
        nlp, record: str, words: str, speaker: str) -> None:
    assert _said(nlp, record)[words][1] == speaker
