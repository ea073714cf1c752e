"""Who a speaker phrase refers to: a name, a pronoun, a description, a document or an office.

The :class:`~.context.Context` holds what one article offers: which tokens lie
inside quote marks (a name inside a quote is never its speaker), which tokens
belong to which entity chain, and the chains' titles.  :func:`resolve` turns the
head token of a speaker phrase into a chain index:

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

The searches live in modules below this one, each importing only those before it
in this list: :mod:`.context` (the article's indexes), :mod:`.phrases` (the names
inside a speaker phrase), :mod:`.mentions` (the chains a sentence names, and its
main subject), :mod:`.pronouns` (he/she, it), :mod:`.descriptions` (titles and
their holders: "the mayor", "the Swede") and :mod:`.documents` (offices and the
authors of documents).  A pronoun search reads a subject description as the
chain it refers to, and a description search reads a he/she subject as its
person, so the description search is passed down as a function
(:data:`.mentions.Describe`) instead of the two modules importing each other.
This module keeps what resolves a phrase again: "they" (a body named as a
subject) and a document's reporter.

Example::

    >>> Resolved(chain=2, text="he", how="pronoun").chain
    2
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from storyline.nlp.quotes.bodies import body_of, role_body
from storyline.nlp.quotes.context import Context, Resolved
from storyline.nlp.quotes.descriptions import (
    STATE_BODIES,
    described_chain,
    epithet,
    named_as_before,
    served_state,
    spoke_again,
    subject_before,
)
from storyline.nlp.quotes.documents import document_authors, names_its_source, office_of, own_author
from storyline.nlp.quotes.lexicon import (
    ACT_NOUNS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    MEDIA_NOUNS,
    NAMED_KIND_NOUNS,
    NON_STATE_NOUNS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    PLACE_TYPES,
    PLURAL_PRONOUNS,
    SPEAKER_TYPES_PERSON,
    SPEAKER_TYPES_THING,
    SPOKES_NOUNS,
    STATE_NOUNS,
    STRONG_CUES,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    WORKER_NOUNS,
)
from storyline.nlp.quotes.mentions import EMBEDDING_DEPS, reporting_subjects
from storyline.nlp.quotes.phrases import (
    bare_title_name,
    definite_singular,
    indefinite,
    person_within,
    phrase_text,
    relative_antecedent,
    speech_owner,
    titled_member,
)
from storyline.nlp.quotes.pronouns import person_before, thing_before
from storyline.records import Chain, Mention

__all__ = ["EMBEDDING_DEPS", "Context", "Resolved", "build_context", "resolve"]


def described_or_epithet(ctx: Context, head: Token) -> int | None:
    """A subject description read as its chain for a he/she after it: a title ("the mayor") or, failing
    that, an epithet for someone named before ("The duchess has hinted ..., but during her interview with
    Winfrey she spoke ... . She revealed": the duchess, not Winfrey).  An indefinite description refuses a
    chain named before it here too (:func:`_unless_known`), so a "he added" after "an assistant coach said" is
    not given the coach named earlier that the quote before was refused (review r48f)."""
    found = described_chain(ctx, head)
    found = found if found is not None else named_in_apposition_before(ctx, head)  # "his wife" after "his wife X"
    return _unless_known(ctx, head, indefinite(head), found if found is not None else epithet(ctx, head))


def resolve(ctx: Context, head: Token) -> Resolved:
    """Resolve the head token of a speaker phrase (see the module docstring)."""
    text = phrase_text(head)
    chain = ctx.chain_of(head)
    if chain is not None and ctx.chains[chain].type == "NORP" and definite_singular(head):
        chain = None  # "added the Swede": a nationality word for a person, not the nation
    if chain is not None and not ctx.is_person(chain) and (member := titled_member(ctx, head, chain)) is not None:
        # "Office of Management and Budget Director Peter Orszag": Orszag, for the Office
        return Resolved(member[1], phrase_text(head, member[0].i), "name", chain)
    if chain is not None:  # "Pentagon spokesman John Kirby": Kirby, speaking for the Pentagon
        return Resolved(chain, text, "name", role_body(ctx, head) if ctx.is_person(chain) else None)
    worker = head.lemma_.lower() in WORKER_NOUNS
    body = body_of(ctx, head) if worker else None  # whom an unnamed worker speaks for: kept beside him
    for child in head.children:  # "spokeswoman Ann Lee", "another automaker, General Motors"; not "Lee's adviser"
        if worker and child.dep_ == "compound" and child.i < head.i:
            continue  # "an Obama aide": whom he works for (.bodies), not who speaks
        ch = ctx.chain_of(child) if child.dep_ in ("appos", "compound", "flat") else None
        kind = ctx.chains[ch].type if ch is not None else None
        if ch is not None and (kind in SPEAKER_TYPES_PERSON or (child.dep_ == "appos" and kind != "NORP")  # "a Shiite"
                               or (kind == "ORG" and head.lemma_.lower() in NAMED_KIND_NOUNS)):
            return Resolved(ch, text, "name", body)  # "a Hamas official, Ahmed Yousef";
            # "the Extra Bladet newspaper", "the Hamas movement", "the Russian NTV television"
    low = head.lower_
    antecedent = relative_antecedent(head)
    if antecedent is not None:  # "Munib Usanovic, who went to the mass 'because ...'": Usanovic's words
        found = resolve(ctx, speech_owner(ctx, antecedent) or antecedent)  # ("a top US official here who told":
        known = found.chain is not None or found.body is not None  # the official, for the US)
        unnamed = antecedent.lemma_.lower() in WORKER_NOUNS  # ("an American official who asked not to be
        return found if known or unnamed else Resolved(None, text, "unresolved")  # named": him, not "who")
    if low in PERSON_PRONOUNS:
        return Resolved(person_before(ctx, head, described_or_epithet), head.text, "pronoun")
    if low in THING_PRONOUNS:
        document = _reporting_document(ctx, head)
        if document is not None:  # "..., a coalition press release said. '...,' it said": that release
            return Resolved(resolve(ctx, document).chain, head.text, "pronoun")
        return Resolved(thing_before(ctx, head, described_chain), head.text, "pronoun")
    if low in PLURAL_PRONOUNS:
        return _plural_before(ctx, head)
    if head.pos_ == "PRON":
        return Resolved(None, head.text, "unresolved")
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        return Resolved(_author(ctx, head), text, "document")
    if head.lemma_.lower() in EVIDENCE_NOUNS and (own := own_author(ctx, head)) is not None:
        return Resolved(own, text, "document")  # "a survey by the Medical Research Council said": its author
    new = indefinite(head)  # "an official spokesman told AFP": someone new, not the spokesman quoted before
    if new and head.dep_ == "appos" and (ch := ctx.chain_of(head.head)) is not None \
            and ctx.chains[ch].type in SPEAKER_TYPES_PERSON:  # a person, not a place: "in Cebu, a palace official"
        return Resolved(ch, text, "name", body)  # "Gerald Lefcourt, a criminal defense attorney who says"
    named = named_in_apposition_before(ctx, head)  # "his wife Lonnie ... '...,' his wife said": Lonnie
    if named is not None:
        return Resolved(named, text, "description", body)
    if head.lemma_.lower() in SPOKES_NOUNS:
        named = person_within(ctx, head)  # "UNHCR representative in Nepal, Abraham Abraham": the holder speaks
        if named is not None:
            return Resolved(named, text, "name", body)
        again = _unless_known(ctx, head, new, spoke_again(ctx, head))  # "said Derek Chappell. '...,' said
        if again is not None:  # the NATO spokesman": Chappell (never "an official spokesman": someone new)
            return Resolved(again, text, "description", body)
        holder = _unless_known(ctx, head, new, _sole_holder(ctx, head))  # "his aide" with "Abramov's aide
        if holder is not None:  # Tamerlan Mingayev" named: Mingayev
            return Resolved(holder, text, "description", body)
        office = office_of(ctx, head)  # "a statement from X", "his office": X speaks
        if office is not None and worker:  # "Pentagon officials", "his lawyer": unnamed, speaking for the body,
            return Resolved(None, text, "description", body)  # not the body (nor it when the body is left
            # unset: "A former Pentagon official", "A New York lawyer", "His spokesman" of one of two men)
        if office is not None:
            return Resolved(office, text, "office")
        # (no office: as before bodies, the searches below may still find the one the article titles so, "the
        # prime minister's spokesman" after "said spokesman Tom Kelly"; the body goes with what they find)
    if head.lemma_.lower() in ORG_NOUNS | STATE_BODIES:  # "Syria's foreign ministry": a body speaks for its owner
        # (a place owns only its state's bodies: "Iran's main opposition group" is no voice of Iran)
        owner = next((ch for c in head.children if c.dep_ == "poss" and (ch := ctx.chain_of(c)) is not None
                      and ctx.chains[ch].type in SPEAKER_TYPES_THING
                      and (ctx.chains[ch].type not in PLACE_TYPES or _state_body(head))), None)
        owner = owner if owner is not None else served_state(ctx, head)  # "the Greek government": Greece
        owner = owner if owner is not None else _served_before(ctx, head)  # "the US military ... the military"
        if owner is not None:
            return Resolved(owner, text, "office")
    titled = bare_title_name(ctx, head)  # "US deputy ambassador to the UN Alejandro Wolff"
    if titled is not None:
        return Resolved(titled, text, "name", body)
    named = person_within(ctx, head)  # "the former secretary of state for the region Robert Pelletreau"
    if named is not None:  # the phrase's own name beats a title shared with someone named before
        return Resolved(named, text, "name", body)
    key = text.lower().removeprefix("the ") if definite_singular(head) else None
    # (not a paper: news quotes one paper after another, "the paper" is the one that reported last)
    described = named_as_before(ctx, key, head.idx) if key and head.lemma_.lower() not in MEDIA_NOUNS else None
    if described is None:
        described = described_chain(ctx, head)
    if described is None:
        described = epithet(ctx, head)
    described = _unless_known(ctx, head, new, described)
    if described is not None and key:
        bisect.insort(ctx.described.setdefault(key, []), (head.idx, described))
    known = described is not None or body is not None
    return Resolved(described, text, "description" if known else "unresolved", body)


def named_in_apposition_before(ctx: Context, head: Token) -> int | None:
    """The person a possessed description names when the article set the same noun of the same owner beside
    a name before: "left it to his wife Lonnie to speak ... '...,' his wife said" is Lonnie, as "her
    spokesman, John Carter," makes a later "her spokesman" Carter.  News writes the name once, in apposition
    to the noun ("his lawyer Mary Jones", "Lonnie, his wife,"), then uses the noun alone.  The owner must be
    the same person both times (a he/she/his read as :func:`.pronouns.person_before` reads it, or the same
    name: "Smith's wife" is not "Jones's wife"), and only one name may have been set beside that noun of that
    owner; a plural or an unowned noun is left to the title and epithet searches."""
    owner = _possessor(ctx, head)
    if owner is None or head.tag_ != "NN":
        return None
    named: set[int] = set()
    for tok in ctx.latest_first("lemma", head.lemma_.lower(), head.i):
        if tok.tag_ != "NN" or ctx.in_quote(tok) or _possessor(ctx, tok) != owner:
            continue
        if _modifiers(tok) != _modifiers(head):
            break  # ("his first wife Lisa", "her new spokesman": another holder from here back)
        beside = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
        named |= {ch for n in beside if (ch := ctx.chain_of(n)) is not None and ch != owner and ctx.is_person(ch)}
    return next(iter(named)) if len(named) == 1 else None


def _modifiers(noun: Token) -> set[str]:
    """The words that narrow a noun down ("first", "former", "campaign"), its possessive and article aside."""
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nummod", "nmod")}


def _possessor(ctx: Context, noun: Token) -> int | None:
    """Whose ``noun`` is: the chain of its one possessive ("Ali's", or "his"/"her" read as a pronoun)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    if owners[0].lower_ in ("his", "her"):  # (titles only: an owner read through this search would loop)
        return person_before(ctx, owners[0], described_chain)
    return ctx.chain_of(owners[0])


def _unless_known(ctx: Context, head: Token, new: bool, chain: int | None) -> int | None:
    """The chain a title or epithet search found, unless the description is indefinite and the chain was named
    before it: "a" brings in someone the reader has not met ('"...," an official spokesman told AFP' after
    Pentagon spokesman Kenneth Bacon was quoted is Baghdad's, not Bacon), while a later sentence may still name
    him ("A top British general said ... General Nick Houghton told the BBC")."""
    if not new or chain is None:
        return chain
    tokens = ctx.chain_tokens(chain)
    return None if tokens and tokens[0] < head.left_edge.i else chain


def _state_body(head: Token) -> bool:
    """Whether a body a place owns is one of its state's, through which the place speaks ("Britain's police",
    "Germany's highest court", "Kenya's electoral commission", "China's central bank", "Syria's foreign
    ministry"), not a party, company, union or paper located there (:data:`NON_STATE_NOUNS`; "Iran's main
    opposition group").  A bank is the state's only as its central bank."""
    lemma = head.lemma_.lower()
    if lemma == "bank":
        return any(c.lower_ == "central" for c in head.children)
    return lemma not in NON_STATE_NOUNS and not any(c.lower_ == "opposition" for c in head.children)


def _served_before(ctx: Context, head: Token) -> int | None:
    """The state a bare "the military" / "the ministry" serves when the article wrote the same body with its
    state before ("the U.S. military said on Sunday ... '...' the military said"): news shortens a body's
    name once it is given, as it does a person's.  The latest such mention outside quotes decides."""
    if [c.lower_ for c in head.children if c.dep_ not in ("punct", "prep", "acl", "relcl")] != ["the"]:
        return None
    lemma = head.lemma_.lower()
    for tok in ctx.latest_first("lemma", lemma, head.i):
        if tok.pos_ == "NOUN" and not ctx.in_quote(tok):
            state = served_state(ctx, tok)
            if state is not None or any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
                return state  # (the latest body of that kind decides, served or not: "a rebel army")
    return None


def _sole_holder(ctx: Context, head: Token) -> int | None:
    """The one person the article titles with a proxy noun that 'his'/'her' owns ("his aide", "her lawyer"):
    the aide is someone else than the one he speaks for, and news often names him once, before or after
    ("Abramov's aide Tamerlan Mingayev").  None when nobody or several hold that title."""
    if head.tag_ != "NN" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
        return None
    holders = {c for c in ctx.titles.get(head.lemma_.lower(), set()) if ctx.chains[c].type in SPEAKER_TYPES_PERSON}
    return next(iter(holders)) if len(holders) == 1 else None


def _plural_before(ctx: Context, tok: Token) -> Resolved:
    """'they said': the latest organisation that was a subject, or a plural subject kept as a description."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in STRONG_CUES:  # "they said": who just spoke, first
        spoke = next((s for s in reporting_subjects(ctx, tok) if s is not None and s.i != tok.i), None)
        if spoke is not None and spoke.tag_ == "NNS" and ctx.chain_of(spoke) is None and not ctx.in_quote(spoke) \
                and any(c.dep_ == "ccomp" for c in spoke.head.children):  # reported a clause, not "asked permission"
            return _unnamed(ctx, spoke)  # "The officials said ... . '...,' they said"
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - 3), -1):
        for cand in reversed([t for t in ctx.sents[s] if t.idx < tok.idx and t.dep_ in SUBJECT_DEPS]):
            if ctx.in_quote(cand) or cand.i == tok.i:
                continue
            ch = ctx.chain_of(cand)
            if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_THING:
                return Resolved(ch, tok.text, "pronoun")
            if cand.tag_ in ("NNS", "NNPS") and ch is None:
                return _unnamed(ctx, cand)
            if ch is None and cand.lemma_.lower() in ORG_NOUNS | STATE_NOUNS:
                # a body is a 'they' too ("Even though the ministry considered ..., they said")
                found = resolve(ctx, cand)
                return Resolved(found.chain, found.text, "pronoun" if found.chain is not None else "description")
    return Resolved(None, tok.text, "unresolved")


def _unnamed(ctx: Context, subject: Token) -> Resolved:
    """A plural subject a 'they' repeats, kept as written, with the body its workers speak for ("Pentagon
    officials said ... . '...,' they added": the officials, for the Pentagon)."""
    body = body_of(ctx, subject) if subject.lemma_.lower() in WORKER_NOUNS else None
    return Resolved(None, phrase_text(subject), "description", body)


def _reporting_document(ctx: Context, tok: Token) -> Token | None:
    """The document that reported last before an 'it said', in its sentence or the one before, when the
    latest reporting verb there has one as its subject (or an 'it' that was one): 'it' is that document,
    whatever organisation the report was about (and nobody when the article names no author for it)."""
    for subj in reporting_subjects(ctx, tok):
        if subj is None or subj.i == tok.i:
            continue
        if subj.lower_ in THING_PRONOUNS:  # "..., it said. ..., it added": the same document
            return _reporting_document(ctx, subj) if subj.i < tok.i else None  # walks back, never in a loop
        if subj.lemma_.lower() in ORG_NOUNS | STATE_NOUNS and subj.pos_ == "NOUN" and ctx.chain_of(subj) is None \
                and definite_singular(subj) and (tok in subj.head.subtree or _reports(tok)):
            # "the committee said it had agreed to": the body reports on itself; "The committee said in a
            # statement ... . It said": the body that reported last goes on reporting
            return subj
        return subj if subj.lemma_.lower() in DOCUMENT_NOUNS and subj.pos_ == "NOUN" else None
    return None


def _reports(tok: Token) -> bool:
    """Whether a word is the subject of a verb that reports in every sense ("it said", "it added")."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in STRONG_CUES


def _author(ctx: Context, tok: Token) -> int | None:
    """The author of the document a speaker phrase names: its own, else the latest same-kind document's,
    else (the article names it only later: "... Smith's letter continued") the next same-kind one's."""
    own = own_author(ctx, tok)
    if own is not None or names_its_source(tok):
        return own
    lemma = tok.lemma_.lower()
    earlier = [a for a in ctx.authors if a[0] < tok.idx]
    same = [a for a in earlier if a[1] == lemma]
    # a message may be another kind's said again ("a letter from X ... the statement said"); an act a body
    # votes (a resolution, a bill) is neither the same text as a message nor one voted before
    # (several of them, "according to previous reports", "Earlier reports said", are no one message named
    # before, of another kind or of the same: "A report by Amnesty ... Earlier reports said" is not Amnesty)
    other_kinds = [] if lemma in ACT_NOUNS else [a for a in earlier if a[1] not in ACT_NOUNS]
    pick = [] if tok.tag_ == "NNS" else same or other_kinds
    if pick:
        return pick[-1][2]
    # (one document, not "press reports said": several, none of them the report named later)
    later = [a for a in ctx.authors if a[0] > tok.idx and a[1] == lemma] if tok.tag_ != "NNS" else []
    if later:
        return later[0][2]
    # "UNHCR said it was mobilising staff. '...,' a statement said": the one who spoke just before (a body:
    # a nationality word, "Afghan and coalition forces", issues nothing).  A report's own news is not its
    # author ("Government researchers found ..., press reports said"): that search starts before the news.
    news = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i] \
        if tok.dep_ == "nsubj" and lemma == "report" else []
    found = subject_before(ctx, ctx.doc[news[0].left_edge.i] if news else tok, set(SPEAKER_TYPES_THING) - {"NORP"})
    return found if found is not None or tok.tag_ != "NN" else _reporter_before(ctx, tok)


def _reporter_before(ctx: Context, tok: Token) -> int | None:
    """Who a report just before the document names as its source ("Olmert ordered ..., his office said.
    ... said the statement": the statement is what his office said): the subject of the latest reporting
    verb in this sentence or the one before, when it is no document itself (and nobody when that subject
    names nobody).  Only a verb that reports in every sense: the subject of "read out the declaration" or
    "reported" need not be its author."""
    for subj in reporting_subjects(ctx, tok):
        if subj is None or subj.i == tok.i or subj.lemma_.lower() in DOCUMENT_NOUNS:
            continue
        return resolve(ctx, subj).chain  # the latest source, named or not: never one further back
    return None


def build_context(doc: Doc, text: str, mentions: list[Mention], chains: list[Chain],
                  quoted: list[tuple[int, int]], quote_ends: dict[int, int] | None = None) -> Context:
    """The :class:`~.context.Context` of one article, with the authors of its documents
    (:func:`.documents.document_authors`), for :func:`resolve`."""
    return Context.build(doc, text, mentions, chains, quoted, document_authors, quote_ends)
