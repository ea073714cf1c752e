"""Photo captions and credits the extractor kept as if they were paragraphs of the story.

A caption describes a picture, not the news ("Shoppers at a mall in
November 2021."), and a credit names its owner ("(mlharing / iStock.com)");
read as story text they become sentences, entities and dates of the
article.  The page marks them: a ``<figcaption>``, or an element whose
class names a caption or a credit.  :func:`drop_captions` takes out every
extracted line that is such an element's text (or a part of it) and says
why, as the other cleaning rules do.

Example::

    >>> page = ('<html><body><p>The storm hit the coast on Monday.</p><figure><img src="a.jpg">'
    ...         '<figcaption>Waves break over the sea wall in Brighton.</figcaption></figure></body></html>')
    >>> extracted = "The storm hit the coast on Monday.\\nWaves break over the sea wall in Brighton."
    >>> text, removed = drop_captions(page, extracted)
    >>> text, [(r.reason, r.text) for r in removed]
    ('The storm hit the coast on Monday.', [('caption', 'Waves break over the sea wall in Brighton.')])
"""

from __future__ import annotations

import lxml.etree

from storyline.ingest.markup import Page, class_words, parse, text_key
from storyline.records import RemovedLine

CAPTION_WORDS = {"caption", "figcaption", "credit", "credits", "copyright"}
"""Class words (split at ``-``, ``_`` and case changes) that name a caption or a picture credit."""

MIN_KEY = 12
"""Characters (without spaces) a line needs before it is matched to a caption: shorter ones are too common."""

MAX_CAPTION = 400
"""A caption is a line or two: a longer element with a caption class is a wrapper (a page whose body
carries a ``copyright`` class), whose text is not a caption."""


def caption_keys(html: Page) -> tuple[list[str], set[str]]:
    """The folded, space-free text of every caption or credit element of the page, and of every other ``<p>``.

    A sentence the page prints both under a photo and as a paragraph (a lead
    reused as a caption) is story text; the second set lets the caller keep it.
    """
    tree = parse(html)
    if tree is None:
        return [], set()
    keys: list[str] = []
    inside: set[lxml.etree._Element] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el in inside:
            continue
        if is_caption(el):
            key = text_key(" ".join(_text(el).split()))
            if MIN_KEY <= len(key) <= MAX_CAPTION:
                keys.append(key)
                inside.update(el.iter())
    paragraphs = {text_key(_text_besides(p, inside)) for p in tree.iter("p") if p not in inside} if keys else set()
    return keys, paragraphs


def _text_besides(el: lxml.etree._Element, skip: set[lxml.etree._Element]) -> str:
    """An element's text without the text of the elements in ``skip`` (a caption set inside a paragraph)."""
    parts = [el.text or ""]
    for child in el:
        if child not in skip and isinstance(child.tag, str):  # a comment's text is not the page's
            parts.append(_text_besides(child, skip))
        parts.append(child.tail or "")
    return "".join(p for p in parts if isinstance(p, str))


def is_caption(el: lxml.etree._Element) -> bool:
    """A ``<figcaption>`` or an element whose class names a caption or a credit."""
    if not isinstance(el.tag, str):
        return False
    return el.tag == "figcaption" or bool(class_words(el) & CAPTION_WORDS)


def _text(el: lxml.etree._Element) -> str:
    return "".join(t for t in el.itertext() if isinstance(t, str))


def drop_captions(html: Page, text: str) -> tuple[str, list[RemovedLine]]:
    """The text without the lines that are a caption's or a credit's text, and those lines as removed."""
    keys, paragraphs = caption_keys(html)
    if not keys:
        return text, []
    kept, removed = [], []
    for line in text.split("\n"):
        key = text_key(line)
        if len(key) >= MIN_KEY and any(key in k for k in keys) and not any(key in p for p in paragraphs):
            removed.append(RemovedLine(line.strip(), "caption"))
        else:
            kept.append(line)
    return "\n".join(kept), removed
