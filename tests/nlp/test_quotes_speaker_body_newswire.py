"""Unnamed speakers and the bodies they speak for on the dev newswire (../shared/data/newswire-1997-1998.jsonl),
read with the real model: each quote was read in the branch's diff of every newswire quote against the code
before bodies (benchmarks/RESULTS.md, notes on branch speakerbody)."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from tests.newswire import attributions as _said


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # "..., a spokesman for Prime Minister Tony Blair said": the spokesman, for Blair (was: Blair)
    ("AFP_ENG_20051216.0271", "Britain was to present new pro", ("a spokesman", None, "Tony Blair")),
    # "... by a top US official here who told the Human Rights Commission that ...": the official (was: US)
    ("AFP_ENG_19970401.0222", "abuses in the country were sti", ("a top US official", None, "US")),
    # "According to Paris police officials, ...": the officials, for Paris (was: Paris)
    ("XIN_ENG_20051101.0367", "many cars have been set ablaze", ("Paris police officials", None, "Paris")),
])
def test_an_unnamed_worker_on_the_newswire_is_the_description_with_its_body(nlp, record: str, words: str,
                                                                            said: tuple) -> None:
    assert _said(nlp, record)[words] == said


@needs_shared
def test_the_spokesman_the_article_names_is_still_the_one_its_title_means(nlp) -> None:
    """AFP_ENG_20051216.0271: '"...," said spokesman Tom Kelly' and later '"...," the prime minister's spokesman
    told reporters': Tom Kelly, speaking for Blair (the body search leaves the title search its case)."""
    assert _said(nlp, "AFP_ENG_20051216.0271")["The important thing this morni"] == (
        "the prime minister's spokesman", "Tom Kelly", "Tony Blair")
