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



DEK = "Engineers found cracks in two pillars, and the crossing stays shut until the spring."
TITLE = "Council closes the old bridge | Example Times"


def _headed(h1: str, line: str, group: str = "header", deep: int = 0) -> str:
    """A page whose header holds ``h1`` and ``line`` under it; the body ``deep`` boxes further down."""
    inner = "<hgroup>{}</hgroup>" if group == "hgroup" else "{}"
    body = "<div>" * deep + f"<p>{BODY}</p>" + "</div>" * deep
    return f"<html><body><header>{inner.format(f'<h1>{h1}</h1><h2>{line}</h2>')}</header>{body}</body></html>"


def test_a_dek_under_the_headline_goes_first_wherever_the_body_stands():
    pages = [_headed("Council closes the old bridge", DEK, group, deep=5) for group in ("hgroup", "header")]
    assert [with_lead(p, BODY, TITLE) for p in pages] == [(f"{DEK}\n{BODY}", True)] * 2


def test_a_line_under_the_site_name_a_short_kicker_or_the_page_summary_is_no_dek():
    cases = [(_headed("Example Times", DEK), None),  # the site's name and its slogan
             (_headed("Council closes the old bridge", "Life in the city!"), None),
             (_headed("Council closes the old bridge", DEK), DEK)]
    assert [lead_paragraph(p, BODY, TITLE) for p, _ in cases] == [want for _, want in cases]
    assert lead_paragraph(_headed("Council closes the old bridge", DEK), BODY, TITLE, summary=DEK) is None
