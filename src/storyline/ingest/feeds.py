"""RSS and Atom feeds (feedparser): each entry with its content, title, link and date.

An entry's text is its full content (``content:encoded``, Atom ``content``)
when the feed carries it, else its summary; HTML in it is flattened to
paragraphs.  Entries too short to be an article (a one-line teaser) are
reported as skipped, one line each.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.html

from storyline.ingest.article import Given, IngestContext, Problem, build
from storyline.ingest.published import normalize_date
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
    """The entry's date as the feed writes it, its offset kept, else feedparser's parse.

    feedparser's ``published_parsed`` is a UTC ``struct_time``: an evening story in New York
    ("Tue, 04 Jun 2019 21:30:00 -0400") would become the next day, and "on Tuesday" in it would be
    read from Wednesday.  The written string keeps the writer's own day; the parse is the fallback
    for forms only feedparser reads.
    """
    for key in ("published", "updated"):
        date = normalize_date(entry.get(key))
        if date is not None:
            return date
    return normalize_date(entry.get("published_parsed") or entry.get("updated_parsed"))


def read_feed(ctx: IngestContext, name: str, data: bytes) -> Iterator[Article | Problem]:
    """An Article or Problem per entry; a document that is no feed is one Problem."""
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f"not a readable feed ({feed.bozo_exception})" if feed.bozo else "the feed has no entries"
        yield Problem(name, why, "failed" if feed.bozo else "skipped")
        return
    site = feed.feed.get("title")
    for i, entry in enumerate(feed.entries, 1):
        ext = entry.get("id") or entry.get("link") or f"{name}#{i}"
        given = Given(title=entry.get("title"), published=_entry_date(entry), published_from="feed",
                      source=site, url=entry.get("link"))
        try:
            text = fragment_text(_entry_text(entry))
        except (ValueError, lxml.etree.ParserError) as exc:
            yield Problem(ext, f"entry content is not readable HTML ({exc})")
            continue
        yield build(ctx, ext, text, "feed", given)
