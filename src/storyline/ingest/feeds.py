"""RSS and Atom feeds (feedparser): each entry with its content, title, link and date.

An entry's text is its full content (``content:encoded``, Atom ``content``)
when the feed carries it, else its summary; HTML in it is flattened to
paragraphs.  Entries too short to be an article (a one-line teaser) are
reported as skipped, one line each.  A document cut off before its end (a download that stopped) keeps
the entries read whole, and the file is reported once as cut short (:func:`cut_short`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.sax import SAXParseException

import feedparser
import lxml.html

from storyline.ingest.article import Given, IngestContext, Problem, build, located
from storyline.ingest.dayorder import order_of
from storyline.ingest.published import normalize_date
from storyline.plain import counted
from storyline.records import Article

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figure", "section")


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph per block element.

    >>> fragment_text("<p>One <b>two</b>.</p><p>Three.<br>Four.</p>")
    'One two.\\n\\nThree.\\nFour.'
    """
    if "<" not in html:
        return html
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paras = ["\n".join(ln.strip() for ln in p.strip().split("\n")) for p in text.split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def _entry_text(entry: Any) -> str:
    for c in entry.get("content") or []:
        if c.get("value"):
            return str(c["value"])
    return str(entry.get("summary") or "")


def _entry_date(entry: Any) -> str | None:
    """The entry's date as the feed writes it (read by :func:`build` in the feed's day/month order), its
    offset kept, else feedparser's parse.

    feedparser's ``published_parsed`` is a UTC ``struct_time``: an evening story in New York
    ("Tue, 04 Jun 2019 21:30:00 -0400") would become the next day, and "on Tuesday" in it would be
    read from Wednesday.  The written string keeps the writer's own day; the parse is the fallback
    for forms only feedparser reads.
    """
    for key in ("published", "updated"):
        written = entry.get(key)
        if isinstance(written, str) and normalize_date(written) is not None:
            return written
    return normalize_date(entry.get("published_parsed") or entry.get("updated_parsed"))


def read_feed(ctx: IngestContext, name: str, data: bytes) -> Iterator[Article | Problem]:
    """An Article or Problem per entry; a document that is no feed is one Problem."""
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f"not a readable feed ({feed.bozo_exception})" if feed.bozo else "the feed has no entries"
        yield Problem(name, why, "failed" if feed.bozo else "skipped")
        return
    site = _plain(feed.feed.get("title_detail"), feed.feed.get("title"))
    home = feed.feed.get("link") or ""
    language = feed.feed.get("language")
    markup = _markup(data) if feed.get("bozo") else data  # (only a feed the XML parser faulted is searched)
    entries, cut = feed.entries, cut_short(feed, markup)
    if cut and _closed_entries(markup) < len(entries):  # the last entry was cut off: its text is a fragment
        entries = entries[:-1]
    for i, entry in enumerate(entries, 1):
        link = _absolute(home, entry.get("link"))
        ext = entry.get("id") or link or f"{name}#{i}"
        given = Given(title=_plain(entry.get("title_detail"), entry.get("title")), published=_entry_date(entry),
                      published_from="feed", source=site, url=link,
                      day_first=order_of([language] if isinstance(language, str) else [], link or home))
        try:
            text = fragment_text(_entry_text(entry))
        except (ValueError, lxml.etree.ParserError) as exc:
            item: Article | Problem = Problem(ext, f"entry content is not readable HTML ({exc})")
        else:
            item = build(ctx, ext, text, "feed", given)
        yield located(item, f"{name}#{i}", f"{name}#{i}", "{where} ({input})")  # the feed, not only the entry's link
    if cut:
        lost = f", item #{len(entries) + 1} cut off" if len(entries) < len(feed.entries) else ""
        yield Problem(name, f"feed cut short or malformed ({cut}): {counted(len(entries), 'item')} read before the "
                            f"cut{lost}; fetch the feed again for the rest")


_ROOT_CLOSED = re.compile(rb"</\s*(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>")
_ENTRY_CLOSED = re.compile(rb"</\s*(?:[\w.-]+:)?(?:item|entry)\s*>")
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.S)


def _markup(data: bytes) -> bytes:
    """The document without its CDATA sections: an entry's HTML may hold "</item>" or "</rss>" as text (a code
    sample), which closes nothing."""
    return _CDATA.sub(b"", data)


def cut_short(feed: Any, markup: bytes) -> str | None:
    """Why a feed document (``markup``: its bytes without CDATA, :func:`_markup`) ends before its root element
    closes (the XML parser's error), or None.

    feedparser reads a broken feed again with its forgiving parser and hands back every entry it found, the
    cut one too, whose text is a fragment (or nothing: "no article text" said nothing of the cut).  Only a
    document that ends early is reported: a feed with a stray "&" or "&nbsp;" is also malformed to the XML
    parser, but the forgiving parser reads every entry of it, and nothing is lost to say.

    >>> import feedparser
    >>> cut_short(feedparser.parse(b"<rss><channel><item><title>A</title></item><item><ti"), b"...<ti")
    'unclosed token'
    >>> whole = b"<rss><channel><title>A &nbsp; B</title><item><title>A</title></item></channel></rss>"
    >>> cut_short(feedparser.parse(whole), whole) is None
    True
    """
    exc = feed.get("bozo_exception")
    if not feed.get("bozo") or not isinstance(exc, SAXParseException) or _ROOT_CLOSED.search(markup):
        return None  # the root closed: whatever follows it (a cache plugin's comment, a PHP notice) loses nothing
    return str(exc.getMessage())  # not its line: feedparser's own changes to the document move it


def _closed_entries(markup: bytes) -> int:
    """How many entries (RSS ``item``, Atom ``entry``) the document (without CDATA) closes: fewer than
    feedparser found means its last one was cut off."""
    return len(_ENTRY_CLOSED.findall(markup))


def _absolute(home: str, link: str | None) -> str | None:
    """An entry's link made absolute against the channel's own link: an RSS ``<link>/news/1</link>`` (or
    ``../ferry``) was stored as it stands, an address no browser opens and an id two feeds can share.

    >>> _absolute("https://gazette.example.org/", "../ferry"), _absolute("", "/news/1")
    ('https://gazette.example.org/ferry', '/news/1')
    """
    if not link or urlsplit(link).scheme or not urlsplit(home).scheme:
        return link or None
    return urljoin(home, link)


def _plain(detail: Any, value: Any) -> str | None:
    """A feed's title as text: an Atom ``type="html"`` title keeps its markup in feedparser
    ("Bridge <em>reopens</em> after repairs").

    >>> _plain({"type": "text/html"}, "Bridge <em>reopens</em> &amp; more"), _plain(None, "A < B")
    ('Bridge reopens & more', 'A < B')
    """
    if not value:
        return None
    if detail and "html" in str(detail.get("type", "")) and "<" in value:
        return " ".join(fragment_text(value).split()) or None
    return str(value)
