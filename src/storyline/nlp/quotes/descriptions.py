"""Who a description means: a title and its holder ("the mayor"), a body ("the ministry"), an epithet ("the Swede").

:func:`described_chain` looks up the chains given the phrase's title, the
holder now over a former one, the person the discourse is about when several
hold it; a definite organisation noun means the body named last.
:func:`epithet` reads a description that matches no title ("said the
67-year-old") like a he/she: a person named in the nearest sentences.
:func:`named_as_before` keeps a repeated "the ministry said" on the body it
named first.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable

from spacy.tokens import Token

from storyline.nlp.demonyms import countries_of
from storyline.nlp.gender import gender_of_word
from storyline.nlp.names import is_role
from storyline.nlp.quotes.context import Context
from storyline.nlp.quotes.lexicon import (
    ARMED_NOUNS,
    CUE_LEMMAS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    KIN_NOUNS,
    MEDIA_NOUNS,
    OCCUPATION_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    SPEAKER_TYPES_PERSON,
    SPEAKER_TYPES_THING,
    SPEECH_NOUNS,
    SPOKES_NOUNS,
    STATE_NOUNS,
    STATE_ONLY_NOUNS,
    SUBJECT_DEPS,
    TITLE_SYNONYMS,
)
from storyline.nlp.quotes.mentions import (
    according_source,
    introduces,
    main_subject,
    mentions_before,
    reporting_subjects,
)
from storyline.nlp.quotes.phrases import definite_singular
from storyline.nlp.quotes.pronouns import bound_by, person_before, unnamed_subject
from storyline.records import Chain


def described_chain(ctx: Context, head: Token) -> int | None:
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
        named = {i for i, ch in enumerate(ctx.chains)
                 if ch.type in kinds | {"ORG"} and lemma in ch.name.lower().split()}
        named |= _named_before_noun(ctx, lemma, kinds)  # "the International Crisis group ... the group"
        if lemma in STATE_ONLY_NOUNS:
            kinds = {"GPE"}  # a ministry is a state's: 'the ministry' named by no chain is no paper or company
        if not named and definite_singular(head) and _introduced_unnamed(ctx, head):
            return None  # "a 25-member parliamentary select committee ... the committee said": an unnamed body
        found = _nearest(ctx, named, head.idx, strict=True) if named else None  # 'the bank': a named Bank
        other = {i for i, ch in enumerate(ctx.chains) if lemma in STATE_NOUNS and _other_body(ch.name, lemma)}
        if lemma in MEDIA_NOUNS:  # "the daily said": a paper the article let report, not any company named
            other |= set(range(len(ctx.chains))) - _reporters(ctx, head)
        found = found if found is not None else subject_before(ctx, head, kinds, BODY_WINDOW, other)  # its topic
        orgs = {i for i, ch in enumerate(ctx.chains) if ch.type in kinds and i not in other}
        found = found if found is not None else _nearest(ctx, orgs, head.idx, strict=True) if orgs else None
        if found is not None:
            return found
    words = [t.lower_ for t in ctx.doc[head.left_edge.i: head.i + 1] if t.dep_ not in ("det", "poss", "punct")]
    cands = ctx.titles.get(" ".join(words)) or ctx.titles.get(head.lemma_.lower()) or ctx.titles.get(head.lower_) \
        or ctx.titles.get(TITLE_SYNONYMS.get(head.lemma_.lower(), ""))
    if cands and head.tag_ in ("NNS", "NNPS"):  # "party leaders" are not the one leader named before
        cands = {c for c in cands if ctx.chains[c].type not in SPEAKER_TYPES_PERSON}
    post = _post_named(head)
    if cands and post:  # "the Iraqi ambassador to Greece": only a holder whose title names that post
        cands = {c for c in cands if any(post & set(t.lower().split()) for t in ctx.chains[c].titles)}
        if not cands:
            return None
    if not cands:
        # "the outgoing secretary general told" with no one given that title: a definite title names the
        # person the text is about, named as a subject just before ("UN chief Kofi Annan opened ...")
        # ("a UEFA spokesman said ... . The spokesman said" repeats someone unnamed: nobody named)
        # (a spokesperson speaks for someone: "the ministry spokeswoman" is not the minister named before)
        titled = is_role(head) and head.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in head.children)
        if not titled or any(introduces(u) and not _post_of_named(ctx, u)
                             for u in ctx.same_lemma_before(head.lemma_.lower(), head.i)):
            return None
        if head.lemma_.lower() in PROXY_NOUNS:
            return _speaker_before(ctx, head)
        titled_one = _titled_before(ctx, head)
        return titled_one if titled_one is not None else subject_before(ctx, head, set(SPEAKER_TYPES_PERSON))
    if len(cands) > 1 and any(c.lower_ == "the" for c in head.children):
        cands = _holders_now(ctx, cands, head)
        salient = _salient_holder(ctx, head, cands) if len(cands) > 1 else next(iter(cands))
        if salient is not None:
            return salient
    before = _nearest(ctx, cands, head.idx, strict=True)
    if before is None and any(c.lower_ == "the" for c in head.children):
        # "The former Lyon manager said" with no manager named yet: the person the text is about
        before = subject_before(ctx, head, set(SPEAKER_TYPES_PERSON))
    return before if before is not None else _nearest(ctx, cands, head.idx)


POST_PREPS = frozenset({"to", "in", "at", "of"})
"""Prepositions whose named object says which post a title is ("ambassador to Greece", "mayor of Lyon"); not
'for', which names whom a proxy speaks for ("a spokesman for the Taliban") or a command's area, written
otherwise in the holder's title ("the top U.S. commander for the Middle East", "commander of the Central
Command")."""


