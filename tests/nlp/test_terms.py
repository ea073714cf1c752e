"""Key terms: what an article is about, not who filed it."""

from __future__ import annotations

from storyline.ingest.lines import find_dateline
from storyline.nlp import annotate_doc
from storyline.records import Article


def test_the_wire_credit_of_the_dateline_is_no_key_term_but_the_agency_named_in_the_story_is(nlp):
    text = ("BEIJING, Nov. 11 (Xinhua) -- Beijing unveiled five doll mascots for the Olympic Games on Friday. "
            "The mascots were designed by a team of artists.")
    dateline = find_dateline(text)
    assert dateline == "BEIJING, Nov. 11 (Xinhua)"
    article = Article("x", "Mascots unveiled", text, dateline=dateline, published="2005-11-11")
    terms = annotate_doc(nlp(text), article).terms
    assert "mascot" in terms and "beijing" in terms  # the place of the dateline stays: where is news
    assert "xinhua" not in terms

    told = text + " The artists told Xinhua they worked for a year."
    assert "xinhua" in annotate_doc(nlp(told), Article("x", "Mascots", told, dateline=dateline)).terms
