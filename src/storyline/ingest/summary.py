"""The page's summary (its ``<meta name="description">``): the story's standfirst only when the page shows it.

A page's meta description is written for search engines and link previews.
Often the page prints it too, as the dek under the headline; often it does
not: a summary reworded for the preview, the site's slogan, or the story's
first paragraph cut at a fixed length ("... stützt alle drei...").  Only text
the reader sees is the story's, so a summary the page does not show is kept
in the article's metadata (``page_summary``), not as its standfirst, and a
summary that repeats the story's own opening adds nothing to it.

Example::

    >>> page = ("<html><head><meta name='description' content='Read the best news site.'></head><body>"
    ...         "<h1>Storm hits coast</h1><p class='dek'>The storm left 3,000 homes without power.</p>"
    ...         "<p>A storm hit the coast on Monday, officials said.</p></body></html>")
    >>> shown_on_page(page, "Read the best news site.")
    False
    >>> shown_on_page(page, "The storm left 3,000 homes without power.")
    True
    >>> repeats("A storm hit the coast on Monday, officials…", "A storm hit the coast on Monday, officials said.")
    True
"""

from __future__ import annotations

import re

from storyline.ingest.lines import text_key
from storyline.ingest.markup import Page, parse
from storyline.ingest.places import visible_key

SHOWN_SHARE = 0.5
"""The share of a summary's character shingles that the page's visible text must hold for the page to show the
summary: a dek printed with other quotes or entities, or a summary that puts the headline or the site's name
before the dek the page prints, is still shown; a summary reworded for previews shares a few names and phrases."""

SHINGLE = 8
"""Characters (spaces taken out) of one shingle: a script without spaces is compared as any other."""

REPEAT_SHARE = 0.8
"""The share of a summary's word trigrams that the story's opening must hold for the summary to repeat it."""

_CUT = re.compile(r"\s*(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")
_WORD = re.compile(r"\w+")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    w = _WORD.findall(text.lower())
    return {tuple(w[i : i + 3]) for i in range(max(1, len(w) - 2))}


def shown_on_page(page: Page, summary: str) -> bool:
    """Whether the page's body shows the summary: :data:`SHOWN_SHARE` of its shingles (spaces, case and quotes
    folded, a closing ellipsis cut) in the page's visible text (``places.visible_key``).  A page that
    cannot be read counts as showing it: nothing is taken on no evidence."""
    tree = parse(page)
    if tree is None:
        return True
    key = text_key(_CUT.sub("", summary))
    shown = visible_key(tree)
    shingles = {key[i : i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1))}
    return sum(s in shown for s in shingles) >= SHOWN_SHARE * len(shingles)


def repeats(summary: str, text: str) -> bool:
    """Whether the summary is the story's own text again: held whole (spaces, case and quotes folded, a closing
    ellipsis cut), or worded nearly so by the story's opening (:data:`REPEAT_SHARE` of its word trigrams: its
    first paragraph cut short, a date or the site's name before it).  A pull quote that rewords a sentence further
    on is the page's dek, not a copy."""
    if text_key(_CUT.sub("", summary)) in text_key(text):
        return True
    grams = _trigrams(summary)
    return len(grams & _trigrams(text[: 2 * len(summary)])) >= REPEAT_SHARE * len(grams)
