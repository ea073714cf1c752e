"""How a timeline entry's text reads: whether it opens mid-clause, and the subject a piece was cut off from.

Candidates (``candidates.py``) cut a sentence into pieces, one a date; what a reader is shown of a piece is
decided here, and ``top.py`` asks the same question (does an entry read alone?) of the entries it picks, so both
import this small module rather than one of them the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.timeline.words import WORD

DATE_WORDS = frozenset(
    "january february march april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
    "week weeks month months year years".split()
)
"""Words of dates: no content word, and no subject ("Also Monday, ...")."""

DETERMINERS = frozenset("the a an this these those its his her their our".split())
"""What opens a noun phrase: a piece opening on one reads alone ("… the department found itself ...")."""


def opens_mid_clause(text: str) -> bool:
    """Whether a shown text opens mid-sentence ("… ") on a lower-case word other than a determiner: the tail of a
    clause cut off its subject or its main clause ("… and general manager on May 26, 2003.").

    >>> opens_mid_clause("… and returned to Earth on Oct. 17."), opens_mid_clause("… the department said so.")
    (True, False)
    """
    if not text.startswith("\u2026 "):
        return False
    first = text[2:].split(" ", 1)[0]
    return first[:1].islower() and first not in DETERMINERS


PHRASE_OPENERS = DETERMINERS | frozenset(
    "in on at of for from to by with under into over near about after before during between among against without "
    "within through across".split())
"""What opens a phrase: a cut that falls after one is inside the phrase, not at its start."""


_NOT_SUBJECT = (PHRASE_OPENERS - DETERMINERS) | frozenset(
    "according also as while although though when whenever after before since until till following despite if "
    "unless because once meanwhile however".split())
"""Words that open a phrase or a clause before a sentence's subject, not the subject itself."""


def subject_before(body: str, at: int, dates: Sequence[int] = (), names: Sequence[tuple[int, int]] = ()) -> str:
    """The subject a piece of ``body`` starting at ``at`` was cut off from, when an aside set off by commas stands
    between them ("Mahathir, who will turn 81 next month, was rushed ..."; "Hull chairman Adam Pearson decided to
    dismiss Parkinson, who was only appointed in June, after Saturday's defeat ..."): the sentence up to its first
    comma, shown before the piece so that it says who.  '' when no aside ends right before the piece, or the
    sentence opens on a phrase rather than its subject ("On Monday, ..."), or on a clause with a date of its own
    (one of ``dates``, where the sentence's dates start): "The three cases involved a 12-year-old girl who died on
    Oct. 17, ..., a boy who was discharged last Friday" is no subject of what happened last Friday.  A one-word
    head must lie inside one of ``names`` (named mentions, offsets in ``body``).

    >>> s = "Mahathir, who will turn 81 next month, was rushed to hospital on Thursday."
    >>> subject_before(s, s.index("was"), names=[(0, 8)]), subject_before(s, s.index("hospital"), names=[(0, 8)])
    ('Mahathir', '')
    >>> s = "On Monday, the minister, who signed it in 2017, resigned."
    >>> subject_before(s, s.index("resigned")), subject_before("Also Monday, he met them, ...", 26)
    ('', '')
    >>> s = "Rebels, who seized it in May, left on Monday, and troops, backed by tanks, came on Tuesday."
    >>> subject_before(s, s.index("came"))
    ''
    >>> s = "Earlier, the rebels seized the town in May, then troops retook it on Tuesday."
    >>> subject_before(s, s.index("then troops"))
    ''
    """
    comma = body.find(",")
    head = body[:comma].strip()
    # the aside runs from the first comma straight to the piece: "Rebels, who seized the town in May, were driven
    # out on Monday, and government troops, backed by tanks, took over ..." shows no "Rebels" before "took over"
    if (not 0 < comma < at or not body[:at].rstrip().endswith(",")
            or body.find(",", comma + 1) != body[:at].rstrip().rfind(",") or not head[:1].isupper()
            or any(0 <= d < comma for d in dates)):
        return ""
    # "Earlier, the rebels seized the town in May, and troops retook it on Tuesday": a piece opening on "and"
    # before a subject is a clause of its own, and the words before the first comma are no subject of it ("...,
    # and at a private ceremony relatives held in Augusta on Friday" goes on with a phrase of the clause before)
    joined = re.match(r"\s*(?:and|but|or|yet)\s+([A-Za-z]+)", body[at:])
    if joined and joined.group(1).lower() not in PHRASE_OPENERS:  # "and his deputy left": one subject goes on
        return ""
    words = [w.lower() for w in WORD.findall(head)]
    if not words or words[0] in _NOT_SUBJECT or DATE_WORDS & set(words):  # "According to ...", "Also Monday"
        return ""
    # one word is a subject only as a name ("Mahathir"); "Earlier", "Separately", "Elsewhere" open the sentence
    start = body.index(head)
    if len(words) == 1 and not any(x <= start < y for x, y in names):
        return ""
    return " ".join(head.split())
