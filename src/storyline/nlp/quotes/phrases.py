"""What a speaker phrase says of itself: its words, and the names inside it that can be the speaker.

"Vice Minister of Personnel Yin Weimin said" names its speaker inside the
phrase; "an aide to Gonzalez said" and "Obama's strategist said" do not (a
name in a prepositional phrase or a possessor is someone else).  These tests
read only the phrase's own parse, so every search (:mod:`.mentions`,
:mod:`.descriptions`, :mod:`.referents`) can use them.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.nlp.names import is_role
from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.lexicon import (
    NOT_PERSON_TYPES,
    PERSON_NOUNS,
    SPEAKER_TYPES_PERSON,
    SPEECH_NOUNS,
    SUBJECT_DEPS,
    WORKER_NOUNS,
)


def phrase_text(tok: Token, end: int | None = None) -> str:
    """The speaker phrase as written: the head with its left modifiers ("The city's new mayor"), or up to the
    token at ``end`` when the phrase's speaker comes after its head (:func:`titled_member`)."""
    start = tok.left_edge.i
    marks = [t.i for t in tok.doc[start: tok.i] if t.is_quote]
    if marks:  # the parse hung a quote under the phrase ('"...," British bar owner Ken Cheshire'): not its words
        start = marks[-1] + 1
    while start < tok.i and (tok.doc[start].is_punct or tok.doc[start].is_space):
        start += 1
    return tok.doc[start: (tok.i if end is None else end) + 1].text.strip(" ,")


def definite_singular(head: Token) -> bool:
    """A singular noun with 'the' and no owner ("the Swede", "the head coach"; not "his aide", "the aides"),
    or an adjective heading a subject as a noun would ("said the 67-year-old", "said the devout Shiite":
    the tagger reads these as adjectives, yet with 'the' and no noun after them they name one person)."""
    noun = head.tag_ in ("NN", "NNP") or (head.tag_ == "JJ" and head.dep_ in SUBJECT_DEPS)
    return noun and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and not any(c.dep_ == "poss" for c in head.children)


def indefinite(head: Token) -> bool:
    """A noun with 'a' or 'an' ("an official spokesman", "a junior minister"): it brings someone new into the
    text, so no one named before can be the one it means (a later sentence may still name him)."""
    return head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("X, who went ...", "comments by X which suggested")."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    if tok.lower_ == "who":  # 'who' stands for a person: not the place or body closing the title before it
        noun = _person_over(noun)  # ("Ann Lee, an expert at Yale University, who said": Ann Lee, not Yale)
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < tok.i else None


def _person_over(noun: Token) -> Token:
    """For a place or body that ends a prepositional phrase of a noun for a person ('an expert at Yale
    University'), that noun, or the name it is set in apposition to; the noun itself otherwise."""
    if noun.ent_type_ not in NOT_PERSON_TYPES or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    over = noun.head.head
    if over.pos_ != "NOUN" or not _person_noun(over):
        return noun  # ('support from Arabs who', 'a campaign against the rebels who': they are who)
    return over.head if over.dep_ == "appos" and over.head.pos_ == "PROPN" else over


def speech_owner(ctx: Context, noun: Token) -> Token | None:
    """Whose words a noun of speech is ("comments by X", "X's remarks"): they said what it says."""
    if noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def person_within(ctx: Context, head: Token) -> int | None:
    """The one person a long speaker phrase names somewhere inside it, if exactly one."""
    found = {ctx.chain_of(t) for t in head.subtree if t.i != head.i and _names_head(ctx, t, head)}
    people = {ch for ch in found if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON}
    return people.pop() if len(people) == 1 else None


TITLED_PATH_DEPS = frozenset({"appos", "compound", "flat", "nmod", "pobj", "prep", "conj"})
"""Arcs the parser uses when it hangs "ORG title Name" under the organisation: a name set in apposition, a
compound or conjunct, or the object of a preposition inside the organisation's own name ("Confederation of
Indian Industry (CII) president Shekhar Dutta", the name made the object of 'of')."""


def titled_member(ctx: Context, head: Token, body: int) -> tuple[Token, int] | None:
    """The person an organisation-headed speaker phrase ends with, written after a title that follows the
    organisation's name: "Office of Management and Budget Director Peter Orszag", "World Trade Organisation
    (WTO) chief Renato Ruggiero".  Returns the last word of the person's name and the person's chain.

    The parser, lost in a long name with 'of' and 'and' inside, makes the organisation the head and hangs the
    person under it; the title is the one the person holds there, so the person speaks, for the organisation
    (``body``).  A person reached through a preposition is the exception the parse cannot tell apart: in
    "The Office of Texas Governor Greg Abbott said" the office is the governor's own and speaks for itself, and
    its parse is the parse of "Royal Railways of Cambodia Director-General Sokhom Pheakavanmony".  So on that
    path the person is taken only after an acronym's bracket ("Confederation of Indian Industry (CII)
    president Shekhar Dutta"), which closes the organisation's name; otherwise the organisation stays the
    speaker, a body for its member's words being less wrong than a person for an office's.  Never a person
    reached through an owner, a clause or a verb ("the group led by X"), nor one after a comma ("the
    Democrats, Senator Harry Reid"): the word before the title must still be the organisation's name.
    """
    doc = ctx.doc
    for tok in head.subtree:
        chain = ctx.chain_of(tok) if tok.i > head.i else None
        if chain is None or chain == body or not ctx.is_person(chain):
            continue
        path = _path_deps(tok, head)
        if path is None:
            continue
        first = tok.i
        while first - 1 > head.i and (ctx.chain_of(doc[first - 1]) == chain
                                      or doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound"
                                      and ctx.chain_of(doc[first - 1]) is None and not _title_word(doc[first - 1])):
            first -= 1  # the whole name, with a first name the tagger left out
        k = first - 1
        while k > head.i and (_title_word(doc[k]) or doc[k].text == "-" and _title_word(doc[k - 1])):
            k -= 1  # "deputy director", "Executive Secretary", "Director-General"
        if k == first - 1 or k < head.i:
            return None
        before = doc[k]
        named = before.text == ")" or "prep" not in path and before.pos_ == "PROPN" and before.text[:1].isupper()
        if not named or ctx.chain_of(before) == chain:
            return None
        last = tok.i
        while last + 1 < len(doc) and ctx.chain_of(doc[last + 1]) == chain:
            last += 1
        return doc[last], chain
    return None


