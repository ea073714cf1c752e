"""Dev newswire quotes (../shared/data/newswire-1997-1998.jsonl) that branch quotes40 changed, each read in its diff
of every newswire quote against main (benchmarks/RESULTS.md, notes on issue 9, branch quotes40): a person the
tagger typed otherwise, known by the news habits around the name, is the one a later "he" means; and a named
outlet written with the noun for its kind ("NTV television") is that outlet."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from tests.newswire import attributions as _said


@needs_shared
@pytest.mark.parametrize("record, words, speaker", [
    # '"...," Harushige Kobayashi of Yamaichi Securities Co. Ltd. said, ... "The next target for the Nikkei will be
    # around 19,200 points ...," he said' with the name typed a work of art (was: nobody)
    ("AFP_ENG_19970429.0693", "The next target for the Nikkei", "Harushige Kobayashi"),
    # 'Chanapat na Nakhon, chairman of Democracy Lover Network was ... quoted ... as saying ... "We are purely
    # democracy lovers ...," he said' with 'Chanapat' typed a place, the parser reading 'na' as a preposition
    ("XIN_ENG_20061129.0286", "We are purely democracy lovers", "Chanapat"),
])
def test_a_he_after_a_name_the_tagger_typed_otherwise_is_that_person_when_the_news_habit_says_so(
        nlp, record: str, words: str, speaker: str) -> None:
    assert _said(nlp, record)[words][1] == speaker


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # '"He is in the emergency care unit at the moment. ...," the Russian NTV television said' (was: no entity)
    ("XIN_ENG_20051118.0071", "He is in the emergency care un", ("the Russian NTV television", "NTV", None)),
    # 'A U.S. fighter jet crashed northwest of Baghdad ..., al-Jazeera TV channel reported' (was: no entity)
    ("XIN_ENG_20061127.0226", "A U.S. fighter jet crashed nor", ("al-Jazeera TV channel", "al-Jazeera TV", None)),
    # 'The separatists in the negotiation are demanding ..., CNN television reported' (was: no entity)
    ("AFP_ENG_19970430.0089", "The separatists in the negotia", ("CNN television", "CNN", None)),
])
def test_a_named_outlet_before_the_noun_for_its_kind_is_the_outlet_that_speaks(nlp, record: str, words: str,
                                                                              said: tuple) -> None:
    assert _said(nlp, record)[words] == said


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # 'Iran will give "destructive" response if its nuclear program is attacked by Israel, a Foreign Ministry
    # spokesman vowed here Sunday': 'vowed' parsed a conjunct of 'give'; the quoted word is the spokesman's
    # (was: a scare quote, nobody)
    ("XIN_ENG_20061112.0025", "Iran will give \"destructive\" r", ("a Foreign Ministry spokesman", None)),
    # 'Any violence in Kosovo could derail ..., a senior US diplomat warned on Monday' (was: not found)
    ("AFP_ENG_20061204.0289", "Any violence in Kosovo could d", ("a senior US diplomat", None)),
    # '..., the regional daily Stuttgarter Zeitung reported on Friday' (was: not found)
    ("AFP_ENG_20051216.0115", "DaimlerChrysler, the German-US", ("the regional daily Stuttgarter Zeitung",
                                                                  "Stuttgarter Zeitung")),
])
def test_a_reporting_clause_after_its_content_is_one_though_the_parser_made_it_a_conjunct(
        nlp, record: str, words: str, said: tuple) -> None:
    assert _said(nlp, record)[words][:2] == said


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # 'Amnesty underlined that in countries where the death penalty is most frequently applied, ...' (was: not found)
    ("AFP_ENG_19970404.0211", "in countries where the death p", ("Amnesty", "Amnesty")),
    # 'He underlined, however, that such a move must be taken ...' = Erik Solheim (was: not found)
    ("XIN_ENG_20051104.0255", "such a move must be taken in c", ("He", "Erik Solheim")),
])
def test_underline_reports_speech_as_stress_does(nlp, record: str, words: str, said: tuple) -> None:
    assert _said(nlp, record)[words][:2] == said


@pytest.mark.parametrize("text", [
    'The teacher underlined "urgent" in red on every page.',
    'She underlined "never" twice in the letter, then signed it.',
    'He underscored "confidential" on the cover of the file.',
])
def test_underline_in_its_own_sense_next_to_a_quoted_word_reports_nothing(terms_and_reports, text: str) -> None:
    """Next to a quote is no evidence for 'underline': its ordinary sense takes the quoted word as object."""
    assert terms_and_reports(text)[1] == []


@pytest.mark.parametrize("text", [
    '"Growth will slow," Jaguar of Ford said. "We are cautious," he said.',
    '"Demand is strong," Lexus of Toyota Motor Corp said. "We expect more," he said.',
])
def test_a_unit_of_a_firm_speaking_is_no_person_a_later_he_means(attributions, text: str) -> None:
    assert [who for q, who in attributions(text) if q.text.startswith("We")] == [None]


def test_a_conjunct_with_its_own_complement_is_no_reporting_clause(attributions) -> None:
    text = "The judge read out the verdict after the jury returned, the accused pleaded for mercy."
    assert attributions(text) == []
