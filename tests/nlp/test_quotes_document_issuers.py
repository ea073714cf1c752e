"""Dev newswire quotes (../shared/data/newswire-1997-1998.jsonl) whose speaker is a document the article said who
issued, read off the verb that issued it (benchmarks/RESULTS.md, notes on issue 9, branch docs43): a document
named by its name ("The African Union (AU) on Wednesday adopted an Arusha Declaration ... said the declaration"),
and one a description or a state's body issued ("Ethiopia's parliament on Thursday adopted a resolution ... said
the resolution").  A name's own words are not its author ("the Hanoi Declaration" a president read out is nobody's
the article names), nor a name set off deeper in the issuer's phrase (where the research appeared)."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared
from tests.newswire import attributions as _said


@needs_shared
def test_a_named_document_speaks_for_the_body_that_adopted_it(nlp) -> None:
    # 'The African Union (AU) on Wednesday adopted an Arusha Declaration and Plan of Action on Commodities ...
    # "South-South trade has the potential ...," said the declaration' (was: UNCTAD, the subject before)
    said = _said(nlp, "XIN_ENG_20051123.0195")
    assert said["South-South trade has the pote"][:2] == ("the declaration", "African Union")


@needs_shared
@pytest.mark.parametrize("record, words, said", [
    # 'Ethiopia's parliament on Thursday adopted a resolution ... "...," said the resolution' (was: nobody)
    ("XIN_ENG_20061130.0231", "Parliament hereby authorizes t", ("the resolution", "Ethiopia")),
    # 'Iran's parliament on Wednesday approved a bill ... The text of the bill, which also tells the government
    # to "accelerate"' (was: nobody, the phrase 'which')
    ("AFP_ENG_20061227.0184", "accelerate", ("the bill", "Iran")),
])
def test_a_document_a_state_body_adopted_speaks_for_its_state(nlp, record: str, words: str, said: tuple) -> None:
    assert _said(nlp, record)[words][:2] == said


@needs_shared
def test_a_named_document_someone_read_out_is_not_theirs_nor_its_names_place(nlp) -> None:
    # 'Vietnamese President Nguyen Minh Triet read out the Hanoi Declaration ... "...," the declaration said':
    # reading out is no issuing, and Hanoi is where it was made (the APEC leaders' declaration)
    said = _said(nlp, "XIN_ENG_20061119.0062")
    assert said["With a strong commitment to ac"][:2] == ("the declaration", None)


@needs_shared
def test_a_name_set_off_deep_in_the_issuers_phrase_is_where_it_appeared_not_who_issued_it(nlp) -> None:
    # 'The new research, appearing in the Nov. 18 issue of the journal Science, presented genetic and biochemical
    # evidence suggesting that the DISC1 protein ...': not the journal's words (a first draft gave them to Science)
    said = _said(nlp, "XIN_ENG_20051117.0403")
    assert [who for words, (_, who, _) in said.items() if words.startswith("the DISC1 protein")] in ([], [None])
