"""A page's meta description is its standfirst only when the page shows it, and never when it copies the opening."""

from __future__ import annotations

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.records import Article
from storyline.settings import Settings

_BODY = ["The city council voted on Monday to close the old bridge over the river for repairs.",
         "Engineers found cracks in two of its pillars during an inspection last month, the council said.",
         "Traffic will be sent over the northern bridge until the work ends next spring, officials said.",
         "Shop owners on the east bank said they feared losing customers while the bridge is shut."]


def _article(summary: str, dek: str = "") -> Article:
    paras = "".join(f"<p>{x}</p>" for x in _BODY)
    dek_html = f'<p class="standfirst">{dek}</p>' if dek else ""
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council closes the old bridge'
            f'</title><meta name="description" content="{summary}"></head><body><nav><a href="/">Home</a></nav>'
            f"<article><header><h1>Council closes the old bridge</h1>{dek_html}</header>{paras}</article>"
            f"<footer>© 2021 Example Times</footer></body></html>")
    art = article_from_html(IngestContext(Settings()), "https://example.com/news/bridge", page.encode())
    assert isinstance(art, Article)
    return art


def test_a_summary_the_page_does_not_show_is_kept_as_metadata_not_as_standfirst():
    blurb = "Read the latest local news, sport and weather from the Example Times, your city's daily paper."
    art = _article(blurb)
    assert art.description is None and art.metadata["page_summary"] == blurb
    assert art.text.startswith("The city council voted")


def test_a_summary_the_page_prints_as_its_dek_is_read_once_as_story_text():
    dek = "Cracks in two pillars close the city's oldest crossing until spring."
    art = _article(dek, dek=dek)
    assert "page_summary" not in art.metadata
    assert "\n".join(x for x in (art.description, art.text) if x).count(dek) == 1


def test_a_summary_that_is_the_first_paragraph_cut_short_is_no_standfirst():
    art = _article("The city council voted on Monday to close the old bridge over the river for...")
    assert art.description is None
    assert art.text.startswith("The city council voted on Monday to close the old bridge over the river for repairs.")
