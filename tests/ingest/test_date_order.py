"""An all-numeric day is read in the order of the input's locale, and a date after the moment of reading is none.

"03/04/2021" is 3 April on a British page, feed or record and 4 March on a US one (CLDR's short date
patterns); an input that does not say its locale, or whose declarations disagree, gets the month-first
reading flagged as a guess; a dotted day is day-first everywhere.  A date past the moment the page is read
(2099 from a broken template) is no publication date: the next signal is taken and the reason kept.
"""

from __future__ import annotations

import datetime as dt
import gzip
from xml.sax.saxutils import escape

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.feeds import read_feed
from storyline.ingest.html import article_from_html
from storyline.ingest.jsonl import article_from_record
from storyline.ingest.published import normalize_date, unclear_order
from storyline.records import Article
from storyline.settings import Settings
from tests.conftest import DATA, needs_shared

FUTURE = "published_future"  # the metadata key listing the dates not taken (storyline.ingest.published.FUTURE)
ORDER_UNCLEAR = "published_order_unclear"  # the flag of a guessed order (storyline.ingest.published.ORDER_UNCLEAR)

BODY = ("<p>The city council voted on Friday evening to close the old bridge for repairs, officials said.</p>"
        "<p>Traffic will be diverted over the river for at least six months, the mayor told reporters.</p>")


def _article(html_attrs: str, head: str, article: str, url: str = "p.html",
             now: dt.datetime | None = None) -> Article:
    page = (f"<html {html_attrs}><head><title>Bridge closed</title>{head}</head><body><article>"
            f"<h1>Bridge closed</h1>{article}{BODY}</article></body></html>")
    ctx = IngestContext(Settings()) if now is None else IngestContext(Settings(), now=now)
    art = article_from_html(ctx, url, page)
    assert isinstance(art, Article), art
    return art


@pytest.mark.parametrize(("attrs", "url", "day"), [
    ('lang="en-GB"', "p.html", "2021-04-03"),
    ('lang="en-US"', "p.html", "2021-03-04"),
    ('lang="de"', "p.html", "2021-04-03"),
    ('lang="fr-FR"', "p.html", "2021-04-03"),
    ('lang="en"', "https://www.example.co.uk/news/bridge", "2021-04-03"),
    ('lang="en-IN"', "https://example.com/bridge", "2021-04-03"),
])
def test_a_numeric_day_is_read_in_the_order_of_the_pages_locale(attrs, url, day):
    art = _article(attrs, "", "<time>03/04/2021</time>", url)
    assert (art.published, art.published_from) == (day, "html-time")


def test_og_locale_says_the_order_when_the_html_does_not():
    art = _article("", '<meta property="og:locale" content="en_GB">',
                   '<time>04/03/21</time>')
    assert (art.published, art.published_from) == ("2021-03-04", "html-time")


def test_a_page_that_does_not_say_its_locale_gets_a_reading_flagged_as_a_guess():
    art = _article("", "", "<time>03/04/2021</time>", "https://example.com/bridge")
    assert (art.published, art.published_from) == ("2021-03-04", "html-time")
    assert art.metadata[ORDER_UNCLEAR] is True


def test_a_day_impossible_one_way_is_read_the_only_way_it_can_be_on_any_page():
    for attrs in ('lang="en-US"', 'lang="en-GB"', ""):
        art = _article(attrs, "", "<time>13/04/2021</time>", "https://example.com/bridge")
        assert (art.published, art.published_from) == ("2021-04-13", "html-time")


def test_a_date_after_the_moment_of_reading_gives_way_to_the_next_signal():
    meta = '<meta property="article:published_time" content="2099-01-01T00:00:00Z">'
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2018-09-25"}</script>'
    art = _article("", meta + ld, "")
    assert (art.published, art.published_from) == ("2018-09-25", "html-jsonld")
    assert art.metadata[FUTURE] == ["html-meta 2099-01-01T00:00:00+00:00"]


def test_a_page_whose_only_date_is_in_the_future_is_stored_undated_saying_why():
    art = _article("", '<meta property="article:published_time" content="2099-01-01">', "")
    assert (art.published, art.published_from, art.metadata[FUTURE]) == (None, None, ["html-meta 2099-01-01"])


def test_a_day_of_slack_lets_a_time_zone_ahead_of_utc_keep_its_local_date():
    now = dt.datetime(2021, 4, 5, 22, 0, tzinfo=dt.UTC)
    meta = '<meta property="article:published_time" content="{}">'
    assert _article("", meta.format("2021-04-06"), "", now=now).published == "2021-04-06"
    assert _article("", meta.format("2021-04-07"), "", now=now).published is None


def _dev_page(name: str, url: str) -> Article:
    """A page of the dev half of trafilatura's evaluation set, read as `storyline ingest` reads it."""
    html = gzip.decompress((DATA / "trafilatura-eval" / "pages" / f"{name}.gz").read_bytes())
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article), art
    return art


