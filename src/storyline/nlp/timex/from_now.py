"""A length counted from now is the point it reaches: "will visit Cairo in two weeks" is a date, not two weeks.

TimeML tags "in five years" in "the stock would be redeemed in five years"
as a DATE, the year five years after the document's date (TimeBank's gold for
that wsj sentence: 1994 in a 1989 article), and "in a year or two" ahead of a
modal as a DATE FUTURE_REF: the TIDES value standard TimeML uses reads a
length introduced by "in" under a verb that looks ahead as the time it
reaches, which is when the thing is done, not how long it takes.  The same
length under a past verb or a noun keeps its length: "the first time in 12
years", "the biggest monthly jump in 30 years", "won the race in 31.67
seconds", "rose 5 percent in two years".

Example::

    >>> import datetime as dt
    >>> from storyline.nlp.timex.anchor import Anchor
    >>> ahead(Found(27, 36, "DURATION", "P2W"), Anchor(dt.date(1997, 4, 4))).value
    '1997-W16'
"""

from __future__ import annotations

import re

from storyline.nlp.timex.anchor import Anchor
from storyline.nlp.timex.found import Context, Found

_IN = re.compile(r"\bin\s+$", re.I)
# a counted or vague length of days to decades: hours and minutes would need the clock time the DCT lacks
_LENGTH = re.compile(r"^P(\d+|X)([DWMY])$")
# "in the next two weeks", "in coming years", "in recent days", "in the first three months": spans, not points
_SPAN_WORD = re.compile(r"(?:the|next|coming|past|last|recent|first|final|previous|following|those|these)\b", re.I)
_VERB = frozenset({"VERB", "AUX"})
_ABILITY = frozenset({"can", "could", "ca"})  # "ca" is the parser's "ca|n't"
_ONLY = frozenset({"first", "last", "only", "record"})


def ahead(f: Found, anchor: Anchor) -> Found:
    """``f``, a length, as the DATE it reaches from the DCT (FUTURE_REF when its count is vague)."""
    m = _LENGTH.match(f.value)
    if m is None:
        return f
    if m.group(1) == "X":
        return Found(f.start, f.end, "DATE", "FUTURE_REF", f.mod)
    return Found(f.start, f.end, "DATE", anchor.shift(int(m.group(1)), m.group(2)), f.mod, relative=True)


def points_from_now(found: list[Found], text: str, ctx: Context) -> list[Found]:
    """Each length after "in" that a verb looking ahead governs, as the point it reaches (see the module).

    The parse decides who governs "in": a verb ("will visit Cairo in two
    weeks", "is due to arrive in a few days"), not a noun or an adjective
    ("the first such visit in two weeks", "the highest level in five years")
    or an adverb ("once in two years"), and the verb's own object may have no
    superlative or ordinal (the parser may hang "in" on the verb of "will
    reach their highest level in five years").  The clause's tense (``ctx.tense``)
    must be FUTURE: a will/shall/modal verb, a plan's to-infinitive or the
    present progressive of plans.
    """
    if ctx.parse is None:
        return found
    out = []
    for f in found:
        if (f.type == "DURATION" and _LENGTH.match(f.value) and _IN.search(text, max(0, f.start - 4), f.start)
                and not _SPAN_WORD.match(text, f.start) and _under_a_verb(ctx, f)
                and ctx.tense(f.start, f.end) == "FUTURE"):
            f = ahead(f, ctx.anchor)
        out.append(f)
    return out


def _under_a_verb(ctx: Context, f: Found) -> bool:
    span = ctx.parse(f.start, f.end) if ctx.parse is not None else None
    if span is None:
        return False
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ not in _VERB:
        return False
    if verb.head.lower_ == "able" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _ABILITY for c in verb.children):
        return False  # "can develop new vaccines in four months", "could obtain their visas in a few days": how long
    # "will reach their highest level in five years", "will make his third trip in six months": a superlative or
    # an ordinal of the verb's own object counts back over the length whatever the parser attached "in" to; one
    # deeper down is not the verb's ("would be one of the world's fastest growing economies in a year or two")
    return not any((t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" or t.lower_ in _ONLY)
                   and verb in (t.head, t.head.head) for t in span.doc[min(verb.i, prep.i) : prep.i])
