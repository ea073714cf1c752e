"""Who speaks through a document or an office: "a letter from X", "X's statement", "a spokesman for X".

:func:`own_author` reads the author a document noun names itself (a possessor,
"from"/"by", the subject of "sent", a name before the noun); at build time
:func:`document_authors` lists every document whose author the article names,
so a later bare "the letter said" finds it (:func:`.referents.resolve`).
:func:`office_of` gives an office's or a spokesperson's owner.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.descriptions import described_chain
from storyline.nlp.quotes.lexicon import AUTHOR_VERBS, DOCUMENT_NOUNS, SPEAKER_TYPES_THING, STATE_NOUNS
from storyline.nlp.quotes.phrases import definite_singular, named_in
from storyline.nlp.quotes.pronouns import person_before, thing_before


def office_of(ctx: Context, head: Token) -> int | None:
    """'a spokesman for X', 'a statement from X' -> X."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "from", "of", "at", "by"):
            for obj in prep.children:  # "a statement from his office"
                if obj.dep_ == "pobj" and (ch := _chain_or_owner(ctx, obj, described=False)) is not None:
                    return ch
    for child in head.children:
        ch = ctx.chain_of(child) if child.dep_ in ("poss", "compound") else None
        if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_THING:
            return ch
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):  # "his office said": the person's office
            return person_before(ctx, child, described_chain)
    return None


def _chain_or_owner(ctx: Context, tok: Token, described: bool = True) -> int | None:
    """The chain a phrase names, or its owner's when it names none ("Syria's foreign ministry" -> Syria,
    "his office" -> the person 'his' refers to), or with ``described`` the one a definite description names
    (:func:`_described`).  An office's owner takes no description: "the spokesman for the prime minister"
    is an unnamed worker whose name the title search finds ("said spokesman Tom Kelly"), not an office."""
    found = named_in(ctx, tok)
    if found is not None:
        return found
    for child in tok.children:
        if child.dep_ == "poss":
            if child.lower_ in ("his", "her"):
                return person_before(ctx, child, described_chain)
            return thing_before(ctx, child, described_chain) if child.lower_ == "its" else ctx.chain_of(child)
    return _described(ctx, tok) if described else None


def _described(ctx: Context, tok: Token) -> int | None:
    """The one a definite description names when it owns or sends a document ("the bank's monthly review",
    "a statement from the company"): read as it would be as the speaker ("the bank said"), the body or title
    holder named before; nobody when the description names none.  A state's body is left out: "the
    government's statement" speaks for the state its resolver serves, not for the organisation named last
    ("The Italian government said ... flag carrier Alitalia ... the government's statement" is not Alitalia's)."""
    described = definite_singular(tok) and tok.pos_ == "NOUN" and tok.lemma_.lower() not in STATE_NOUNS
    return described_chain(ctx, tok) if described else None


def own_author(ctx: Context, tok: Token) -> int | None:
    """The author a document noun names itself: 'X's letter', 'a letter from X', 'a statement issued by X', 'a
    statement of X' (an organisation), 'X sent a letter', 'a UNICEF statement' (a name before the noun), 'a
    statement on X's website' (the owner of where it was put)."""
    for child in tok.children:
        if child.dep_ in ("poss", "compound") and ctx.chain_of(child) is not None:
            return ctx.chain_of(child)
        if child.dep_ == "poss" and (ch := _described(ctx, child)) is not None:
            return ch
        ch = ctx.chain_of(child) if child.dep_ == "nmod" and child.i < tok.i else None
        if ch is not None and ctx.chains[ch].type == "ORG":  # "a Ministry of Education circular" (an nmod)
            return ch
    preps = _author_preps(tok)
    for on in (t for t in tok.subtree if t.lower_ == "behalf" and t.head.lower_ == "on"):  # "... on behalf of X"
        for obj in (o for of in on.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"):
            if (ch := _chain_or_owner(ctx, obj)) is not None:
                return ch  # the one it speaks for, not the lawyer who issued it
    for prep in preps:
        if prep.lower_ in ("from", "by"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (ch := _chain_or_owner(ctx, obj)) is not None:
                    return ch
        if prep.lower_ == "of" and prep.head.i == tok.i:  # "a press release of the Defense Ministry": a body's
            for obj in prep.children:  # (not "the release of Smith", "the text of the resolution")
                ch = ctx.chain_of(obj) if obj.dep_ == "pobj" else None
                if ch is not None and ctx.chains[ch].type == "ORG":
                    return ch
        if prep.lower_ in ("on", "in"):  # "on Leeds's website", "in X's newsletter": only a named owner
            for obj in prep.children:
                owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj.dep_ == "pobj" else None
                if owner is not None and (ch := ctx.chain_of(owner)) is not None:
                    return ch
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in AUTHOR_VERBS and not names_its_source(tok):
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent") and ctx.chain_of(child) is not None:
                return ctx.chain_of(child)
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ in ("VERB", "AUX"):  # X said in a statement
        for child in verb.head.children:
            if child.dep_ == "nsubj" and (ch := _chain_or_owner(ctx, child)) is not None:
                return ch
        subject = _subject_hung_on(verb) if not any(c.dep_ == "nsubj" for c in verb.head.children) else None
        if subject is not None:
            return _chain_or_owner(ctx, subject)
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.dep_ == "nsubj":  # "said X's ministry in a letter"
        return _chain_or_owner(ctx, verb.head)
    return None


def _author_preps(tok: Token) -> list[Token]:
    """The prepositions that may name a document's author: its own, the one right after it on its verb, and
    the agent of a participle that makes it ("a statement issued by X", "a letter signed by X")."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1]
    preps += [by for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in AUTHOR_VERBS
              for by in c.children if by.dep_ in ("agent", "prep") and by.lower_ == "by"]
    return preps


def names_its_source(tok: Token) -> bool:
    """Whether a document's own phrase says who it is from ("a statement from the rebels", "a report by
    independent experts"): its author is that one or, when the article names it no further, nobody -- never
    the one who presented or sent it ("Prosecutor John Smith presented a report by independent experts"), nor
    the last to speak ("The Defense Ministry said ... A statement from the rebels said")."""
    return any(p.lower_ in ("from", "by") and any(o.dep_ == "pobj" for o in p.children) for p in _author_preps(tok))


def _subject_hung_on(prep: Token) -> Token | None:
    """The subject the parser hung on the last noun of a fronted phrase when its verb has none: "In a statement
    received by Xinhua, the African Union Mission in Sudan (AMIS) said ..." parses 'Mission' as an apposition
    of 'Xinhua' and leaves 'said' without a subject.  It is the apposition after the comma that closes the
    phrase, right before the verb's own words."""
    verb = prep.head
    for tok in prep.subtree:
        comma = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if tok.dep_ == "appos" and comma is not None and comma.text == "," and tok.right_edge.i + 1 >= verb.i - 1 \
                and tok.i < verb.i and comma.i > prep.i:
            return tok
    return None


NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Dependencies only a noun phrase's head takes."""


def document_authors(ctx: Context) -> list[tuple[int, str, int]]:
    """Every document noun outside quotes whose author the article names, in text order."""
    out: list[tuple[int, str, int]] = []
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        # a noun the tagger took for an adjective still heads its phrase ("A Ministry of Education circular
        # instructed ...", 'circular' tagged ADJ); a name is no document noun ("the Hanoi Declaration")
        noun = tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in NOUN_DEPS
        if lemma in DOCUMENT_NOUNS and noun and not ctx.in_quote(tok):
            author = own_author(ctx, tok)
            if author is not None:
                out.append((tok.idx, lemma, author))
    return out