@needs_shared
def test_a_spanish_page_writes_its_numeric_day_day_first():
    # meta and JSON-LD say "10/05/2022 05:22 pm"; the page's dateModified is 2022/05/10 17:36
    art = _dev_page("eluniversal.com-senador.html",
                    "https://www.eluniversal.com/internacional/125703/senador-republicano-califica-a-biden-de-"
                    "incapacitado")
    assert (art.published, art.published_from) == ("2022-05-10T17:22:00", "html-meta")


@needs_shared
def test_a_time_element_without_an_offset_keeps_the_zone_its_meta_copy_gives():
    # <time datetime="2022-01-15 00:48">; the meta and JSON-LD copies say 2022-01-15T00:48:00+01:00
    art = _dev_page("selbermachen.de-wohngewaechshaus.html",
                    "https://selbermachen.de/garten/gartenhaus-selber-bauen/wohngewaechshaus-selber-bauen")
    assert (art.published, art.published_from) == ("2022-01-15T00:48:00+01:00", "html-time")


def test_german_short_dates_with_a_two_digit_year_are_read_day_first():
    # as dev pages print them in <time> elements (express.de, mz-web.de, fr.de, hessenschau.de)
    assert normalize_date("19.10.19, 11:29 Uhr") == "2019-10-19T11:29:00"
    assert normalize_date("Veröffentlicht am 19.10.19 um 14:34 Uhr") == "2019-10-19T14:34:00"
    assert normalize_date("04.05.20 14:50", day_first=True) == "2020-05-04T14:50:00"
    assert normalize_date("31.02.19") is None  # no such day either way


def test_a_dotted_day_is_day_first_whatever_the_locale_says_of_slashes():
    # a German page whose theme declares a default og:locale en_US wrote 03.04.2021 for 3 April
    assert (normalize_date("03.04.2020", day_first=False), normalize_date("03.04.2020")) == ("2020-04-03", "2020-04-03")
    assert not unclear_order("03.04.2020")


def test_a_bare_en_leaves_the_order_to_a_later_declaration_that_names_the_country():
    art = _article('lang="en-AU"', '<meta http-equiv="Content-Language" content="en">', "<time>03/04/2021</time>")
    assert (art.published, art.published_from, ORDER_UNCLEAR in art.metadata) == ("2021-04-03", "html-time", False)


def test_declarations_that_disagree_on_the_order_leave_it_unclear():
    # a theme's default og:locale en_US on an Australian page (dev page tonedeaf.thebrag.com says the same)
    art = _article('lang="en-AU"', '<meta property="og:locale" content="en_US">', "<time>03/04/2021</time>")
    assert (art.published, art.metadata[ORDER_UNCLEAR]) == ("2021-03-04", True)


def test_a_german_page_with_a_default_us_og_locale_reads_its_dotted_day_day_first():
    art = _article('lang="de-DE"', '<meta property="og:locale" content="en_US">', "<time>03.04.2021</time>")
    assert (art.published, ORDER_UNCLEAR in art.metadata) == ("2021-04-03", False)


def test_the_order_of_a_language_comes_from_cldr():
    # Tamil writes d/M/yy, Filipino M/d/yy (CLDR's short date patterns); neither was in a hand-kept list
    assert _article('lang="ta"', "", "<time>03/04/2021</time>").published == "2021-04-03"
    filipino = _article('lang="fil"', "", "<time>03/04/2021</time>")
    assert (filipino.published, ORDER_UNCLEAR in filipino.metadata) == ("2021-03-04", False)


def test_dotted_clock_times_are_no_dates():
    assert [normalize_date(s) for s in ("09.15.22", "10.30.45", "12.10.15 Uhr")] == [None, None, None]
    assert normalize_date("Veröffentlicht am 19.10.19 um 14:34 Uhr") == "2019-10-19T14:34:00"


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
<link>https://www.gazette.example.co.uk/</link>{language}<item><title>Bridge closed</title>
<link>https://www.gazette.example.co.uk/news/bridge</link><pubDate>03/04/2021</pubDate>
<description>{body}</description></item></channel></rss>"""


def test_a_feeds_numeric_day_is_read_in_the_feeds_language_and_domain():
    for language, day in (("<language>en-gb</language>", "2021-04-03"), ("", "2021-04-03")):
        feed = FEED.format(language=language, body=escape(BODY)).encode("utf-8")
        [art] = read_feed(IngestContext(Settings()), "gazette.xml", feed)
        assert isinstance(art, Article), art
        assert (art.published, art.published_from, ORDER_UNCLEAR in art.metadata) == (day, "feed", False)
    us = FEED.format(language="", body=escape(BODY)).replace(".co.uk", ".com").encode("utf-8")
    [art] = read_feed(IngestContext(Settings()), "gazette.xml", us)
    assert isinstance(art, Article)
    assert (art.published, art.metadata[ORDER_UNCLEAR]) == ("2021-03-04", True)


def test_a_records_language_says_the_order_of_its_numeric_day():
    text = "\n\n".join(p.removeprefix("<p>") for p in BODY.split("</p>") if p)
    rec = {"id": "a", "title": "Bridge closed", "text": text, "published": "03/04/2021", "language": "en-GB"}
    art = article_from_record(IngestContext(Settings()), rec, "a")
    assert isinstance(art, Article), art
    assert (art.published, ORDER_UNCLEAR in art.metadata) == ("2021-04-03", False)
