"""Transcript layout: a line that opens with a speaker label ("WALLACE: ...", "Q: ...").

Interview transcripts and Q&A pieces attribute every line by a capitalised
label and a colon, with no quote marks and no reporting verb.  The words after
the label are the speaker's own (a direct attribution).  A label is a
speaker when it names a person the article names ("WALLACE" and "Chris
Wallace", "MS. RICE" and "Condoleezza Rice"), or is the interviewer's ``Q``
(kept as a description; ``A`` likewise).  Other capitalised labels are not
taken: a dateline ("WASHINGTON:") or a heading ("UPDATE:") is nobody's line, and neither is a line
whose first sentence has no verb: the entry of a who's who ("NAME: Leader of ...") or a fact box.

Example::

    >>> [m.group("label") for m in LABEL.finditer("WALLACE: Will you run?\\nQ: And then?")]
    ['WALLACE', 'Q']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.lexicon import SPEAKER_TYPES_PERSON

LABEL = re.compile(r"(?m)^[ \t]*(?P<label>(?:MR|MRS|MS|DR|SEN|REP|GOV)?\.?[ ]?[A-Z][A-Z'’.\-]*"
                   r"(?:[ ][A-Z][A-Z'’.\-]*){0,3}):[ \t]+(?P<said>\S[^\n]*)")
"""A line-opening label in capitals, a colon, then what was said up to the end of the line."""

INTERVIEW_LABELS = frozenset({"Q", "A", "QUESTION", "ANSWER"})
"""Labels that stand for the interviewer and the interviewee: kept as descriptions."""


@dataclass
class Line:
    """One labelled line: the words said (start, end), the label's span, the speaker chain (or None)."""

    start: int
    end: int
    label_start: int
    label_end: int
    label: str
    chain: int | None


def _person(ctx: Context, label: str) -> int | None:
    """The one person chain whose name ends with the label's last word (WALLACE -> Chris Wallace)."""
    word = label.replace(".", " ").split()[-1].upper()
    found = {i for i, ch in enumerate(ctx.chains) if ch.type in SPEAKER_TYPES_PERSON
             and any(n.split()[-1].upper() == word for n in [ch.name, *ch.aliases] if n.split())}
    full = {i for i in found if len(ctx.chains[i].name.split()) > 1}  # the label itself may be tagged a name
    found = full or found
    return found.pop() if len(found) == 1 else None


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})
"""Tags of a verb that makes a clause of the words: a tensed verb, a modal, or a base form (an imperative)."""


DESCRIPTION_WORDS = 6
"""Words a verbless first sentence needs to be a description: a short one is an answer ("Not this year.")."""


def _speaks(ctx: Context, start: int, end: int) -> bool:
    """Whether a labelled line's first sentence is a clause someone says, not an entry of a who's who or a fact
    box: "G.K. MOOPANAR: Leader of the regional Tamil Manila Congress (TMC) party, one of ...", "RELIGION:
    Christian (40 percent), Muslim (40 percent), Animist." describe the label, with no verb of their own.  A
    short verbless answer ("BLAKE: Not this year.") is still said."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    words = [t for t in ctx.doc[span.start:min(span[0].sent.end, span.end)] if not t.is_punct]
    return len(words) < DESCRIPTION_WORDS or any(t.tag_ in FINITE for t in words)


def find_lines(ctx: Context) -> list[Line]:
    """Every transcript line in the article whose label is a named person or Q/A."""
    out: list[Line] = []
    for m in LABEL.finditer(ctx.text):
        label = m.group("label").strip()
        if len(label) < 2 and label not in INTERVIEW_LABELS:
            continue
        chain = None if label in INTERVIEW_LABELS else _person(ctx, label)
        if chain is None and label not in INTERVIEW_LABELS:
            continue
        said = m.group("said").rstrip()
        if not _speaks(ctx, m.start("said"), m.start("said") + len(said)):
            continue
        out.append(Line(m.start("said"), m.start("said") + len(said), m.start("label"), m.end("label"), label, chain))
    return out