def _post_named(head: Token) -> set[str]:
    """The words of a place or body a title's own phrase names ("the ambassador to Greece" -> {"greece"});
    empty when it names none."""
    words: set[str] = set()
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in POST_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "ORG", "LOC", "NORP"):
                    words |= {t.lower_ for t in obj.subtree if t.ent_type_ and t.is_alpha}
    return words


BODY_WINDOW = 3
"""How many sentences (the description's own included) "the company said" looks back for the body that was
a subject, before it takes the body named last anywhere: news names a company as the subject, adds a
sentence about it ("the world's biggest automaker reported ..."), then quotes it by its trade, while a
body named in passing in between (its subsidiary, a regulator) is not the one meant."""


PROXY_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "source"})
"""Titles of someone who speaks for another: not the person the text is about, whom they speak for."""


def _speaker_before(ctx: Context, head: Token) -> int | None:
    """The person a spokesperson no one was titled with is: someone who just spoke, the subject of a
    reporting verb in this sentence or the one before ("Mendelsohn said ... . '...,' the spokesman said"),
    never the subject the report was about ("Minister Yoo will visit Japan, an official said. '...,' the
    ministry spokeswoman said": not Yoo)."""
    for subj in reporting_subjects(ctx, head):
        ch = ctx.chain_of(subj) if subj is not None else None
        if ch is not None and ctx.is_person(ch):
            return ch
    return None


ROLE_AGAIN_WINDOW = 3
"""How many sentences back (the description's own included) "the NATO spokesman said" looks for the one who
spoke last: news names a speaker, reports a sentence or two of background, then quotes the same speaker by role."""


