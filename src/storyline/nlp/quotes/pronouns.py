"""Who a pronoun means: "he/she" -> an earlier person, "it" -> a document or organisation just quoted.

The he/she search reads the sentences before the pronoun, their main subjects
first (the person the text is about), stops at a main subject that brings in
someone unnamed ("A company spokesman said ... he added": nobody named), and
keeps gender agreement.  A subject description counts as its chain, through
the description search passed in (``describe``, :data:`.mentions.Describe`).
"They" lives in :mod:`.referents`: it may resolve a body's own phrase again.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.nlp.gender import FEMALE_WORDS, MALE_WORDS, gender_of_word
from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.lexicon import PERSON_NOUNS, SPEAKER_TYPES_THING, SUBJECT_DEPS
from storyline.nlp.quotes.mentions import Describe, introduces, main_subject, main_verb, mentions_before
from storyline.nlp.quotes.phrases import person_within

PRONOUN_WINDOW = 8
"""How many sentences back a pronoun looks for its person."""

_ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "pobj", "conj"}
"""Where a proper noun heads a noun phrase of its own, as someone met or named, not a title before a name
("President George W. Bush") or a word in another name ("0200 GMT")."""


def person_before(ctx: Context, tok: Token, describe: Describe, depth: int = 0) -> int | None:
    """The person a he/she refers to: earlier sentences' subjects first, then their latest person.

    Two habits of English narrow the search: a pronoun that is the subject of a reporting verb is never
    a name inside what that verb reports ("Washington will back ... envoy Mohamed Sahnoun, he said": he
    is not Sahnoun; see :func:`bound_by`), and an earlier sentence whose main subject is the same
    pronoun ("He was also dismissive of Ladak ...") is about the same person, not a name inside it.
    Nor is he anyone named in the quote he speaks, in an earlier sentence either ("Timmons pulled the
    trigger. 'Jermayne fired the shot,' he said": the witness, not Timmons), nor someone a subject noun of the other
    gender describes (:func:`described_as`: "The actress ... '...,' he said").  ``describe`` is the
    description search (:func:`.descriptions.described_chain`), which reads subjects like "the mayor"."""
    other = "m" if tok.lower_ in ("she", "her") else "f"
    ahead = cataphor(ctx, tok, other)
    if ahead is not None:
        return ahead
    si = ctx.sent_index(tok)
    bound = bound_by(ctx, tok)
    reported = _quoted_names(ctx, bound)
    for s in range(si, max(-1, si - PRONOUN_WINDOW), -1):
        if unnamed_subject(ctx, ctx.sents[s], tok, other, describe):
            return None
        if s < si and depth < PRONOUN_WINDOW:
            same = _pronoun_subject(ctx, ctx.sents[s], tok)
            if same is not None:  # "He added: ... . '...,' he said": the earlier he is this one
                return person_before(ctx, same, describe, depth + 1)
        subjects, others = mentions_before(ctx, ctx.sents[s], tok.idx, describe,
                                            skip=bound if s == si else frozenset(), main=True)
        unknown = [ch for ch in subjects + others if ctx.is_person(ch) and ch not in ctx.gender]
        disagree = described_as(ctx, ctx.sents[s], other, describe) if unknown else set()
        for ch in subjects + others:
            if ctx.is_person(ch) and ctx.gender.get(ch) != other and ch not in reported and ch not in disagree:
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


def _quoted_names(ctx: Context, tokens: frozenset[int]) -> set[int]:
    """Chains named inside quotes among ``tokens`` as someone the quote speaks of: the name heads an argument
    of its own ("Jermayne fired the shot": the subject).  A name that only modifies another noun ("The
    Obama administration", "the Woods family"), titles another name ("Master Longjiang") or is called to
    ("Kevin, you are done") may be the speaker's own or his listener's, and rules nobody out."""
    found = set()
    for i in tokens:
        t = ctx.doc[i]
        ch = ctx.token_chain.get(i)
        if ch is None or not ctx.in_quote(t):
            continue
        while t.dep_ in ("compound", "flat") and ctx.token_chain.get(t.head.i) == ch and t.head.i != t.i:
            t = t.head  # "Jermayne Timmons": the name's last word says its role
        if t.dep_ in _ARGUMENT_DEPS:
            found.add(ch)
    return found


def described_as(ctx: Context, sent: Span, gender: str, describe: Describe) -> set[int]:
    """Chains a subject description of ``gender`` names in ``sent``: "The American Pie actress ... has
    checked into a clinic, according to her publicist, Jack Ketsoyan. '...,' he said" is not the actress,
    though her name (Tara) is on no first-name list; the noun that describes her says what the name
    does not.  The person is the one the description search resolves the noun to, or the one named beside
    or inside its phrase ("His wife, Ama, waited": an apposition; :func:`.phrases.person_within`), in a subject
    or in a sentence the parser roots at the noun ("The actress, Preity Zinta, watched from the stands")."""
    found: set[int] = set()
    for t in sent:
        if (t.dep_ in SUBJECT_DEPS or t.dep_ == "ROOT") and t.pos_ == "NOUN" and not ctx.in_quote(t) \
                and gender_of_word(t.lemma_.lower()) == gender:
            appos = [ctx.chain_of(c) for c in t.children if c.dep_ == "appos"]
            found |= {ch for ch in (describe(ctx, t), person_within(ctx, t), *appos) if ch is not None}
    return found


def sole_person_before(ctx: Context, tok: Token, describe: Describe) -> int | None:
    """The person a his/her means when no other person of that gender is named between it and him: the
    possessor of "His lawyer said" after "Smith met Jones on Monday" could be either man, and a guess there
    would file one man's lawyer as the other's.  A speaker "he" must be someone (news rarely leaves it open),
    but a possessor only adds a body to an unnamed speaker, so it is given only when the text allows no other.
    The search is :func:`person_before`'s; the window is the sentences back to the one where it found him,
    and a proper noun there the tagger gave no type counts as someone else who could be meant."""
    found = person_before(ctx, tok, describe)
    if found is None:
        return None
    other = "m" if tok.lower_ in ("she", "her") else "f"
    seen: set[int] = set()
    for s in range(ctx.sent_index(tok), max(-1, ctx.sent_index(tok) - PRONOUN_WINDOW), -1):
        if any(_untyped_name(ctx, t) and t.idx < tok.idx for t in ctx.sents[s]):
            return None  # a name the tagger left untyped ("Smith met Jones"): maybe another man
        subjects, others = mentions_before(ctx, ctx.sents[s], tok.idx, describe)
        seen |= {ch for ch in subjects + others if ctx.is_person(ch) and ctx.gender.get(ch) != other}
        if found in seen:
            break
    return found if seen == {found} else None


def _untyped_name(ctx: Context, t: Token) -> bool:
    """Whether ``t`` is a proper noun heading a phrase of its own that the tagger gave no type and no chain."""
    return (t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ in _ARGUMENT_DEPS and ctx.chain_of(t) is None
            and not ctx.in_quote(t))


def cataphor(ctx: Context, pronoun: Token, other: str) -> int | None:
    """The person a subject pronoun in a subordinate clause written before its main clause means: that
    clause's subject, named after it ("Although he called conditions 'highly competitive,' Mr. LaMothe
    forecast ...": LaMothe), when it is a person who agrees in gender; English writes the pronoun first
    there for the one the main clause is about."""
    clause = pronoun.head
    if (pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "advcl" or clause.i > clause.head.i
            or not any(c.dep_ == "mark" for c in clause.children)):
        return None
    lo, hi = ctx.clear_sentence(pronoun.idx)
    for subj in clause.head.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.i > clause.i and subj.idx < hi:
            ch = ctx.chain_of(subj)
            if ch is not None and ctx.is_person(ch) and ctx.gender.get(ch) != other:
                return ch
    return None


def bound_by(ctx: Context, pronoun: Token) -> frozenset[int]:
    """Tokens a subject pronoun cannot name: the rest of its verb's clause, but for possessors ("Smith's
    plan will work, he said" can be Smith's own), so only when the pronoun is a subject; and never past a
    sentence end no parse can doubt (the parser may hang the sentence before under this one's verb)."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return frozenset()
    verb = pronoun.head
    lo, hi = ctx.clear_sentence(pronoun.idx)
    return frozenset(t.i for t in verb.subtree if t.i != pronoun.i and t.dep_ != "poss" and lo <= t.idx < hi
                     and not (t.dep_ in ("compound", "flat") and t.head.dep_ == "poss"))


def _pronoun_subject(ctx: Context, sent: Span, pronoun: Token) -> Token | None:
    """The same pronoun as the main subject of ``sent`` (its root's, or a verb coordinated with it)."""
    forms = {"he", "him"} if pronoun.lower_ in ("he", "him") else {"she", "her"}
    t = main_subject(ctx, sent, pronoun)
    return t if t is not None and t.lower_ in forms else None


def unnamed_subject(ctx: Context, sent: Span, pronoun: Token, other: str, describe: Describe) -> bool:
    """Whether the main subject of ``sent`` (before the pronoun) is a person the article never names: "A
    Deutsche Boerse spokesman said ... . '...,' he added" is the spokesman's, not a name from further back.
    Only a description that introduces someone counts (indefinite "an official", "one man", possessed "his
    wife"), or a definite one repeating such an introduction ("the official" after "an official"); "the
    French leader" alone usually means a person named before and is left to the usual search."""
    for t in sent:
        if t.i >= pronoun.i:
            return False
        if t.dep_ not in SUBJECT_DEPS or t.pos_ == "PRON" or ctx.in_quote(t) or not main_verb(t.head):
            continue
        if t.tag_ != "NN" or ctx.chain_of(t) is not None or describe(ctx, t) is not None:
            return False
        lemma = t.lemma_.lower()
        wrong = FEMALE_WORDS if other == "f" else MALE_WORDS
        if lemma not in PERSON_NOUNS or lemma in wrong or person_within(ctx, t) is not None:
            return False
        return introduces(t) or any(introduces(u) for u in ctx.same_lemma_before(lemma, t.i))
    return False


def thing_before(ctx: Context, tok: Token, describe: Describe) -> int | None:
    """What an 'it said' refers to: the document or organisation quoted just before, else the latest one
    named as a subject; that one when it comes after the quoted one ("X said ... . '...,' Le Monde said.
    El Pais said she had played a key role. '...,' it wrote": El Pais)."""
    subject = None
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - 3), -1):
        subjects = mentions_before(ctx, ctx.sents[s], tok.idx, describe)[0]  # subjects: 'it' is what acts
        subject = next((ch for ch in subjects if ctx.chains[ch].type in SPEAKER_TYPES_THING), None)
        if subject is not None:
            break
    if ctx.last_thing is not None and tok.idx - ctx.last_thing[0] < 1500:
        later = subject is not None and any(ctx.last_thing[0] < ctx.doc[i].idx < tok.idx
                                            for i in ctx.chain_tokens(subject))
        return subject if later else ctx.last_thing[1]
    return subject
