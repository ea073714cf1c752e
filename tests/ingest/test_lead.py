"""A lead set in its own box above the body comes first in the article; related-story teasers do not."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.ingest.lead import lead_paragraph, with_lead
from storyline.records import Article
from storyline.settings import Settings
from tests.ingest.pages import EVAL, eval_page

BODY = "The council voted on Monday to close the old bridge for repairs."
LEAD = "The old bridge will close for two months while engineers replace its deck."


def test_a_lead_box_in_the_article_header_goes_first():
    page = (f'<html><body><article><header><h1>Bridge</h1><p class="standfirst">{LEAD}</p></header>'
            f'<div class="body"><p>{BODY}</p></div></article></body></html>')
    assert with_lead(page, BODY) == (f"{LEAD}\n{BODY}", True)


def test_teasers_far_boxes_and_boxes_after_the_body_are_not_a_lead():
    linked = (f'<html><body><article><div class="teaser"><p><a href="/x">{LEAD}</a></p></div>'
              f'<div class="body"><p>{BODY}</p></div></article></body></html>')
    far = (f'<html><body><div class="a"><div class="b"><div class="c"><div class="d"><div class="intro">'
           f'<p>{LEAD}</p></div></div></div></div></div><div class="body"><p>{BODY}</p></div></body></html>')
    after = (f'<html><body><article><div class="body"><p>{BODY}</p></div><div class="teaser"><p>{LEAD}</p>'
             f'</div></article></body></html>')
    plain = (f'<html><body><article><div class="note"><p>{LEAD}</p></div>'
             f'<div class="body"><p>{BODY}</p></div></article></body></html>')
    assert [lead_paragraph(p, BODY) for p in (linked, far, after, plain)] == [None] * 4


def test_a_lead_already_in_the_text_is_not_added_twice():
    page = (f'<html><body><article><div class="intro"><p>{LEAD}</p></div>'
            f'<div class="body"><p>{BODY}</p></div></article></body></html>')
    assert with_lead(page, f"{LEAD}\n{BODY}") == (f"{LEAD}\n{BODY}", False)


@pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")
@pytest.mark.parametrize("name", ["jagdverband.de-erschuettert.html", "wind-energie.de.beschleunigung.html"])
def test_real_pages_keep_the_lead_trafilatura_leaves_in_its_teaser_box(name):
    url, html, case = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article) and art.metadata.get("lead_restored")
    text = " ".join(" ".join([art.title, art.description or "", art.text]).split())
    assert all(" ".join(s.split()) in text for s in case["with"])
    assert not any(s in text for s in case["without"])
    assert art.text.count(art.text.splitlines()[0]) == 1  # the lead, once
