"""A search hit's snippet: the text around the match, the matched words marked.

Every backend marks a match the same way, between :data:`HIT_OPEN` and :data:`HIT_CLOSE` (FTS5's
``snippet``, PostgreSQL's ``ts_headline`` and :mod:`~storyline.store.literal`'s substring search).
The marks are Unicode noncharacters, which the standard sets aside for a program's internal use, so a
bracket in an article ("[Reuters]", "[sic]") stays text: with ``[`` and ``]`` as marks, the web page
highlighted a bracketed word as a match and lost its brackets, and ``search --json`` could not tell
the two apart.  Readers take :func:`parts` (the web page), :func:`unmarked` and :func:`hit_spans`
(``search --json``) or :func:`bracketed` (one line of text for a person).

Example::

    >>> s = f"the {HIT_OPEN}dam{HIT_CLOSE} [sic] opened"
    >>> parts(s)
    [('the ', False), ('dam', True), (' [sic] opened', False)]
    >>> unmarked(s), hit_spans(s), bracketed(s)
    ('the dam [sic] opened', [(4, 7)], 'the [dam] [sic] opened')
"""

from __future__ import annotations

HIT_OPEN = "\ufdd0"
"""Opens a match in a snippet (a noncharacter: never an article's text)."""
HIT_CLOSE = "\ufdd1"
"""Closes a match in a snippet."""


def parts(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as (text, is a match) pieces in order; empty pieces left out."""
    out: list[tuple[str, bool]] = []
    for i, piece in enumerate(snippet.split(HIT_OPEN)):
        hit, _, rest = piece.partition(HIT_CLOSE) if i else ("", "", piece)
        out.extend((text, is_hit) for text, is_hit in ((hit, True), (rest, False)) if text)
    return out


def unmarked(snippet: str) -> str:
    """The snippet's text without the marks."""
    return snippet.replace(HIT_OPEN, "").replace(HIT_CLOSE, "")


def hit_spans(snippet: str) -> list[tuple[int, int]]:
    """(start, end) of each match in :func:`unmarked`'s text."""
    spans, pos = [], 0
    for text, hit in parts(snippet):
        if hit:
            spans.append((pos, pos + len(text)))
        pos += len(text)
    return spans


def bracketed(snippet: str) -> str:
    """The snippet as one line with each match between ``[`` and ``]``, as a person reads it."""
    return "".join(f"[{text}]" if hit else text for text, hit in parts(snippet))
