"""An entry's words start after the wire dateline of its paragraph, read as ingest reads a dateline
(ingest.lines.dateline_at): a digest's "SEOUL --", a hyphen after the credit, an AFP diary's colon.  The real
model, a text written for the test."""

from __future__ import annotations

from storyline.nlp import annotate_doc
from storyline.records import Article
from storyline.timeline.candidates import article_candidates

TEXT = ("Asian stock markets closed mixed on Monday.\n\n"
        "SEOUL -- The benchmark index dropped 10 points to 1,402 on Monday.\n\n"
        "LUANDA, Nov. 20 (Xinhua) - The Angolan government signed an oil deal with China on Monday.\n\n"
        "RAMALLAH, West Bank: The Fatah central committee met on Monday to settle its list of candidates.")


def test_entries_start_after_each_paragraph_s_dateline(nlp) -> None:
    article = Article("digest", "Asian markets", TEXT, id=1, published="2006-11-20")
    texts = {c.text for c in article_candidates(article, annotate_doc(nlp(TEXT), article))}
    assert "The benchmark index dropped 10 points to 1,402 on Monday." in texts
    assert "The Angolan government signed an oil deal with China on Monday." in texts
    assert "The Fatah central committee met on Monday to settle its list of candidates." in texts
    assert not any(t.startswith(("SEOUL", "LUANDA", "RAMALLAH", "-", ",")) for t in texts)
