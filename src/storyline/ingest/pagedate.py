"""The publication date a page shows, and which part of the page said it.

A page states its date several times: in a ``<time>`` element a reader sees,
in ``<meta>`` tags for crawlers, in a JSON-LD script block.  The machine
copies are often in UTC, so an evening story in New York carries the next
day; the visible ``<time>`` element carries the page's own local date (its
``datetime`` attribute, with its offset, or its text when the attribute is a
UTC instant on another day).  So the chain is: ``<time>`` in the article,
then ``<meta>``, then JSON-LD; htmldate (through trafilatura) is the caller's
last resort.  Values keep their time and offset.  A day in the page's
address (``/2020/02/24/``) is the publisher's own and wins over a stamp on
another day (a UTC stamp past midnight, an update time): on the pages of
trafilatura's evaluation set (dev half) whose URL names a day, 4 of 55 stamps
fell on another day.

Example::

    >>> page = ('<html><head><meta property="article:published_time" content="2009-04-25T01:30:00Z">'
    ...         '</head><body><article><time datetime="2009-04-24T21:30:00-04:00">April 24</time>'
    ...         '<p>Text.</p></article></body></html>')
    >>> page_date(page)
    ('2009-04-24T21:30:00-04:00', 'html-time')
"""

from __future__ import annotations

import datetime as dt
import json
import re

import lxml.html
from lxml import etree

from storyline.ingest.published import normalize_date

_META_KEYS = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "sailthru.date",
              "parsely-pub-date", "dcterms.created")


def page_date(html: str | bytes) -> tuple[str, str] | None:
    """``(ISO date or datetime, signal)`` for the page's own publication date, or None when it shows none.

    The signal is 'html-time', 'html-meta' or 'html-jsonld'.
    """
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError, TypeError):
        return None
    for find, signal in ((_time_element, "html-time"), (_meta, "html-meta"), (_json_ld, "html-jsonld")):
        value = find(tree)
        if value:
            return value, signal
    return None


_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)")


def url_day(url: str | None) -> str | None:
    """The day a page's address names (``/2020/02/24/``): the publisher's own local day, when it gives one.

    >>> url_day("https://pagesix.com/2020/02/24/myers/"), url_day("https://example.org/a")
    ('2020-02-24', None)
    """
    m = _URL_DAY.search(url or "")
    return "-".join(m.groups()) if m else None


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    """The article's ``<time>``: marked as the publication date, else the first one inside the article."""
    marked = tree.xpath('//time[@itemprop="datePublished" or @pubdate or contains(@class, "publish")]')
    inside = tree.xpath("//article//time | //main//time")
    for el in [*marked, *inside]:
        value = _local(el.get("datetime") or el.get("content") or "", el.text_content())
        if value:
            return value
    return None


def _local(attribute: str, text: str) -> str | None:
    """The attribute's date, unless it is a UTC instant and the element's own text names another day.

    >>> _local("2009-04-25T01:30:00Z", "Fri Apr 24, 2009 9:30pm EDT")
    '2009-04-24T21:30:00-04:00'
    >>> _local("2009-04-25T01:30:00Z", "")
    '2009-04-25T01:30:00+00:00'
    """
    value = normalize_date(attribute.strip()) if attribute.strip() else None
    shown = normalize_date(text.strip()) if text.strip() and len(text) < 80 else None
    if value is None:
        return shown
    utc = attribute.strip().endswith(("Z", "+00:00", "+0000"))
    if shown and utc and shown[:10] != value[:10] and _days_apart(shown, value) == 1:
        return shown
    return value


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def _meta(tree: lxml.html.HtmlElement) -> str | None:
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in _META_KEYS:
            value = normalize_date(el.get("content"))
            if value:
                return value
    return None


def _json_ld(tree: lxml.html.HtmlElement) -> str | None:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _walk(data):
            value = normalize_date(item.get("datePublished"))
            if value:
                return value
    return None


def _walk(data: object) -> list[dict[str, object]]:
    """Every JSON object in a JSON-LD block (``@graph`` lists and nesting included)."""
    if isinstance(data, dict):
        return [data, *(x for v in data.values() for x in _walk(v))]
    if isinstance(data, list):
        return [x for v in data for x in _walk(v)]
    return []
