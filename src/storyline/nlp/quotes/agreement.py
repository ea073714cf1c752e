"""A person's gender as the article's own pronouns give it, where no title or first name says.

The he/she search (:mod:`.pronouns`) skips a person whose gender disagrees with
the pronoun, but it knows a gender only from an honorific, a gendered role or a
listed first name (:func:`.context._genders`).  Most people in world news have
none of those ("H.D. Deve Gowda", "Abu Ali", "Muhammed Ali"), so a "she" could
reach a man the text has already called "he".  The article itself says which:
a named subject and a pronoun in the same clause that can only be that subject's
own.  Two such places are read, those English leaves no other reading for in news:

- the subject of a clause a verb of the subject reports or thinks: "Abu Ali said
  he was flogged" (he is Abu Ali; a report about someone else names him);
- a possessive in the subject's own clause, not inside a clause below it:
  "Reid recently started her own clothing line" (her is Reid), but not "Amin
  said her evidence was different" (the witness's evidence).

Nothing between the name and the pronoun may name another person (a person
chain, a noun for one person: "Gray says the youth did not have a gun in his
hand" is the youth's hand).  A chain the text calls both he and she (two people
one chain merged, a parse gone astray) gets no gender from pronouns.

Example::

    >>> sorted(CLAUSE_DEPS)[:3]
    ['acl', 'advcl', 'ccomp']
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


def pronoun_genders(sentences_subjects: list[tuple[Token, int]], in_quote: Callable[[Token], bool],
                    other_person: Callable[[Token, int], bool]) -> dict[int, str]:
    """Chain -> 'f'/'m' from the pronouns that refer back to its named subjects (see the module docstring).

    ``sentences_subjects`` holds (head token of a mention that is a subject, its chain); ``in_quote`` says
    whether a token lies inside quote marks (a quoted 'he' is the speaker's, not the narrator's);
    ``other_person(tok, chain)`` whether a token names a person other than ``chain``."""
    votes: dict[int, set[str]] = {}
    for subject, chain in sentences_subjects:
        for pronoun in own_pronouns(subject):
            if in_quote(pronoun):
                continue
            own = {t.i for t in subject.subtree}  # "Deve Gowda, who resigned as prime minister, said he"
            between = subject.doc[subject.i + 1: pronoun.i]
            if any(other_person(t, chain) for t in between if t.i not in own):
                continue
            votes.setdefault(chain, set()).add(PRONOUN_GENDER[pronoun.lower_])
    return {ch: next(iter(v)) for ch, v in votes.items() if len(v) == 1}


def own_pronouns(subject: Token) -> list[Token]:
    """The pronouns after ``subject`` that can only be its own: the subject of a clause its verb reports
    ("X said he ..."), or a possessive in its own clause ("X started her own line")."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return []
    found = []
    for tok in verb.subtree:
        if tok.i <= subject.i or tok.lower_ not in PRONOUN_GENDER:
            continue
        if tok.dep_ in SUBJECT_DEPS and tok.lower_ in ("he", "she"):
            if tok.head.dep_ == "ccomp" and tok.head.head.i == verb.i:
                found.append(tok)
        elif tok.dep_ == "poss" and _same_clause(tok, verb):
            found.append(tok)
    return found


def _same_clause(tok: Token, verb: Token) -> bool:
    """Whether the path from ``tok`` up to ``verb`` enters no clause with a subject of its own: a clause that
    shares the verb's subject ("Ali arrived ... to receive a prize for his efforts", "Ali attended the
    conference but left it to his wife") is still the subject's; a clause of its own, or one describing a
    noun ("a match pitting his daughter"), may be someone else's."""
    while tok.i != verb.i:
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in CLAUSE_DEPS and (tok.dep_ not in SHARED_SUBJECT_DEPS
                                        or any(c.dep_ in SUBJECT_DEPS | {"csubj", "expl"} for c in tok.children)):
            return False
        tok = tok.head
    return True


def names_a_person(tok: Token, chain_of: Callable[[Token], int | None], is_person: Callable[[int], bool]) -> int | None:
    """The chain a token names when it is a person's (or -1 for a noun for one person, "the youth"), else None."""
    ch = chain_of(tok)
    if ch is not None:
        return ch if is_person(ch) else None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS:
        return -1
    return None
