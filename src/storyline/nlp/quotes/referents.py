"""Who a speaker phrase refers to: a name, a pronoun, a description, a document or an office.

The :class:`Context` holds what one article offers: which tokens lie inside
quote marks (a name inside a quote is never its speaker), which tokens belong
to which entity chain, and the chains' titles.  :func:`resolve` turns the head
token of a speaker phrase into a chain index:

- a name: the chain of the mention it belongs to ("said Laura Chen"), or a
  person named inside the phrase, set off or after a full title ("Vice
  Minister of Personnel Yin Weimin"), never a possessor or "an aide to X";
- a pronoun: "he/she" -> the latest earlier person, subjects of earlier
  sentences first (the person the text is about), unless a main subject in
  between brings in someone unnamed ("a company spokesman said ... he
  added": no name); "it" -> the document or
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
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.nlp.names import HONORIFICS, ROLE_WORDS, fold, is_role
from storyline.nlp.quotes.lexicon import (
    AUTHOR_VERBS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    FEMALE_FIRST_NAMES,
    FEMALE_WORDS,
    KIN_NOUNS,
    MALE_FIRST_NAMES,
    MALE_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SPEAKER_TYPES_PERSON,
    SPEAKER_TYPES_THING,
    SPEECH_NOUNS,
    SPOKES_NOUNS,
    STATE_NOUNS,
    STRONG_CUES,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    TITLE_SYNONYMS,
)
from storyline.nlp.quotes.spans import clear_sentence, paragraphs
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
    name_parts: dict[str, int] = field(default_factory=dict)  # one word naming exactly one chain (_name_parts)
    persons: set[int] = field(default_factory=set)  # chains typed otherwise that speak as 'I' (see is_person)
    acting: set[int] | None = None  # chains typed otherwise that own his/her things (see is_person)
    described: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # phrase -> (char, chain) it named

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
        ctx.name_parts = _name_parts(chains)
        return ctx

    def in_quote(self, tok: Token) -> bool:
        i = bisect.bisect_right(self.quoted, (tok.idx, 1 << 60)) - 1
        return i >= 0 and self.quoted[i][0] <= tok.idx < self.quoted[i][1]

    def chain_of(self, tok: Token) -> int | None:
        """The chain a token outside quotes belongs to; a capitalised word the entity tagger left out that
        is one word of exactly one person's name ("Jobs said" after "Steve Jobs") counts as that person."""
        if self.in_quote(tok):
            return None
        found = self.token_chain.get(tok.i)
        if found is None and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and not tok.ent_type_:
            found = self.name_parts.get(tok.text)
        return found

    def is_person(self, chain: int) -> bool:
        """A person chain, or one the tagger typed otherwise that the text treats as a person: it speaks of
        itself as 'I' in a quote given to it by name ('"My mum gave me advice," Vilhjalmsdottir said' with
        the name tagged an organisation), or does something to his or her own things ("Tie published her
        first story") or stands beside a noun for one person ("the minister, X,"): organisations say 'we'
        and 'its', so a he/she may refer to it."""
        if self.chains[chain].type in SPEAKER_TYPES_PERSON or chain in self.persons:
            return True
        if self.acting is None:  # read once, the first time a chain of another type is asked about
            self.acting = _acting_as_people(self)
        return chain in self.acting

    def token_at(self, char: int) -> Token | None:
        """The token holding the character at ``char`` (a quote mark, a cue), or None past the text."""
        found = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return found[0] if found is not None and len(found) else None

    def sent_index(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1


def _acting_as_people(ctx: Context) -> set[int]:
    """Chains not typed as people that are the subject of a verb whose object is his or her own thing, or
    set in apposition to a noun for one person ("The minister, Ulla Toenaes,", "Toenaes, a minister,")."""
    out: set[int] = set()
    for tok in ctx.doc:
        if tok.dep_ == "appos" and not ctx.in_quote(tok):
            for name, noun in ((tok, tok.head), (tok.head, tok)):
                ch = ctx.chain_of(name)
                if ch is not None and (noun.lemma_.lower() in PERSON_NOUNS or is_role(noun)) and noun.tag_ == "NN":
                    out.add(ch)
        if tok.i and tok.tag_ == "NNP" and not ctx.in_quote(tok) and (ch := ctx.chain_of(tok)) is not None \
                and ctx.chain_of(tok.nbor(-1)) is None and is_role(tok.nbor(-1)) and tok.nbor(-1).tag_ == "NN":
            out.add(ch)  # "Iran coach Branko Ivankovic", typed an organisation: a lower-case title's holder
        if tok.lower_ not in ("his", "her") or tok.dep_ != "poss" or ctx.in_quote(tok):
            continue
        owned = tok.head
        verb = owned.head if owned.dep_ in ("dobj", "pobj") else None
        verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")) if verb is not None else ():
            ch = ctx.chain_of(subj)
            if ch is not None and ctx.chains[ch].type not in SPEAKER_TYPES_PERSON:
                out.add(ch)
    return out


def _name_parts(chains: list[Chain]) -> dict[str, int]:
    """First names and surnames of multi-word person names that belong to one person only; then the
    whole name of a one-word entity ("Rao"; "Tie", typed an organisation), for the same word the
    tagger left out elsewhere, when no person's name holds that word."""
    seen: dict[str, set[int]] = {}
    whole: dict[str, set[int]] = {}
    for i, ch in enumerate(chains):
        if len(ch.name.split()) == 1 and ch.name[:1].isupper() and fold(ch.name) not in ROLE_WORDS | HONORIFICS:
            whole.setdefault(ch.name, set()).add(i)
        if ch.type not in SPEAKER_TYPES_PERSON:
            continue
        for name in [ch.name, *ch.aliases]:
            words = name.split()
            if len(words) >= 2:
                for w in (words[0], words[-1]):  # never a title kept in an alias ("President Laurent Gbagbo")
                    if len(w) > 2 and w[0].isupper() and fold(w) not in ROLE_WORDS | HONORIFICS:
                        seen.setdefault(w, set()).add(i)
    parts = {w: next(iter(c)) for w, c in seen.items() if len(c) == 1}
    return parts | {w: next(iter(c)) for w, c in whole.items() if len(c) == 1 and w not in seen}


FEMININE_SURNAME_ENDINGS = ("ova", "ová", "eva", "skaya")
"""Endings of the feminine form of Russian, Bulgarian and Czech surnames (Kopylova, Dementieva; the man's
is -ov, -ev, -sky): with a first name in -a, as Slavic women's names end (Lilia, Svetlana), a name the
first-name lists miss can still say a 'he' is not this person.  Both, as Romance surnames end so too
("Hector Villanueva", "Antonio Canova")."""


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
        if chains[m.chain].type in SPEAKER_TYPES_PERSON and len(m.text.split()) >= 2:
            first, last = m.text.split()[0].lower(), m.text.split()[-1].lower()
            words |= {"woman"} if first in FEMALE_FIRST_NAMES else {"man"} if first in MALE_FIRST_NAMES else set()
            if last.endswith(FEMININE_SURNAME_ENDINGS) and first.endswith("a") and first not in MALE_FIRST_NAMES:
                words.add("woman")  # "Lilia Kopylova", not "Hector Villanueva": a Slavic woman's name
        for w in {w.lower() for w in words}:
            if w in FEMALE_WORDS:
                votes.setdefault(m.chain, set()).add("f")
            elif w in MALE_WORDS:
                votes.setdefault(m.chain, set()).add("m")
    return {ch: next(iter(v)) for ch, v in votes.items() if len(v) == 1}


def phrase_text(tok: Token) -> str:
    """The speaker phrase as written: the head with its left modifiers ("The city's new mayor")."""
    start = tok.left_edge.i
    marks = [t.i for t in tok.doc[start: tok.i] if t.is_quote]
    if marks:  # the parse hung a quote under the phrase ('"...," British bar owner Ken Cheshire'): not its words
        start = marks[-1] + 1
    while start < tok.i and (tok.doc[start].is_punct or tok.doc[start].is_space):
        start += 1
    return tok.doc[start: tok.i + 1].text.strip(" ,")


def resolve(ctx: Context, head: Token) -> Resolved:
    """Resolve the head token of a speaker phrase (see the module docstring)."""
    text = phrase_text(head)
    chain = ctx.chain_of(head)
    if chain is not None and ctx.chains[chain].type == "NORP" and _definite_singular(head):
        chain = None  # "added the Swede": a nationality word for a person, not the nation
    if chain is not None:
        return Resolved(chain, text, "name")
    for child in head.children:  # "spokeswoman Ann Lee", "another automaker, General Motors"; not "Lee's adviser"
        ch = ctx.chain_of(child) if child.dep_ in ("appos", "compound", "flat") else None
        kind = ctx.chains[ch].type if ch is not None else None
        if ch is not None and (kind in SPEAKER_TYPES_PERSON or (child.dep_ == "appos" and kind != "NORP")  # "a Shiite"
                               or (kind == "ORG" and head.lemma_.lower() in ORG_NOUNS)):  # "the Extra Bladet newspaper"
            return Resolved(ch, text, "name")
    low = head.lower_
    antecedent = _antecedent(head)
    if antecedent is not None:  # "Munib Usanovic, who went to the mass 'because ...'": Usanovic's words
        found = resolve(ctx, _owner(ctx, antecedent) or antecedent)
        return found if found.chain is not None else Resolved(None, text, "unresolved")
    if low in PERSON_PRONOUNS:
        return Resolved(_person_before(ctx, head, _described), head.text, "pronoun")
    if low in THING_PRONOUNS:
        return Resolved(_thing_before(ctx, head, _described), head.text, "pronoun")
    if low in PLURAL_PRONOUNS:
        return _plural_before(ctx, head)
    if head.pos_ == "PRON":
        return Resolved(None, head.text, "unresolved")
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        return Resolved(_author(ctx, head), text, "document")
    if head.lemma_.lower() in EVIDENCE_NOUNS and (own := _own_author(ctx, head)) is not None:
        return Resolved(own, text, "document")  # "a survey by the Medical Research Council said": its author
    if head.lemma_.lower() in SPOKES_NOUNS:
        named = _person_within(ctx, head)  # "UNHCR representative in Nepal, Abraham Abraham": the holder speaks
        if named is not None:
            return Resolved(named, text, "name")
        office = _office(ctx, head)
        if office is not None:
            return Resolved(office, text, "office")
    if head.lemma_.lower() in ORG_NOUNS | STATE_NOUNS:  # "Syria's foreign ministry": a body speaks for its owner
        owner = next((ch for c in head.children if c.dep_ == "poss" and (ch := ctx.chain_of(c)) is not None
                      and ctx.chains[ch].type in SPEAKER_TYPES_THING), None)
        if owner is not None:
            return Resolved(owner, text, "office")
    titled = _bare_title_name(ctx, head)  # "US deputy ambassador to the UN Alejandro Wolff"
    if titled is not None:
        return Resolved(titled, text, "name")
    named = _person_within(ctx, head)  # "the former secretary of state for the region Robert Pelletreau"
    if named is not None:  # the phrase's own name beats a title shared with someone named before
        return Resolved(named, text, "name")
    key = text.lower().removeprefix("the ") if _definite_singular(head) else None
    described = _named_as_before(ctx, key, head.idx) if key else None
    if described is None:
        described = _described(ctx, head)
    if described is None:
        described = _epithet(ctx, head)
    if described is not None and key:
        bisect.insort(ctx.described.setdefault(key, []), (head.idx, described))
    return Resolved(described, text, "description" if described is not None else "unresolved")


def _named_as_before(ctx: Context, key: str, at: int) -> int | None:
    """What the same definite description named when it last spoke before ``at``: news repeats "the
    ministry said" for one body, so a later "the ministry" is the earlier one's chain, not whichever
    organisation the sentences between happen to name ("the German Economy Ministry ... 'the ministry
    said' ... the EU's 27th members ... 'the ministry said'": still Germany's)."""
    said = ctx.described.get(key, [])  # sorted by place
    i = bisect.bisect_left(said, (at,))
    return said[i - 1][1] if i else None


def _definite_singular(head: Token) -> bool:
    """A singular noun with 'the' and no owner ("the Swede", "the head coach"; not "his aide", "the aides"),
    or an adjective heading a subject as a noun would ("said the 67-year-old", "said the devout Shiite":
    the tagger reads these as adjectives, yet with 'the' and no noun after them they name one person)."""
    noun = head.tag_ in ("NN", "NNP") or (head.tag_ == "JJ" and head.dep_ in SUBJECT_DEPS)
    return noun and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and not any(c.dep_ == "poss" for c in head.children)


EPITHET_WINDOW = 3
"""How many sentences (outside quotes) back a speaking description ("the Spanish legend said") looks for
its person: further back, a description more likely brings in someone new."""

NOT_PERSON_NOUNS = ORG_NOUNS | STATE_NOUNS | DOCUMENT_NOUNS | SPEECH_NOUNS | SPOKES_NOUNS | EVIDENCE_NOUNS
"""Heads of a speaker phrase that mean an organisation, a document or someone unnamed, never a person named
before: "the source said" after a named minister is not the minister."""


SAYING_PREPS = frozenset({"at", "during", "after", "before"})
"""Prepositions the parser hangs on an adjective used as a noun that belong to the saying ("said the
67-year-old at the company's headquarters"): where or when it was said.  A noun keeps its own ("the head
of X", "the witness at the trial"): that phrase may bring someone new in."""


def _epithet(ctx: Context, head: Token) -> int | None:
    """A definite description for a person that matches no title ("said the head coach", "said the Spanish
    legend", "added the Swede", "the 35-year-old handler") is a person named before: news names someone,
    then refers to him or her by a description instead of repeating the name.  It is read like a he/she
    (:func:`_person_before`'s order: subjects of the nearest sentences first, gender agreeing with a
    gendered noun), over the last :data:`EPITHET_WINDOW` sentences outside quotes.  Not a description
    that brings in someone new with a phrase of its own ("the head of X", "the man who ..."), one that
    repeats an unnamed introduction ("a coach ... the coach"), or a noun for an organisation, a document
    or an unnamed source (:data:`NOT_PERSON_NOUNS`)."""
    lemma = head.lemma_.lower()
    if not _definite_singular(head) or lemma in NOT_PERSON_NOUNS | KIN_NOUNS \
            or head.dep_ not in SUBJECT_DEPS | {"dobj", "attr"}:
        return None
    own_phrase = [c for c in head.children if c.dep_ in ("relcl", "acl", "appos")
                  or c.dep_ == "prep" and (head.tag_ != "JJ" or c.lower_ not in SAYING_PREPS)]
    if own_phrase or not _names_a_person(ctx, head):
        return None
    if any(_introduces(u) and not _before_name(ctx, u) for u in ctx.doc[: head.i] if u.lemma_.lower() == lemma):
        return None  # (not "the team's head coach Li Yongbo": a title, nobody unnamed)
    other = "m" if lemma in FEMALE_WORDS else "f" if lemma in MALE_WORDS else None
    si, seen = ctx.sent_index(head), 0
    bound = _bound_by(ctx, head)
    for s in range(si, -1, -1):
        sent = ctx.sents[s]
        if all(ctx.in_quote(t) or t.is_punct or t.is_space for t in sent):
            continue  # a quote's own sentences name nobody who speaks
        if seen > EPITHET_WINDOW or _unnamed_subject(ctx, sent, head, other or "", _described):
            return None
        seen += 1
        pronoun = _main_subject(ctx, sent, head)
        if s < si and pronoun is not None and pronoun.lower_ in PERSON_PRONOUNS:
            return _person_before(ctx, pronoun, _described)  # "He said ... . The UN chief voiced": the same person
        subjects, others = _mentions_before(ctx, sent, head.idx, _described, skip=bound if s == si else frozenset(),
                                            main=True)
        for ch in subjects + others:
            if ctx.is_person(ch) and (other is None or ctx.gender.get(ch) != other):
                return ch
    return None


def _before_name(ctx: Context, noun: Token) -> bool:
    """Whether a noun is a title written right before a name ("head coach Li Yongbo")."""
    return noun.i + 1 < len(ctx.doc) and ctx.chain_of(ctx.doc[noun.i + 1]) is not None


def _main_subject(ctx: Context, sent: Span, before: Token) -> Token | None:
    """The subject of ``sent``'s own verb (its root or a verb coordinated with it), before ``before``."""
    return next((t for t in sent if t.i < before.i and t.dep_ in SUBJECT_DEPS and not ctx.in_quote(t)
                 and _main_verb(t.head)), None)


def _names_a_person(ctx: Context, head: Token) -> bool:
    """Whether a description's head noun is a word for a person: a nationality ("the Swede"), a role or
    person noun, a noun given an age ("the 35-year-old handler") or a nationality ("the Spanish legend"),
    or a noun the article wrote right before a person's name ("head coach Li Yongbo" ... "the head coach")."""
    lemma = head.lemma_.lower()
    if ctx.token_chain.get(head.i) is not None or is_role(head) or lemma in PERSON_NOUNS:
        return True  # (a chain on the head here is a nationality word: see resolve)
    if any("year-old" in t.lower_ or t.lower_ == "old" for t in head.lefts):
        return True
    if head.lower_ == "old" and any(t.lemma_ == "year" for t in head.lefts):
        return True  # "the 67-year-old" alone, split by the tokenizer into "67 - year - old"
    if any(t.ent_type_ == "NORP" for t in head.lefts) and not lemma.endswith(ABSTRACT_SUFFIXES):
        return True  # "the Spanish legend", not "the Iraqi election"
    return _titled_before(ctx, head) is not None


ABSTRACT_SUFFIXES = ("ion", "ment", "ance", "ence", "ity", "ness", "ure", "ship", "ism", "cy")
"""Endings of English abstract nouns ("election", "agreement"): never a word for a person."""


def _bare_title_name(ctx: Context, head: Token) -> int | None:
    """The name that ends a title used without an article ("US deputy ambassador to the UN Alejandro Wolff
    warned"): English puts a bare singular title only before a name, so the proper names closing its
    prepositional phrase are the holder's, even when the tagger glued them to the organisation before them
    into one entity.  "The ambassador to the United Nations said" (an article) is left to the usual search."""
    if not (is_role(head) or head.lemma_.lower() in PERSON_NOUNS) or head.tag_ not in ("NN", "NNP") \
            or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    named = _person_within(ctx, head)  # "Former deputy prosecutor at the ... Tribunal at The Hague, Graham
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


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("X, who went ...", "comments by X which suggested")."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < tok.i else None


def _owner(ctx: Context, noun: Token) -> Token | None:
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


def _person_within(ctx: Context, head: Token) -> int | None:
    """The one person a long speaker phrase names somewhere inside it, if exactly one."""
    found = {ctx.chain_of(t) for t in head.subtree if t.i != head.i and _names_head(ctx, t, head)}
    people = {ch for ch in found if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON}
    return people.pop() if len(people) == 1 else None


SOURCE_PREPS = frozenset({"as", "from", "by"})
"""Prepositions whose object is who spoke: "gave his name as Zhang", "a comment from X", "remarks by X"."""


def _names_head(ctx: Context, tok: Token, head: Token) -> bool:
    """Whether a name inside a speaker phrase can be the speaker: not a possessor ("Obama's strategist" is
    not Obama) and not inside a prepositional phrase ("the head of X", "an aide to X"), unless set off as
    an apposition ("the vice president of Dacia, Constantin Stroe"; a comma-joined name the parser calls a
    conjunct without any 'and' is one too), named by a preposition of source (:data:`SOURCE_PREPS`), or
    glued to the end of a title (:func:`_title_glued`)."""
    t = tok
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ == "poss":
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


Describe = Callable[[Context, Token], int | None]
"""The description search (:func:`_described`): a subject noun ("the mayor") -> the chain it refers to."""

EMBEDDING_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp"})
"""Clauses inside a sentence: a name in one is not what the sentence is about."""


def _mentions_before(ctx: Context, sent: Span, limit: int, describe: Describe | None = None,
                     skip: frozenset[int] = frozenset(), main: bool = False) -> tuple[list[int], list[int]]:
    """Chains named in ``sent`` before char ``limit``, outside quotes: (subjects in order, others latest
    first, those in a relative clause last: in "X, who coached Y, ..." the text is about X).  With
    ``describe`` (the description search, passed in), a subject description ("the mayor") counts as the
    chain it refers to; without it (when the description search itself asks) names only, so lookups never
    recurse.  With ``main``,
    only subjects of the sentence's own clause count as subjects, and names in a clause inside it come
    after all others: in "For Kakumba, the plan was 'false' and the government knew that X would stay"
    the sentence is about Kakumba, not about X, the subject of what the government knew."""
    subj: list[int] = []
    other: list[int] = []
    buried: list[int] = []
    inner: list[int] = []
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
            ch = _bare_title_name(ctx, tok) if ch is None else ch
        if describe is not None and ch is None and is_subj and tok.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(tok):
            if ch is None and tok.lemma_.lower() in SPOKES_NOUNS:  # "the office of X", "a spokesman for X"
                ch = next((c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                           for o in p.children if o.dep_ == "pobj" and (c := _named_in(ctx, o)) is not None), None)
            ch = describe(ctx, tok) if ch is None else ch
        if ch is None:
            continue
        if main and any(a.dep_ in EMBEDDING_DEPS for a in tok.ancestors):
            inner.append(ch)
        elif is_subj:
            subj.append(ch)
        elif any(a.dep_ == "relcl" for a in tok.ancestors):
            buried.append(ch)
        else:
            other.append(ch)
    return subj[::-1], other + buried + inner


def _person_before(ctx: Context, tok: Token, describe: Describe, depth: int = 0) -> int | None:
    """The person a he/she refers to: earlier sentences' subjects first, then their latest person.

    Two habits of English narrow the search: a pronoun that is the subject of a reporting verb is never
    a name inside what that verb reports ("Washington will back ... envoy Mohamed Sahnoun, he said": he
    is not Sahnoun; see :func:`_bound_by`), and an earlier sentence whose main subject is the same
    pronoun ("He was also dismissive of Ladak ...") is about the same person, not a name inside it.
    ``describe`` is the description search (:func:`_described`), which reads subjects like "the mayor"."""
    other = "m" if tok.lower_ in ("she", "her") else "f"
    si = ctx.sent_index(tok)
    bound = _bound_by(ctx, tok)
    for s in range(si, max(-1, si - PRONOUN_WINDOW), -1):
        if _unnamed_subject(ctx, ctx.sents[s], tok, other, describe):
            return None
        if s < si and depth < PRONOUN_WINDOW:
            same = _pronoun_subject(ctx, ctx.sents[s], tok)
            if same is not None:  # "He added: ... . '...,' he said": the earlier he is this one
                return _person_before(ctx, same, describe, depth + 1)
        subjects, others = _mentions_before(ctx, ctx.sents[s], tok.idx, describe,
                                            skip=bound if s == si else frozenset(), main=True)
        for ch in subjects + others:
            if ctx.is_person(ch) and ctx.gender.get(ch) != other:
                return ch
    if any(ctx.is_person(ctx.token_chain[t.i]) for t in ctx.doc[: tok.i] if t.i in ctx.token_chain):
        return None
    if any(t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(t) for t in ctx.doc[: tok.i]):
        return None  # "The woman who ... pleaded ... 'I feel well,' she told": someone unnamed, not a later name
    # no one named before: an article that opens "He announced ..." is about the first person it names
    for t in ctx.doc[tok.i + 1:]:
        later = ctx.chain_of(t)
        if later is not None and ctx.is_person(later) and ctx.gender.get(later) != other:
            return later
    return None


def _bound_by(ctx: Context, pronoun: Token) -> frozenset[int]:
    """Tokens a subject pronoun cannot name: the rest of its verb's clause, but for possessors ("Smith's
    plan will work, he said" can be Smith's own), so only when the pronoun is a subject; and never past a
    sentence end no parse can doubt (the parser may hang the sentence before under this one's verb)."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return frozenset()
    verb = pronoun.head
    lo, hi = clear_sentence(ctx.text, pronoun.idx)
    return frozenset(t.i for t in verb.subtree if t.i != pronoun.i and t.dep_ != "poss" and lo <= t.idx < hi
                     and not (t.dep_ in ("compound", "flat") and t.head.dep_ == "poss"))


def _pronoun_subject(ctx: Context, sent: Span, pronoun: Token) -> Token | None:
    """The same pronoun as the main subject of ``sent`` (its root's, or a verb coordinated with it)."""
    forms = {"he", "him"} if pronoun.lower_ in ("he", "him") else {"she", "her"}
    t = _main_subject(ctx, sent, pronoun)
    return t if t is not None and t.lower_ in forms else None


INDEFINITE = frozenset({"a", "an", "another", "one", "some"})


def _unnamed_subject(ctx: Context, sent: Span, pronoun: Token, other: str, describe: Describe) -> bool:
    """Whether the main subject of ``sent`` (before the pronoun) is a person the article never names: "A
    Deutsche Boerse spokesman said ... . '...,' he added" is the spokesman's, not a name from further back.
    Only a description that introduces someone counts (indefinite "an official", "one man", possessed "his
    wife"), or a definite one repeating such an introduction ("the official" after "an official"); "the
    French leader" alone usually means a person named before and is left to the usual search."""
    for t in sent:
        if t.i >= pronoun.i:
            return False
        if t.dep_ not in SUBJECT_DEPS or t.pos_ == "PRON" or ctx.in_quote(t) or not _main_verb(t.head):
            continue
        if t.tag_ != "NN" or ctx.chain_of(t) is not None or describe(ctx, t) is not None:
            return False
        lemma = t.lemma_.lower()
        wrong = FEMALE_WORDS if other == "f" else MALE_WORDS
        if lemma not in PERSON_NOUNS or lemma in wrong or _person_within(ctx, t) is not None:
            return False
        return _introduces(t) or any(_introduces(u) for u in ctx.doc[: t.i] if u.lemma_.lower() == lemma)
    return False


def _main_verb(verb: Token) -> bool:
    """The sentence's own verb (its root, or a verb coordinated with it), not one of a clause inside."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _introduces(noun: Token) -> bool:
    """A noun phrase that brings in someone new: indefinite ("a spokesman", "one man") or possessed ("his wife"),
    also when the parser hung the article on a word of a title written before the noun ("a ministry of foreign
    affairs spokesman": 'a' on 'ministry', the spokesman under 'of')."""
    if any((c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE) or c.dep_ == "poss" for c in noun.children):
        return True
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
        return False  # a modifier ("a joint expert team"), not the phrase's own noun
    for tok in reversed(noun.doc[max(0, noun.i - TITLE_SPAN): noun.i]):
        if tok.dep_ == "det":
            return tok.lower_ in INDEFINITE
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") and tok.lower_ not in ("of", "for", "and"):
            return False
    return False


TITLE_SPAN = 6
"""How many words a title written before its noun may have ("a ministry of foreign affairs spokesman")."""


def _plural_before(ctx: Context, tok: Token) -> Resolved:
    """'they said': the latest organisation that was a subject, or a plural subject kept as a description."""
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - 3), -1):
        for cand in reversed([t for t in ctx.sents[s] if t.idx < tok.idx and t.dep_ in SUBJECT_DEPS]):
            if ctx.in_quote(cand) or cand.i == tok.i:
                continue
            ch = ctx.chain_of(cand)
            if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_THING:
                return Resolved(ch, tok.text, "pronoun")
            if cand.tag_ in ("NNS", "NNPS") and ch is None:
                return Resolved(None, phrase_text(cand), "description")
            if ch is None and cand.lemma_.lower() in ORG_NOUNS | STATE_NOUNS:
                # a body is a 'they' too ("Even though the ministry considered ..., they said")
                found = resolve(ctx, cand)
                return Resolved(found.chain, found.text, "pronoun" if found.chain is not None else "description")
    return Resolved(None, tok.text, "unresolved")


def _thing_before(ctx: Context, tok: Token, describe: Describe) -> int | None:
    """What an 'it said' refers to: the document or organisation quoted just before, else the latest one
    named as a subject; that one when it comes after the quoted one ("X said ... . '...,' Le Monde said.
    El Pais said she had played a key role. '...,' it wrote": El Pais)."""
    subject = None
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - 3), -1):
        subjects = _mentions_before(ctx, ctx.sents[s], tok.idx, describe)[0]  # subjects: 'it' is what acts
        subject = next((ch for ch in subjects if ctx.chains[ch].type in SPEAKER_TYPES_THING), None)
        if subject is not None:
            break
    if ctx.last_thing is not None and tok.idx - ctx.last_thing[0] < 1500:
        later = subject is not None and any(ch == subject and ctx.last_thing[0] < ctx.doc[i].idx < tok.idx
                                            for i, ch in ctx.token_chain.items())
        return subject if later else ctx.last_thing[1]
    return subject


