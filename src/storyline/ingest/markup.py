"""Reading a page's markup for what the extractor's text leaves out: its tree, text and class names.

The second opinions on trafilatura's choice (:mod:`~storyline.ingest.siblings`,
:mod:`~storyline.ingest.lead`, :mod:`~storyline.ingest.captions`) look at the
same things: the page's tree, parsed once; an element's own text, without
the boxes a sloppy page nests in it; the words of its classes, which say
what a box is in any naming style; and whether a paragraph of the page is
already in the extracted text, however the two space their inline tags.

Example::

    >>> tree = parse('<div class="article-teaserText"><p>The <b>storm</b> hit.<div>Ad</div></p></div>')
    >>> p = next(tree.iter("p"))
    >>> own_text(p), sorted(class_words(p.getparent())), in_extracted(own_text(p), text_key("The\\nstorm hit."))
    ('The storm hit.', ['article', 'teaser', 'text'], True)
"""

from __future__ import annotations

import re
from typing import TypeAlias

import lxml.etree
import lxml.html
from trafilatura.utils import load_html

from storyline.ingest.lines import text_key

__all__ = ["Page", "class_words", "in_extracted", "link_share", "own_text", "parse", "text_key"]

Page: TypeAlias = str | bytes | lxml.html.HtmlElement
"""A page as its text, its bytes or its parsed tree (parse once with :func:`parse` to read it twice)."""

OUTSIDE = {"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template", "button", "select",
           "figure", "figcaption"}
"""Containers whose paragraphs are never story text (a menu, a comment form, a cookie banner, a photo credit)."""

NESTED = {"div", "aside", "figure", "section", "ul", "ol", "table", "iframe", "script", "style"}
"""Boxes a sloppy page nests inside a ``<p>`` (a teaser for another story): their text is not the paragraph's."""

HEAD = 60
"""Characters of a paragraph's start or end that, found in the extracted text, show it was taken
(the extractor may cut a paragraph at a line break or drop an inline footnote)."""

MAX_LINK_SHARE = 0.5
"""A paragraph whose text is mostly link text is a teaser or a list of related stories, not story text."""

_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+")


def parse(html: Page) -> lxml.html.HtmlElement | None:
    """The page's tree (as trafilatura parses it), or None when lxml cannot read it."""
    if isinstance(html, lxml.html.HtmlElement):
        return html
    try:
        return load_html(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None


def own_text(el: lxml.etree._Element) -> str:
    """The element's text without the boxes nested in it (and without comments), spaces folded."""
    return " ".join(_own(el).split())


def _own(el: lxml.etree._Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in NESTED:  # a comment's text is not the page's
            parts.append(_own(child))
        parts.append(child.tail or "")
    return "".join(parts)


def in_extracted(text: str, blob: str) -> bool:
    """Whether the extracted text (``blob``, a :func:`text_key`) holds the paragraph's opening or its end."""
    key = text_key(text)
    return key[:HEAD] in blob or key[-HEAD:] in blob


def class_words(el: lxml.etree._Element) -> set[str]:
    """The words of an element's classes, split at ``-``, ``_`` and case changes: ``article-teaserText`` ->
    {'article', 'teaser', 'text'}; how a page names what a box is, in any of its naming styles."""
    return {w.lower() for w in _CLASS_WORD.findall(el.get("class") or "")}


def link_share(el: lxml.etree._Element, text: str) -> float:
    """The share of a paragraph's text that is the text of its links (a teaser is all link)."""
    return sum(len(" ".join("".join(a.itertext()).split())) for a in el.iter("a")) / max(1, len(text))
