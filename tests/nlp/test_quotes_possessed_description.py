"""A possessed description that speaks ("his wife said", "Nichols' mother ... she said") is the person the article
set beside the same noun of the same owner before ("his wife Lonnie", "Nichols' mother, Claritha,"): news gives
the name once, in apposition, then writes the noun alone (:func:`storyline.nlp.quotes.referents.
named_in_apposition_before`).  Before branch quote50 such a speaker had no entity.

The first three cases are from dev data (ECB+ odd topics 3 and 31, the newswire record AFP_ENG_20051216.0374),
each read in the dev-pool diff of branch quote50 (benchmarks/RESULTS.md, notes on issue 9, branch quote50); the
guards are passages written for the rule's limits: another owner, a narrower noun before ("his first wife"), two
names for one noun, a wider noun now ("his former spokesman").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from tests.conftest import SHARED, benchmark, needs_shared
from tests.newswire import attributions as _said


def _ecb_speakers(nlp: Any, name: str, quoted: str) -> list[str | None]:
    """The speakers (chain names) of the quotes holding where ``quoted`` begins in an ECB+ file's text."""
    text = benchmark("ecb_text").ecb_text(Path(SHARED / "data" / "ecbplus" / name))
    doc = nlp(text)
    mentions, chains = find_entities(doc)
    at = text.index(quoted)
    return [chains[q.speaker_chain].name if q.speaker_chain is not None else None
            for q in find_quotes(doc, mentions, chains) if q.start <= at < q.end]


@needs_shared
def test_a_pronoun_after_a_possessed_description_is_the_name_set_beside_it_before(nlp) -> None:
    """ECB+ 3/3_4ecb.xml (dev topic 3): "Nichols' mother, Claritha, and father, Gene, attended the trial ... .
    As she came into the courthouse ..., Nichols' mother expressed their sentiments. '...,' she said"."""
    assert _ecb_speakers(nlp, "3/3_4ecb.xml", "We just want to fade into obscurity") == ["Claritha"]


@needs_shared
def test_reported_speech_of_a_possessed_description_is_the_name_set_beside_it_before(nlp) -> None:
    """ECB+ 31/31_3ecbplus.xml (dev topic 31): 'had told his father, Creighton coach Greg McDermott, ...' then
    'That initially had his father recommending that his son turn pro' (indirect speech: no quotation marks)."""
    assert _ecb_speakers(nlp, "31/31_3ecbplus.xml", "his son turn pro") == ["Greg McDermott"]


@needs_shared
def test_his_wife_who_speaks_is_the_wife_named_before_in_a_newswire_report(nlp) -> None:
    """'Ali ... left it to his wife Lonnie to speak to journalists' then '"...," his wife said. "...," she added'."""
    said = _said(nlp, "AFP_ENG_20051216.0374")
    assert said["He is very proud of his daught"][1] == "Lonnie"
    assert said["He will be happy if Laila clai"][1] == "Lonnie"


NOT_THAT_ONE = [
    # the owner changed: 'his' is now the mayor, whose wife the article never names
    ("Peter Kowalski arrived with his wife Anna Kowalski. Later, the mayor, Jonas Brenner, thanked the volunteers. "
     "“We are grateful to everyone,” his wife said.", "We are grateful"),
    # a narrower noun before: the first wife is not the wife who speaks now
    ("Businessman Jan Novak divorced his first wife Lisa Novak in 1990 and married again in 1995. "
     "“He is a generous man,” his wife said.", "He is a generous"),
    # two names set beside the same noun of the same owner: either could speak
    ("Senator Ruth Alder brought her aide Tom Reed to the hearing, and later her aide Bill Cox joined them. "
     "“The senator has nothing to hide,” her aide said.", "The senator has"),
    # a wider noun now (review r50b): the former spokesman is another holder than the one named before
    ("Governor Ed Marsh appeared with his spokesman, Tim Cross, on Monday.\n\n"
     "“He never took a bribe,” his former spokesman said on Tuesday.", "He never took"),
]


@pytest.mark.parametrize(("text", "quoted"), NOT_THAT_ONE)
def test_a_possessed_description_takes_no_name_set_beside_another_owners_or_another_noun(
        starting, text: str, quoted: str) -> None:
    assert [who for _, who in starting(text, quoted)] == [None]
