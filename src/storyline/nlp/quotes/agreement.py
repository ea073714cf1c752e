"""A person's gender as the article's own pronouns give it, where no title or first name says.

The he/she search (:mod:`.pronouns`) skips a person whose gender disagrees with
the pronoun, but it knows a gender only from an honorific, a gendered role or a
listed first name (:func:`.context._genders`).  Most people in world news have
none of those ("H.D. Deve Gowda", "Abu Ali", "Muhammed Ali"), so a "she" could
reach a man the text has already called "he".  The article itself often says
which: a named subject and a pronoun in the same clause that is most often that
subject's own.  Two such places are read:

- the subject of a clause a verb of the subject reports or thinks: "Abu Ali said
  he was flogged" (he is Abu Ali: a report about someone else usually names him);
- a possessive in the subject's own clause, not inside a clause below it:
  "Reid recently started her own clothing line" (her is Reid), but not "Amin
  said her evidence was different" (the witness's evidence).

Neither is certain, so a vote is dropped wherever the text offers someone else
the pronoun could be: a subject that is someone's ("Her lawyer, Sanjeev Bhasin,
said she would appeal": she is the client), a pronoun in the subject's apposition or
describing clause ("Kim Yo Jong, his half-sister, attended"), a person named or addressed
between ("Sharma told her she would be promoted", "Gray says the youth did not
have a gun in his hand"), a possessive on the thing the verb acts on without
"own" ("Moon accepted her resignation" is the minister's).  Only chains that are
people vote ("Britain said she would not accept" is no woman), and a chain the
text calls both he and she (two people one chain merged) gets no gender.

Example::

    >>> import spacy
    >>> doc = spacy.blank("en")("Abu Ali said he was flogged")
    >>> for tok, head, dep in ((1, 2, "nsubj"), (3, 5, "nsubj"), (5, 2, "ccomp")):
    ...     doc[tok].head, doc[tok].dep_ = doc[head], dep
    >>> doc[2].pos_ = "VERB"
    >>> [t.text for t in own_pronouns(doc[1], possessives_by_clause([]))]
    ['he']
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from storyline.nlp.quotes.lexicon import PERSON_NOUNS, SUBJECT_DEPS

PRONOUN_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}
"""The pronouns that give a gender: subject forms and possessives (an object 'her'/'him' is someone acted on)."""

CLAUSE_DEPS = frozenset({"acl", "advcl", "ccomp", "conj", "csubj", "parataxis", "relcl", "xcomp"})
"""Dependencies that open a clause below another: a possessive inside one may be someone else's."""

SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj", "xcomp"})
"""Clauses that may have no subject of their own and then share their head's ("to receive", "but left")."""

OWN_SUBJECT_DEPS = SUBJECT_DEPS | {"expl"}
"""A clause with one of these children has a subject of its own, not its head's."""

ACTED_ON_DEPS = frozenset({"dobj", "dative", "iobj"})
"""A verb's objects: a pronoun there is someone other than the subject ("Sharma told her she ..."), and a
possessive on one is the subject's only with 'own' ("Moon accepted her resignation": the one resigning)."""

DESCRIBING_DEPS = frozenset({"acl", "appos", "relcl"})
"""A subject's apposition and clauses that describe it: a his/her inside is the one it is described by
("Kim Yo Jong, his half-sister"), where one in "Qian and his family" or "Kohl for his part" is the subject's."""

PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})
"""Entity types of a possessive that makes no one else a subject's possessor ("Ecuador's Rafael Correa"); an
organisation's is not among them, as a tagger often types a person's name so ("Lohan's lawyer Mark Heller")."""

PEOPLE_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})
"""Object pronouns that stand for people ('it' as an object is a thing: "left it to his wife")."""

Possessives = dict[int, list[Token]]
"""Clause head (a token index) -> the his/her possessives in that clause, built once per document."""


def possessives_by_clause(possessives: list[Token]) -> Possessives:
    """Each his/her possessive (``possessives``, a document's, read in one pass by the caller) under every head
    from its noun up to the head of its clause (:data:`CLAUSE_DEPS`; a clause sharing its head's subject is
    still the head's), so that each subject looks its verb up instead of walking the verb's whole subtree (a
    run-on sentence of thousands of tokens would cost its square)."""
    out: Possessives = {}
    for tok in possessives:
        step = tok
        while True:
            out.setdefault(step.i, []).append(tok)
            if step.head.i == step.i or _opens_own_clause(step):
                break
            step = step.head
    return out


