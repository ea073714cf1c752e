"""Whose happening a report's lead reports: the participants of its main event, apart from background.

A headline and the lead sentence say who did what ("Chargers defensive tackle Jamal Williams was arrested on
suspicion of drunken driving"); they also name people of other happenings, in clauses and phrases about them
("less than a month after receiver Vincent Jackson was arrested", "like X, who ...").  Two reports of one kind of
happening with one cast (a team's two DUI arrests a month apart) share every name, and what tells them apart is
whose happening each lead reports.  So a name is a *main* participant when the parse puts it among the arguments
of the lead's main event: the subject, object or agent of the root verb (or of the verb a reporting verb
introduces: "X was arrested, police said"), a noun root itself, and their appositions and coordinations, and
the "of" phrases of the argument itself ("the arrest of X"; not of an apposition: "X, the brother of Y").  A name
the lead holds only inside a subordinate clause, a relative clause or another prepositional phrase ("after X's
arrest", "like X", "according to X") is *background*.

Limits: it reads the parse, so it fails where the parse does.  A verbless headline ("Gadhafi son captured" parses
fine, "Payton: Thomas to IR" does not) gives what its noun root holds; a lead that opens with a quote makes the
speaker background (the said clause is the happening) though the report is often the speaker's; a tagger error
that types a club or a place PERSON makes it a main person; and a name the parse hangs on the wrong head (an
opening participle read as a clausal subject: "Running back Reggie Bush will miss ...") is background.

Example::

    >>> from storyline.nlp import load_model
    >>> from storyline.settings import Settings
    >>> nlp = load_model(Settings().model)
    >>> doc = nlp("Coach Sean Payton announced Wednesday that Pierre Thomas was placed on IR.")  # ECB+ dev topic 25
    >>> [t.text for t in sorted(main_tokens(next(iter(doc.sents))), key=lambda t: t.i)]
    ['Pierre', 'Thomas']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from storyline.ingest.lines import ends_sentence
from storyline.records import BACKGROUND_ROLE, MAIN_ROLE, Chain, Mention

# verbs that report another happening: their clause complement is the happening, their subject the source
_REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "claim", "allege",
                        "reveal", "disclose", "learn"})
# the dependencies that make a token an argument of the happening's verb or noun
_VERB_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "agent"})
# from an argument (or a noun root) to what names the same participants
_NOUN_LINKS = frozenset({"appos", "conj", "compound", "poss", "nmod", "flat"})
# a noun's phrases that name who takes part in it: "the arrest of X", "charges against X"
_PARTICIPANT_PREPOSITIONS = frozenset({"of", "against"})
# a verb joined to the main verb reports the same happening ("was arrested and charged")
_VERB_LINKS = frozenset({"conj", "xcomp"})


def main_tokens(sent: Span) -> set[Token]:
    """The tokens that name the participants of the happening ``sent`` reports (see the module's docstring)."""
    root = sent.root
    for _ in range(2):  # "police said" / "reports said officials said": the reported clause is the happening
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if root.lemma_.lower() not in _REPORTING or said is None:
            break
        root = said
    out: set[Token] = set()
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        _add_noun(root, out)
    for verb in _verbs(root):
        for child in verb.children:
            if child.dep_ in _VERB_ARGUMENTS:
                _add_noun(child, out)
    return out


def _verbs(root: Token) -> Iterator[Token]:
    """The root and the verbs joined to it: their arguments are the same happening's ("arrested and charged");
    a reduced relative of a noun root ("Williams arrested on DUI charge") is one too."""
    todo, seen = [root], set()
    while todo:
        verb = todo.pop()
        if verb.i in seen:
            continue
        seen.add(verb.i)
        yield verb
        todo.extend(c for c in verb.children
                    if c.dep_ in _VERB_LINKS or (c.dep_ == "acl" and verb.pos_ in ("NOUN", "PROPN")))


def _add_noun(token: Token, out: set[Token]) -> None:
    """``token`` (an argument), the tokens naming it and the names joined to it; an argument that is a
    preposition ("by police") stands for its object.

    The "of"/"against" phrases are followed from the argument itself (and its compound words, its object) only:
    "the arrest of X" is X's happening, but a name reached through an apposition or a coordination is another
    person, whose "of" phrase names a relative or a contact: "Kim Jong Nam, the half-brother of North Korean
    leader Kim Jong Un, was killed" is Kim Jong Nam's happening, not his brother's."""
    todo = [(token, True)]
    while todo:
        tok, own = todo.pop()  # own: the argument itself, not a name joined to it
        if tok in out:
            continue
        out.add(tok)
        for child in tok.children:
            if child.dep_ in _NOUN_LINKS or (child.dep_ == "pobj" and tok.dep_ in ("agent", "prep")):
                todo.append((child, child.dep_ == "pobj" or (own and child.dep_ == "compound")))
            elif child.dep_ == "prep" and child.lower_ in _PARTICIPANT_PREPOSITIONS and own:
                todo.append((child, True))


def lead_sentences(doc: Doc, start: int) -> list[Span]:
    """The title and lead sentences from character ``start`` (where the text's title opens, else 0): every
    sentence up to the first whole one, since a headline, a dateline or a "Posted ..." line has no final mark;
    four at most, so a text of lines without marks (a table, a list) is read no further than its opening."""
    out = []
    for sent in doc.sents:
        if sent.end_char <= start:
            continue
        out.append(sent)
        if ends_sentence(sent.text) or len(out) >= 4:
            break
    return out


def mark_lead_roles(doc: Doc, start: int, mentions: Sequence[Mention], chains: Sequence[Chain]) -> None:
    """Set ``Chain.lead_role`` of every chain the title or lead names: ``main`` when one of its mentions there
    is a main participant (:func:`main_tokens`), else ``background``."""
    sents = lead_sentences(doc, max(start, 0))
    if not sents:
        return
    end = sents[-1].end_char
    mains: set[int] = set()
    for sent in sents:
        mains |= {t.i for t in main_tokens(sent)}
    for m in mentions:
        if m.chain is None or m.start < sents[0].start_char or m.start >= end:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        is_main = span is not None and any(t.i in mains for t in span)
        chain = chains[m.chain]
        if is_main:
            chain.lead_role = MAIN_ROLE
        elif chain.lead_role != MAIN_ROLE:
            chain.lead_role = BACKGROUND_ROLE