def spoke_again(ctx: Context, head: Token) -> int | None:
    """The person a definite role description written with a body's name ("the NATO spokesman", "the US
    official") is, when that person spoke last: news names a speaker ("said Derek Chappell"; "said Shattuck,
    US Assistant Secretary of State") and quotes him again by his role, and the body in the description is
    whom he speaks for, not the speaker.  The latest subject of a verb that reports in every sense, over
    :data:`ROLE_AGAIN_WINDOW` sentences, must be a person whose titles are none or share a word with the
    description ("us rights envoy" and "the US official"); any other latest reporter (an unnamed "a
    spokesman", a body, someone titled otherwise: "Foreign Minister X said ... the ministry spokesman said")
    leaves the description to the body, as before."""
    if not definite_singular(head) or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    bodies = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i
              and (ch := ctx.chain_of(c)) is not None and ctx.chains[ch].type in SPEAKER_TYPES_THING]
    if not bodies or any(c.dep_ == "prep" for c in head.children):
        return None  # no body named in it ("the spokesman": a title search), or one of its own ("... for X")
    words = {head.lower_, head.lemma_.lower()} | {t.lower_ for c in bodies for t in c.subtree}
    for subj in reporting_subjects(ctx, head, ROLE_AGAIN_WINDOW):
        if subj is None or subj.i == head.i:
            continue
        ch = person_before(ctx, subj, described_chain) if subj.lower_ in PERSON_PRONOUNS else ctx.chain_of(subj)
        if ch is None or not ctx.is_person(ch):
            return None
        titles = [set(t.lower().replace("-", " ").split()) for t in ctx.chains[ch].titles]
        return ch if not titles or any(t & words for t in titles) else None
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
        pronoun = main_subject(ctx, sent, head)
        if pronoun is not None and pronoun.lower_ in PERSON_PRONOUNS:
            found = person_before(ctx, pronoun, described_chain)
            if found in cands:
                return found
        for ch in mentions_before(ctx, sent, head.idx, main=True)[0]:
            if ch in cands:
                return ch
    return None


def _titled_before(ctx: Context, head: Token) -> int | None:
    """The person last written with this title right before the name ("from President Susilo Bambang
    Yudhoyono ... the President said"), when the chain did not keep the title."""
    for tok in ctx.latest_first("word", head.lower_, head.i):
        ch = ctx.chain_of(ctx.doc[tok.i + 1])
        if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON:
            return ch
    return None


def subject_before(ctx: Context, tok: Token, kinds: set[str], window: int = 2,
                   skip: frozenset[int] | set[int] = frozenset()) -> int | None:
    """The latest chain of one of ``kinds`` (not in ``skip``) that was the subject of a sentence in the
    ``window`` sentences ending with ``tok``'s."""
    si = ctx.sent_index(tok)
    for s in range(si, max(-1, si - window), -1):
        for ch in reversed(mentions_before(ctx, ctx.sents[s], tok.idx)[0]):
            if ch in skip:
                continue
            if ctx.is_person(ch) if kinds & SPEAKER_TYPES_PERSON else \
                    ctx.chains[ch].type in kinds and not ctx.is_person(ch):
                return ch  # (a chain typed a body that the text treats as a person, "President Thabo Mbeki", is none)
    return None


def _reporters(ctx: Context, head: Token) -> set[int]:
    """The chains before ``head`` (outside quotes) the article wrote as a paper or let report: named
    beside a paper noun ("the Tishin newspaper", "sports paper Ole", "newspaper Kenya Times"), or in the
    subject of a reporting verb ("the Financial Times said", "The Washington Post was more circumspect,
    saying"; through an apposition, not through a modifier: "another PPP official said" is no party
    speaking), or after "according to".  The article's mentions are read once (:func:`_reporting_mentions`)."""
    if ctx.reporters is None:
        ctx.reporters = _reporting_mentions(ctx)
    return {ch for i, ch in ctx.reporters if i < head.i}


def _reporting_mentions(ctx: Context) -> list[tuple[int, int]]:
    """(token, chain) of every mention outside quotes that :func:`_reporters` counts, in the article."""
    found = []
    for i, ch in ctx.token_chain.items():
        if ctx.in_quote(ctx.doc[i]):
            continue
        tok = up = ctx.doc[i]
        while up.dep_ in ("compound", "flat") and up.head.i != up.i:  # "the Nihon Keizai Shimbun business daily"
            up = up.head
        if up.lemma_.lower() in MEDIA_NOUNS or any(c.lemma_.lower() in MEDIA_NOUNS for c in tok.children):
            found.append((i, ch))
            continue
        while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i and ctx.chain_of(tok.head) == ch:
            tok = tok.head
        if tok.dep_ == "appos":
            tok = tok.head
        verb = tok.head
        if tok.dep_ == "nsubj" and (verb.lemma_.lower() in CUE_LEMMAS or any(
                c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in CUE_LEMMAS for c in verb.children)):
            found.append((i, ch))
        elif according_source(tok):
            found.append((i, ch))
    return found


