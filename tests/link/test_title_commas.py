"""A title's punctuation reads as an editor's after its cuts: an apposition keeps its closing comma, a quotation
is closed after an ellipsis, and what a name "is" never swallows the clause's verb.

Real wire records with no headline, linked through the real pipeline, each a story of its own.  Each title below
was garbled on main by one of the three (the comment says how).
"""

from __future__ import annotations

import pytest

from tests.link.wire_titles import NEWSWIRE, probe_title, titles_alone

pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data (the real newswire records)")

# record id -> the title its story gets
MENDED = {
    # the apposition's closing comma went with the frame cut after it ("Anatoly Zaitsev, | the Interfax news agency
    # reported, | quoting ..."): on main "... Anatoly Zaitsev quoting informed sources"; with the comma kept, the
    # trailing participle is cut as the circumstance it is
    "AFP_ENG_19970414.0388": "Boris Yeltsin sacked his transport minister, Anatoly Zaitsev",
    # the quotation runs on into the next paragraph: on main '"In Zambia, ... and access' left it open; closed after
    # an ellipsis, it shows the speaker's words go on
    "XIN_ENG_20061103.0194": "\"In Zambia, there is a close correlation between infant mortality and access\u2026\"",
    # the comma closing "Funcinpec Party" was read as opening an apposition of the party that held the verb
    # (", here Thursday gave up his efforts to establish a new party,"): on main the lead as it was, 157 characters
    "XIN_ENG_20061116.0110": "Prince Norodom Ranariddh gave up his efforts to establish a new party",
    # the same, in a leaner aside (", recently published his prose collection,"): on main 'Gao Qiufu titled "Colorful
    # Africa'
    "XIN_ENG_20061130.0209": "Gao Qiufu published his prose collection, titled \"Colorful Africa\u2026\"",
}
AS_IT_WAS = {
    # a list's comma opens no apposition: the comma after the last name, which opened the aside cut
    # (", together with another 11 Chinese astronauts,"), does not come back
    "XIN_ENG_20051107.0110":
        "China's spacemen Yang Liwei, Fei Junlong and Nie Haisheng have enrolled in China's prestigious Tsinghua "
        "University",
}


@pytest.fixture(scope="module")
def titled(tmp_path_factory, nlp):
    return titles_alone(MENDED | AS_IT_WAS, tmp_path_factory)


@pytest.mark.parametrize("record", sorted(MENDED))
def test_a_cut_leaves_an_apposition_closed_a_quotation_closed_and_the_verb_in_place(titled, record):
    assert titled[record] == MENDED[record]


@pytest.mark.parametrize("record", sorted(AS_IT_WAS))
def test_a_list_before_a_cut_aside_gets_no_comma_back(titled, record):
    assert titled[record] == AS_IT_WAS[record]


# Leads of our own (review r49e's probes, not from any pool), one store each through the real pipeline.
PROBES = {
    # the root is the attribution at the end ("..., the presidency said"): the span after the name's closing
    # comma still holds the verb the subject before it hangs on, so it is no apposition
    "Ghana's president, John Mahama, on Monday fired his finance minister, the presidency said in a statement "
    "released in Accra.": "fired his finance minister",
    # "27, of Hamburg": the word after the comma is still the apposition's, so the comma after "Weber" is not given
    # back as its closing one
    "The suspect, Daniel Weber, 27, of Hamburg, was arrested at the airport on Friday as he tried to board a flight "
    "to Istanbul with a forged passport, prosecutors said.": "was arrested",
}


@pytest.mark.parametrize("lead", sorted(PROBES))
def test_a_probe_lead_keeps_its_verb_and_no_comma_inside_an_apposition(tmp_path, nlp, lead):
    title = probe_title(lead, tmp_path)
    assert PROBES[lead] in title, title
    assert "Weber, of" not in title
