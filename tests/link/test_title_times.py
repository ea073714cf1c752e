"""A time that is part of a noun phrase stays in the title; one that is the clause's adjunct goes.

Real wire records with no headline, linked through the real pipeline.  A title drops the times of its lead with
their preposition ("on Saturday", "here Monday"): they say when, which the timeline shows.  But a time the lead's
parse reads as a word of a noun phrase ("in the winter | break", "the planned 2007 | budget", "after recent |
gains") or as the object of an "of" after a noun ("sportsman of the year") is no adjunct: dropping it left the
noun without a word it needs ("get the cheque book out break", "revalidate /2003 voters cards").  A named day
right after a verb that the parser reads as its object's modifier ("announced Friday net losses") still goes.
"""

from __future__ import annotations

import pytest

from tests.link.wire_titles import NEWSWIRE, titles_alone

pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data (the real newswire records)")

# record id -> the title its story gets
KEPT = {
    # on main "... to get the cheque book out break" ("in the winter" dropped from inside "the winter break")
    "AFP_ENG_20061220.0389": "Willy Sagnol has urged Bayern Munich to get the cheque book out in the winter break",
    # on main "... to revalidate /2003 voters cards"
    "AFP_ENG_20061220.0510":
        "Nigeria's electoral agency said that it has started to revalidate 2002/2003 voters cards",
    # on main "Italian lower house approved the government's planned budget"
    "XIN_ENG_20061119.0196": "Italian lower house approved the government's planned 2007 budget",
    # on main "... after gains"
    "XIN_ENG_20061120.0112":
        "Philippine stock prices closed flat as the market consolidated after recent gains",
}
GONE = {
    # "announced Friday net losses": the parser reads the day as the object's modifier; it is the verb's adjunct
    "AFP_ENG_19970425.0196":
        "Daiwa Securities Co. Ltd. and Nikko Securities Co. Ltd. announced net losses for the year",
    # "defended Saturday author Orhan Pamuk's right": the same misreading, with the day before a name
    "AFP_ENG_20051217.0127": "Recep Tayyip Erdogan defended author Orhan Pamuk's right to free speech",
}


@pytest.fixture(scope="module")
def titled(tmp_path_factory, nlp):
    return titles_alone(KEPT | GONE, tmp_path_factory)


@pytest.mark.parametrize("record", sorted(KEPT))
def test_a_time_inside_a_noun_phrase_stays_in_the_title(titled, record):
    assert titled[record] == KEPT[record]


@pytest.mark.parametrize("record", sorted(GONE))
def test_a_named_day_after_its_verb_goes_though_the_parser_reads_it_as_a_modifier(titled, record):
    assert titled[record] == GONE[record]
