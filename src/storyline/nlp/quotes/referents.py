"""Who a speaker phrase refers to: a name, a pronoun, a description, a document or an office.

The :class:`Context` holds what one article offers: which tokens lie inside
quote marks (a name inside a quote is never its speaker), which tokens belong
to which entity chain, and the chains' titles.  :func:`resolve` turns the head
token of a speaker phrase into a chain index:

- a name: the chain of the mention it belongs to ("said Laura Chen");
- a pronoun: "he/she" -> the latest earlier person, subjects of earlier
  sentences first (the person the text is about); "it" -> the document or
  organisation quoted just before, else the latest earlier organisation;
- a description: "the city's mayor" -> the chain whose titles hold the
  phrase or its head noun, nearest earlier mention first;
- a document: "the letter" -> its author when the article says whose it is
  ("a letter from X", "X's letter", "X sent ... a letter");
- an office: "a spokesman for X" -> X.

Example::

    >>> Resolved(chain=2, text="he", how="pronoun").chain
    2
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.nlp.quotes.lexicon import (
    AUTHOR_VERBS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    MALE_WORDS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    SPEAKER_TYPES_PERSON,
    SPEAKER_TYPES_THING,
    SPOKES_NOUNS,
    STATE_NOUNS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
)
from storyline.nlp.quotes.spans import paragraphs
from storyline.records import Chain, Mention

PRONOUN_WINDOW = 8
"""How many sentences back a pronoun looks for its person."""


@dataclass
class Resolved:
    """A speaker phrase resolved: ``chain`` (or None), the phrase as written, and how."""

    chain: int | None
    text: str
    how: str  # name, pronoun, description, document, office, unresolved


@dataclass
class Context:
    """What one article offers attribution (built once per article by :meth:`build`)."""

    doc: Doc
    text: str  # doc.text, kept once: spaCy rebuilds it on every access
    chains: list[Chain]
    token_chain: dict[int, int]
    quoted: list[tuple[int, int]]  # sorted (open mark, close mark + 1) char ranges
    sents: list[Span]
    sent_starts: list[int]
    paras: list[tuple[int, int]]
    titles: dict[str, set[int]] = field(default_factory=dict)
    authors: list[tuple[int, str, int]] = field(default_factory=list)  # (char, document lemma, chain)
    last_thing: tuple[int, int] | None = None  # (char, chain) of the latest document/organisation speaker
    gender: dict[int, str] = field(default_factory=dict)  # chain -> "f" / "m" when an honorific or role says

    @classmethod
    def build(cls, doc: Doc, text: str, mentions: list[Mention], chains: list[Chain],
              quoted: list[tuple[int, int]]) -> Context:
        token_chain: dict[int, int] = {}
        for m in mentions:
            if m.chain is None:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for tok in span or []:
                token_chain[tok.i] = m.chain
        titles: dict[str, set[int]] = {}
        for i, ch in enumerate(chains):
            for title in ch.titles:
                words = title.lower().split()
                if words:
                    titles.setdefault(" ".join(words), set()).add(i)
                    titles.setdefault(words[-1], set()).add(i)
        sents = list(doc.sents)
        ctx = cls(doc, text, chains, token_chain, sorted(quoted), sents, [s.start for s in sents], paragraphs(text),
                  titles)
        ctx.authors = _document_authors(ctx)
        ctx.gender = _genders(text, mentions, chains)
        return ctx

    def in_quote(self, tok: Token) -> bool:
        i = bisect.bisect_right(self.quoted, (tok.idx, 1 << 60)) - 1
        return i >= 0 and self.quoted[i][0] <= tok.idx < self.quoted[i][1]

    def chain_of(self, tok: Token) -> int | None:
        return None if self.in_quote(tok) else self.token_chain.get(tok.i)

    def sent_index(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1


def _genders(text: str, mentions: list[Mention], chains: list[Chain]) -> dict[int, str]:
    """Chain -> 'f'/'m' from an honorific before a mention (Mrs, Mr.) or a gendered title (spokeswoman)."""
    votes: dict[int, set[str]] = {}
    for m in mentions:
        if m.chain is None:
            continue
        before = text[max(0, m.start - 6):m.start].replace(".", " ").split()
        words = set(before[-1:]) if before else set()
        words |= {w for t in chains[m.chain].titles for w in t.lower().split()}
        words |= {w.strip(".").lower() for w in m.text.split()[:1]}
        for w in {w.lower() for w in words}:
            if w in FEMALE_WORDS:
                votes.setdefault(m.chain, set()).add("f")
            elif w in MALE_WORDS:
                votes.setdefault(m.chain, set()).add("m")
    return {ch: next(iter(v)) for ch, v in votes.items() if len(v) == 1}


def phrase_text(tok: Token) -> str:
    """The speaker phrase as written: the head with its left modifiers ("The city's new mayor")."""
    start = tok.left_edge.i
    while start < tok.i and (tok.doc[start].is_punct or tok.doc[start].is_space):
        start += 1
    return tok.doc[start: tok.i + 1].text.strip(" ,")


def resolve(ctx: Context, head: Token) -> Resolved:
    """Resolve the head token of a speaker phrase (see the module docstring)."""
    text = phrase_text(head)
    chain = ctx.chain_of(head)
    if chain is not None:
        return Resolved(chain, text, "name")
    for child in head.children:  # "spokeswoman Ann Lee"; "Lee's adviser" is not Lee
        ch = ctx.chain_of(child) if child.dep_ in ("appos", "compound", "flat") else None
        if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON:
            return Resolved(ch, text, "name")
    low = head.lower_
    if low in PERSON_PRONOUNS:
        return Resolved(_person_before(ctx, head), head.text, "pronoun")
    if low in THING_PRONOUNS:
        return Resolved(_thing_before(ctx, head), head.text, "pronoun")
    if head.pos_ == "PRON":
        return Resolved(None, head.text, "unresolved")
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        return Resolved(_author(ctx, head), text, "document")
    if head.lemma_.lower() in SPOKES_NOUNS:
        office = _office(ctx, head)
        if office is not None:
            return Resolved(office, text, "office")
    described = _described(ctx, head)
    if described is not None:
        return Resolved(described, text, "description")
    named = _person_within(ctx, head)  # "the former secretary of state for the region Robert Pelletreau"
    return Resolved(named, text, "name" if named is not None else "unresolved")


def _person_within(ctx: Context, head: Token) -> int | None:
    """The one person a long speaker phrase names somewhere inside it, if exactly one."""
    found = {ctx.chain_of(t) for t in head.subtree if t.i != head.i and ctx.chain_of(t) is not None}
    people = {ch for ch in found if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON}
    return people.pop() if len(people) == 1 else None


def _mentions_before(ctx: Context, sent: Span, limit: int) -> tuple[list[int], list[int]]:
    """Chains named in ``sent`` before char ``limit``, outside quotes: (subjects in order, others latest
    first, those in a relative clause last: in "X, who coached Y, ..." the text is about X)."""
    subj: list[int] = []
    other: list[int] = []
    buried: list[int] = []
    for tok in reversed(sent):
        if tok.idx >= limit:
            continue
        ch = ctx.chain_of(tok)
        is_subj = tok.dep_ in SUBJECT_DEPS or (tok.dep_ in ("compound", "flat") and tok.head.dep_ in SUBJECT_DEPS)
        if ch is None and is_subj and tok.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(tok):
            ch = _described(ctx, tok)
        if ch is None:
            continue
        if is_subj:
            subj.append(ch)
        elif any(a.dep_ == "relcl" for a in tok.ancestors):
            buried.append(ch)
        else:
            other.append(ch)
    return subj[::-1], other + buried


def _person_before(ctx: Context, tok: Token) -> int | None:
    """The person a he/she refers to: earlier sentences' subjects first, then their latest person."""
    other = "m" if tok.lower_ in ("she", "her") else "f"
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - PRONOUN_WINDOW), -1):
        subjects, others = _mentions_before(ctx, ctx.sents[s], tok.idx)
        for ch in subjects + others:
            if ctx.chains[ch].type in SPEAKER_TYPES_PERSON and ctx.gender.get(ch) != other:
                return ch
    return None


