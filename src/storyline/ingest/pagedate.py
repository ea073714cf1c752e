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

An all-numeric day (``06/11/2023``) is read in the order of the page's locale
(:mod:`~storyline.ingest.dayorder`); where the page does not say it, the signal
is listed as a guess (:attr:`PageDates.unclear`).

Example::

    >>> page = ('<html><head><meta property="article:published_time" content="2009-04-25T01:30:00Z">'
    ...         '</head><body><article><time datetime="2009-04-24T21:30:00-04:00">April 24</time>'
    ...         '<p>Text.</p></article></body></html>')
    >>> page_dates(page).found[0]
    ('2009-04-24T21:30:00-04:00', 'html-time')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from storyline.ingest.article import Given, IngestContext
from storyline.ingest.dayorder import day_first
from storyline.ingest.published import after_reading, normalize_date, other_order, unclear_order

_META_KEYS = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "sailthru.date",
              "parsely-pub-date", "dcterms.created")


@dataclass
class PageDates:
    """Every signal's ``(date, signal)``, in the order they are trusted, and the page's numeric day order."""

    found: list[tuple[str, str]] = field(default_factory=list)
    """The caller takes the first it can use: one dated after the page was read is a broken template's, and
    the next one is taken instead."""
    day_first: bool | None = None
    """:func:`~storyline.ingest.dayorder.day_first` of the page: its text's date lines are read in that order."""
    unclear: set[str] = field(default_factory=set)
    """The signals whose all-numeric day read both ways on a page that does not say its order (a guess)."""


def page_dates(html: str | bytes, url: str | None = None) -> PageDates:
    """The page's dates by signal, each read in the order of the page's locale (see :class:`PageDates`)."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError, TypeError):
        return PageDates()
    dates = PageDates(day_first=day_first(tree, url))
    for find, signal in ((_time_element, "html-time"), (_meta, "html-meta"), (_json_ld, "html-jsonld")):
        hit = find(tree, dates.day_first)
        if hit:
            value, raw = hit
            dates.found.append((value, signal))
            if unclear_order(raw, dates.day_first):
                dates.unclear.add(signal)
    dates.found = [(_zoned(value, dates.found), signal) for value, signal in dates.found]
    return dates


def _zoned(value: str, found: list[tuple[str, str]]) -> str:
    """``value`` with the offset another signal gives for the same local time: a ``<time>`` reads
    "19.10.19, 11:29 Uhr" and the meta copy says ``2019-10-19T11:29:00+02:00``; the zone is kept.

    >>> _zoned("2019-10-19T11:29:00", [("2019-10-19T11:29:00+02:00", "html-meta")])
    '2019-10-19T11:29:00+02:00'
    """
    if len(value) <= 10 or value[19:]:
        return value
    return next((other for other, _ in found if other[:19] == value and other[19:]), value)


_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)")


def url_day(url: str | None) -> str | None:
    """The day a page's address names (``/2020/02/24/``): the publisher's own local day, when it gives one.

    >>> url_day("https://pagesix.com/2020/02/24/myers/"), url_day("https://example.org/a")
    ('2020-02-24', None)
    """
    m = _URL_DAY.search(url or "")
    return "-".join(m.groups()) if m else None


Found = tuple[str, str] | None
"""A finder's ``(ISO value, the text it was read from)``: the text says whether the reading was a guess."""


def _time_element(tree: lxml.html.HtmlElement, order: bool | None) -> Found:
    """The article's ``<time>``: marked as the publication date, else the first one inside the article."""
    marked = tree.xpath('//time[@itemprop="datePublished" or @pubdate or contains(@class, "publish")]')
    inside = tree.xpath("//article//time | //main//time")
    for el in [*marked, *inside]:
        found = _local(el.get("datetime") or el.get("content") or "", el.text_content(), order)
        if found:
            return found
    return None


