"""A second opinion on where the article is: the paragraphs the extractor left beside the ones it took.

trafilatura picks one block of the page as the article.  When a publisher
breaks the story into several boxes of the same kind (text modules between
a table, a video or an ad slot), it often takes the first box or the
largest and leaves the others: the story loses its end or its middle.  The
page's own markup says which boxes belong together: the paragraphs the
extractor took sit in containers with one path of tags and classes, and
the story's other paragraphs sit in containers with the very same path.

:func:`sibling_paragraphs` finds those paragraphs: ``<p>`` elements whose
container has the path that holds most of the extracted text, that read as
prose and are not mostly link text (a teaser is a link), and that the
extractor did not take.  :func:`with_siblings` puts each one back after
the extracted paragraph that precedes it on the page, so the merged text
keeps the page's reading order and goes through the same cleaning as the
rest.

Example::

    >>> page = ('<html><body><div class="text"><p>The storm hit the coast on Monday.</p></div>'
    ...         '<div class="ad">Advertisement</div>'
    ...         '<div class="text"><p>Repairs will take weeks, officials said.</p></div></body></html>')
    >>> with_siblings(page, "The storm hit the coast on Monday.")
    ('The storm hit the coast on Monday.\\nRepairs will take weeks, officials said.', 1)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import lxml.etree

from storyline.ingest.lines import is_prose
from storyline.ingest.markup import (
    HEAD,
    MAX_LINK_SHARE,
    OUTSIDE,
    Page,
    in_extracted,
    link_share,
    own_text,
    parse,
    text_key,
)

MIN_MATCHED_SHARE = 0.5
"""The container path must hold at least this share of the extracted paragraphs' text: a path that holds
less is one of several the extractor mixed, too weak a sign of where the story is."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the page: its text, its place in document order, and its tag-and-class path."""

    text: str
    order: int
    path: str


def _path(el: lxml.etree._Element) -> str | None:
    """The tags and classes from the root down to the element; None inside a menu, footer or form."""
    parts = []
    node = el
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in OUTSIDE:
            return None
        parts.append(tag + "." + ".".join(sorted((node.get("class") or "").split())))
        node = node.getparent()
    return "/".join(reversed(parts))


def _paragraphs(html: Page) -> list[tuple[Paragraph, float]]:
    """Every ``<p>`` of the page outside menus and forms, with the share of its text that is link text."""
    tree = parse(html)
    if tree is None:
        return []
    out = []
    for order, el in enumerate(tree.iter("p")):
        text = own_text(el)
        path = _path(el) if text else None
        if path is None:
            continue
        out.append((Paragraph(text, order, path), link_share(el, text)))
    return out


def sibling_paragraphs(html: Page, extracted: str) -> tuple[list[Paragraph], list[Paragraph]]:
    """The story paragraphs the extractor left, and the ones it took, both in page order.

    The left ones share the container path that holds most of the extracted
    text, read as prose and are not mostly links.  Nothing is left when the
    extracted text matches no paragraph of the page or is spread over
    containers of many kinds.
    """
    blob = text_key(extracted)
    paras = _paragraphs(html)
    taken = [p for p, _ in paras if len(p.text) >= 20 and in_extracted(p.text, blob)]
    weight: Counter[str] = Counter()
    for p in taken:
        weight[p.path] += len(p.text)
    if not weight:
        return [], taken
    path, held = weight.most_common(1)[0]
    if held < MIN_MATCHED_SHARE * sum(weight.values()):
        return [], taken
    orders = {p.order for p in taken}
    left = [p for p, linked in paras
            if p.path == path and p.order not in orders and linked <= MAX_LINK_SHARE
            and is_prose(p.text) and not in_extracted(p.text, blob)]
    return left, taken


def with_siblings(html: Page, extracted: str) -> tuple[str, int]:
    """The extracted text with the paragraphs it left put back in page order, and how many were put back.

    Each left paragraph goes after the line holding the taken paragraph that
    precedes it on the page (before the first line when none precedes it).
    """
    left, taken = sibling_paragraphs(html, extracted)
    if not left:
        return extracted, 0
    lines = extracted.split("\n")
    keys = [text_key(ln) for ln in lines]
    after: dict[int, list[str]] = {}
    for p in left:
        before = [t for t in taken if t.order < p.order]
        at = -1
        if before:
            key = text_key(before[-1].text)
            found = (i for i, ln in enumerate(keys) if len(ln) >= 20 and (key[-HEAD:] in ln or ln in key))
            at = next(found, len(lines) - 1)
        after.setdefault(at, []).append(p.text)
    out = list(after.get(-1, []))
    for i, ln in enumerate(lines):
        out.append(ln)
        out.extend(after.get(i, []))
    return "\n".join(out), len(left)
