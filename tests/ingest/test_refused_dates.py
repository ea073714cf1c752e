"""Which date is taken when an input's dates lie after the moment it was read, and what is said of the rest.

A record's own date is checked before the page's are passed over; htmldate, which reads the same markup
again, is not asked once a page signal was refused; only the signals ranked ahead of the one taken are
listed as not taken; a WARC capture is read as of the day it was fetched; and building an article twice
from one input (the second opinion on a thin page) leaves the input's own list alone.
"""

from __future__ import annotations

import datetime as dt
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest.article import Given, IngestContext, build
from storyline.ingest.html import article_from_html
from storyline.ingest.jsonl import article_from_record
from storyline.ingest.published import FUTURE, ORDER_UNCLEAR
from storyline.ingest.warc import read_warc
from storyline.records import Article
from storyline.settings import Settings

NOW = dt.datetime(2026, 12, 5, 23, 30, tzinfo=dt.UTC)
TEXT = ("The city council voted on Friday evening to close the old bridge for repairs, officials said.\n\n"
        "Traffic will be diverted over the river for at least six months, the mayor told reporters.")
BODY = "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n"))


def _page(head: str = "", article: str = "", lang: str = "") -> str:
    return (f"<html {lang}><head><title>Bridge closed</title>{head}</head><body><article><h1>Bridge closed</h1>"
            f"{article}{BODY}</article></body></html>")


def _read(html: str, url: str = "p.html") -> Article:
    art = article_from_html(IngestContext(Settings(), now=NOW), url, html)
    assert isinstance(art, Article), art
    return art


def test_a_records_future_date_gives_way_to_the_dates_of_its_page():
    page = _page('<meta property="article:published_time" content="2021-04-03T10:00:00Z">')
    art = article_from_record(IngestContext(Settings(), now=NOW),
                              {"id": "b", "title": "Bridge closed", "html": page, "published": "2099-01-01"}, "b")
    assert isinstance(art, Article), art
    assert (art.published, art.published_from) == ("2021-04-03T10:00:00+00:00", "html-meta")
    assert art.metadata[FUTURE] == ["input 2099-01-01"]


def test_htmldate_is_not_asked_to_reread_a_page_whose_own_date_was_refused():
    # a scheduled post's stamp 25 hours ahead; htmldate made up a day from the same markup
    art = _read(_page('<meta property="article:published_time" content="2026-12-07T01:00:00Z">'))
    assert (art.published, art.metadata[FUTURE]) == (None, ["html-meta 2026-12-07T01:00:00+00:00"])
    # on a US page 12/07/2026 is 7 December, refused; htmldate read it day-first as 12 July
    art = _read(_page(article="<time>12/07/2026</time>", lang='lang="en-US"'))
    assert (art.published, art.metadata[FUTURE]) == (None, ["html-time 2026-12-07"])


def test_a_future_signal_ranked_below_the_one_taken_is_not_listed_as_not_taken():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2099-01-01"}</script>'
    art = _read(_page(ld, '<time datetime="2021-04-03T10:00:00+01:00">3 April 2021</time>'))
    assert (art.published, art.published_from) == ("2021-04-03T10:00:00+01:00", "html-time")
    assert FUTURE not in art.metadata


def test_a_future_day_in_the_address_is_listed_as_not_taken():
    art = _read(_page('<meta property="article:published_time" content="2021-04-03">'),
                "https://news.example.org/2099/01/01/bridge-closed")
    assert (art.published, art.published_from) == ("2021-04-03", "html-meta")
    assert art.metadata[FUTURE] == ["url 2099-01-01"]


def test_building_twice_from_one_input_leaves_its_list_of_dates_not_taken_alone():
    ctx = IngestContext(Settings(min_text_chars=10), now=NOW)
    given = Given(title="Bridge closed", published="2099-05-01", metadata={FUTURE: ["html-meta 2099-01-01"]})
    first, second = build(ctx, "x", TEXT, "html", given), build(ctx, "x", TEXT, "html", given)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.metadata[FUTURE] == second.metadata[FUTURE] == ["html-meta 2099-01-01", "input 2099-05-01"]
    assert given.metadata[FUTURE] == ["html-meta 2099-01-01"]


def test_a_record_with_its_own_published_future_field_is_read():
    rec = {"id": "r", "title": "Bridge closed", "text": TEXT, "published": "2099-01-01", "published_future": "x"}
    art = article_from_record(IngestContext(Settings(), now=NOW), rec, "r")
    assert isinstance(art, Article), art
    assert (art.published, art.metadata[FUTURE]) == (None, ["x", "input 2099-01-01"])


def test_a_warc_capture_is_read_as_of_the_day_it_was_fetched():
    # fetched on 1 May 2020, a page cannot have been published on 9 May 2020 (a broken template's date)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    body = _page('<meta property="article:published_time" content="2020-05-09T08:00:00Z">').encode("utf-8")
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example.org/bridge", "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2020-05-01T12:00:00Z"}))
    buf.seek(0)
    [art] = read_warc(IngestContext(Settings()), "crawl.warc", buf)
    assert isinstance(art, Article), art
    assert (art.published, art.published_from) == ("2020-05-01T12:00:00+00:00", "warc-date")
    assert art.metadata[FUTURE] == ["html-meta 2020-05-09T08:00:00+00:00"]


def test_a_guessed_day_order_that_would_date_a_page_ahead_is_read_the_other_way_and_no_longer_flagged():
    # no locale says the order; 12/08/2026 read month-first is 8 December, after the moment of reading
    art = _read(_page(article="<time>12/08/2026</time>"))
    assert (art.published, art.published_from, FUTURE in art.metadata) == ("2026-08-12", "html-time", False)
    assert ORDER_UNCLEAR not in art.metadata  # 8 December is impossible, so 12 August is no guess
    # a month-first reading that is not ahead stays the guess it is, flagged
    art = _read(_page(article="<time>11/08/2026</time>"))
    assert (art.published, art.metadata.get(ORDER_UNCLEAR)) == ("2026-11-08", True)


def test_a_records_own_guessed_day_order_is_read_the_way_that_is_not_ahead():
    for record in ({"id": "t", "title": "Bridge closed", "text": TEXT, "published": "12/08/2026 10:30"},
                   {"id": "h", "title": "Bridge closed", "html": _page(), "published": "12/08/2026"}):
        art = article_from_record(IngestContext(Settings(), now=NOW), record, record["id"])
        assert isinstance(art, Article), art
        assert (art.published[:10], art.published_from, FUTURE in art.metadata) == ("2026-08-12", "input", False)
        assert ORDER_UNCLEAR not in art.metadata


def test_a_clear_later_signal_beats_a_guessed_day_order_read_the_other_way():
    # an upcoming event's <time> on a page of no locale, and the page's own publication stamp below it
    art = _read(_page('<meta property="article:published_time" content="2026-12-01T10:00:00Z">',
                      article="<time>12/08/2026</time>"))
    assert (art.published, art.published_from) == ("2026-12-01T10:00:00+00:00", "html-meta")
    assert art.metadata[FUTURE] == ["html-time 2026-12-08"]  # the guess stays refused, and said
    record = {"id": "m", "title": "Bridge closed", "published": "12/08/2026",
              "html": _page('<meta property="article:published_time" content="2026-12-01T10:00:00Z">')}
    art = article_from_record(IngestContext(Settings(), now=NOW), record, "m")
    assert isinstance(art, Article), art
    assert (art.published, art.published_from, art.metadata[FUTURE]) == (
        "2026-12-01T10:00:00+00:00", "html-meta", ["input 2026-12-08"])
