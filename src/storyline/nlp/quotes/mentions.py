"""Which chains a sentence names before a point, subjects first, and what its main subject is.

A pronoun or a description refers back to someone a sentence before it was
about: the subject of its own clause, before names in other roles or in
clauses inside it.  :func:`mentions_before` lists them in that order.  It can
also read a subject description ("the mayor said") as the chain it refers to:
that needs the description search of :mod:`.descriptions`, which itself uses
this module, so the search is passed in as a function (:data:`Describe`)
rather than imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from storyline.nlp.names import is_role
from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.lexicon import PERSON_NOUNS, QUESTION_VERBS, SPOKES_NOUNS, STRONG_CUES, SUBJECT_DEPS
from storyline.nlp.quotes.phrases import bare_title_name, named_in

Describe = Callable[[Context, Token], int | None]
"""The description search (:func:`.descriptions.described_chain`): a subject noun ("the mayor") -> the chain
it refers to."""


EMBEDDING_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp"})
"""Clauses inside a sentence: a name in one is not what the sentence is about."""


def mentions_before(ctx: Context, sent: Span, limit: int, describe: Describe | None = None,
                     skip: frozenset[int] = frozenset(), main: bool = False) -> tuple[list[int], list[int]]:
    """Chains named in ``sent`` before char ``limit``, outside quotes: (subjects in order, others latest
    first, those in a relative clause last: in "X, who coached Y, ..." the text is about X).  With
    ``describe`` (the description search, passed in), a subject description ("the mayor") counts as the
    chain it refers to; without it (when the description search itself asks) names only, so lookups never
    recurse.  With ``main``,
    only subjects of the sentence's own clause count as subjects, and names in a clause inside it come
    after all others: in "For Kakumba, the plan was 'false' and the government knew that X would stay"
    the sentence is about Kakumba, not about X, the subject of what the government knew; among those, the
    subjects come before the names they act on (a quote's sentence the parser roots in the quote, '"...,"
    Disastro told Xinhua by telephone': Disastro, not Xinhua, is whom a 'he said' after it goes on with; but
    not over the one a verb of asking questions right after a question: after '"...?" X asked Y', a 'he said'
    is Y's answer, so the asker comes last (:func:`_asks`)); and
    the source of "according to X" that frames the sentence comes before every subject
    (:func:`_framing_source`)."""
    sources: list[int] = []
    subj: list[int] = []
    other: list[int] = []
    buried: list[int] = []
    inner: list[int] = []
    inner_subj: list[int] = []  # a clause's own subject before what it names ("X told Xinhua": X)
    for tok in reversed(sent):
        if tok.idx >= limit or tok.i in skip:
            continue
        ch = ctx.chain_of(tok)
        if tok.dep_ in ("compound", "flat") and ctx.chain_of(tok.head) not in (None, ch):
            continue  # "Sheikh Abdurahim Ali Muddey": the phrase is the person its head names, not a title's holder
        is_subj = tok.dep_ in SUBJECT_DEPS or (tok.dep_ in ("compound", "flat") and tok.head.dep_ in SUBJECT_DEPS)
        if ch is None and is_subj and tok.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(tok):
            # "The minister of development, Ulla Toenaes, was ...": the subject's own name, not a title's holder
            ch = next((c for a in tok.children if a.dep_ == "appos" and (c := ctx.chain_of(a)) is not None), None)
            ch = bare_title_name(ctx, tok) if ch is None else ch
            # "the former Chief Marketing Officer for Jenny Craig, Leesa Eichberger, spoke": the name set off in
            # the subject phrase is the subject's, however low the parser hung it (not the company in between)
            ch = set_off_name(ctx, tok) if ch is None else ch
        if describe is not None and ch is None and is_subj and tok.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(tok):
            if ch is None and tok.lemma_.lower() in SPOKES_NOUNS:  # "the office of X", "a spokesman for X"
                ch = next((c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                           for o in p.children if o.dep_ == "pobj" and (c := named_in(ctx, o)) is not None), None)
            ch = describe(ctx, tok) if ch is None else ch
        if ch is None:
            continue
        if main and _framing_source(ctx, tok, describe):
            sources.append(ch)
        elif main and any(a.dep_ in EMBEDDING_DEPS for a in tok.ancestors):
            (inner_subj if is_subj and not _asks(tok) else inner).append(ch)
        elif is_subj and _asks(tok):
            inner.append(ch)  # "'When will the roads reopen?' X asked Y. ..., he said": Y answers
        elif is_subj:
            subj.append(ch)
        elif any(a.dep_ == "relcl" for a in tok.ancestors):
            buried.append(ch)
        else:
            other.append(ch)
    return sources[::-1] + subj[::-1], other + buried + inner_subj + inner


def _asks(subject: Token) -> bool:
    """Whether a subject asks the question quoted right before its clause ('"When will the roads reopen?"
    Chidi Eze asked Governor Fashola'): the one asked speaks next.  The quote must end in '?': "X asked Y to
    resign" or '"Resign now," X asked Y' puts no question, and the asker goes on speaking."""
    verb = subject.head if subject.dep_ in SUBJECT_DEPS else subject.head.head
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return False
    i = min(subject.left_edge.i, verb.i) - 1
    while i >= 0 and subject.doc[i].text in _CLOSING_MARKS:
        i -= 1
    return i >= 0 and subject.doc[i].text == "?"


_CLOSING_MARKS = frozenset({'"', "\u201d", "'", "\u2019", "''", ","})
"""What may stand between a quote's last word and the clause after it."""


def according_source(pobj: Token) -> bool:
    """Whether a noun is the object of "according to" ("according to X": X is the source of what its
    clause says).  The one test of the phrase for :mod:`.mentions` and :mod:`.descriptions`."""
    to = pobj.head
    return pobj.dep_ == "pobj" and to.lower_ == "to" and to.i > 0 and to.doc[to.i - 1].lower_ == "according"


def _framing_source(ctx: Context, tok: Token, describe: Describe | None) -> bool:
    """Whether a name (a word of it, or its head) is the source of an "according to X" that frames its whole
    sentence, so X, not the grammatical subject, is who a he/she after it speaks on: the phrase comes before
    the subject of the clause it modifies ("According to Cui, Wen will meet ... . Wen will deliver speeches,
    he said": Cui), or that subject is no person the text names (a place, a thing, an unnamed "special
    prosecutor") or its clause calls it a thing ("Lantana is regarded as one of the worst weeds ..., according
    to Howard").  Written after a person's name, the phrase only sources one fact about that person, who
    remains who the text is about ("Striker Carlos Ruiz will miss the final, according to coach Diego
    Lopez. 'I am devastated,' he said": Ruiz)."""
    pobj = tok.head if tok.dep_ in ("compound", "flat") else tok
    if not according_source(pobj):
        return False
    according = pobj.doc[pobj.head.i - 1]
    subjects = [c for c in according.head.children if c.dep_ in SUBJECT_DEPS and not ctx.in_quote(c)]
    if not subjects or according.i < subjects[0].i or _called_a_thing(according.head):
        return True
    return not any(_names_a_person(ctx, s, describe) for s in subjects)


def _names_a_person(ctx: Context, subject: Token, describe: Describe | None) -> bool:
    """Whether a subject is a person's name, or a description the text resolves to a named person."""
    words = [subject] + [c for c in subject.children if c.dep_ in ("compound", "flat")]
    if any((ch := ctx.chain_of(w)) is not None and ctx.is_person(ch) for w in words):
        return True
    found = describe(ctx, subject) if describe is not None and subject.pos_ == "NOUN" else None
    return found is not None and ctx.is_person(found)


def _called_a_thing(verb: Token) -> bool:
    """Whether a clause says what its subject is with a noun for no person: "X is a weed", "X is regarded
    as one of the worst weeds" (a predicate, or "as" after a passive verb; "one of" looks at what follows)."""
    nouns = [c for c in verb.children if c.dep_ == "attr"]
    if any(c.dep_ == "auxpass" for c in verb.children):
        nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
    for noun in nouns:
        of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"] if noun.lower_ in ("one", "some", "many", "among") else []
        noun = of[0] if of else noun
        if noun.pos_ == "NOUN" and noun.lemma_.lower() not in PERSON_NOUNS and not is_role(noun):
            return True
    return False


def set_off_name(ctx: Context, head: Token) -> int | None:
    """The one person named in apposition inside a singular person's title phrase ("the former Chief
    Marketing Officer for Jenny Craig, Leesa Eichberger,"): the title's holder, wherever the parser hung the
    name (here under the company).  Not a name glued to the title or a modifier ("Azerbaijani officials")."""
    if head.tag_ not in ("NN", "NNP") or not (is_role(head) or head.lemma_.lower() in PERSON_NOUNS):
        return None
    found = {ch for t in head.subtree if t.dep_ == "appos" and t.i > head.i
             and (ch := ctx.chain_of(t)) is not None and ctx.is_person(ch)}
    return found.pop() if len(found) == 1 else None


def main_subject(ctx: Context, sent: Span, before: Token) -> Token | None:
    """The subject of ``sent``'s own verb (its root or a verb coordinated with it), before ``before``."""
    return next((t for t in sent if t.i < before.i and t.dep_ in SUBJECT_DEPS and not ctx.in_quote(t)
                 and main_verb(t.head)), None)


def reporting_subjects(ctx: Context, tok: Token, window: int = 2) -> Iterator[Token | None]:
    """The subjects (None: a verb without one) of the verbs that report in every sense ("said", not "read
    out" or "reported") before ``tok`` outside quotes, in its sentence and the ``window - 1`` before, latest
    first: who just spoke, for a description or a document that stands for a speaker."""
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - window), -1):
        for verb in reversed([t for t in ctx.sents[s] if t.i < tok.i and t.pos_ == "VERB" and not ctx.in_quote(t)
                              and t.lemma_.lower() in STRONG_CUES]):
            yield next((c for c in verb.children if c.dep_ == "nsubj"), None)


def main_verb(verb: Token) -> bool:
    """The sentence's own verb (its root, or a verb coordinated with it), not one of a clause inside."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


INDEFINITE = frozenset({"a", "an", "another", "one", "some"})


def introduces(noun: Token) -> bool:
    """A noun phrase that brings in someone new: indefinite ("a spokesman", "one man") or possessed ("his wife"),
    also when the parser hung the article or the possessive on a word of a title written before the noun ("a
    ministry of foreign affairs spokesman": 'a' on 'ministry', the spokesman under 'of')."""
    if any((c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE) or c.dep_ == "poss" for c in noun.children):
        return True
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
        return False  # a modifier ("a joint expert team"), not the phrase's own noun
    for tok in reversed(noun.doc[max(0, noun.i - TITLE_SPAN): noun.i]):
        if tok.dep_ == "det":
            return tok.lower_ in INDEFINITE
        if tok.tag_ == "PRP$":
            return True  # "her community rabbi" with 'her' hung on 'community' (the noun misread as a verb)
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") and tok.lower_ not in ("of", "for", "and"):
            return False
    return False


TITLE_SPAN = 6
"""How many words a title written before its noun may have ("a ministry of foreign affairs spokesman")."""
