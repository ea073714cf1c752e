"""Dev newswire quotes (../shared/data/newswire-1997-1998.jsonl) that branch quotes37 changed, each read in its
diff of every newswire quote against main (benchmarks/RESULTS.md, notes on branch quotes37): a demonym's
country as the body or the state a government body serves, and a "he" who is nobody his quote names."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from tests.newswire import attributions as _said


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # 'A British source said: "It was a pretty tough discussion ..."' in an article naming Britain (was: no body)
    ("AFP_ENG_20051215.0647", "It was a pretty tough discussi", ("a British source", None, "Britain")),
    # 'The Dutch air force confirmed that a second Chinook helicopter ...': the state it serves (was: nobody)
    ("XIN_ENG_20051104.0238", "a second Chinook helicopter wa", ("The Dutch air force", "Netherlands", None)),
    # 'Saudi officials said 343 pilgrims were killed ...' (was: no body)
    ("AFP_ENG_19970419.0094", "343 pilgrims were killed in an", ("Saudi officials", None, "Saudi Arabia")),
])
def test_a_demonym_on_the_newswire_stands_for_the_country_its_article_names(nlp, record: str, words: str,
                                                                            said: tuple) -> None:
    assert _said(nlp, record)[words] == said


@needs_shared
@pytest.mark.parametrize("record, words, speaker", [
    # '"... too many people undermining the structure Rupert Lowe wanted at the club," he added': Redknapp
    ("AFP_ENG_20051204.0117", "As a bloke I got on with him b", "Harry Redknapp"),
    # 'Dado Prso was missing ... but Le Guen is hopeful ... He said: "I hope Dado will be back."': Le Guen
    ("AFP_ENG_20061230.0355", "I hope Dado will be back. He w", "Le Guen"),
])
def test_a_he_on_the_newswire_is_nobody_his_quote_names(nlp, record: str, words: str, speaker: str) -> None:
    assert _said(nlp, record)[words][1] == speaker
