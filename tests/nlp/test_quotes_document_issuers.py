"""Dev newswire quotes (../shared/data/newswire-1997-1998.jsonl) whose speaker is a document some name in its
article issued, read out or carried (benchmarks/RESULTS.md, notes on issue 9, branches docs43 and amend43b): a name's
own words are not its author ("the Hanoi Declaration" a president read out is nobody's the article names), nor
is a name set off deep in the phrase of whoever presented it (where the research appeared).  Guards of what
review r43b took out of docs43 (a document named by its name, names read deep in an issuer's phrase)."""

from __future__ import annotations

from tests.conftest import needs_shared
from tests.newswire import attributions as _said


@needs_shared
def test_a_named_document_someone_read_out_is_not_theirs_nor_its_names_place(nlp) -> None:
    # 'Vietnamese President Nguyen Minh Triet read out the Hanoi Declaration ... "...," the declaration said':
    # reading out is no issuing, and Hanoi is where it was made (the APEC leaders' declaration)
    said = _said(nlp, "XIN_ENG_20061119.0062")
    assert said["With a strong commitment to ac"][:2] == ("the declaration", None)


@needs_shared
def test_a_name_set_off_deep_in_the_issuers_phrase_is_where_it_appeared_not_who_issued_it(nlp) -> None:
    # 'The new research, appearing in the Nov. 18 issue of the journal Science, presented genetic and biochemical
    # evidence suggesting that the DISC1 protein ...': not the journal's words (a first draft of docs43 gave them
    # to Science, through the phrase 'genetic and biochemical evidence')
    said = _said(nlp, "XIN_ENG_20051117.0403")
    assert said["The new genetic link we have m"][:2] == ("David Porteous", "David Porteous")  # the article is read
    assert "Science" not in {who for _, who, _ in said.values()}
