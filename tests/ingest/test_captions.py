"""Photo captions and credits leave the article's text; a sentence the page also prints as a paragraph stays."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.captions import drop_captions
from storyline.ingest.html import article_from_html
from storyline.records import Article
from storyline.settings import Settings
from tests.ingest.pages import EVAL, eval_page

BODY = "The council voted on Monday to close the old bridge for repairs."
CAPTION = "Cars queue on the old bridge in the morning rush hour."


def test_a_caption_or_credit_line_goes_and_says_why():
    page = (f'<html><body><p>{BODY}</p><div class="image"><span class="image-credit">Photo: J. Smith / Reuters'
            f'</span></div><figure><figcaption>{CAPTION}</figcaption></figure></body></html>')
    text, removed = drop_captions(page, f"{BODY}\n{CAPTION}\nPhoto: J. Smith / Reuters")
    assert text == BODY
    assert [(r.reason, r.text) for r in removed] == [("caption", CAPTION), ("caption", "Photo: J. Smith / Reuters")]


def test_a_caption_inside_a_paragraph_goes_but_the_paragraph_stays():
    page = (f'<html><body><p>{BODY} <span class="rte-caption">{CAPTION}</span></p></body></html>')
    assert drop_captions(page, f"{BODY}\n{CAPTION}")[0] == BODY


def test_a_sentence_printed_as_a_paragraph_and_as_a_caption_stays():
    page = (f'<html><body><figure><figcaption>{BODY}</figcaption></figure><p>{BODY}</p></body></html>')
    assert drop_captions(page, BODY) == (BODY, [])


def test_a_wrapper_whose_class_names_a_credit_is_no_caption():
    long_body = " ".join([BODY] * 12)
    page = f'<html><body><div class="site-copyright-wrapper"><p>{long_body}</p></div></body></html>'
    assert drop_captions(page, long_body) == (long_body, [])


@pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")
@pytest.mark.parametrize("name", ["outdoor-magazin.com-vanlife.html", "viconsortium.com-cocaine.html"])
def test_real_pages_lose_their_photo_captions_and_keep_their_story(name):
    url, html, case = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    kept = article_from_html(IngestContext(Settings(drop_captions=False)), url, html)
    assert isinstance(art, Article) and isinstance(kept, Article)
    text = " ".join(" ".join([art.title, art.description or "", art.text]).split())
    before = " ".join(" ".join([kept.title, kept.description or "", kept.text]).split())
    assert all(" ".join(s.split()) in text for s in case["with"])
    assert sum(s in text for s in case["without"]) < sum(s in before for s in case["without"])
    assert any(r.reason == "caption" for r in art.removed)
