"""An all-numeric day is read in the order of the page's locale, and a date after the moment of reading is none.

"03/04/2021" is 3 April on a British page and 4 March on a US one; a page that does not say its locale gets
the month-first reading and its signal says the order was a guess.  A date past the moment the page is read
(2099 from a broken template) is no publication date: the next signal is taken and the reason kept.
"""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.ingest.published import normalize_date
from storyline.records import Article
from storyline.settings import Settings
from tests.conftest import DATA, needs_shared

FUTURE = "published_future"  # the metadata key listing the dates not taken (storyline.ingest.published.FUTURE)

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
    assert (art.published, art.published_from) == ("2021-03-04", "html-time, day/month order unclear")


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


def test_a_dotted_day_on_a_us_page_is_month_first():
    assert (normalize_date("03.04.2020", day_first=False), normalize_date("03.04.2020")) == ("2020-03-04", "2020-04-03")
