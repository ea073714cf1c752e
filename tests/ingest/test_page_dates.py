"""The publication date is the page's own: its <time> over script blocks, its local day over UTC metadata."""

from __future__ import annotations

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.ingest.published import normalize_date
from storyline.records import Article
from storyline.settings import Settings

BODY = ("<p>The city council voted on Friday evening to close the old bridge for repairs, officials said.</p>"
        "<p>Traffic will be diverted over the river for at least six months, the mayor told reporters.</p>")


def _article(head: str, article: str) -> Article:
    page = f"<html><head><title>Bridge closed</title>{head}</head><body><article><h1>Bridge closed</h1>" \
           f"{article}{BODY}</article></body></html>"
    art = article_from_html(IngestContext(Settings()), "p.html", page)
    assert isinstance(art, Article), art
    return art


def test_the_time_element_wins_over_a_script_block_timestamp():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-03-02T08:00:00Z"}</script>'
    art = _article(ld, '<time datetime="2019-03-01T18:45:00-05:00">March 1, 2019</time>')
    assert (art.published, art.published_from) == ("2019-03-01T18:45:00-05:00", "html-time")


def test_an_evening_story_keeps_the_local_day_the_page_shows_not_the_utc_one():
    meta = '<meta property="article:published_time" content="2009-04-25T01:30:00Z">'
    art = _article(meta, '<time datetime="2009-04-25T01:30:00Z">Fri Apr 24, 2009 9:30pm EDT</time>')
    assert art.published.startswith("2009-04-24") and art.published_from == "html-time"
    shown = _article(meta, "<p>April 24, 2009</p>")  # a date line under the headline, metadata in UTC
    assert shown.published == "2009-04-24" and shown.published_from == "text"


def test_json_ld_dates_are_read_when_nothing_else_says_it():
    ld = ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
          '"datePublished": "2018-09-25"}]}</script>')
    art = _article(ld, "")
    assert (art.published, art.published_from) == ("2018-09-25", "html-jsonld")


def test_dates_written_in_european_languages():
    assert normalize_date("publiziert am 25. September 2018") == "2018-09-25"
    assert normalize_date("Publié le 3 mars 2020 à 10h30") == "2020-03-03"
    assert normalize_date("Publicado el 3 de marzo de 2020") == "2020-03-03"
    assert normalize_date("25.09.2018, 14:05 Uhr") == "2018-09-25"
    art = _article("", "<p>publiziert am 25. September 2018</p>")
    assert (art.published, art.published_from) == ("2018-09-25", "text")


def test_the_day_in_the_address_wins_over_a_utc_stamp_past_midnight():
    meta = '<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">'
    page = f"<html><head><title>Bridge closed</title>{meta}</head><body><article>{BODY}</article></body></html>"
    art = article_from_html(IngestContext(Settings()), "https://news.example.com/2020/02/24/bridge-closed/", page)
    assert isinstance(art, Article) and (art.published, art.published_from) == ("2020-02-24", "url")
