"""Cut a text into pieces for marking up: entity mentions, temporal expressions and quotes.

Annotations are character spans over the clean text and may nest (a name
inside a quote) or, rarely, overlap.  The template must open and close its
elements in order, so the text is cut at every span boundary: each piece
knows the quote it lies in (if any) and the one inline mark (mention or
timex) it belongs to.  Overlapping inline marks keep the one that starts
first (the longer on a tie); nothing here touches HTML, so it is tested with
plain strings.  ``anchors`` are offsets the text is also cut at (sentence and
quote starts): the piece starting there carries the offset, so the page can
put an ``id`` a link to the sentence lands on.

Example::

    >>> ps = pieces("Kim said 'we met Tuesday'.", inline=[(0, 3, "mention", 0), (17, 24, "timex", 0)],
    ...             quotes=[(9, 25)])
    >>> [(p.text, p.kind, p.quote) for p in ps][2:5]
    [("'we met ", None, 0), ('Tuesday', 'timex', 0), ("'", None, 0)]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class Piece:
    text: str
    kind: str | None = None  # "mention", "timex" or None (plain text)
    ref: int | None = None  # index of the mention or timex in the caller's list
    quote: int | None = None  # index of the quote span it lies in
    quote_end: bool = False  # the last piece of its quote (the speaker is shown after it)
    anchor: int | None = None  # the offset of an anchor it starts at (a sentence or a quote begins here)


def _disjoint(spans: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    out: list[tuple[int, int, str, int]] = []
    end = -1
    for s in sorted(spans, key=lambda x: (x[0], -x[1])):
        if s[0] >= end and s[1] > s[0]:
            out.append(s)
            end = s[1]
    return out


OPENING_MARKS = "\"“„«»‚‘'`"
CLOSING_MARKS = "\"”»’'"
CLOSED_BY = {"„": "“", "»": "«", "‚": "‘"}
"""Opening marks closed by what opens a quote elsewhere: German „...“ and »...«, ‚...‘ (a closing mark taken
only after its own opening one, so an English “ opening the next quote is never taken as a close)."""
GUILLEMET_SPACES = " \u00a0\u202f"  # a space, a no-break space, a narrow no-break space


def with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start``/``end`` widened over the quotation marks right around it (up to two each side:
    ``''`` and a quote closing inside another).

    A direct quote's span is the words inside its marks, so a speaker shown at its end would stand inside the
    closing mark (``makes. — Dubois"``); shown over this span, the mark closes the words and the speaker follows
    it.  A reported clause, with no mark around it, keeps its span.

    >>> text = 'She said: "We will." Then left.'
    >>> start, end = with_marks(text, 11, 19)
    >>> text[start:end]
    '"We will."'
    >>> with_marks("He said the plan would fail.", 8, 27)
    (8, 27)

    Guillemets set off by a space, as French typesetting does (``« Nous partons »``, often a no-break space), are
    taken with their space: a guillemet points one way only, so the space cannot stand between two quotes the
    way it can before a straight ``"`` that opens the next one.

    >>> text = "Il a dit : « Nous partons. » Puis"
    >>> start, end = with_marks(text, 13, 26)
    >>> text[start:end]
    '« Nous partons. »'

    German marks close with what opens elsewhere (``„...“``, ``»...«``): the close is taken after its own opening
    mark only.

    >>> text = 'Sie sagte: „Wir bleiben.“ Dann ging sie. Er sagte: »Nein.« “Yes,” she said.'
    >>> [text[slice(*with_marks(text, s, e))] for s, e in ((12, 24), (52, 57), (60, 64))]
    ['„Wir bleiben.“', '»Nein.«', '“Yes,”']
    """
    opened = start
    if opened >= 2 and text[opened - 1] in GUILLEMET_SPACES and text[opened - 2] == "«":
        opened -= 2
    while opened > max(0, start - 2) and text[opened - 1] in OPENING_MARKS:
        opened -= 1
    closes = CLOSING_MARKS + "".join(CLOSED_BY.get(mark, "") for mark in text[opened:start])
    closed = end
    if closed + 1 < len(text) and text[closed] in GUILLEMET_SPACES and text[closed + 1] == "»":
        closed += 2
    while closed < min(len(text), end + 2) and text[closed] in closes:
        closed += 1
    return opened, closed


def pieces(text: str, inline: list[tuple[int, int, str, int]], quotes: list[tuple[int, int]],
           anchors: Iterable[int] = ()) -> list[Piece]:
    """The text cut at every boundary of ``inline`` (start, end, kind, ref) and ``quotes`` (start, end) spans,
    and at every offset of ``anchors`` (the piece starting there carries it as ``anchor``).

    >>> [(p.text, p.anchor) for p in pieces("One. Two.", [], [], anchors=[0, 5])]
    [('One. ', 0), ('Two.', 5)]
    """
    at = {a for a in anchors if 0 <= a < len(text)}
    marks = _disjoint([(max(0, s), min(len(text), e), k, r) for s, e, k, r in inline])
    qspans = _disjoint([(max(0, s), min(len(text), e), "quote", i) for i, (s, e) in enumerate(quotes)])
    cuts = sorted({0, len(text), *(x for s in marks for x in s[:2]), *(x for s in qspans for x in s[:2]), *at})
    mark_starts = [m[0] for m in marks]
    quote_starts = [q[0] for q in qspans]
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        piece = Piece(text[a:b], anchor=a if a in at else None)
        i = bisect.bisect_right(mark_starts, a) - 1
        if i >= 0 and marks[i][1] >= b:
            piece.kind, piece.ref = marks[i][2], marks[i][3]
        j = bisect.bisect_right(quote_starts, a) - 1
        if j >= 0 and qspans[j][1] >= b:
            piece.quote = qspans[j][3]
            piece.quote_end = qspans[j][1] == b
        out.append(piece)
    return out