def _described(ctx: Context, head: Token) -> int | None:
    """The chain whose titles hold this description ("the city's mayor" -> title "mayor"),
    or for a definite organisation noun ("the company") the organisation named last."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = head.lemma_.lower()
    named_own = any(c.dep_ == "compound" and ctx.chain_of(c) is not None or c.dep_ == "amod" and c.ent_type_ == "NORP"
                    for c in head.children)  # "the US military", "the Danish embassy": a body of its own
    if lemma in ORG_NOUNS | STATE_NOUNS and named_own:
        return None  # "the US military" is not the organisation named before, nor the United States
    if lemma in ORG_NOUNS | STATE_NOUNS and any(c.lower_ in ("the", "this") for c in head.children):
        kinds = {"ORG", "GPE"} if lemma in STATE_NOUNS else {"ORG"}
        if lemma in STATE_NOUNS and any(c.dep_ in ("compound", "amod") for c in head.children):
            kinds = {"GPE"}  # "the economics ministry": one body of a state, not an organisation named before
        named = {i for i, ch in enumerate(ctx.chains) if ch.type in kinds and lemma in ch.name.lower().split()}
        found = _nearest(ctx, named, head.idx, strict=True) if named else None  # 'the bank': a named Bank
        found = found if found is not None else _subject_before(ctx, head, kinds)  # else the one the text is about
        orgs = {i for i, ch in enumerate(ctx.chains) if ch.type in kinds}
        found = found if found is not None else _nearest(ctx, orgs, head.idx, strict=True) if orgs else None
        if found is not None:
            return found
    words = [t.lower_ for t in ctx.doc[head.left_edge.i: head.i + 1] if t.dep_ not in ("det", "poss", "punct")]
    cands = ctx.titles.get(" ".join(words)) or ctx.titles.get(head.lemma_.lower()) or ctx.titles.get(head.lower_) \
        or ctx.titles.get(TITLE_SYNONYMS.get(head.lemma_.lower(), ""))
    if cands and head.tag_ in ("NNS", "NNPS"):  # "party leaders" are not the one leader named before
        cands = {c for c in cands if ctx.chains[c].type not in SPEAKER_TYPES_PERSON}
    if not cands:
        # "the outgoing secretary general told" with no one given that title: a definite title names the
        # person the text is about, named as a subject just before ("UN chief Kofi Annan opened ...")
        # ("a UEFA spokesman said ... . The spokesman said" repeats someone unnamed: nobody named)
        # (a spokesperson speaks for someone: "the ministry spokeswoman" is not the minister named before)
        titled = is_role(head) and head.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in head.children)
        if not titled or any(_introduces(u) for u in ctx.doc[: head.i] if u.lemma_.lower() == head.lemma_.lower()):
            return None
        if head.lemma_.lower() in PROXY_NOUNS:
            return _speaker_before(ctx, head)
        titled_one = _titled_before(ctx, head)
        return titled_one if titled_one is not None else _subject_before(ctx, head, set(SPEAKER_TYPES_PERSON), 1)
    if len(cands) > 1 and any(c.lower_ == "the" for c in head.children):
        cands = _holders_now(ctx, cands, head)
        salient = _salient_holder(ctx, head, cands) if len(cands) > 1 else next(iter(cands))
        if salient is not None:
            return salient
    before = _nearest(ctx, cands, head.idx, strict=True)
    if before is None and any(c.lower_ == "the" for c in head.children):
        # "The former Lyon manager said" with no manager named yet: the person the text is about
        before = _subject_before(ctx, head, set(SPEAKER_TYPES_PERSON))
    return before if before is not None else _nearest(ctx, cands, head.idx)


PROXY_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "source"})
"""Titles of someone who speaks for another: not the person the text is about, whom they speak for."""


def _speaker_before(ctx: Context, head: Token) -> int | None:
    """The person a spokesperson no one was titled with is: someone who just spoke, the subject of a
    reporting verb in this sentence or the one before ("Mendelsohn said ... . '...,' the spokesman said"),
    never the subject the report was about ("Minister Yoo will visit Japan, an official said. '...,' the
    ministry spokeswoman said": not Yoo)."""
    si = ctx.sent_index(head)
    for s in range(si, max(-1, si - 2), -1):
        for verb in reversed([t for t in ctx.sents[s] if t.i < head.i and t.lemma_.lower() in STRONG_CUES
                              and t.pos_ == "VERB" and not ctx.in_quote(t)]):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            ch = ctx.chain_of(subj) if subj is not None else None
            if ch is not None and ctx.is_person(ch):
                return ch
    return None

PAST_QUALIFIERS = frozenset({"former", "ex", "late", "then", "onetime", "erstwhile"})
"""Words that make a title a past one ("former president", "the late king"): its holder is not who a bare
"the president" names while someone else holds the title now."""


def _holders_now(ctx: Context, cands: set[int], head: Token) -> set[int]:
    """Of several chains given a title, those who hold it now when the phrase names no past holder: in "US
    President George W. Bush paid tribute to former president Gerald Ford ... the president said", "the
    president" is Bush, never the former one, however near.  A chain is a past holder when any title it was
    given with this head noun is qualified as past ("former president", "ex-minister").  Agreement, like a
    he/she's gender: it narrows the candidates and keeps them all when none is left."""
    if any(t.lower_.rstrip("-") in PAST_QUALIFIERS for t in head.lefts):
        return cands  # "the former president said": any holder, the past ones included
    heads = {head.lower_, head.lemma_.lower()}

    def past(chain: int) -> bool:
        for title in ctx.chains[chain].titles:
            words = title.lower().replace("-", " ").split()
            if words and words[-1] in heads and PAST_QUALIFIERS & set(words[:-1]):
                return True
        return False

    now = {c for c in cands if not past(c)}
    return now or cands


def _salient_holder(ctx: Context, head: Token, cands: set[int]) -> int | None:
    """Of several people given the title a definite description uses ("the secretary said" after Defence
    Secretary Browne and Foreign Secretary Beckett), the one the discourse is about: the main subject of
    the nearest sentences outside quotes (a he/she subject counts as the person it refers to), over the
    last :data:`EPITHET_WINDOW` of them.  News keeps its centre as the subject ("Browne expressed hope
    ... he also restated Beckett's statement ... But he stressed ... 'We need to be clear,' the secretary
    said": Browne, though Beckett was named last, as a possessor).  None when no holder was a subject
    there: the nearest mention decides, as before."""
    si, seen = ctx.sent_index(head), 0
    for s in range(si, -1, -1):
        sent = ctx.sents[s]
        if all(ctx.in_quote(t) or t.is_punct or t.is_space for t in sent):
            continue
        if seen > EPITHET_WINDOW:
            return None
        seen += 1
        pronoun = _main_subject(ctx, sent, head)
        if pronoun is not None and pronoun.lower_ in PERSON_PRONOUNS:
            found = _person_before(ctx, pronoun, _described)
            if found in cands:
                return found
        for ch in _mentions_before(ctx, sent, head.idx, main=True)[0]:
            if ch in cands:
                return ch
    return None


def _titled_before(ctx: Context, head: Token) -> int | None:
    """The person last written with this title right before the name ("from President Susilo Bambang
    Yudhoyono ... the President said"), when the chain did not keep the title."""
    found = None
    for tok in ctx.doc[: head.i]:
        nxt = ctx.doc[tok.i + 1]
        ch = ctx.chain_of(nxt)
        if tok.lower_ == head.lower_ and ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON:
            found = ch
    return found


def _subject_before(ctx: Context, tok: Token, kinds: set[str], window: int = 3) -> int | None:
    """The latest chain of one of ``kinds`` that was the subject of a sentence up to ``window`` back."""
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - 2), -1):
        for ch in reversed(_mentions_before(ctx, ctx.sents[s], tok.idx)[0]):
            if ctx.chains[ch].type in kinds or kinds & SPEAKER_TYPES_PERSON and ctx.is_person(ch):
                return ch
    return None


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
            for obj in prep.children:  # "a statement from his office"
                if obj.dep_ == "pobj" and (ch := _chain_or_owner(ctx, obj)) is not None:
                    return ch
    for child in head.children:
        ch = ctx.chain_of(child) if child.dep_ in ("poss", "compound") else None
        if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_THING:
            return ch
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):  # "his office said": the person's office
            return _person_before(ctx, child, _described)
    return None


