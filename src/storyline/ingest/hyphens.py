"""Words broken at a hyphen rejoined: a line's wrap or a stray space after the hyphen, not a second word.

Wire copy often reaches us with a compound cut where a line wrapped: the wrap turned into a space
("South Korean Foreign Minister Ban Ki- moon") or kept as a line break ("state-\\nowned").  Read as
it stands, one name becomes two words, so one person becomes two entities and the name reads wrong
everywhere it is shown.  A hyphen written right after a word and followed by a space or one line
break, then a word, is such a break: the two parts are one compound, hyphen kept ("Ban Ki-moon").

What stays: a suspended hyphen, whose word is completed by the compound after a conjunction
("pre- and post-war", "two- or three-year", "9- to 5-year-olds"); a dash set off by spaces
("Tokyo - Shares fell"), or glued to a word when the sentence opened a dash before it or a clause
follows it; a hyphen before a blank line (a paragraph's end), after no word ("--") or a number
("23- Leonel Moreira", a line-up's shirt numbers), or before one.

The rule is for English text (:func:`~storyline.ingest.article.build` applies it to English articles only):
other languages suspend hyphens far more often and with their own conjunctions ("Weiß- wie Rotweine"),
and set dashes otherwise.

>>> rejoin_hyphens("Roh Moo- hyun met Ban Ki-\\nmoon at a state- owned hotel.")
'Roh Moo-hyun met Ban Ki-moon at a state-owned hotel.'
>>> rejoin_hyphens("pre- and post-war, two- or three-year, 9- to 5-year-olds, Tokyo - Shares")
'pre- and post-war, two- or three-year, 9- to 5-year-olds, Tokyo - Shares'
"""

from __future__ import annotations

import re

SUSPENDED_BEFORE = frozenset({"and", "or", "nor", "to", "through", "versus", "vs", "but", "as", "and/or"})
"""Words after which a hyphen is suspended: the conjunction that leads to the compound completing it."""

CLAUSE_OPENERS = frozenset({"the", "a", "an", "we", "i", "you", "he", "she", "it", "they", "this", "that", "which",
                            "who", "what", "why", "so", "because"})
"""Lower-case words that open a clause, not a compound's second half: a hyphen before them is a dash
("keep an eye on our deals page- we'll update it")."""

_BROKEN = re.compile(r"(?<=[^\W\d_])-(?: |\n(?!\n))(?=([^\W\d_][\w/]*)(-?))")
_DASH_OPENED = re.compile(r"[–—]|\s-(?=[^\W\d_])")
"""A dash earlier in the sentence: its closing hyphen may be written glued to the word before it."""


def rejoin_hyphens(text: str) -> str:
    """``text`` with every word broken after its hyphen (by a space or a line break) made whole again."""
    return _BROKEN.sub(lambda m: "-" if is_break(text, m) else m.group(), text)


def is_break(text: str, m: re.Match[str]) -> bool:
    """Whether the hyphen ``m`` found by ``_BROKEN`` in ``text`` breaks one word: not a suspended hyphen, nor the
    closing one of a dash pair ("network – Have a reason for using a social network- why ...")."""
    if m.group(1).lower() in SUSPENDED_BEFORE and not m.group(2):  # "face- to-face" is one word
        return False
    if m.group(1) in CLAUSE_OPENERS and not m.group(2):  # "head-of- the-river" is one word
        return False
    start = max(text.rfind("\n", 0, m.start()), *(text.rfind(c, 0, m.start()) for c in ".!?"))
    return not _DASH_OPENED.search(text, start + 1, m.start())