def _opens_own_clause(tok: Token) -> bool:
    """Whether ``tok`` heads a clause below its head with a subject of its own (or one that never shares its
    head's: a relative clause, a complement)."""
    return tok.dep_ in CLAUSE_DEPS and (tok.dep_ not in SHARED_SUBJECT_DEPS
                                        or any(c.dep_ in OWN_SUBJECT_DEPS for c in tok.children))


def pronoun_genders(subjects: list[tuple[Token, int]], possessives: Possessives,
                    in_quote: Callable[[Token], bool], named: Callable[[Token], int | None]) -> dict[int, str]:
    """Chain -> 'f'/'m' from the pronouns that refer back to its named subjects (see the module docstring).

    ``subjects`` holds (head token of a mention that is a subject, its chain; the caller keeps the votes
    of people only);
    ``possessives`` is :func:`possessives_by_clause` of their document; ``in_quote`` says whether a token lies
    inside quote marks (a quoted 'he' is the speaker's, not the narrator's); ``named(tok)`` the person a
    token names (:func:`names_a_person`).  Only the words from a subject to a pronoun of its
    own clause are read, so the cost grows with the text, not its square."""
    votes: dict[int, set[str]] = {}
    for subject, chain in subjects:
        own = range(subject.left_edge.i, subject.right_edge.i + 1)
        described = [c for c in subject.children if c.dep_ in DESCRIBING_DEPS]
        for pronoun in own_pronouns(subject, possessives):
            if in_quote(pronoun) or any(c.left_edge.i <= pronoun.i <= c.right_edge.i for c in described):
                continue  # "Kim Yo Jong, his half-sister, attended": his is the one she is sister to
            between = range(own.stop, pronoun.i)  # the subject's own words describe it ("Deve Gowda, who ...")
            if any((ch := named(subject.doc[i])) is not None and ch != chain for i in between):
                continue  # "Gray says the youth did not have a gun in his hand"
            votes.setdefault(chain, set()).add(PRONOUN_GENDER[pronoun.lower_])
    return {ch: next(iter(v)) for ch, v in votes.items() if len(v) == 1}


def own_pronouns(subject: Token, possessives: Possessives) -> list[Token]:
    """The pronouns after ``subject`` that are most likely its own: the he/she subject of a clause its verb
    reports ("X said he ..."), or a possessive in its own clause ("X started her own line"), in text order.
    None when the subject is someone's (:func:`_someones`: "Her coach Mouratoglou said she", the pronoun is
    the possessor's) or its verb acts on a pronoun (someone else: "told her she would")."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if _someones(subject):
        return []
    if any(c.dep_ in ACTED_ON_DEPS and c.lower_ in PEOPLE_OBJECTS for c in verb.children):
        return []
    found = [s for c in verb.children if c.dep_ == "ccomp" and c.i > subject.i
             for s in c.children if s.dep_ in SUBJECT_DEPS and s.lower_ in ("he", "she")]
    found += [p for p in possessives.get(verb.i, []) if p.i > subject.i and not _on_thing_acted_on(p)]
    return sorted(found, key=lambda t: t.i)


def _someones(subject: Token) -> bool:
    """Whether the subject is named as someone's: a possessive before it ("Her coach Mouratoglou") or on its
    apposition ("Lonnie, his wife, said he": he is the husband).  A country's is no one's ("China's Pang
    Jiayang is looking for her third gold")."""
    before = subject.doc[subject.left_edge.i: subject.i]
    beside = [t for c in subject.children if c.dep_ == "appos" for t in c.children]
    return any(t.dep_ == "poss" and t.ent_type_ not in PLACE_TYPES for t in (*before, *beside))


def _on_thing_acted_on(possessive: Token) -> bool:
    """Whether a possessive is on a verb's object without 'own': "accepted her resignation" is the one who
    resigned, "started her own clothing line" the subject's."""
    owned = possessive.head
    return owned.dep_ in ACTED_ON_DEPS and not any(c.lower_ == "own" for c in owned.children)


def names_a_person(tok: Token, chain_of: Callable[[Token], int | None], is_person: Callable[[int], bool]) -> int | None:
    """The chain a token names when it is a person's (or -1 for a noun for one person, "the youth"), else None."""
    ch = chain_of(tok)
    if ch is not None:
        return ch if is_person(ch) else None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS:
        return -1
    return None
