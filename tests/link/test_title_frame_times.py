"""A reporting frame stays before a clause that opens with a pronoun even when the quote tagger left the frame's time
at the clause's start ("X said | on Wednesday he would ..."): dropped, the title opens with a pronoun that points
out of it ("He would introduce a motion ...", judged garbled in samples 7, 9 and 11).  A clause whose subject opens
with a time ("Sunday's elections", "fourth quarter gross domestic product") has no pronoun: its frame goes as on main.

Real wire records with no headline, linked through the real pipeline, each a story of its own.
"""

from __future__ import annotations

import pytest

from tests.link.wire_titles import NEWSWIRE, titles_alone

pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data (the real newswire records)")

# record id -> the title its story gets; on main each opened with the pronoun (in the comment)
FRAMED = {
    # main: "It will withdraw its support for the minority Liberal government" (sample 11 row 604)
    "XIN_ENG_20051107.0284": "Canada's small New Democratic Party said it will withdraw its support",
    # main: "They would jointly invest 300 million dollars in a three-year partnership" (sample 9 row 433)
    "AFP_ENG_20061213.0683": "Microsoft and Hewlett-Packard said they would jointly invest 300 million dollars",
    # main: 'He would introduce a motion recognizing that "Quebecers form a nation…"' (sample 7 row 1597)
    "XIN_ENG_20061122.0302":
        'Stephen Harper said he would introduce a motion recognizing that "Quebecers form a nation\u2026"',
}
AS_IT_WAS = {
    # the clause opens with a time that is its subject's ("Sunday's"): the frame goes as on main (a broader first
    # form, which read any clause after such a time, gave "'s congressional elections ...")
    "XIN_ENG_20051129.0347": "Sunday's congressional elections will go ahead despite boycott",
    # the same with no possessive: "that fourth quarter gross domestic product will grow ..." (the first form began
    # the title at "Gross domestic product")
    "AFP_ENG_20061213.0081": "Fourth quarter gross domestic product will grow by 0.6 percent, unchanged",
}


@pytest.fixture(scope="module")
def titled(tmp_path_factory, nlp):
    return titles_alone(FRAMED | AS_IT_WAS, tmp_path_factory)


@pytest.mark.parametrize("record", sorted(FRAMED))
def test_a_frame_stays_before_a_pronoun_after_the_frames_time(titled, record):
    assert titled[record] == FRAMED[record]


@pytest.mark.parametrize("record", sorted(AS_IT_WAS))
def test_a_time_of_the_clauses_subject_leaves_the_frame_to_go(titled, record):
    assert titled[record] == AS_IT_WAS[record]
