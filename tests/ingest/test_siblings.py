"""A story split into several text boxes comes back whole; teasers and boxes of other kinds stay out."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.ingest.siblings import sibling_paragraphs, with_siblings
from storyline.records import Article
from storyline.settings import Settings
from tests.ingest.pages import EVAL, eval_page

FIRST = "The council voted on Monday to close the old bridge for repairs."
SECOND = "Traffic will be diverted over the river for two months, officials said."


def _page(*boxes: str) -> str:
    return "<html><body><nav><p>Home. News. Sport.</p></nav>" + "".join(boxes) + "</body></html>"


def test_a_paragraph_in_a_box_like_the_extracted_one_is_put_back_after_it():
    page = _page(f'<div class="text"><p>{FIRST}</p></div>', '<div class="ad"><p>Advertisement.</p></div>',
                 f'<div class="text"><p>{SECOND}</p></div>')
    assert with_siblings(page, f"Bridge closed\n{FIRST}") == (f"Bridge closed\n{FIRST}\n{SECOND}", 1)


def test_a_paragraph_before_the_first_extracted_one_goes_before_it():
    page = _page(f'<div class="text"><p>{SECOND}</p></div>', f'<div class="text"><p>{FIRST}</p></div>')
    assert with_siblings(page, FIRST) == (f"{SECOND}\n{FIRST}", 1)


def test_teasers_links_and_boxes_of_another_kind_stay_out():
    teaser = "Read our guide to the city's other bridges and their history."
    page = _page(f'<div class="text"><p>{FIRST}</p></div>',
                 f'<div class="related"><p>{SECOND}</p></div>',  # a box of another class
                 f'<div class="text"><p><a href="/guide">{teaser}</a></p></div>',  # all link text
                 '<div class="text"><p>Share this</p></div>',  # not prose
                 f'<footer><div class="text"><p>{SECOND}</p></div></footer>')
    assert sibling_paragraphs(page, FIRST)[0] == []
    assert with_siblings(page, FIRST) == (FIRST, 0)


def test_a_box_nested_in_a_paragraph_is_not_part_of_its_text():
    page = _page(f'<div class="text"><p>{FIRST}</p></div>',
                 f'<div class="text"><p>{SECOND}<div class="teaser">Also read: another story.</div></p></div>')
    left, taken = sibling_paragraphs(page, FIRST)
    assert [p.text for p in left] == [SECOND] and [p.text for p in taken] == [FIRST]


def test_a_paragraph_the_extractor_spaced_differently_counts_as_taken():
    page = _page(f'<div class="text"><p>The council voted on <b>Monday</b>to close the old bridge.</p></div>'
                 f'<div class="text"><p>{SECOND}</p></div>')
    text = "The council voted on Monday to close the old bridge.\n" + SECOND
    assert with_siblings(page, text) == (text, 0)


def test_nothing_comes_back_when_the_extracted_text_is_not_on_the_page():
    assert with_siblings(_page(f'<div class="text"><p>{SECOND}</p></div>'), FIRST) == (FIRST, 0)
    assert with_siblings("", FIRST) == (FIRST, 0)


@pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")
@pytest.mark.parametrize("name", ["fluessiggas.de.dimethylether.html", "iconmagazine.de.sharonstone.html"])
def test_real_articles_split_over_text_boxes_come_back_whole_and_once(name):
    url, html, case = eval_page(name)
    texts = {}
    for on in (True, False):
        art = article_from_html(IngestContext(Settings(sibling_paragraphs=on)), url, html)
        assert isinstance(art, Article)
        texts[on] = art
    whole = " ".join(texts[True].text.split())
    before = " ".join(texts[False].text.split())
    # the benchmark's own snippets: more of the story's, none of the page's
    assert sum(s in whole for s in case["with"]) > sum(s in before for s in case["with"])
    assert not any(s in whole for s in case["without"])
    lines = [ln for ln in texts[True].text.splitlines() if ln.strip()]
    assert len(lines) == len(set(lines))  # each paragraph once
    assert texts[True].metadata["paragraphs_restored"] >= 2 and "paragraphs_restored" not in texts[False].metadata


@pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")
def test_a_page_whose_first_extraction_is_a_line_or_two_is_read_again_for_recall():
    url, html, case = eval_page("OnlineMarketing.de-Instagram.html")
    first = article_from_html(IngestContext(Settings(recall_below=0)), url, html)
    second = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert len(first.text) < Settings().recall_below <= len(second.text)
    assert second.metadata["extracted_with"] == "favor_recall"
    assert all(s in " ".join(second.text.split()) for s in case["with"])
    assert not any(s in second.text for s in case["without"])


def test_a_page_with_a_story_is_not_read_twice():
    page = _page("<article>" + "".join(f"<p>{FIRST} {SECOND} Paragraph {i} of the story.</p>" for i in range(6))
                 + "</article>")
    art = article_from_html(IngestContext(Settings()), "p.html", page)
    assert isinstance(art, Article) and len(art.text) >= Settings().recall_below
    assert "extracted_with" not in art.metadata
