"""A title cut by the lead's dependency parse keeps what completes its verb and drops whole adjuncts.

Sentences written for these tests, shaped like the wire leads that were titled wrong when the shortening knew
only the annotations (a list of phrase-break words): a complement lost ("have agreed to terms"), a cut inside
an adverbial clause ("... as masked gunmen"), a relative clause kept where the verb was lost.  Parsed by the
real model (``parse_leads``), shortened by ``lead_title``; each test also shows what the annotations alone gave.
"""

from __future__ import annotations

import pytest

from storyline.link.titles import MAX_CHARS, lead_title, parse_leads
from storyline.records import Annotation
from storyline.settings import Settings

CASES = {
    # an aside set off by commas goes; the object's partner stays ("to terms | with ..." was the cut)
    "The Cleveland Indians, in search of a starting pitcher for the new season, have agreed to terms with "
    "veteran pitcher Paul Byrd on a two-year contract.":
        ("The Cleveland Indians have agreed to terms with veteran pitcher Paul Byrd",
         "The Cleveland Indians, in search of a starting pitcher for the new season, have agreed to terms"),
    # an adverbial clause goes whole, not after its subject
    "Gunfire echoed through the old market of the city as masked gunmen in police uniforms sealed off a street "
    "and seized dozens of traders.":
        ("Gunfire echoed through the old market of the city",
         "Gunfire echoed through the old market of the city as masked gunmen"),
    # the relative clause of the subject goes; the verb stays
    "A small aircraft which had been missing in the mountains of northern Peru, has been found with all nine "
    "passengers alive by a rescue team.":
        ("A small aircraft has been found with all nine passengers alive by a rescue team",
         "A small aircraft which had been missing in the mountains of northern Peru"),
    # what the participation is in stays with the noun
    "Tanzania has confirmed its participation in the regional youth games for athletes under 20 that will be "
    "held in the Ugandan capital Kampala.":
        ("Tanzania has confirmed its participation in the regional youth games for athletes under 20",
         "Tanzania has confirmed its participation in the regional youth games"),
}


@pytest.fixture(scope="module")
def parsed(nlp):  # the session's model, loaded once
    sentences = list(CASES)
    return dict(zip(sentences, parse_leads(sentences, Settings().model) or [], strict=True))


@pytest.mark.parametrize("sentence", sorted(CASES))
def test_a_lead_is_cut_where_its_parse_allows(parsed, sentence):
    title, before = CASES[sentence]
    assert lead_title(sentence, 0, len(sentence), Annotation(1)) == before  # the annotations alone
    got = lead_title(sentence, 0, len(sentence), Annotation(1), parse=parsed[sentence])
    assert got == title
    assert len(got) <= MAX_CHARS + 10
    at = 0
    for word in got.split():  # every word is the sentence's, in its order
        at = sentence.index(word, at) + len(word)


def test_no_cut_before_the_verb_or_without_a_subject(parsed):
    # the clause the quote tagger leaves when it takes the subject for the frame's object ("warned Friday
    # chances were running out"): no verb with its subject, so the parse does not shorten it
    s = "were running out for peace in the region, with grave consequences in store unless progress is made soon."
    (toks,) = parse_leads([s], Settings().model) or [[]]
    assert lead_title(s, 0, len(s), Annotation(1), parse=toks) == lead_title(s, 0, len(s), Annotation(1))


def test_a_sentence_is_parsed_once_per_process():
    from storyline.link import titles

    s = "Rescuers pulled two survivors from the rubble of a collapsed hotel in the mountain town on Tuesday."
    first = parse_leads([s], Settings().model)
    assert s in titles._PARSES
    assert parse_leads([s], Settings().model) == first