def _thing_before(ctx: Context, tok: Token) -> int | None:
    """What an 'it said' refers to: the document or organisation quoted just before, else the latest one named."""
    if ctx.last_thing is not None and tok.idx - ctx.last_thing[0] < 1500:
        return ctx.last_thing[1]
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - 3), -1):
        for ch in _mentions_before(ctx, ctx.sents[s], tok.idx)[0]:  # subjects only: 'it' is what acts
            if ctx.chains[ch].type in SPEAKER_TYPES_THING:
                return ch
    return None


def _described(ctx: Context, head: Token) -> int | None:
    """The chain whose titles hold this description ("the city's mayor" -> title "mayor"),
    or for a definite organisation noun ("the company") the organisation named last."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = head.lemma_.lower()
    if lemma in ORG_NOUNS | STATE_NOUNS and any(c.lower_ in ("the", "this") for c in head.children):
        kinds = {"ORG", "GPE"} if lemma in STATE_NOUNS else {"ORG"}
        orgs = {i for i, ch in enumerate(ctx.chains) if ch.type in kinds}
        found = _nearest(ctx, orgs, head.idx, strict=True) if orgs else None
        if found is not None:
            return found
    if not ctx.titles:
        return None
    words = [t.lower_ for t in ctx.doc[head.left_edge.i: head.i + 1] if t.dep_ not in ("det", "poss", "punct")]
    cands = ctx.titles.get(" ".join(words)) or ctx.titles.get(head.lemma_.lower()) or ctx.titles.get(head.lower_)
    if not cands:
        return None
    return _nearest(ctx, cands, head.idx)


def _nearest(ctx: Context, cands: set[int], limit: int, strict: bool = False) -> int | None:
    """Of several chains, the one mentioned last before ``limit`` (else the first, unless ``strict``)."""
    best, best_pos = (None if strict else min(cands)), -1
    for tok_i, ch in ctx.token_chain.items():
        pos = ctx.doc[tok_i].idx
        if ch in cands and best_pos < pos < limit and not ctx.in_quote(ctx.doc[tok_i]):
            best, best_pos = ch, pos
    return best


def _office(ctx: Context, head: Token) -> int | None:
    """'a spokesman for X', 'a statement from X' -> X."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "from", "of", "at", "by"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and ctx.chain_of(obj) is not None:
                    return ctx.chain_of(obj)
    for child in head.children:
        ch = ctx.chain_of(child) if child.dep_ in ("poss", "compound") else None
        if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_THING:
            return ch
    return None


