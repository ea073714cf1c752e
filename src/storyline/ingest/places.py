"""Where each extracted line sits on the page: inside the article's own box, or outside it.

The cleaning rules read text only: at the page's edges, a line that does
not read as prose (a heading, a table row, a code line, a short quote) is
taken for navigation.  The page's markup knows better: the story's prose
sits in one container (``<div class="entry-content">``, ``<article>``), and
a heading or a code line inside that same container, not in a link, a menu
or a form, is part of the story, while a menu entry or a related-stories
line sits elsewhere.  :func:`boxed_lines` finds that container from the
lines that read as prose and names the extracted lines inside it, so the
cleaning can keep them (:func:`~storyline.ingest.clean.clean_text`'s
``boxed``).

A line is placed by finding its text, spaces removed, in the page's text
(one pass over the tree, one string search per line); the element holding
it is the deepest one holding all of it.

Example::

    >>> page = ('<html><body><ul><li><a href="/">Home</a></li></ul><div class="post">'
    ...         '<p>The storm hit the coast on Monday, officials said.</p><h4>Further reading</h4>'
    ...         '<p>Repairs will take weeks, the mayor said on Tuesday.</p></div>'
    ...         '<div class="footer-menu">Imprint</div></body></html>')
    >>> lines = ["Home", "The storm hit the coast on Monday, officials said.", "Further reading",
    ...          "Repairs will take weeks, the mayor said on Tuesday.", "Imprint"]
    >>> boxed_lines(page, lines)  # doctest: +NORMALIZE_WHITESPACE
    {'thestormhitthecoastonmonday,officialssaid.': False, 'furtherreading': True,
     'repairswilltakeweeks,themayorsaidontuesday.': False}
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import lxml.etree

from storyline.ingest.lines import is_prose
from storyline.ingest.markup import MAX_LINK_SHARE, OUTSIDE, Page, link_share, parse, text_key

SKIP = ("script", "style", "noscript", "template", "head")
"""Elements whose text a reader never sees as the page's text."""

_TEXTS = lxml.etree.XPath("//text()[not(" + " or ".join(f"ancestor::{tag}" for tag in SKIP) + ")]")


def visible_key(tree: lxml.etree._Element) -> str:
    """The page's visible text (outside :data:`SKIP`) folded by ``text_key``: what a reader of the page sees,
    to ask whether it shows a given text."""
    return text_key(" ".join(str(t) for t in _TEXTS(tree)))


BOX_SHARE = 0.6
"""The article's box is the deepest element holding at least this share of the prose lines' characters."""

STRUCTURE = {"h2", "h3", "h4", "h5", "h6", "pre", "code", "table", "li", "ul", "ol", "dl", "blockquote"}
"""Elements that give a line its own shape in the story (a heading, a code line, a table row, a list
item, a quotation): in the article's box they are the story's, though they do not read as prose.  A
plain paragraph at the story's edge that does not read as prose is a label, a credit or an appeal, box
or not; an ``<h1>`` is the page's headline, which the article has as its title."""

MIN_KEY = 4
"""Characters (without spaces) a line needs to be placed: a shorter one is found anywhere."""


_ITEM = re.compile(r"^\s*[-*•]\s+")


class _PageText:
    """The page's visible text with spaces removed, and which element owns each stretch of it."""

    def __init__(self, tree: lxml.etree._Element) -> None:
        parts: list[str] = []
        self.starts: list[int] = []
        self.owners: list[lxml.etree._Element] = []
        pos = 0
        for text in _TEXTS(tree):  # text nodes in document order, each knowing its element
            key = text_key(text) if not text.isspace() else ""
            parent = text.getparent()
            owner = parent.getparent() if text.is_tail else parent
            if key and owner is not None:
                parts.append(key)
                self.starts.append(pos)
                self.owners.append(owner)
                pos += len(key)
        self.blob = "".join(parts)

    def element(self, line: str) -> lxml.etree._Element | None:
        """The deepest element holding the whole line (its first occurrence on the page), or None.

        The extractor writes a table row as ``| a | b |`` and a list item as
        ``- item``: the bars and the dash are not the page's text.
        """
        key = text_key(_ITEM.sub("", line).replace("|", " "))
        at = self.blob.find(key) if len(key) >= MIN_KEY else -1
        if at < 0:
            return None
        i = bisect.bisect_right(self.starts, at) - 1
        el = self.owners[i]
        end = at + len(key)
        while i + 1 < len(self.starts) and self.starts[i + 1] < end:
            i += 1
            el = _common(el, self.owners[i])
        return el


def _common(a: lxml.etree._Element, b: lxml.etree._Element) -> lxml.etree._Element:
    above = {a, *a.iterancestors()}
    node: lxml.etree._Element | None = b
    while node is not None and node not in above:
        node = node.getparent()
    return node if node is not None else a


def _box(placed: Iterable[tuple[str, lxml.etree._Element]]) -> lxml.etree._Element | None:
    """The deepest element holding :data:`BOX_SHARE` of the prose lines' characters."""
    weight: dict[lxml.etree._Element, int] = {}
    depth: dict[lxml.etree._Element, int] = {}
    total = 0
    for line, el in placed:
        total += len(line)
        chain = [el, *el.iterancestors()]
        for d, node in enumerate(reversed(chain)):
            weight[node] = weight.get(node, 0) + len(line)
            depth[node] = d
    held = [node for node, w in weight.items() if w >= BOX_SHARE * total]
    return max(held, key=depth.__getitem__) if held else None


def _inside(el: lxml.etree._Element, box: lxml.etree._Element) -> bool | None:
    """None when the element is not in the box or has a menu, form, figure or link between them; else
    whether it is shaped (a heading, code, cell, item or quotation)."""
    node: lxml.etree._Element | None = el
    shaped = False
    while node is not None and node is not box:
        if node.tag in OUTSIDE or node.tag == "a":
            return None
        shaped = shaped or node.tag in STRUCTURE
        node = node.getparent()
    return shaped if node is box else None


def boxed_lines(page: Page, lines: list[str]) -> dict[str, bool]:
    """For every line that sits in the article's own box, its :func:`~storyline.ingest.markup.text_key`
    mapped to whether it is shaped (a heading, code, table cell, list item or quotation: :data:`STRUCTURE`).

    The box is found from the lines that read as prose; a line counts when
    it is in that box, has no link, menu, form or figure on the way up to
    the box, and is not mostly link text.  Empty when the page cannot be
    read or no box holds most of the prose.
    """
    tree = parse(page)
    if tree is None:
        return {}
    text = _PageText(tree)
    where = {line: text.element(line) for line in dict.fromkeys(ln.strip() for ln in lines if ln.strip())}
    box = _box((ln, el) for ln, el in where.items() if el is not None and is_prose(ln))
    if box is None:
        return {}
    out = {}
    for ln, el in where.items():
        if el is not None and (shaped := _inside(el, box)) is not None and link_share(el, ln) <= MAX_LINK_SHARE:
            out[text_key(ln)] = shaped
    return out
