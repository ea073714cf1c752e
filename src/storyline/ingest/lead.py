"""The story's lead paragraph, when the page sets it in a box of its own above the body.

Publishers often print the lead (the standfirst, the teaser text) in an
article header or an intro box, apart from the body's paragraphs;
trafilatura takes the body and leaves that box, so the story loses its
first and most important sentences.  The page names such a box in its
markup: a class word such as ``intro``, ``lead``, ``teaser`` or
``standfirst`` on the element or the two around it.

:func:`lead_paragraph` finds the nearest such box before the first
extracted paragraph, in the same part of the page (the two share an
ancestor at most :data:`MAX_LEVELS` above the body paragraph), that reads
as prose, is not mostly link text (a related-story teaser is a link) nor a
photo caption, and is not already in the extracted text.  :func:`with_lead` puts it first,
where :func:`~storyline.ingest.clean.clean_text` judges it like any line.

Example::

    >>> page = ('<html><body><article><div class="article-intro"><p>The old bridge will close for two '
    ...         'months.</p></div><div class="body"><p>The council voted on Monday to close it.</p></div>'
    ...         '</article></body></html>')
    >>> with_lead(page, "The council voted on Monday to close it.")
    ('The old bridge will close for two months.\\nThe council voted on Monday to close it.', True)
"""

from __future__ import annotations

import lxml.etree

from storyline.ingest.captions import is_caption
from storyline.ingest.lines import is_prose, word_count
from storyline.ingest.markup import (
    MAX_LINK_SHARE,
    OUTSIDE,
    Page,
    class_words,
    in_extracted,
    link_share,
    own_text,
    parse,
    text_key,
)
from storyline.ingest.summary import repeats

LEAD_WORDS = {"intro", "lead", "lede", "standfirst", "teaser", "summary", "excerpt", "dek", "abstract", "subline"}
"""Class words (split at ``-``, ``_`` and case changes) that name a lead box, in any page's markup."""

BLOCKS = {"p", "div", "header", "section", "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
          "table", "figure", "blockquote", "main"}
"""Children that make a ``<div>`` a container of paragraphs rather than a paragraph itself."""

DEK_WORDS = 8
"""Words of a dek under the headline at least: a shorter line there is a kicker, a slogan or a date."""

HEADLINE_SHARE = 0.6
"""The share of the page's title an ``<h1>`` holds at least to be the story's headline (the title may add the
site's name; an ``<h1>`` that is the site's name holds less of it)."""

MAX_LEVELS = 4
"""How far above the first body paragraph the lead box and the body may meet: further is another part of the page."""


def _is_lead_box(el: lxml.etree._Element) -> bool:
    """Whether the element or one of the two around it carries a lead class word."""
    node: lxml.etree._Element | None = el
    for _ in range(3):
        if node is None:
            return False
        if class_words(node) & LEAD_WORDS:
            return True
        node = node.getparent()
    return False


def _outside(el: lxml.etree._Element) -> bool:
    """Inside a menu, a footer, a form or a figure (an article's own ``<header>`` is where leads sit)."""
    return any(isinstance(a.tag, str) and a.tag in OUTSIDE - {"header"} for a in el.iterancestors())


def _under_headline(el: lxml.etree._Element, given: str) -> bool:
    """Whether the element is the dek printed under the story's headline (``given``, folded by ``text_key``):
    the element next to an ``<h1>`` holding the headline, or a heading beside it in its ``<hgroup>`` (a subtitle,
    as HTML has it)."""
    if not given:
        return False
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):  # a comment between the two
        before = before.getprevious()
    parent = el.getparent()
    h1 = before if before is not None and before.tag == "h1" else None
    if h1 is None and parent is not None and parent.tag == "hgroup":
        h1 = next(parent.iter("h1"), None)
    if h1 is None:
        return False
    shown = text_key(own_text(h1))
    return bool(shown) and (given in shown or shown in given and len(shown) >= HEADLINE_SHARE * len(given))


def lead_paragraph(html: Page, extracted: str, headline: str | None = None, summary: str | None = None) -> str | None:
    """The lead box's text, or None when the page shows none beside the extracted body.  A dek under the
    ``headline`` (:func:`_under_headline`) is the story's own wherever the body stands, unless it is the page's
    ``summary`` (its meta description), which is the standfirst already."""
    tree = parse(html)
    blob = text_key(extracted)
    if tree is None or not blob:
        return None
    given = text_key(headline or "")
    found: lxml.etree._Element | None = None  # the last lead box or dek seen before the body
    found_text, found_dek = "", False
    for el in tree.iter("p", "div", "h2"):
        if el.tag == "div" and any(isinstance(c.tag, str) and c.tag in BLOCKS for c in el):
            continue  # a container: its paragraphs are judged one by one
        text = own_text(el)
        heading = el.tag == "h2"  # looked at as a dek only, never as the body's first paragraph
        if len(text) < 20 or _outside(el):
            continue
        if in_extracted(text, blob):
            if heading:
                continue
            # the first body paragraph the extractor took: a dek leads it wherever it stands, a lead box if near
            return found_text if found is not None and (found_dek or _near(found, el)) else None
        dek = (word_count(text) >= DEK_WORDS and _under_headline(el, given)
               and not (summary and repeats(summary, text)))
        is_lead = dek or (not heading and _is_lead_box(el))
        if is_lead and is_prose(text) and link_share(el, text) <= MAX_LINK_SHARE \
                and not any(is_caption(e) for e in (*el.iter(), *list(el.iterancestors())[:2])):
            found, found_text, found_dek = el, text, dek
    return None


def _near(lead: lxml.etree._Element, body: lxml.etree._Element) -> bool:
    """Whether the two meet at most :data:`MAX_LEVELS` above the body paragraph."""
    above = set(lead.iterancestors())
    for level, node in enumerate(body.iterancestors(), start=1):
        if node in above:
            return level <= MAX_LEVELS and node.tag not in {"body", "html"}
    return False


def with_lead(
    html: Page, extracted: str, headline: str | None = None, summary: str | None = None
) -> tuple[str, bool]:
    """The extracted text with the lead box's text first, and whether there was one to add."""
    lead = lead_paragraph(html, extracted, headline, summary)
    return (lead + "\n" + extracted, True) if lead else (extracted, False)