def _own_author(ctx: Context, tok: Token) -> int | None:
    """The author a document noun names itself: 'X's letter', 'a letter from X', 'X sent a letter'."""
    for child in tok.children:
        if child.dep_ == "poss" and ctx.chain_of(child) is not None:
            return ctx.chain_of(child)
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1]
    for prep in preps:
        if prep.lower_ in ("from", "by"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and ctx.chain_of(obj) is not None:
                    return ctx.chain_of(obj)
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in AUTHOR_VERBS:
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent") and ctx.chain_of(child) is not None:
                return ctx.chain_of(child)
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ in ("VERB", "AUX"):  # X said in a statement
        for child in verb.head.children:
            if child.dep_ == "nsubj" and ctx.chain_of(child) is not None:
                return ctx.chain_of(child)
    return None


def _document_authors(ctx: Context) -> list[tuple[int, str, int]]:
    """Every document noun outside quotes whose author the article names, in text order."""
    out: list[tuple[int, str, int]] = []
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if lemma in DOCUMENT_NOUNS and tok.pos_ == "NOUN" and not ctx.in_quote(tok):
            author = _own_author(ctx, tok)
            if author is not None:
                out.append((tok.idx, lemma, author))
    return out


def _author(ctx: Context, tok: Token) -> int | None:
    """The author of the document a speaker phrase names: its own, else the latest same-kind document's,
    else (the article names it only later: "... Smith's letter continued") the next same-kind one's."""
    own = _own_author(ctx, tok)
    if own is not None:
        return own
    lemma = tok.lemma_.lower()
    earlier = [a for a in ctx.authors if a[0] < tok.idx]
    same = [a for a in earlier if a[1] == lemma]
    pick = same or earlier
    if pick:
        return pick[-1][2]
    later = [a for a in ctx.authors if a[0] > tok.idx and a[1] == lemma]
    return later[0][2] if later else None