def _local(attribute: str, text: str, order: bool | None = None) -> Found:
    """The attribute's date, unless it is a UTC instant and the element's own text names another day.

    >>> _local("2009-04-25T01:30:00Z", "Fri Apr 24, 2009 9:30pm EDT")
    ('2009-04-24T21:30:00-04:00', 'Fri Apr 24, 2009 9:30pm EDT')
    >>> _local("2009-04-25T01:30:00Z", "")
    ('2009-04-25T01:30:00+00:00', '2009-04-25T01:30:00Z')
    """
    attribute, text = attribute.strip(), text.strip()
    value = normalize_date(attribute, order) if attribute else None
    shown = normalize_date(text, order) if text and len(text) < 80 else None
    if value is None:
        return (shown, text) if shown else None
    utc = attribute.endswith(("Z", "+00:00", "+0000"))
    if shown and utc and shown[:10] != value[:10] and _days_apart(shown, value) == 1:
        return shown, text
    return value, attribute


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def _meta(tree: lxml.html.HtmlElement, order: bool | None) -> Found:
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in _META_KEYS:
            value = normalize_date(el.get("content"), order)
            if value:
                return value, el.get("content")
    return None


def _json_ld(tree: lxml.html.HtmlElement, order: bool | None) -> Found:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _walk(data):
            value = normalize_date(item.get("datePublished"), order)
            if value:
                return value, str(item.get("datePublished"))
    return None


def _walk(data: object) -> list[dict[str, object]]:
    """Every JSON object in a JSON-LD block (``@graph`` lists and nesting included)."""
    if isinstance(data, dict):
        return [data, *(x for v in data.values() for x in _walk(v))]
    if isinstance(data, list):
        return [x for v in data for x in _walk(v)]
    return []


@dataclass
class Chosen:
    """The publication date taken for a page, from which signal, and what was not taken on the way."""

    published: str | None
    source: str
    unclear: bool = False
    late: list[str] = field(default_factory=list)
    """The signals ranked ahead of the one taken whose date lies after the moment of reading."""
    raw: str | None = None
    """A record's date that could not be read (the page's is taken instead)."""


def choose_date(
    ctx: IngestContext, g: Given, dates: PageDates, order: bool | None, address: str | None, guess: str | None
) -> Chosen:
    """The date a page is published on: the record's own, else the page's signals in rank (``<time>``,
    ``<meta>``, JSON-LD; the address's day when it names another), else htmldate's ``guess``, else the
    address's day.

    A signal dated after the moment of reading is refused, and listed when it is ranked ahead of the one
    taken (one below it lost anyway).  When nothing is left, a refused reading whose day/month order was a
    guess is read the other way round, if that day has come (:func:`~.published.other_order`).  htmldate
    reads the same markup again: after a page signal was refused it finds that same date, or reads it in
    another day/month order than the page's locale, so it is not asked.
    """
    chosen = Chosen(g.published, g.published_from)
    guessed: list[tuple[str, str, str]] = []  # refused readings whose day order was a guess (see below)
    if g.published:
        read = normalize_date(g.published, order)
        if read is None:  # a record's date that cannot be read: the page's instead
            chosen.raw, chosen.published = g.published, None
        elif after_reading(read, ctx.now):
            chosen.late.append(f"input {read}")
            chosen.published = None
            if unclear_order(g.published, order):
                guessed.append((read, f"input {read}", g.published_from))
        else:
            return chosen
    found = dates.found
    refused = next((i for i, (value, _) in enumerate(found) if not after_reading(value, ctx.now)), len(found))
    chosen.late += [f"{signal} {value}" for value, signal in found[:refused]]
    guessed += [(value, f"{signal} {value}", signal) for value, signal in found[:refused] if signal in dates.unclear]
    shown = found[refused] if refused < len(found) else None
    named, guess = url_day(address), None if refused or shown else guess
    if guess and after_reading(guess, ctx.now):
        chosen.late.append(f"htmldate {guess}")
        guess = None
    if named and after_reading(named, ctx.now):
        if not guess:  # the address's day ranks ahead of the page's signals, behind htmldate's guess
            chosen.late.append(f"url {named}")
        named = None
    if shown and named and shown[0][:10] != named:
        chosen.published, chosen.source = named, "url"  # the publisher's own day beats a UTC or update stamp
    elif shown:  # the page's <time>, <meta> or JSON-LD, time and offset kept
        chosen.published, chosen.source = shown
        chosen.unclear = shown[1] in dates.unclear
    elif guess:
        chosen.published, chosen.source = guess, "htmldate"
    elif named:
        chosen.published, chosen.source = named, "url"
    else:  # nothing else left: a refused reading of a guessed day order, the other way round if that is past
        for value, listed, source in guessed:
            if other := other_order(value, ctx.now):
                chosen.published, chosen.source = other, source
                chosen.late.remove(listed)  # taken after all, in the order that can be true
                break
    return chosen
