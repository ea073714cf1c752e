"""The body an unnamed worker speaks for: "Pentagon officials", "Jackson's lawyer", "an official at the Pentagon".

News often gives a speaker only as a worker or a group of a body: a name
before the noun ("Nairobi officials", "a White House spokesman"), a
possessor ("the ministry's spokesman", "Jackson's lawyer", "his lawyer"), or
a phrase after it ("an official at the Pentagon", "a spokesman for the
ministry", "a source close to the prime minister", "a member of the board").
The place or body there did not speak: someone who works for it did, and the
article does not say who.  So the speaker stays the description as written,
with no entity, and :func:`body_of` gives the body it speaks for, kept beside
the speaker (``Quote.body_chain``) so that a search for the Pentagon finds
what its officials said without the Pentagon being made their speaker.  A
named worker keeps his name as the speaker and gets the body too ("Pentagon
spokesman John Kirby").

The body is read from the parse of the speaking noun: its possessor, the names
among its left modifiers (compound, amod, nmod), and the object of a
preposition hung on it (or on "close" in "a source close to X").  A possessive
pronoun is resolved as a pronoun speaker is, but only when no other person of
its gender could be meant (:func:`.pronouns.sole_person_before`), so "his
lawyer" and "Jackson's lawyer" answer alike after one man, and "his lawyer"
after "Smith met Jones" speaks for nobody named.  Where the parse cannot say
whom a worker serves (a nationality with no country named, a past job, a place
he is only in), the body is left unset rather than guessed.

Example::

    >>> "official" in WORKER_NOUNS and "statement" not in WORKER_NOUNS
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.descriptions import described_chain, state_of_people
from storyline.nlp.quotes.lexicon import CLIENT_NOUNS, WORKER_NOUNS
from storyline.nlp.quotes.phrases import named_in
from storyline.nlp.quotes.pronouns import sole_person_before, thing_before

__all__ = ["WORKER_NOUNS", "body_of", "role_body"]

SERVED_PREPS = frozenset({"for", "of", "to", "with"})
"""Prepositions whose object, hung on a worker noun, is whom he works for ("a spokesman for the ministry", "a
member of the board", "an aide to the president", "an official with the World Bank"): written out, it beats a
name before the noun, which may only place him ("An Israeli lawyer for the Palestinian prisoners": the prisoners'
lawyer, not Israel's)."""

WHERE_PREPS = frozenset({"at", "from", "in"})
"""Prepositions whose object may be the body ("an official at the Pentagon", "an official from the ministry") or
only where the worker is ("a lawyer in London", "officials in Washington"): a place (GPE, LOC) after "in" or "at"
says where, never whom he works for."""

BODY_PREPS = SERVED_PREPS | WHERE_PREPS

PAST_MARKS = frozenset({"former", "ex", "onetime", "erstwhile"})
"""Modifiers that make a worker a past one ("A former Pentagon official", "an ex-Pentagon official"): he no longer
works for the body, so he speaks for nobody."""

_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
"""Left modifiers of a worker noun that may carry the body's name ("Pentagon officials", "a NATO press officer",
"a U.S. official")."""


def body_of(ctx: Context, head: Token) -> int | None:
    """The chain of the body a worker noun (:data:`WORKER_NOUNS`) speaks for, or None: the possessor, else the
    object of a preposition that says whom he works for (unless a place: "the EU representative for Kosovo"),
    else a name among the left modifiers, else a body (not a place) where he is.  None for a past worker ("A
    former Pentagon official").  Coordinated bodies keep the one the parse hangs on the noun, the first
    written ("US and South Korean officials": the US; the second is a conjunct of the first, not a modifier
    of the noun), never both.  A nationality is no body: it stands for the country the article names whose
    name it shares (:func:`.descriptions.state_of_people`: "Chinese officials" for China), else for nobody."""
    if _past(head):
        return None
    for child in head.children:
        if child.dep_ == "poss":
            return _as_body(ctx, _owner(ctx, child))
    preps = _preps(head)
    served = [p for p in preps if p.lower_ in SERVED_PREPS and p.head.i == head.i]  # (not "familiar with")
    found = _object_body(ctx, served)
    if found is not None and ctx.chains[found].type not in ("GPE", "LOC"):
        return found  # "a lawyer for X": whom he works for is written out; a name before only places him
    if served and found is None and head.lemma_.lower() in CLIENT_NOUNS:
        # "An Israeli lawyer for the Palestinian prisoners" works for the prisoners, not Israel; "a Pentagon
        # official with knowledge of the program" still speaks for the Pentagon
        return None
    # a place after "for"/"to" is where he is sent ("the EU representative for Kosovo" speaks for the EU);
    # alone it is the body ("an official of Kenya")
    left = _left_name(ctx, head)
    if left is not None:
        return left
    return found if found is not None else _object_body(ctx, preps)


def _past(head: Token) -> bool:
    """Whether a worker noun is marked as a past one (:data:`PAST_MARKS`)."""
    return any(t.lower_ in PAST_MARKS or t.lower_.startswith("ex-") for t in head.lefts)


def _as_body(ctx: Context, chain: int | None) -> int | None:
    """A chain as a body: a nationality word stands for the country the article names (or for nobody)."""
    if chain is not None and ctx.chains[chain].type == "NORP":
        return state_of_people(ctx, ctx.chains[chain].name)
    return chain


def _object_body(ctx: Context, preps: list[Token]) -> int | None:
    """The first body the objects of ``preps`` name; a place after "in"/"at" only says where (skipped)."""
    for prep in preps:
        for obj in prep.children:
            ch = _as_body(ctx, _named_or_owner(ctx, obj)) if obj.dep_ == "pobj" else None
            if ch is not None and not (prep.lower_ in ("in", "at") and ctx.chains[ch].type in ("GPE", "LOC")):
                return ch
    return None


def _left_name(ctx: Context, noun: Token) -> int | None:
    """The chain of a name among a noun's left modifiers ("Pentagon officials", "a NATO press officer", "the
    Federal Reserve board"), the nearest to the noun: the narrower body ("a Japanese Foreign Ministry spokesman"
    speaks for the ministry, which the nationality only places).  A place before a client's worker ("a New York
    lawyer", :data:`CLIENT_NOUNS`) only says where he works, and a nationality before a private body's noun
    only where that body is from (:func:`_nationality_of_state`)."""
    found = None
    client = noun.lemma_.lower() in CLIENT_NOUNS
    for tok in noun.subtree:
        if tok.i >= noun.i:
            break
        if tok.dep_ not in _LEFT_DEPS or not _under_left(tok, noun):
            continue
        own = ctx.chain_of(tok)
        if own is not None and ctx.chains[own].type == "NORP" and not _nationality_of_state(ctx, tok, noun):
            continue
        if (ch := _as_body(ctx, own)) is not None and not (client and ctx.chains[ch].type in ("GPE", "LOC")):
            found = ch
    return found


PRIVATE_BODY_NOUNS = frozenset({
    "company", "firm", "bank", "corporation", "business", "industry", "sector", "airline", "carrier", "maker",
    "manufacturer", "retailer", "operator", "automaker", "carmaker", "insurer", "reinsurer", "lender",
    "newspaper", "broadcaster", "club", "team", "league", "charity", "university",
})
"""Kinds of body a nationality may place but that do not serve its state: business, press, sport, charity
("a Swiss bank official", "a Dutch team official").  A field of government ("security", "police", "tax",
"health", "civil aviation") is not among them: "Israeli security officials" speak for Israel."""


def _nationality_of_state(ctx: Context, tok: Token, noun: Token) -> bool:
    """Whether a nationality word says whom the worker serves: no private body's noun stands between it and
    the worker noun (:data:`PRIVATE_BODY_NOUNS`).  "a Swiss spokesman", "Egyptian tax officials", "a French
    foreign ministry spokesman" speak for the state; "a Swiss bank official" works for a bank the word only
    says is Swiss, "an American company official" for a company."""
    own = ctx.chain_of(tok)
    return not any(mid.pos_ in ("NOUN", "PROPN") and ctx.chain_of(mid) != own
                   and mid.lemma_.lower() in PRIVATE_BODY_NOUNS for mid in ctx.doc[tok.i + 1: noun.i])


def _under_left(tok: Token, head: Token) -> bool:
    """Whether ``tok`` reaches ``head`` through left modifiers only (not through a preposition or a clause)."""
    while tok.i != head.i:
        if tok.dep_ not in _LEFT_DEPS and tok.dep_ not in ("flat", "poss", "case"):
            return False
        tok = tok.head
    return True


def _preps(head: Token) -> list[Token]:
    """The body prepositions on a worker noun, and on "close" after it ("a source close to the prime
    minister": one who speaks from his side).  Another adjective says what the worker knows, not whom he
    works for: "a source familiar with Tesla's thinking" is no Tesla source."""
    out = [c for c in head.children if c.dep_ == "prep" and c.lower_ in BODY_PREPS and c.i > head.i]
    for adj in (c for c in head.children if c.dep_ == "amod" and c.i > head.i and c.lemma_.lower() == "close"):
        out += [p for p in adj.children if p.dep_ == "prep" and p.lower_ in BODY_PREPS]
    return out


def _owner(ctx: Context, poss: Token) -> int | None:
    """The chain a possessor names: a pronoun as a pronoun speaker is resolved ("his lawyer": the person 'his'
    refers to), a name ("Jackson's lawyer"), or a description the article titles someone or something with
    ("the ministry's spokesman")."""
    low = poss.lower_
    if low in ("his", "her"):  # only when no other person of that gender could be meant
        return sole_person_before(ctx, poss, described_chain)
    if low == "its":
        return thing_before(ctx, poss, described_chain)
    if poss.pos_ == "PRON":
        return None
    found = ctx.chain_of(poss)
    return found if found is not None else described_chain(ctx, poss)


def _named_or_owner(ctx: Context, obj: Token) -> int | None:
    """The chain a preposition's object names ("at the Pentagon", "of the Federal Reserve board"), or its
    owner's ("for Syria's ministry"), or the one a titled description means ("close to the prime minister")."""
    found = named_in(ctx, obj)
    if found is None and obj.pos_ == "NOUN":  # "a member of the Federal Reserve board"
        found = _left_name(ctx, obj)
    if found is not None:
        return found
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _owner(ctx, poss)
    return described_chain(ctx, obj) if obj.pos_ == "NOUN" else None


def role_body(ctx: Context, name: Token) -> int | None:
    """The body a named speaker speaks for, when his role is written with him as a worker noun that names it:
    the role before the name ("Pentagon spokesman John Kirby") or set off beside it ("John Kirby, the Pentagon
    spokesman"); never the person himself."""
    own = ctx.chain_of(name)
    for role in name.children:
        if role.dep_ in ("compound", "appos") and role.lemma_.lower() in WORKER_NOUNS and role.pos_ == "NOUN":
            found = body_of(ctx, role)
            if found is not None and found != own:
                return found
    return None