def _introduced_unnamed(ctx: Context, head: Token) -> bool:
    """Whether the article brought this body in with an indefinite article before ("a 25-member select
    committee ... the committee said"): then it has no name of its own, and the organisation named nearby
    is not it."""
    lemma = head.lemma_.lower()
    return any(any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in u.children)
               for u in ctx.same_lemma_before(lemma, head.i) if u.pos_ == "NOUN" and not ctx.in_quote(u)
               and u.dep_ != "appos")  # (not "Krungthep Thurakit, a leading business daily": named there)


STATE_BODIES = STATE_NOUNS | ARMED_NOUNS | {"embassy", "authority"}
"""Bodies that speak for the state they serve ("the Greek government", "the Russian embassy", "the Estonian
defence forces", "the Chinese authorities")."""


def served_state(ctx: Context, head: Token) -> int | None:
    """The state a definite body of government serves when a word before its noun names it: "the US government",
    "the Greek government", "the Russian foreign ministry" -> the United States, Greece, Russia, as "Syria's
    foreign ministry" speaks for Syria.  A nationality word counts as the country the article names whose
    name it begins with (Greek -> Greece, Russian -> Russia: :func:`state_of_people`); none when the
    article names no such country (the nationality itself is no speaker)."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if head.lemma_.lower() not in STATE_BODIES or dets not in (["the"], []):  # ("US military said": no article)
        return None  # (not "expects a new Iraqi government to ask": one that does not exist yet speaks for nobody)
    for child in head.children:
        ch = ctx.chain_of(child) if child.dep_ in ("amod", "compound") and child.i < head.i else None
        if ch is not None and ctx.chains[ch].type == "GPE":
            return ch
        if ch is not None and ctx.chains[ch].type == "NORP":
            return state_of_people(ctx, ctx.chains[ch].name)
    return None


def state_of_people(ctx: Context, people: str) -> int | None:
    """The country chain a nationality word stands for in this article, None if it names none of them.

    A demonym of the world's countries (:mod:`storyline.nlp.demonyms`: "American", "British", "Dutch",
    "Swiss") is read by its country's code (:func:`_state_by_demonym`); any other word (a state's or region's
    people, "Texan", "Kosovar") by spelling (:func:`_state_by_stem`)."""
    codes = countries_of(people)
    if codes:
        return _state_by_demonym(ctx, people.lower(), codes)
    return _state_by_stem(ctx, people.lower())


def _state_by_demonym(ctx: Context, word: str, codes: frozenset[str]) -> int | None:
    """The country chain keyed by the demonym's one code ("the U.S." for American), else an unkeyed country
    chain whose whole name begins the word ("Bosnia" for Bosnian, "Korea" for Korean), so "Indian" is never
    Indiana.  A word that names several states ("Korean", "Congolese") is never read by elimination: an
    article naming North Korea may speak of the South by its capital ("Seoul put its troops on alert"), which
    no code keys, so only the name the article writes for the word ("Korea", or "the Dominican Republic" that
    begins with "Dominican") can say which state it is."""
    if len(codes) == 1:
        keyed = _first_country(ctx, lambda ch: any(k.startswith("gpe:") and k[4:] in codes for k in ch.keys))
        if keyed is not None:
            return keyed
    else:
        written = _first_country(ctx, lambda ch: ch.name.lower().startswith(word + " "))
        if written is not None:
            return written
    return _first_country(ctx, lambda ch: len(ch.name) >= 4 and not any(k.startswith("gpe:") for k in ch.keys)
                          and word.startswith(ch.name.lower()))


def _first_country(ctx: Context, fits: Callable[[Chain], bool]) -> int | None:
    """The first country chain (type GPE) of the article that ``fits``, None if there is none."""
    return next((i for i, ch in enumerate(ctx.chains) if ch.type == "GPE" and fits(ch)), None)


def _state_by_stem(ctx: Context, word: str) -> int | None:
    """The country chain whose name shares its stem with the word: a common beginning of four letters or more
    that leaves at most the name's last two ("Texan" for Texas); the match that leaves the fewest of the
    name's letters, then the longest."""
    best, best_key = None, (len(word) + 1, 0)
    for i, ch in enumerate(ctx.chains):
        if ch.type != "GPE":
            continue
        name = ch.name.lower()
        n = len(os.path.commonprefix([name, word]))
        key = (len(name) - n, -n)
        if n >= 4 and n >= len(name) - 2 and key < best_key:
            best, best_key = i, key
    return best


