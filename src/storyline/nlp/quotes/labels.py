"""Quoted words that give something its name: the writer names a thing, nobody is said to speak them.

A quoted word or two set where English puts a name, not speech, is a label: after "so-called" (the writer
keeps the words at a distance, their users unnamed), as the complement of a naming participle that has no
subject or agent of its own ("a new screen, dubbed a 'crystal panel'", "applications, commonly called
'apps'", "known as 'the Pit'"), or as a second name offered for a noun with ", or" ("the rubber covers, or
'sleeves'").  Such a quote has no speaker, and a reported clause around it does not become mixed for it.
A naming verb with a subject or a 'by' phrase ("critics dubbed it 'a fiasco'", "dubbed 'a fiasco' by
critics") or a finite one ("he called it 'a disgrace'") is speech, left to the speaker search.

A title set in quote marks is a label too, wherever it stands (:func:`is_title`): the name of a film, book,
ship, slogan or conference written in title case ("Brokeback Mountain", "Media Arts in the Contemporary
Society", "Lake Hongze"), without the closing punctuation that quoted speech carries.  A quote opening a
paragraph or following a comma counts as a whole utterance, not a partial one, so the quoted-term rules above
never saw these, and a cue near them ('"The Daily Champion", a Lagos-based newspaper, reported') gave the
title a speaker.

Example::

    >>> "dub" in NAMING_VERBS and "said" not in NAMING_VERBS
    True
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.nlp.quotes.context import Context, quote_roots
from storyline.nlp.quotes.spans import TITLE_WORD, Span, title_cased

NAMING_VERBS = frozenset({"call", "dub", "label", "term", "brand", "name", "nickname", "christen", "title", "know"})
"""Verbs that give a thing a name ("called", "dubbed", "known as"): as a bare participle they name."""

MAX_LABEL_WORDS = 4
"""A label is a few words; a longer quote set after a participle is more likely speech."""

MAX_TITLE_WORDS = 10
"""A title in quote marks is a few words ("Measuring Creativity, Happiness and Well Being" has six)."""

TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "de", "la",
    "le", "du", "van", "von", "der",
})
"""Words a title in English title case leaves in lower case ("Battle for Britain", "Lake of the Woods")."""

MAX_SO_CALLED_WORDS = 6
"""After "so-called" a name may be a phrase with a verb ("shoot to kill"), still short."""


def _short_noun_phrase(span: Span, inside: list[Token]) -> bool:
    """A few words with no verb (a word the parse makes a noun's conjunct is a noun, whatever its tag)."""
    return 0 < span.words <= MAX_LABEL_WORDS and inside != [] \
        and not any(t.pos_ in ("VERB", "AUX") and not _noun_conjunct(t) for t in inside)


def _noun_conjunct(tok: Token) -> bool:
    return tok.dep_ in ("conj", "appos") and tok.head.pos_ in ("NOUN", "PROPN")


_SO_CALLED = re.compile(r"\bso\s*-?\s*called\s*$", re.I)
"""'the so-called "..."' (also 'so - called', 'so called'), up to the opening mark."""


def _so_called(ctx: Context, span: Span) -> bool:
    return _SO_CALLED.search(ctx.text[max(0, span.open_at - 16):span.open_at]) is not None


def _naming_participle(ctx: Context, roots: list[Token]) -> bool:
    """The quote (its ``roots``) completes a bare past participle of naming ("X, dubbed 'Y'", "X, known as 'Y'")
    with no subject, auxiliary or agent of its own: the participle names X."""
    for root in roots:
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ == "as":  # "known as 'the Pit'"
            verb = verb.head
        elif root.dep_ not in ("oprd", "dobj", "attr", "xcomp"):
            continue
        if ctx.in_quote(verb) or verb.tag_ != "VBN" or verb.lemma_.lower() not in NAMING_VERBS:
            continue
        if verb.dep_ in ("acl", "advcl", "amod") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
            return True
    return False


def _another_name(ctx: Context, span: Span, roots: list[Token]) -> bool:
    """'the rubber covers, or "sleeves",': a short quoted noun phrase coordinated with the noun before it by
    ', or', a second name for the same thing."""
    conj = ctx.before_open(span, 1)
    if conj is None or conj.lower_ != "or":
        return False
    comma = ctx.before_open(span, 2)
    if comma is None or comma.text != ",":
        return False
    return len(roots) == 1 and _noun_conjunct(roots[0]) and not ctx.in_quote(roots[0].head) \
        and roots[0].head.i < comma.i


def is_label(ctx: Context, span: Span) -> bool:
    """Whether a partial quote names something (see the module docstring): no speaker for it."""
    if _so_called(ctx, span):  # (a so-called "shoot to kill" policy: whatever the words, a name)
        return span.words <= MAX_SO_CALLED_WORDS
    inside = ctx.quote_tokens(span)
    if not _short_noun_phrase(span, inside):
        return False
    roots = quote_roots(span, inside)
    return _naming_participle(ctx, roots) or _another_name(ctx, span, roots)


def is_title(ctx: Context, span: Span) -> bool:
    """Whether a quote is a title or a name in title case, not speech (see the module docstring).

    Every word capitalised but the small ones of :data:`TITLE_SMALL_WORDS`, the first one too; not all in
    capitals (a shouted slogan is speech); no closing punctuation inside the marks, nor a '!' or '?' anywhere
    ('"We Will Win," she said', 'said, "‘Oh, God!’"', 'screaming, ‘Stop! I’m ...' are speech); one word
    only when the tagger calls it a proper noun ('"Qingdao"', not '"Never"').
    """
    text = span.text.strip(" \n'\"‘’“”`")
    if not title_cased(text, TITLE_SMALL_WORDS, MAX_TITLE_WORDS) or text[-1:] in ".,;:" or text.upper() == text:
        return False
    if len(TITLE_WORD.findall(text)) > 1:
        return True
    inside = [t for t in ctx.quote_tokens(span) if t.is_alpha]
    return len(inside) == 1 and inside[0].pos_ == "PROPN"