def _chain_or_owner(ctx: Context, tok: Token) -> int | None:
    """The chain a phrase names, or its owner's when it names none ("Syria's foreign ministry" -> Syria,
    "his office" -> the person 'his' refers to)."""
    found = _named_in(ctx, tok)
    if found is not None:
        return found
    for child in tok.children:
        if child.dep_ == "poss":
            if child.lower_ in ("his", "her"):
                return _person_before(ctx, child, _described)
            return _thing_before(ctx, child, _described) if child.lower_ == "its" else ctx.chain_of(child)
    return None


def _named_in(ctx: Context, tok: Token) -> int | None:
    """The chain a phrase names: its head's, else an acronym or name set off inside it ("the UN High
    Commissioner for Refugees (UNHCR)")."""
    found = ctx.chain_of(tok)
    if found is None:
        found = next((ctx.chain_of(t) for t in tok.subtree if t.dep_ == "appos" and ctx.chain_of(t) is not None),
                     None)
    return found


def _own_author(ctx: Context, tok: Token) -> int | None:
    """The author a document noun names itself: 'X's letter', 'a letter from X', 'X sent a letter', 'a
    UNICEF statement' (a name before the noun), 'a statement on X's website' (the owner of where it was put)."""
    for child in tok.children:
        if child.dep_ in ("poss", "compound") and ctx.chain_of(child) is not None:
            return ctx.chain_of(child)
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1]
    for prep in preps:
        if prep.lower_ in ("from", "by"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (ch := _chain_or_owner(ctx, obj)) is not None:
                    return ch
        if prep.lower_ in ("on", "in"):  # "on Leeds's website", "in X's newsletter": only a named owner
            for obj in prep.children:
                owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj.dep_ == "pobj" else None
                if owner is not None and (ch := ctx.chain_of(owner)) is not None:
                    return ch
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in AUTHOR_VERBS:
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent") and ctx.chain_of(child) is not None:
                return ctx.chain_of(child)
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ in ("VERB", "AUX"):  # X said in a statement
        for child in verb.head.children:
            if child.dep_ == "nsubj" and (ch := _chain_or_owner(ctx, child)) is not None:
                return ch
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.dep_ == "nsubj":  # "said X's ministry in a letter"
        return _chain_or_owner(ctx, verb.head)
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
    if later:
        return later[0][2]
    # "UNHCR said it was mobilising staff. '...,' a statement said": the one who spoke just before
    found = _subject_before(ctx, tok, set(SPEAKER_TYPES_THING), window=1)
    return found if found is not None or tok.tag_ != "NN" else _reporter_before(ctx, tok)


def _reporter_before(ctx: Context, tok: Token) -> int | None:
    """Who a report just before the document names as its source ("Olmert ordered ..., his office said.
    ... said the statement": the statement is what his office said): the subject of the latest reporting
    verb in this sentence or the one before, when it is no document itself (and nobody when that subject
    names nobody).  Only a verb that reports in every sense: the subject of "read out the declaration" or
    "reported" need not be its author."""
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - 2), -1):
        for verb in reversed([t for t in ctx.sents[s] if t.i < tok.i and t.pos_ == "VERB" and not ctx.in_quote(t)
                              and t.lemma_.lower() in STRONG_CUES]):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i == tok.i or subj.lemma_.lower() in DOCUMENT_NOUNS:
                continue
            return resolve(ctx, subj).chain  # the latest source, named or not: never one further back
    return None