BODY_HEADS = ORG_NOUNS | STATE_NOUNS | {"office", "bureau", "service", "authority", "fund", "programme", "program"}
"""Nouns that head the name of a kind of body ("National Audit Office", "Federal Reserve Bank")."""


def _other_body(name: str, lemma: str) -> bool:
    """Whether a name is headed by a noun for another kind of body than ``lemma``: "the ministry" is no
    "National Audit Office", though it may be a state or an organisation with no such noun."""
    words = name.lower().split()
    return bool(words) and words[-1] in BODY_HEADS and words[-1] != lemma


def _named_before_noun(ctx: Context, lemma: str, kinds: set[str]) -> set[int]:
    """Organisation chains written right before the body noun, outside their name ("the International Crisis
    group", "the Qantas airline"): the tagger left the noun out of the name, but a later "the group" or "the
    airline" is that body all the same."""
    return {ch for noun in ctx.same_lemma_before(lemma, len(ctx.doc))
            if (ch := ctx.token_chain.get(noun.i - 1)) is not None and ctx.chain_of(noun) is None
            and ctx.chains[ch].type in kinds | {"ORG"}}


def _nearest(ctx: Context, cands: set[int], limit: int, strict: bool = False) -> int | None:
    """Of several chains, the one mentioned last before ``limit`` (else the first, unless ``strict``)."""
    best, best_pos = (None if strict else min(cands)), -1
    for ch in cands:
        toks = ctx.chain_tokens(ch)
        last = next((t for t in (ctx.doc[i] for i in reversed(toks[:bisect.bisect_left(
            toks, limit, key=lambda i: ctx.doc[i].idx)])) if not ctx.in_quote(t)), None)
        if last is not None and best_pos < last.idx:
            best, best_pos = ch, last.idx
    return best


def named_as_before(ctx: Context, key: str, at: int) -> int | None:
    """What the same definite description named when it last spoke before ``at``: news repeats "the
    ministry said" for one body, so a later "the ministry" is the earlier one's chain, not whichever
    organisation the sentences between happen to name ("the German Economy Ministry ... 'the ministry
    said' ... the EU's 27th members ... 'the ministry said'": still Germany's)."""
    said = ctx.described.get(key, [])  # sorted by place
    i = bisect.bisect_left(said, (at,))
    return said[i - 1][1] if i else None


EPITHET_WINDOW = 3
"""How many sentences (outside quotes) back a speaking description ("the Spanish legend said") looks for
its person: further back, a description more likely brings in someone new."""


NOT_PERSON_NOUNS = ORG_NOUNS | STATE_NOUNS | DOCUMENT_NOUNS | SPEECH_NOUNS | SPOKES_NOUNS | EVIDENCE_NOUNS
"""Heads of a speaker phrase that mean an organisation, a document or someone unnamed, never a person named
before: "the source said" after a named minister is not the minister."""


SAYING_PREPS = frozenset({"at", "during", "after", "before", "on"})
"""Prepositions the parser hangs on an adjective used as a noun that belong to the saying ("said the
67-year-old at the company's headquarters", "said the 29-year-old on the eve of the Open"): where or when it
was said.  A noun keeps its own ("the head
of X", "the witness at the trial"): that phrase may bring someone new in."""


