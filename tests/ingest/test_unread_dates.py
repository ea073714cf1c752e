"""A record's date that cannot be read ("published": "not-a-date") is kept in ``metadata["published_raw"]`` for
``show`` and the export, whatever date the article ends up with, and does not hide the page's own date."""

from __future__ import annotations

from storyline.ingest.article import IngestContext
from storyline.ingest.jsonl import article_from_record
from storyline.records import Article
from storyline.settings import Settings

BODY = "".join(f"<p>The flood waters rose again on day {n}, and officials in the valley said more rain would come. "
               "Rescue teams moved families to higher ground.</p>" for n in range(4, 9))
PAGE = (f"<html><head><title>Floods rise</title></head><body><article><h1>Floods rise</h1>"
        f"<time datetime='2024-12-02'>2 December 2024</time>{BODY}</article></body></html>")
TEXT = "The dam opened on Monday after six years of work. Officials said it would supply water to three towns."


def test_a_page_record_with_an_unreadable_date_takes_the_pages_own_date_and_keeps_the_value():
    art = article_from_record(IngestContext(Settings()), {"id": "f1", "html": PAGE, "published": "not-a-date"}, "f#1")
    assert isinstance(art, Article)
    assert (art.published, art.published_from) == ("2024-12-02", "html-time")
    assert art.metadata["published_raw"] == "not-a-date"


def test_the_unreadable_value_is_kept_when_the_published_option_dates_the_article():
    ctx = IngestContext(Settings(), published="2024-12-05")
    art = article_from_record(ctx, {"id": "d1", "text": TEXT, "published": "not-a-date"}, "f#1")
    assert isinstance(art, Article)
    assert (art.published, art.published_from) == ("2024-12-05", "option")
    assert art.metadata["published_raw"] == "not-a-date"


def test_a_readable_date_leaves_no_trace():
    art = article_from_record(IngestContext(Settings()), {"id": "d2", "text": TEXT, "published": "2024-12-02"}, "f#2")
    assert isinstance(art, Article) and art.published == "2024-12-02" and "published_raw" not in art.metadata
