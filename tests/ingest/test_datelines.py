"""One reading of a wire dateline (ingest.lines.dateline_at): what ingest stores as ``Article.dateline``, where
a record's title starts, and the forms the three copies it replaced read differently.  Sentences written for
the test, in the forms of the newswire records."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.jsonl import article_from_record
from storyline.ingest.lines import dateline_at, find_dateline
from storyline.records import Article
from storyline.settings import Settings


@pytest.mark.parametrize(("text", "dateline"), [
    ("NAIROBI, Nov. 4 (Xinhua)--- Kenya and Uganda agreed to build a railway, officials said.",
     "NAIROBI, Nov. 4 (Xinhua)"),  # a three-hyphen dash with no space before it
    ("HANOI, Nov. 9 (Xinhua) Vietnam expects to export more rice this year, traders said.",
     "HANOI, Nov. 9 (Xinhua)"),  # the dash lost: the credit parts it
    ("ACCRA, Nov.3 (Xinhua) -- Ghana will open two ports next year, the minister said.",
     "ACCRA, Nov.3 (Xinhua)"),  # no space after the month
    ("Nairobi, Nov. 5 (Xinhua) -- A spokesman confirmed the talks on Wednesday.",
     "Nairobi, Nov. 5 (Xinhua)"),  # the place in title case before a date, a credit and a dash
    ("ST. LOUIS, Mo. _ The river rose three feet overnight, forecasters said.", "ST. LOUIS, Mo."),
    ("JERUSALEM: Reaction to the cabinet's decision to resume strikes in Gaza after a rocket attack. (MIDEAST)",
     "JERUSALEM"),  # an AFP diary's item: a colon and a sentence
])
def test_forms_of_a_dateline(text: str, dateline: str) -> None:
    assert find_dateline(text) == dateline


@pytest.mark.parametrize("text", [
    "UN -- The council met on Monday.",  # two letters are no place
    "UPDATED: FRIDAY, MAY 3, 2013, 9: 56 AM",  # a time stamp after the colon, no sentence
    "NCAA: Improper gifts given to athletes",  # a headline after the colon
    "URGENT: 9,007 people killed in road accidents in October",
    "G.K. SHARMA: Leader of the regional party. He is known to be close to the Congress.",  # a who's who entry
    "MONDAY, MAY 23, 2005",  # a date line
    "Friday, November 30 (GMT)",  # a fixture list's day heading
    "The Pollutant Standard Index (PSI) -- a standard measure -- rose on Monday.",
    "NATO -- the alliance -- met on Monday.",  # a dash and lower case: an aside, no story
])
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_the_place_and_where_the_story_starts() -> None:
    text = "NEWARK, N.J. _ Police said on Monday they had made an arrest."
    found = dateline_at(text)
    assert found is not None
    assert (found.place, found.span) == ("NEWARK", (0, 6))
    assert (text[: found.end], text[found.body :]) == ("NEWARK, N.J.", "Police said on Monday they had made an arrest.")


def test_a_record_s_title_starts_after_the_dateline() -> None:
    """A record without a title is titled by its first sentence, which starts after the dateline."""
    text = ("NAIROBI, Nov. 4 (Xinhua)--- Kenya and Uganda agreed on Saturday to build a railway between their "
            "capitals. The line will cost two billion dollars.")
    art = article_from_record(IngestContext(Settings()), {"id": "x", "text": text}, "f#1")
    assert isinstance(art, Article)
    assert art.dateline == "NAIROBI, Nov. 4 (Xinhua)"
    assert art.title.startswith("Kenya and Uganda agreed")