def epithet(ctx: Context, head: Token) -> int | None:
    """A definite description for a person that matches no title ("said the head coach", "said the Spanish
    legend", "added the Swede", "the 35-year-old handler") is a person named before: news names someone,
    then refers to him or her by a description instead of repeating the name.  It is read like a he/she
    (:func:`.pronouns.person_before`'s order: subjects of the nearest sentences first, gender agreeing with a
    gendered noun), over the last :data:`EPITHET_WINDOW` sentences outside quotes.  Not a description
    that brings in someone new with a phrase of its own ("the head of X", "the man who ..."), one that
    repeats an unnamed introduction ("a coach ... the coach"), or a noun for an organisation, a document
    or an unnamed source (:data:`NOT_PERSON_NOUNS`)."""
    lemma = head.lemma_.lower()
    if not definite_singular(head) or lemma in NOT_PERSON_NOUNS | KIN_NOUNS \
            or head.dep_ not in SUBJECT_DEPS | {"dobj", "attr"}:
        return None
    own_phrase = [c for c in head.children if c.dep_ in ("relcl", "acl", "appos")
                  or c.dep_ == "prep" and (head.tag_ != "JJ" or c.lower_ not in SAYING_PREPS)]
    if own_phrase or not _names_a_person(ctx, head):
        return None
    if any(introduces(u) and not _before_name(ctx, u) and not _post_of_named(ctx, u)
           for u in ctx.same_lemma_before(lemma, head.i)):
        return None  # (not "the team's head coach Li Yongbo": a title, nobody unnamed)
    other = {"f": "m", "m": "f"}.get(gender_of_word(lemma) or "")
    si, seen = ctx.sent_index(head), 0
    bound = bound_by(ctx, head)
    for s in range(si, -1, -1):
        sent = ctx.sents[s]
        if all(ctx.in_quote(t) or t.is_punct or t.is_space for t in sent):
            continue  # a quote's own sentences name nobody who speaks
        if seen > EPITHET_WINDOW or unnamed_subject(ctx, sent, head, other or "", described_chain):
            return None
        seen += 1
        pronoun = main_subject(ctx, sent, head)
        if s < si and pronoun is not None and pronoun.lower_ in PERSON_PRONOUNS \
                and (other is None or (pronoun.lower_ in ("she", "her")) != (other == "f")):  # 'the duchess' is no 'he'
            return person_before(ctx, pronoun, described_chain)  # "He said ... . The UN chief voiced": the same person
        subjects, others = mentions_before(ctx, sent, head.idx, described_chain, skip=bound if s == si else frozenset(),
                                            main=True)
        for ch in subjects + others:
            if ctx.is_person(ch) and (other is None or ctx.gender.get(ch) != other):
                return ch
    return None


def _post_of_named(ctx: Context, noun: Token) -> bool:
    """Whether a possessed title is the post of a named place or body ("Spain's prime minister", "Apple's chief
    executive"): one holder the article names, not someone new like "his aide" or "the company's spokesman"
    (:data:`PROXY_NOUNS`: a body has many)."""
    if not is_role(noun) or noun.lemma_.lower() in PROXY_NOUNS:
        return False
    owners = [ctx.chain_of(c) for c in noun.children if c.dep_ == "poss"]
    return any(ch is not None and ctx.chains[ch].type in ("GPE", "ORG", "NORP") for ch in owners)


def _before_name(ctx: Context, noun: Token) -> bool:
    """Whether a noun is a title written right before a name ("head coach Li Yongbo")."""
    return noun.i + 1 < len(ctx.doc) and ctx.chain_of(ctx.doc[noun.i + 1]) is not None


def _names_a_person(ctx: Context, head: Token) -> bool:
    """Whether a description's head noun is a word for a person: a nationality ("the Swede"), a role or
    person noun, a noun given an age ("the 35-year-old handler") or a nationality ("the Spanish legend"),
    or a noun the article wrote right before a person's name ("head coach Li Yongbo" ... "the head coach")."""
    lemma = head.lemma_.lower()
    if lemma in OCCUPATION_NOUNS and not head.is_lower:
        return False  # part of a name ("The Star reported"), not an occupation
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
