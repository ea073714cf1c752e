"""A title cut by the lead's dependency parse keeps what completes its verb and drops whole adjuncts.

Sentences written for these tests, shaped like the wire leads that were titled wrong when the shortening knew
only the annotations (a list of phrase-break words): a complement lost ("have agreed to terms"), a cut inside
an adverbial clause ("... as masked gunmen"), a relative clause kept where the verb was lost.  Parsed by the
real model as the nlp stage parses an article whose title is its first sentence (``annotate_doc`` keeps the
lead's parse, ``Annotation.lead_parse``), read back as tokens by ``lead_parse`` and shortened by
``lead_title``; each test also shows what the annotations alone gave.
"""

from __future__ import annotations

import pytest

from storyline.lead import lead_start
from storyline.link.titles import MAX_CHARS, cluster_titles, lead_parse, lead_title
from storyline.nlp import annotate_doc
from storyline.records import Annotation, Article

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
MORE = " Officials gave no other details."  # the article goes on after its lead


def _article(text: str, title: str, title_from: str = "first sentence") -> Article:
    return Article(external_id="x", title=title, text=text, id=1, metadata={"title_from": title_from})


def _annotated(nlp, text: str, title: str, title_from: str = "first sentence") -> Annotation:
    return annotate_doc(nlp(text), _article(text, title, title_from))


@pytest.mark.parametrize("sentence", sorted(CASES))
def test_a_lead_is_cut_where_its_parse_allows(nlp, sentence):
    title, before = CASES[sentence]
    text = sentence + MORE
    ann = _annotated(nlp, text, sentence[:70] + "…")
    end = len(sentence)
    assert lead_title(text, 0, end, Annotation(1)) == before  # the annotations alone
    toks = lead_parse(text, ann, 0)
    assert toks is not None and toks[-1].end == end  # the lead's sentence, not the article's next one
    got = lead_title(text, 0, end, Annotation(1), parse=toks)
    assert got == title
    assert len(got) <= MAX_CHARS + 10
    at = 0
    for word in got.split():  # every word is the sentence's, in its order
        at = sentence.index(word, at) + len(word)


def test_no_cut_before_the_verb_or_without_a_subject(nlp):
    # the clause the quote tagger leaves when it takes the subject for the frame's object ("warned Friday
    # chances were running out"): no verb with its subject, so the parse does not shorten it
    s = "were running out for peace in the region, with grave consequences in store unless progress is made soon."
    toks = lead_parse(s, _annotated(nlp, s, s), 0)
    assert toks
    assert lead_title(s, 0, len(s), Annotation(1), parse=toks) == lead_title(s, 0, len(s), Annotation(1))


def test_the_parse_is_kept_from_where_the_title_starts_and_only_for_a_long_lead(nlp):
    lead = next(iter(CASES))
    text = f"CLEVELAND, Ohio (AP) -- {lead}{MORE}"
    ann = _annotated(nlp, text, lead[:60] + "…")
    at = lead_start(text, lead[:60] + "…")
    assert at == text.index("The Cleveland") and ann.lead_parse[0][0] == at
    assert all(0 <= head < len(ann.lead_parse) for _, _, _, head, _ in ann.lead_parse)  # none into the dateline
    assert text[ann.lead_parse[-1][0] : ann.lead_parse[-1][1]] == "."
    assert lead_parse(text, ann, at + 4) is None  # another lead than the one parsed
    assert _annotated(nlp, text, "Indians sign Byrd", title_from="line").lead_parse == []  # a headline of its own
    # a headline the text opens with (as ECB+'s): linking shortens it as a lead
    assert _annotated(nlp, lead + MORE, lead, title_from="line").lead_parse[0][0] == 0
    short = "Police arrested two men on Friday. They were held overnight."
    assert _annotated(nlp, short, "Police arrested two men on Friday").lead_parse == []  # a title already


def test_link_titles_a_story_by_the_parse_annotate_kept(tmp_path):
    import storyline

    lead = next(iter(CASES))
    with storyline.open(tmp_path / "s.db") as sl:
        sl.add(Article(external_id="x", title=lead[:70] + "…", text=lead + MORE, published="2019-01-02",
                       metadata={"title_from": "first sentence"}))
        sl.annotate()
        sl.link()
        (story,) = sl.stories(with_timeline=False)
        assert story.title == CASES[lead][0]
        assert cluster_titles(sl.store, [story.id])["story", story.id] == CASES[lead][0]
