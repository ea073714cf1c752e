"""A sentence that goes on a quote an earlier sentence opened is the speaker's words out of their quote: as a
timeline entry it read as the article's own report ('Even items from 2,000 years ago still make vogue artwork
today."', the FOCAC exhibition of 2 November 2006 in the newswire corpus).  One that names its speaker after
the quote says whose words they are, and stays.

Sentences written for these tests, annotated by the real model and our quote and timex taggers.
"""

from __future__ import annotations

from storyline.nlp import annotate_doc
from storyline.records import Article
from storyline.timeline.candidates import article_candidates


def candidates(nlp, text: str, published: str = "2006-11-02") -> dict[str, list[str]]:
    art = Article(external_id="t", title="t", text=text, published=published, id=1)
    ann = annotate_doc(nlp(text), art)
    assert any(q.kind == "direct" for q in ann.quotes), ann.quotes  # the quote is read as one
    out: dict[str, list[str]] = {}
    for c in article_candidates(art, ann, lead=False):
        out.setdefault(c.date, []).append(c.text)
    return out


def test_a_quotes_later_sentence_with_no_speaker_after_it_is_no_entry(nlp):
    got = candidates(nlp, 'Two exhibitions of African art opened in Beijing on Thursday. "It is a good chance '
                          'for ordinary people to see Africa," said Cheng Hui, a collector. "Many Africans are born '
                          'to be artists. Even items made centuries ago still make fine artwork today."')
    texts = [t for ts in got.values() for t in ts]
    assert any(t.startswith("Two exhibitions of African art opened") for t in texts), got
    assert not any("still make fine artwork" in t for t in texts), got


def test_a_quotes_later_sentence_that_names_its_speaker_stays(nlp):
    got = candidates(nlp, 'The vote was held in the north of the country on Sunday. "Nobody was hurt. The '
                          'polls closed early on Friday in the east," the election chief said on Monday.')
    assert any("polls closed early" in t for ts in got.values() for t in ts), got