def _path_deps(tok: Token, head: Token) -> list[str] | None:
    """The arcs from ``tok`` up to ``head``, or None when one is not among :data:`TITLED_PATH_DEPS`."""
    deps, t = [], tok
    while t.i != head.i:
        if t.dep_ not in TITLED_PATH_DEPS or t.head.i == t.i:
            return None
        deps.append(t.dep_)
        t = t.head
    return deps


def _title_word(tok: Token) -> bool:
    """A word of a title written before a name: a role ("Chairman", "deputy") or a noun for one person in
    office ("director", "chief", "envoy", "executive")."""
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and (_person_noun(tok) or tok.lower_ in PERSON_NOUNS)


def _person_noun(tok: Token) -> bool:
    """A role ("minister", "Chairman") or a noun for one person ("expert", "director"), by its lemma."""
    return is_role(tok) or tok.lemma_.lower() in PERSON_NOUNS


SOURCE_PREPS = frozenset({"as", "from", "by"})
"""Prepositions whose object is who spoke: "gave his name as Zhang", "a comment from X", "remarks by X"."""


def _names_head(ctx: Context, tok: Token, head: Token) -> bool:
    """Whether a name inside a speaker phrase can be the speaker: not a possessor ("Obama's strategist" is
    not Obama) and not inside a prepositional phrase ("the head of X", "an aide to X"), unless set off as
    an apposition ("the vice president of Dacia, Constantin Stroe"; a comma-joined name the parser calls a
    conjunct without any 'and' is one too), named by a preposition of source (:data:`SOURCE_PREPS`), or
    glued to the end of a title (:func:`_title_glued`).  Nor a name written before an official or an aide ("an
    Obama aide": whom he works for, :data:`.lexicon.WORKER_NOUNS`, kept as the quote's body)."""
    t = tok
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ == "poss" or (t.dep_ == "compound" and t.head.i == head.i and t.i < head.i
                                and head.lemma_.lower() in WORKER_NOUNS):
            return False
        if t.dep_ == "appos" or (t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.head.children)):
            return True
        if t.dep_ == "pobj" and t.head.lower_ not in SOURCE_PREPS:  # (a title's own phrase, not "in a letter to X")
            return t.head.head.i == head.i and _title_glued(ctx, t)
        if t.dep_ == "pobj" and tok.i not in ctx.token_chain:  # a name the tagger saw, not a guess from a word
            return False  # ("identified as Juror No. 12" is no name)
        t = t.head
    return True


def _title_glued(ctx: Context, obj: Token) -> bool:
    """A person's name that ends a prepositional object led by other capitalised words is the speaker
    with a title written before the name ("Vice Minister of Personnel Yin Weimin", "head of the coaching
    team Rudy Hartono"): the parser makes the whole title + name the object.  "an aide to Gonzalez" and
    "a spokesman for President Clinton" (only a role word before the name) stay someone else's."""
    ch = ctx.chain_of(obj)
    if ch is None or ctx.chains[ch].type not in SPEAKER_TYPES_PERSON:
        return False
    name = set(ctx.chains[ch].name.split())  # the canonical name: aliases may hold the glued title
    before = [t for t in obj.subtree if t.i < obj.i and t.text not in name and t.dep_ in ("compound", "nmod", "amod")]
    return any(not is_role(t) and t.pos_ in ("PROPN", "NOUN") for t in before)


def bare_title_name(ctx: Context, head: Token) -> int | None:
    """The name that ends a title used without an article ("US deputy ambassador to the UN Alejandro Wolff
    warned"): English puts a bare singular title only before a name, so the proper names closing its
    prepositional phrase are the holder's, even when the tagger glued them to the organisation before them
    into one entity.  "The ambassador to the United Nations said" (an article) is left to the usual search."""
    if not _person_noun(head) or head.tag_ not in ("NN", "NNP") \
            or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    named = person_within(ctx, head)  # "Former deputy prosecutor at the ... Tribunal at The Hague, Graham
    if named is not None:  # Blewitt,": a person set off in the phrase holds the title, the organisation does not
        return named
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for", "at")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN" or obj.i + 1 < len(ctx.doc) and ctx.doc[obj.i + 1].pos_ == "PROPN":
        return None
    names = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    chain = ctx.chain_of(obj)
    if chain is None or not names or ctx.chain_of(names[-1]) != chain:
        return None  # one name word is an organisation's ("to the UN"), not a person's name
    ctx.persons.add(chain)  # a title's holder is a person, whatever the tagger typed
    return chain


def named_in(ctx: Context, tok: Token) -> int | None:
    """The chain a phrase names: its head's, else an acronym or name set off inside it ("the UN High
    Commissioner for Refugees (UNHCR)")."""
    found = ctx.chain_of(tok)
    if found is None:
        found = next((ctx.chain_of(t) for t in tok.subtree if t.dep_ == "appos" and ctx.chain_of(t) is not None),
                     None)
    return found
