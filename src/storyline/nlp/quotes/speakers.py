"""Who said a quote: cue verbs and the dependency parse, then referents.

For each quote, in order:

1. A partial quote (a phrase in running text) belongs to the clause that
   governs it: walk up the parse from the quote; the nearest reporting verb's
   subject is the speaker ("the mayor described the plan as 'reckless'", "X
   said the talks ... and the union 'will be ready'", "Iran accused Washington
   of making 'unlawful demands'"); without one, the subject of
   the nearest verb that has one, for phrases of three words or more (a
   one- or two-word scare quote under a plain verb is the writer's; a quoted
   clause-verb is no term and has no such floor).  A
   coordinated clause with its own subject stops the climb.  Before the
   climb: a quoted verb is its subject's words ('X "strongly condemned"')
   unless its clause is an outer verb's complement ('Critics fear Reid "has
   lost ..."': the climb decides, and with no named outer subject the quote
   is nobody's, a scare quote), a
   quote right after a noun of speech is its owner's ("Al-Qaeda threats to
   '...'"), a quote set after an object with 'as' is what the subject calls
   it ("Howard dismissed the report as 'rubbish'"), and a quoted label under
   a noun is its owner's or a reporting verb's, never a plain verb's subject
   ('the administration's "stay the course" approach').  On the climb, a noun
   of speech its owner names or a verb of giving hands over speaks for the
   words under it ("Bollard issued a severe warning of ... 'significant
   excesses'").
2. Otherwise the nearest cue outside any quote in the quote's own sentences:
   a cue right after the closing mark (", he said", ", said X, a ...",
   ", the letter read"), else one before the opening mark ("X wrote, '...'"),
   "according to X", or a cue ending the sentence before a colon (or before
   a dash, for a whole quote after a reporting clause).  After a comma, a
   clause that hands over a noun of speech ('left this farewell, "..."') is
   its subject's.  A cue
   right after the closing mark reports that quote, so the name after it
   speaks however the parser attached it ('," said on Tuesday Mike Cox').
3. A verb with no subject of its own ("..., saying that ...", "adding")
   takes the subject of the verb it hangs from; "X quoted Y as saying" -> Y.
   A whole quote that none of these gives a speaker, credited by a name with
   no verb, a caption label before it or a name and title after it, is that
   person's ('Peter Lynch/Timmons' Attorney: "..."', '"...," Augusto Reyes,
   Director of ...': :mod:`.credits`).
4. A quote with no cue that follows a quote in the same or the previous
   paragraph continues it: same speaker.
5. Otherwise a quote opening a sentence right after one that reports
   someone's words ("Boje told the paper he felt ... . '...'") is theirs;
6. else, in the same paragraph, the main subject's of the sentence before,
   when that is a person or an organisation ("Le Monde went further. '...'");
7. else, for a quote opening its paragraph, the main subject's of the
   paragraph before when the article has quoted that person already ("Shen
   repeated Beijing's position that ... . '...'").

Before all of these, a whole quote followed by a dash and a name
('"..." ― Mark Twain', the layout of quotation lists) is that name's, and so
is a paragraph that is one whole quote followed by a paragraph that is only a
person's name, maybe with a title after a comma (a pull quote's credit line:
'"..."' then 'Michael Shadlen, Ph.D.').

Example::

    >>> CONFIDENCE["name"] > CONFIDENCE["continuation"]
    True
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from storyline.nlp.names import is_role, swallowed_subject
from storyline.nlp.quotes.context import Context, Resolved, according_to, quote_roots
from storyline.nlp.quotes.credits import credited, name_end, name_then_title
from storyline.nlp.quotes.labels import is_label, is_title
from storyline.nlp.quotes.lexicon import (
    ADDRESSEE_CUES,
    CASTABLE_NOUNS,
    CLAIM_NOUNS,
    CLAUSE_CUES,
    CUE_LEMMAS,
    DOCUMENT_NOUNS,
    GIVING_VERBS,
    GOING_ON,
    INTRO_NOUNS,
    JUDGING_VERBS,
    OBJECT_PRONOUNS,
    PARTICLE_CUES,
    PERSON_NOUNS,
    SPEAKER_TYPES_PERSON,
    SPEAKER_TYPES_THING,
    SPEECH_NOUNS,
    STRONG_CUES,
    SUBJECT_DEPS,
    TIME_WORDS,
    VOICING_VERBS,
    WEAK_CUES,
)
from storyline.nlp.quotes.mentions import EMBEDDING_DEPS
from storyline.nlp.quotes.referents import resolve
from storyline.nlp.quotes.spans import Span

MIN_GOVERNED_WORDS = 3
"""A partial quote this short is given to a plain (non-reporting) verb's subject only when longer."""

NEAR_CUE_TOKENS = 6
"""A cue this close after a closing mark beats one before the opening mark."""

_SETTING_OFF = frozenset({",", ":", ";", "—", "–", "--", "(", ")"})
"""Marks that set a phrase off from its clause (see :func:`_phrase_set_off`)."""

CONFIDENCE = {"name": 0.9, "office": 0.75, "pronoun": 0.75, "document": 0.7, "description": 0.7,
              "governor": 0.55, "continuation": 0.6, "reported": 0.5, "unresolved": 0.0}
"""How sure an attribution is, by how the speaker was found (0 when the article does not say)."""


@dataclass
class Attribution:
    """A quote's speaker: chain index (or None), the phrase as written, the cue, confidence, how found."""

    chain: int | None
    text: str | None
    cue: str | None
    confidence: float
    how: str
    cue_at: int | None = None  # char offset of the cue word
    cue_end: int | None = None  # char offset just after it
    body: int | None = None  # chain of the body an unnamed worker speaks for ("Pentagon officials"), .bodies


def _is_cue(tok: Token, adjacent: bool) -> bool:
    """A reporting verb; a weak one (:data:`WEAK_CUES`) only next to the quote, with the particle that
    leaves it only its reporting sense (:data:`PARTICLE_CUES`: "pointed out"), or with a that-clause,
    the complement of saying ("Blair indicated that Britain would ...", not "indicated the exit")."""
    lemma = tok.lemma_.lower()
    if lemma == GOING_ON:
        return _goes_on(tok)
    if lemma not in CUE_LEMMAS or tok.pos_ not in ("VERB", "AUX"):
        return False
    sense = reporting_sense(tok)
    if sense is not None:
        return sense or adjacent and particle_of(tok) is None
    if lemma in CLAUSE_CUES:
        return _that_clause(tok)
    return adjacent or lemma not in WEAK_CUES or _that_clause(tok)


def _goes_on(verb: Token) -> bool:
    """'X went on, "..."' / 'went on: "..."': 'go' with its particle 'on' right after it, then a comma or colon."""
    doc = verb.doc
    return verb.pos_ == "VERB" and verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "on" \
        and doc[verb.i + 1].dep_ == "prt" and doc[verb.i + 2].text in (",", ":")


def _that_clause(verb: Token) -> bool:
    """Whether the verb takes a finite clause opened by 'that' ("indicated that Britain would ...")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


def particle_of(tok: Token) -> str | None:
    """The verb's particle ("out" in "pointed out"), if the parse gave it one."""
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)


def reporting_sense(tok: Token) -> bool | None:
    """What a particle says about a weak cue: a particle verb is a verb of its own ("point out", "call off"),
    so a weak cue with its reporting particle (:data:`PARTICLE_CUES`) reports (True), one with another
    particle or without the particle its reporting sense needs does not (False); None when the particle
    says nothing (no particle, or a cue that reports in every sense)."""
    lemma = tok.lemma_.lower()
    if lemma not in WEAK_CUES:
        return None
    particle = particle_of(tok)
    if particle is None:
        return False if lemma in PARTICLE_CUES else None
    return PARTICLE_CUES.get(lemma) == particle


def _cue_text(tok: Token) -> str:
    parts = [tok.text.lower()] + [c.text.lower() for c in tok.children if c.dep_ == "prt"]
    return " ".join(parts)


def _subject(tok: Token, first: Token | None = None) -> Token | None:
    """The speaker phrase head of a cue verb (see steps 3 of the module docstring).  ``first`` is the head of
    the coordination ``tok`` is in, when known: climbing a long chain of acts reads it once, not at each level."""
    # "Xinhua quoted Li as saying", "it cited police chief Stewart Gull as saying": the object speaks, not
    # the paper that quotes or cites him
    quote = tok.lemma_.lower() == "quote" or any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in CUE_LEMMAS
                                                      for g in c.children) for c in tok.children)
    if quote:
        for child in tok.children:
            if child.dep_ == "dobj":
                return child
    for relay in tok.rights:  # "the Los Angeles Times reported ..., quoting a source": the source speaks
        if relay.dep_ in ("advcl", "xcomp", "conj") and relay.tag_ == "VBG" and relay.lemma_.lower() == "quote" \
                and not any(c.lower_ == "as" for c in relay.children):  # ("quoting them as saying": what follows)
            source = next((c for c in relay.children if c.dep_ == "dobj"), None)
            if source is not None:
                return source
    # "X was quoted as saying", and any passive verb "as saying" completes ("X was cited in the paper as saying")
    for child in tok.children:
        if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and quote):  # "X was quoted as saying"
            if child.pos_ != "SCONJ":
                return child
        if child.dep_ == "agent":  # "was described by X as ..."
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):  # (a passive the parser left without its
        # subject, 'Countries still using X were urged "..."', is no climb to the clause above: they are urged)
        # the subject of a passive cue ("was told", "was agreed") is not the speaker; a 'by' phrase the
        # parser hung lower is ('was described as "sufficient" by spokesman Adam Ereli')
        by = next((t for t in tok.subtree if t.i > tok.i and t.lower_ == "by" and t.dep_ in ("prep", "agent")), None)
        return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    for child in tok.lefts:  # a name the parser left beside its verb ("Wu Xiao'ai from the school told")
        if child.dep_ in ("npadvmod", "dep") and child.pos_ == "PROPN" and not is_time(child):
            return child
    if tok.dep_ == "conj":
        first = first if first is not None else _coordination_head(tok)
    reporter = reporter_of_conjoined(tok, first)
    if reporter is not None:  # before the objects: "said the agency wasted millions and accused Johnson of
        return _subject(reporter)  # ...": the one accused is who the words are about, the reporter says them
    for child in tok.rights:  # inverted order the parser left without a subject: '," said Laura Chen'
        if (child.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos", "oprd")
                and (child.pos_ in ("PROPN", "PRON") or _inverted_description(tok, child))
                and not is_time(child) and child.lower_ not in OBJECT_PRONOUNS  # 'describing him as': not him
                and not (child.dep_ == "dobj" and tok.lemma_.lower() in ADDRESSEE_CUES)  # 'told Xinhua'
                and not (child.dep_ == "dobj" and _described_object(tok, child))):
            return child
    if tok.dep_ == "conj" and (swallowed := swallowed_subject(tok)):
        return swallowed[0]  # "X welcomed it and in a reaction to the news Commissioner Y said": Y, not X
    head = tok.head
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):  # "the demonstrators, chanting ..."
        return None if _describes_its_noun(tok) else head
    if tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "relcl") and head is not tok:
        if head.lemma_.lower() == "quote":
            return _subject(head)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.i < head.i \
                and head.head.lemma_.lower() in CUE_LEMMAS and not _reports_itself(head):
            # "Tang noted that relations have grown, adding that ...": the parser hangs the participle on the
            # reported clause, but the one who reports goes on to add or say.  Not in the inverted order
            # ("Prodi made a visit, telling them ..., witnesses said"): there the clause is all reported.
            return _subject(head.head)
        if head.pos_ in ("VERB", "AUX") or tok.dep_ == "pcomp":
            return _subject(head if tok.dep_ != "pcomp" else head.head, first if tok.dep_ == "conj" else None)
    return None


def _coordination_head(verb: Token) -> Token:
    """The first verb of the coordination a verb is in ("said A did this and did that": 'did' this)."""
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:  # tokens are views: compare indexes
        first = first.head
    return first


def reporter_of_conjoined(verb: Token, first: Token | None = None) -> Token | None:
    """The reporting verb a subjectless verb goes on from, when the parser coordinated it with the clause that
    verb reports ("Rosales claimed Chavez planned to ... and called him 'a puppet'": 'called' hung on
    'planned'): in "X said (that) A did this and did that" the second verb of saying (:func:`_next_act`) is the
    reporter's next act, as a participle there is (see :func:`_subject`), not the reported subject's.  Only
    when the reporter comes first (after "..., the statement said" all before it is reported), in the same form
    ("said ... and added", "maintains ... and insists"), and the reported clause does not report in turn
    ("Rubin said Muoi told him ... and asked": Muoi asked).  ``first``: the coordination's head, if known.

    A reported person may go on to speak too ("Police said the suspect fled and told officers ..."), but the
    parse does not tell that from the reporter going on ("Prosecutors said Garcia sold the drugs and added
    that ..."), and on the dev newswire and ECB+ dev topics the reporter is the one who goes on (an exception for
    persons fixed none there and broke one: stop 34's reviews r34c and r34g)."""
    if verb.dep_ != "conj" or not _next_act(verb):
        return None
    first = first if first is not None else _coordination_head(verb)
    reporter = first.head
    if first.dep_ != "ccomp" or reporter.i > first.i or reporter.lemma_.lower() not in CUE_LEMMAS \
            or verb.tag_ != reporter.tag_ or _reports_itself(first) \
            or not any(c.dep_ in SUBJECT_DEPS for c in first.children) \
            or not (any(c.dep_ in SUBJECT_DEPS for c in reporter.children) or _participle_act(reporter)) \
            or _shares_auxiliary(verb, first):
        return None
    return reporter


def _shares_auxiliary(verb: Token, first: Token) -> bool:
    """Whether a conjoined verb utters words in the form the reported clause's auxiliary gives its first verb
    ("saying the protesters were marching and chanting '...'": 'chanting' is 'were chanting'), so it goes on
    from the reported subject (review r35b): the form it shares with a participle reporter is no evidence
    then.  So is a verb that labels its object ("saying the crowd was growing angry and calling the minister
    '...'"), and so is a statement's own next act ("... and adding that '...'"): the parse tells none of them
    from the reported subject's act, so they read as before the participle rule (review r35f, which took out
    an exception for labelling verbs).  The rule holds where the first verb's form differs ("had been '...'
    and describing")."""
    return verb.tag_ == first.tag_ and any(c.dep_ in ("aux", "auxpass") for c in first.children)


def _participle_act(verb: Token) -> bool:
    """A participle that reports for the clause it hangs on ("She released a statement, saying that her time
    there had been '...' and describing the people as '...'"): it has no subject of its own, its reporter is
    the one who acts above it (:func:`_subject` climbs there), as the subject of a finite reporting verb is."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and verb.head.i != verb.i


def _next_act(verb: Token) -> bool:
    """Whether a coordinated verb can be a reporter's next act: a verb of saying (a weak one with its
    that-clause, or naming its object: "called him 'a puppet'"; not "agreed on 37 points"; not "took the gun and
    fired") with no subject or auxiliary of its own ("said riot police had taken control and were urging": the
    auxiliary, its number, is the reported subject's), that does not tell its object something ("Aref said a US
    official came to his office and told him ...": the one told is the reporter, the teller the official)."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not _is_cue(verb, adjacent=False) and not any(c.dep_ == "dobj" and _described_object(verb, c)
                                                     for c in verb.children):
        return False
    return not (verb.lemma_.lower() in ADDRESSEE_CUES and any(c.dep_ in ("dobj", "dative")
                                                               and c.lower_ in OBJECT_PRONOUNS for c in verb.children))


def _reports_itself(verb: Token) -> bool:
    """A reported clause whose verb reports in turn, with its own subject ("the statement said that Yeo had
    written to Downer, stressing ..."): a participle hung on it goes on with that reporter, not the outer one."""
    return verb.lemma_.lower() in STRONG_CUES and verb.tag_ in ("VBD", "VBN") \
        and any(c.dep_ == "nsubj" for c in verb.children)  # (a report made, not "they would ask")


def _described_object(verb: Token, obj: Token) -> bool:
    """Whether a verb's object is given a predicate ("describing Tueni as Lebanon's 'symbol of freedom'",
    "called Smith a 'traitor'"): the object is the one described, the quote what is said of him, so he is
    no speaker; the describer is the verb's subject (or the clause's above a participle)."""
    return any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *obj.children))


def _inverted_description(cue: Token, noun: Token) -> bool:
    """A definite description for a person right after a cue set off by a comma ("..., underlined the
    Romanian diplomat, adding that"): English inverts only a reporting clause so, and then the noun the
    parser took for the object is who speaks ("underlined the importance" is no person: left alone).
    Not after a closing quote mark: there the quote's own speaker search already reads the phrase."""
    doc = cue.doc
    inverted = cue.i > 0 and doc[cue.i - 1].text == ","  # (after a quote mark the parse rarely errs so)
    person = is_role(noun) or noun.lemma_.lower() in PERSON_NOUNS
    described = any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)  # 'describing the star as': described
    return inverted and person and not described and noun.tag_ == "NN" and noun.left_edge.i == cue.i + 1 \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


NEW_PERSON_DETS = frozenset({"a", "an", "one", "another"})
"""Words that bring in a person the article has not named ("said one young man")."""


def _description_after(ctx: Context, cue: Token) -> Token | None:
    """A person described right after a cue that follows a quote ('"...," said one young man, a helmet
    covering his hair, "is that ..."'): in that inverted order the phrase is the cue's subject, even when
    the parser hung it under the quote's next piece.  Only a noun phrase that starts right after the cue
    and is headed by a noun for a person, brought in unnamed ('a', 'one', 'another': a definite 'the captain'
    is someone named before, which the quote's own speaker search reads; a name is :func:`_adjacent_name`'s)."""
    if not follows_quote(ctx, cue) or cue.i + 1 >= len(ctx.doc) or ctx.doc[cue.i + 1].lower_ not in NEW_PERSON_DETS:
        return None
    for tok in ctx.doc[cue.i + 1:cue.i + 6]:
        if ctx.in_quote(tok) or tok.is_punct or tok.is_sent_start:
            return None
        if tok.tag_ == "NN" and tok.left_edge.i == cue.i + 1 and (is_role(tok) or tok.lemma_.lower() in PERSON_NOUNS):
            return tok
    return None


def _phrase_between(ctx: Context, cue: Token) -> Token | None:
    """The noun phrase between a closing quote mark and its cue ('"...," a source with knowledge of the 76ers'
    thinking said'): in that order the phrase is the cue's subject, even when the parser hung it inside the
    quote's clause.  Its head is the one word of the phrase whose head lies outside it; only a noun phrase
    (no verb, no comma) of a few words."""
    doc, i = ctx.doc, cue.i - 1
    while i >= 0 and not ctx.in_quote(doc[i]) and cue.i - i <= 10:
        i -= 1
    if i < 0 or not doc[i].is_quote or not ctx.in_quote(doc[i]) or i + 1 >= cue.i:
        return None
    phrase = doc[i + 1:cue.i]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.is_sent_start for t in phrase):
        return None
    heads = [t for t in phrase if not i < t.head.i < cue.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN", "PRON") or is_time(heads[0]):
        return None
    return heads[0]


def is_time(tok: Token) -> bool:
    """A date or time word ('Monday', 'this morning'): it dates a report, it never speaks."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in TIME_WORDS


def follows_quote(ctx: Context, cue: Token) -> bool:
    """Whether the cue comes right after a closing quote mark ('"...," said X'): in that inverted order the
    quote is what the cue reports, so nothing after the cue is its complement, whatever the parse says."""
    i = cue.i - 1
    while i >= 0 and (ctx.doc[i].is_space or (ctx.doc[i].is_punct and not ctx.doc[i].is_quote)):
        i -= 1
    return i >= 0 and ctx.doc[i].is_quote and ctx.in_quote(ctx.doc[i])


def _named_head(ctx: Context, tok: Token) -> Token:
    """The person a name modifies, if any: in "Druze Telecommunications Minister Marwan Hamadeh" the
    organisation is part of the title of the person who speaks."""
    head = tok
    while head.dep_ in ("compound", "flat", "nmod") and head.head.i != head.i:
        head = head.head
    ch = ctx.chain_of(head)
    return head if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON else tok


def _adjacent_name(ctx: Context, cue: Token) -> Token | None:
    """When the parse gave the cue no subject: a name right before it ('," A.J. Smith said') or after it,
    but never what the cue reports (its complement), a place or medium it was said in ('on Fox News'),
    a date, or anyone when the cue is passive ('it was announced that Starbucks ...').  Right after a
    quote ('"...," said on Tuesday Mike Cox') the cue reports the quote, so a person after it is the
    speaker even when the parser hung the name under a clause of its own or a preposition."""
    if any(c.dep_ in ("nsubjpass", "expl", "auxpass") for c in cue.children):
        return None
    doc = ctx.doc
    inverted = follows_quote(ctx, cue)
    reported = set() if inverted else {t.i for c in cue.children if c.dep_ in ("ccomp", "xcomp", "prep", "agent")
                                       for t in c.subtree}
    for side in (range(cue.i - 1, max(-1, cue.i - 7), -1), range(cue.i + 1, min(len(doc), cue.i + 4))):
        person: Token | None = None
        for i in side:
            if ctx.in_quote(doc[i]) or doc[i].is_quote or doc[i].is_sent_start and not inverted:
                break
            if i < cue.i and (doc[i].pos_ in ("VERB", "AUX") or doc[i].dep_ == "cc"):
                break  # 'five Israelis were killed and called on ...': another clause's subject, not this cue's
            tok = doc[i]
            ch = ctx.chain_of(tok)
            if (i > cue.i and i in reported) or is_time(tok) or ch is None or _modifier_half(tok):
                continue
            if tok.dep_ != "pobj" and tok.head.dep_ != "pobj":
                return _named_head(ctx, tok)
            if inverted and i > cue.i and person is None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON:
                person = tok
        if person is not None:
            return person
    return None


def _modifier_half(tok: Token) -> bool:
    """The first half of a hyphenated modifier ("one Hanoi- based businessman" as a line break left it):
    the name describes the speaker, it is not the speaker."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.text.endswith("-") and nxt is not None and nxt.is_lower


def _name_before(ctx: Context, cue: Token) -> Token | None:
    """The person named right before a cue that has no subject of its own, commas aside: the parser
    sometimes hangs that name elsewhere, but nothing else can say what the cue reports."""
    i = cue.i - 1
    while i >= 0 and ctx.doc[i].text in (",", "--", "—"):
        i -= 1
    if i < 0 or i == cue.i - 1 and ctx.doc[i].is_punct:
        return None
    tok = ctx.doc[i]
    if (ch := ctx.chain_of(tok)) is None or ctx.chains[ch].type not in SPEAKER_TYPES_PERSON:
        tok = _set_off_before(ctx, tok) or tok  # '"...," Nguyen Minh, head of the delegation, told Xinhua'
    ch = ctx.chain_of(tok)
    if ch is None or ctx.chains[ch].type not in SPEAKER_TYPES_PERSON or tok.dep_ in ("pobj", "poss"):
        return None
    verb = tok.head
    if tok.dep_ in ("dobj", "dative") and verb.pos_ == "VERB" and verb.i < tok.i and verb.i != cue.i \
            and not ctx.in_quote(verb) and tok.i < cue.i - 1:
        return None  # the object of a verb before it, set off from the cue by a comma ("decision to execute
        # Saddam Hussein, calling it a '...'"): whom the clause's subject speaks of, not who goes on to speak
    return tok


NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "PART", "PUNCT"})
"""Parts of speech of a description in apposition ("head of the country's 23rd delegation")."""


def _set_off_before(ctx: Context, last: Token) -> Token | None:
    """The name before a description set off by commas that ends at ``last`` ("Nguyen Minh, head of the
    country's delegation,"): the description is in apposition to that name, which is the cue's subject.
    Only a noun phrase ending in a noun, starting in lower case or with a title word (no verb, conjunction,
    pronoun, quote mark or sentence start inside it: "Howard refused ..., but explained" has none)."""
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    i = last.i
    while i > 0 and ctx.doc[i].text != ",":
        tok = ctx.doc[i]
        if tok.is_quote or tok.pos_ not in NOUN_PHRASE_POS or tok.is_sent_start or last.i - i > 12:
            return None
        i -= 1
    first = ctx.doc[i + 1] if i > 0 else None
    if first is None or first.i > last.i or not (first.is_lower or is_role(first)) or i == 0:
        return None
    return ctx.doc[i - 1]


def _describes_its_noun(cue: Token) -> bool:
    """A past participle with 'as' hung on a noun ('a climber, described as "lacking experience", dies'): the
    noun is what is described, not who speaks, and whoever described it is not named there."""
    return cue.dep_ == "acl" and cue.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "as"
                                                              for c in cue.children)


def attribute_cue(ctx: Context, cue: Token) -> Attribution | None:
    if _describes_its_noun(cue) and not any(c.dep_ == "agent" for c in cue.children):
        return None
    subj = None
    if cue.tag_ == "VBG" and cue.i and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        left = ctx.doc[cue.i - 1]  # "with spokesman Ian Ross confirming: ..."
        ch = ctx.chain_of(left)
        if ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON:
            subj = left
    if subj is None and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        subj = _name_before(ctx, cue)  # '"strategic", Dutch Economy Minister Laurens Jan Brinkhorst, told'
    subj = subj or _subject(cue)
    inverted = [c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i and not ctx.in_quote(c)]
    if subj is not None and subj.i < cue.i and inverted and (ctx.in_quote(subj) or subj.dep_ == "nsubj"):
        # the parser gave the cue the reported clause's subject as well ('"..., the achievement of the goals,"
        # said a joint statement', "This, says the researcher, will allow"): a subject after its verb is
        # the inverted reporting clause's own, and words inside a quote never speak
        subj = inverted[0]
    if subj is not None and subj.dep_ == "nsubj" and ctx.chain_of(subj) is None:  # "X's director, Paul Muhumuza
        # said": two subjects; not "the agency quoted him as saying", where the object speaks
        named = [c for c in cue.children if c.dep_ == "nsubj" and c.i != subj.i and ctx.chain_of(c) is not None]
        subj = named[0] if named else subj
    if subj is None or ctx.in_quote(subj):
        subj = _adjacent_name(ctx, cue) or _description_after(ctx, cue) or _phrase_between(ctx, cue)
    if subj is None:
        return None
    res = resolve(ctx, subj)
    cue_text = _cue_text(cue)
    if res.how == "document":
        cue_text = f"{res.text.lower()} {cue_text}"
    att = make_attribution(res, cue_text)
    att.cue_at, att.cue_end = cue.idx, cue.idx + len(cue.text)
    return att


def make_attribution(res: Resolved, cue: str | None, how: str | None = None) -> Attribution:
    how = how or res.how
    conf = CONFIDENCE[how] if res.chain is not None else 0.0
    return Attribution(res.chain, res.text, cue, conf, how, body=res.body)


def _according(ctx: Context, tokens: list[Token]) -> Attribution | None:
    """The source a phrase among ``tokens`` names for a quote with no verb of saying: "according to X"
    (:func:`_according_to`) or "in X's words" (:func:`_in_words_of`), the first found."""
    for tok in tokens:
        att = _according_to(ctx, tok) or _in_words_of(ctx, tok)
        if att is not None:
            return att
    return None


def _according_to(ctx: Context, tok: Token) -> Attribution | None:
    """"According to X" at ``tok``: X is the source, the two words the cue."""
    found = according_to(tok)
    if found is None:
        return None
    to, obj = found
    att = make_attribution(resolve(ctx, obj), "according to")
    att.cue_at, att.cue_end = tok.idx, to.idx + len(to.text)
    return att


def _in_words_of(ctx: Context, tok: Token) -> Attribution | None:
    """"In Dr. Shadlen's words, '...'", "in the words of Senator Smith, '...'", "in her own words: '...'" at
    ``tok`` ('words'): the owner of the words speaks, its possessor or its 'of' phrase; the cue is the phrase
    as written, from 'in' to 'words' (or its 'of').  Only a phrase set off from its clause
    (:func:`_phrase_set_off`) frames a quote, and not when the verb it hangs on, outside the quote, takes the
    quote as its object: "critics saw in the minister's words '...'" reads the words, it does not quote them
    (review r35f).  Nobody's in "in other words", nor an owner inside the quote."""
    if tok.lower_ != "words" or tok.dep_ != "pobj" or tok.head.lower_ != "in" or not _phrase_set_off(tok.head):
        return None
    verb = tok.head.head
    if not ctx.in_quote(verb) and any(c.dep_ == "dobj" and ctx.in_quote(c) for c in verb.children):
        return None  # 'In X's words, critics saw "..."': the writer's verb takes the quoted words as its object
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    end = tok
    if owner is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return None
        owner, end = next((c for c in of.children if c.dep_ == "pobj"), None), of
    if owner is None or ctx.in_quote(owner):
        return None  # 'In words of, "nothing at all."': the quote's own words own nothing
    start = tok.head.idx  # 'in' as the cue begins it, whatever its case at a sentence start
    att = make_attribution(resolve(ctx, owner), "in" + ctx.text[start + 2:end.idx + len(end.text)])
    att.cue_at, att.cue_end = start, end.idx + len(end.text)
    return att


def _phrase_set_off(prep: Token) -> bool:
    """Whether a prepositional phrase stands apart from its clause, as a source named in passing does: it opens
    the sentence, or a mark sets it off before it (a comma, colon, dash or a closing quote mark: '"...," in her
    own words') or after it ("In the words of X, '...'", "The plan, in X's words, is '...'")."""
    doc = prep.doc
    before = doc[prep.i - 1] if prep.i > prep.sent.start else None
    after = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(doc) else None
    return before is None or before.text in _SETTING_OFF or before.is_quote \
        or (after is not None and after.text in _SETTING_OFF)


def _governor(ctx: Context, span: Span) -> Attribution | None:
    """Step 1: the reporting verb (else the nearest verb with a subject) above a partial quote."""
    roots = quote_roots(span, ctx.quote_tokens(span))
    if not roots:
        return None
    fallback: Token | None = None
    passive = False  # a passive verb passed: the words are its unnamed agent's, no plain verb's subject's
    said = (_quoted_predicate(ctx, roots[0], span) or _speech_noun_before(ctx, span)
            or _called_as(ctx, roots[0], span))
    if said is not None:
        return said
    noun = roots[0].head
    label = roots[0].dep_ in ("compound", "amod", "nmod") and noun.pos_ == "NOUN" and not ctx.in_quote(noun)
    if label:  # a label ('the administration\'s "stay the course" approach') is its owner's or a reporting
        # verb's ('speaks of signing "character" players'), never a plain verb's subject
        said = _said_by(ctx, noun, "governor")
        if said is not None:
            return said
    tok, child = roots[0].head, roots[0]
    lo, hi = ctx.clear_sentence(span.open_at)
    unowned = False  # an inner claim or report passed with no owner: the words are its, never an outer giver's
    for _ in range(12):
        if not lo <= tok.idx < hi:
            break  # the parse joined this sentence to another: the quote's governor is not over there
        if not ctx.in_quote(tok):
            act = None if unowned else _speech_act(ctx, tok, span)
            if act is not None:
                return act
            # "issued a denial of reports of 'mass graves'": the first noun of speech on the climb decides
            unowned = unowned or (tok.pos_ == "NOUN" and tok.dep_ != "dobj" and tok.lemma_.lower() in CLAIM_NOUNS)
            if _is_cue(tok, adjacent=True):
                if _describes_speaker(ctx, tok, span):
                    return _according(ctx, list(tok.sent)) or Attribution(None, None, None, 0.0, "mention")
                if not _own_infinitive(tok, child):
                    found = attribute_cue(ctx, _report_beside(ctx, tok, child) or tok)
                    if found is not None:
                        return found
            aside = _parenthetical_cue(ctx, tok, span)
            if aside is not None and (found := attribute_cue(ctx, aside)) is not None:
                return found
            if (fallback is None and tok.pos_ in ("VERB", "AUX") and tok.lemma_ not in ("be", "have")
                    and (subj := _own_subject(ctx, tok, span)) is not None):  # a copula's subject is no speaker
                if subj.dep_ == "nsubjpass":  # nor a passive's: 'X was charged with "prejudicing the safety of
                    passive = True  # the state"' is what the unnamed one who charged him said of him; and a
                    # plain verb above ('The court heard the money had been solicited to "..."') hears it
                elif not passive:
                    fallback = tok
                if tok.dep_ == "conj":  # a coordinated clause with its own subject is not dominated: stop
                    break
        if tok.head.i == tok.i:
            break
        tok, child = tok.head, tok
    predicate = roots[0].pos_ == "VERB" and roots[0].dep_ == "ccomp"  # a quoted clause-verb is no term:
    # 'Harlow confessed he "panicked"' is said, however short (:func:`_quoted_predicate` sends it here)
    if fallback is None or label or span.words < MIN_GOVERNED_WORDS and not predicate:
        return None  # a scare-quoted term under a plain verb is the writer's, not a speaker's
    res = resolve(ctx, _own_subject(ctx, fallback, span))  # type: ignore[arg-type]
    if res.chain is None:  # a plain verb's subject that names nobody is no speaker
        return None
    return make_attribution(res, _cue_text(fallback), "governor" if res.how == "name" else res.how)


def _called_as(ctx: Context, root: Token, span: Span) -> Attribution | None:
    """A quote that is what a clause's subject calls its object ("Howard dismissed the report as 'rubbish'",
    "pounding Trump as a 'con artist'") is that subject's words, however short, the way "called X '...'" is.
    Any verb that puts a thing "as '...'" names it ("McCain ripped the plan as 'voodoo economics'"); a person
    put "as '...'" may be given a role instead ("cast the actor as 'the Joker'", "fielded the youngster as a
    'false nine'"), so a person object needs a verb of saying or of judging (:data:`JUDGING_VERBS`: "mocked
    Obama as 'the Messiah'").  Only an active verb with its object right before the 'as': a passive "known as
    '...'" names a term nobody is said to speak, and an 'as' after other words ("would offer funding support
    to those projects as 'seed money'") says what a thing is used as, not what anyone calls it."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" or ctx.in_quote(prep):
        return None
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i]
    if verb.pos_ != "VERB" or ctx.in_quote(verb) or not objects:
        return None
    if _is_person(ctx, objects[0]) and not (_is_cue(verb, adjacent=False) or verb.lemma_.lower() in JUDGING_VERBS):
        return None  # "cast the actor as 'the Joker'": a role, not what anyone calls him
    return _named_subject(ctx, verb, span, _cue_text(verb), active=True)


def _is_person(ctx: Context, tok: Token) -> bool:
    """Whether a noun phrase's head is a person: a person chain, a PERSON mention or a person noun."""
    ch = ctx.chain_of(tok)
    return (ch is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON or tok.ent_type_ == "PERSON"
            or tok.lower_ in ("him", "her")
            or is_role(tok) or tok.lemma_.lower() in PERSON_NOUNS or tok.lemma_.lower() in CASTABLE_NOUNS)


def _speech_act(ctx: Context, noun: Token, span: Span) -> Attribution | None:
    """A partial quote under a noun of speech that a verb of giving takes as its object is that verb's
    subject's words, however short (one a verb of saying or :data:`VOICING_VERBS` takes is its subject's, and
    left to the climb that reaches that verb): "Bollard last month issued a severe warning of imbalances and
    'significant excesses'" reports Bollard's warning as "Bollard warned of ..." would.  The noun's own owner
    ("X's warning", "a warning by X") is read first (:func:`_said_by`); the giver must name someone."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    if noun.dep_ == "dobj" and (_is_cue(noun.head, adjacent=False) or noun.head.lemma_.lower() in VOICING_VERBS):
        return None  # "... as repeating Kim's insistence that ... 'equal footing'": who repeats it voices it
    said = _said_by(ctx, noun, "governor")
    if said is not None:
        return said if said.chain is not None else None  # "its 11-point demands": an owner naming nobody
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in GIVING_VERBS or ctx.in_quote(verb):
        return None
    return _named_subject(ctx, verb, span, _cue_text(verb))


def _describes_speaker(ctx: Context, cue: Token, span: Span) -> bool:
    """A partial quote inside the cue's own subject phrase, after its head ('an individual "with direct knowledge
    of the talks" claimed'): it describes the speaker, it is not what the speaker says.  The words are the
    source's the sentence names ('According to the Times, ...'), else nobody's.  Only a noun phrase between the
    subject's head and the quote (no verb but a participle on a noun: "X, who went 'because ...', expressed" may
    be X's own words),
    and a quote before its cue that does not call for it with a comma ('"sooner, not later," said Layton')."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote(c)), None)
    if subj is None or not subj.idx < span.open_at < span.close_at < cue.idx \
            or not subj.left_edge.idx <= span.start <= subj.right_edge.idx or span.calls_for_cue:
        return False  # (a quote ending so calls for the cue after it: '"sooner, not later," said Layton')
    phrase = {t.i for t in subj.subtree}
    mark = ctx.token_at(span.open_at)
    if mark is None:
        return False
    between = ctx.doc[subj.i + 1:mark.i]
    return all(t.i in phrase and (t.pos_ not in ("VERB", "AUX") or t.dep_ == "acl" and t.tag_ in ("VBN", "VBG"))
               for t in between)  # (only a participle on a noun: a clause of its own there, 'the US, which
    # advanced the concept of "..."', may give the subject's own words)


def _report_beside(ctx: Context, cue: Token, clause: Token) -> Token | None:
    """The reporting verb that owns a clause the parser hung on the cue above it ("Liu told reporters at a
    forum there will be 'good news', the paper reported": 'be' made a second complement of 'reported',
    beside 'told'): a complement clause right after another complement of the same cue that is itself a
    reporting verb with no clause of its own is what that verb reports, so its subject spoke the words."""
    if clause.dep_ != "ccomp":
        return None
    for sib in cue.children:
        if sib.dep_ == "ccomp" and sib.i < clause.i and sib.right_edge.i + 1 == clause.left_edge.i \
                and not ctx.in_quote(sib) and _is_cue(sib, adjacent=False) \
                and not any(c.dep_ in ("ccomp", "xcomp") for c in sib.children) \
                and any(c.dep_ in SUBJECT_DEPS for c in sib.children):
            return sib
    return None


def _parenthetical_cue(ctx: Context, verb: Token, span: Span) -> Token | None:
    """A reporting clause set in the clause that holds the quote ("This, says the researcher, will allow a
    more 'harmonious' society"): the parser hangs it on that clause's verb as parataxis, and whoever it
    names reports the whole clause, the quoted words with it."""
    for c in verb.children:
        if c.dep_ == "parataxis" and not ctx.in_quote(c) and not c.left_edge.idx <= span.start <= c.right_edge.idx \
                and _is_cue(c, adjacent=True) and any(s.dep_ in SUBJECT_DEPS for s in c.children):
            return c
    return None


def _own_infinitive(verb: Token, comp: Token) -> bool:
    """Whether a weak cue governs an infinitive of its own subject ("the IMF continued 'to anticipate ...'",
    "agreed to"): that is its other sense, a plain verb, so the climb goes on to whoever says so ("adding
    that ...").  An infinitive after someone it is addressed to stays reported ("called on X to '...'")."""
    if comp.dep_ != "xcomp" or verb.lemma_.lower() not in WEAK_CUES:
        return False
    return not any(c.dep_ in ("dobj", "prep", "dative") and verb.i < c.i < comp.i for c in verb.children)


def _said_by(ctx: Context, noun: Token, how: str) -> Attribution | None:
    """Whose a noun is ("X's threats", "Al-Qaeda threats", "a call by X"): the speaker of a quote it governs."""
    owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and ctx.chain_of(c) is not None]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
               for o in p.children if o.dep_ == "pobj" and ctx.chain_of(o) is not None]
    if not owners:
        return None
    res = resolve(ctx, owners[0])
    if res.how == "description":  # "the administration's": kept as written; the guess of an earlier
        res = Resolved(None, res.text, "description")  # organisation is too loose for an owner
    return make_attribution(res, noun.text.lower(), how if res.how == "name" else res.how)


def _speech_noun_before(ctx: Context, span: Span) -> Attribution | None:
    """A quote right after a noun of speech ("Al-Qaeda threats to 'ruin ...'", "X's call for '...'") is
    that noun's owner's; read off the word order, as the parser often hangs the quote elsewhere."""
    mark = ctx.token_at(span.open_at)
    k = mark.i - 1 if mark is not None else -1
    while k >= 0 and ctx.doc[k].lower_ in ("to", "that", "of", "for", "about", "as"):
        k -= 1
    noun = ctx.doc[k] if k >= 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS or ctx.in_quote(noun):
        return None
    return _said_by(ctx, noun, "name")


def _quoted_predicate(ctx: Context, root: Token, span: Span) -> Attribution | None:
    """A quote whose words are the clause's own verb ('Erakat "strongly condemned" the attack') is the
    words of that verb's subject: nobody else's words are what the subject did.  Not when the clause is the
    complement of any verb (or auxiliary) outside the quote: then it is what that verb's subject reports
    ('the editorial said Smith "has lost credibility"': the editorial's words about Smith), whatever the
    verb ('Leotard ... regretted that Paris "has given the impression ..."', 'a report by Eliezer Goldberg
    found Hanegbi had "trampled on the law"', dev newswire).  The climb of :func:`_governor` then gives
    the quote, however short, to the outer subject when it names someone; when it names nobody ('Critics
    fear Reid "has lost ..."', the copula of 'The truth is that ...') the quote has no speaker and
    ``find_quotes`` stores it as a scare quote, a known loss of who-said-what.  Only a verb head counts:
    under an adjective ('officials are worried that Moscow "will go further"') the climb would reach a
    copula, whose subject is never taken, so the inner subject is kept there."""
    if root.pos_ != "VERB" or not ctx.in_quote(root) or root.head.i != root.i and not ctx.in_quote(root.head) \
            and root.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    if root.dep_ == "ccomp" and not ctx.in_quote(root.head) and root.head.pos_ in ("VERB", "AUX"):
        return None
    return _named_subject(ctx, root, span, root.text.lower())


def _named_subject(ctx: Context, verb: Token, span: Span, cue: str, active: bool = False) -> Attribution | None:
    """The verb's own subject (:func:`_own_subject`; an active one only, with ``active``) as the speaker, when
    it names someone: a quote under a plain verb is given to no mere phrase."""
    subj = _own_subject(ctx, verb, span)
    if subj is None or active and subj.dep_ != "nsubj":
        return None
    res = resolve(ctx, subj)
    if res.chain is None:
        return None
    return make_attribution(res, cue, "governor" if res.how == "name" else res.how)


def _own_subject(ctx: Context, verb: Token, span: Span) -> Token | None:
    """The verb's own subject, when it lies outside every quote and does not contain this one, unless the
    quote is in what the subject says of himself ("X, who went to the mass 'because ...', expressed")."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not ctx.in_quote(child):
            left, right = child.left_edge.idx, child.right_edge.idx
            if not (left <= span.start <= right) or _explains_himself(ctx, child, span):
                return child
    return None


def _explains_himself(ctx: Context, subj: Token, span: Span) -> bool:
    """Whether a quote inside a subject phrase follows a relative 'who' that does something (not 'who was
    called'), with no other subject between: the person's own words on why ("X, who went 'because ...'")."""
    if ctx.chain_of(subj) is None:
        return False
    who = [t for t in subj.subtree if t.lower_ == "who" and t.dep_ == "nsubj" and t.head.dep_ == "relcl"
           and t.idx < span.open_at]
    if not who:
        return False
    between = itertools.takewhile(lambda t: t.idx < span.open_at, ctx.doc[who[-1].i + 1:])
    return not any(t.dep_ in SUBJECT_DEPS or t.dep_ in ("agent", "auxpass") for t in between)


def _is_scare(span: Span) -> bool:
    """A one- or two-word partial quote: a term, attributed only by its own clause or a cue right after it."""
    return span.partial and span.words < MIN_GOVERNED_WORDS


def _near_cue(ctx: Context, span: Span, scare: bool = False) -> Attribution | None:
    """Step 2: the nearest cue around the quote within its sentences (for a scare quote: right after it)."""
    doc = ctx.doc
    first, last = ctx.token_at(span.open_at), ctx.token_at(span.close_at)
    if first is None or last is None:
        return None
    pstart, pend = ctx.paras[span.para]
    last_sent = last.sent
    after = _until_quote(ctx, [t for t in last_sent if span.close_at < t.idx < pend])
    calls = span.calls_for_cue
    if last_sent.end < len(doc) and calls:
        # the attribution the quote calls for, in a sentence the parser split off: '?" X asked.'
        nxt = doc[last_sent.end].sent
        after += [t for t in _until_quote(ctx, list(nxt))[:NEAR_CUE_TOKENS + 4]
                  if t.idx < pend and not any(c.dep_ == "ccomp" for c in t.children)]
    before = _until_quote(ctx, [t for t in reversed(list(first.sent)) if pstart <= t.idx < span.open_at])
    text_before = ctx.text[:span.open_at].rstrip()
    if not before and (text_before.endswith((":", ",")) or text_before[-1:].isalpha()):
        # the parser split the sentence at the colon, or at a mark right after a word, its comma or colon lost
        # ('said 16-year-old Lyudmila "Sometimes ...', a paragraph ending on 'he said' before the statement's)
        prev = doc[first.sent.start - 1].sent if first.sent.start else None
        before = _until_quote(ctx, list(reversed(list(prev or []))))
    if scare:  # a cue right after the term, or after a name set off by commas ('"strategic", Minister X, told')
        return _first_cue(ctx, after[:3], 3) or _first_cue(ctx, _after_name(ctx, after), 1)
    found = _first_cue(ctx, after[:NEAR_CUE_TOKENS], 4) or _first_cue(ctx, before, 3)
    found = found or _according(ctx, after + before[::-1])
    if found is None and calls:
        found = _first_cue(ctx, after[NEAR_CUE_TOKENS:], -1)
    if found is None:  # '"..." to make deals for them, replied Cunningham.', '"..." I was accused of, he said.':
        found = _first_cue(ctx, [t for t in after if _closing_cue(ctx, t)], 0)  # the cue closing the sentence
    if found is None and (text_before.endswith(":") or _dash_after_report(ctx, span, text_before, first)):
        found = _introducer(ctx, span)
    if found is None and text_before.endswith(","):
        found = _speech_act_before(ctx, span, first)
    return found


def _speech_act_before(ctx: Context, span: Span, mark: Token) -> Attribution | None:
    """A quote after a comma that closes a clause whose verb takes a noun of speech as its object ('Mayor X
    sent a message to the protesters, "We have heard you."', 'Jobs left this farewell, "..."') is the words of
    that verb's subject: the clause names the act, the quote is its text.  Only when the clause runs up to
    the comma (the object's verb governs every word between them) and its subject names someone."""
    if mark.i < 2 or ctx.doc[mark.i - 1].text != ",":
        return None
    comma = ctx.doc[mark.i - 1]
    lo, _ = ctx.clear_sentence(span.open_at)
    for noun in itertools.takewhile(lambda t: t.idx >= lo, (ctx.doc[i] for i in range(comma.i - 1, -1, -1))):
        if ctx.in_quote(noun) or noun.is_quote:
            return None
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTRO_NOUNS or noun.dep_ != "dobj":
            continue
        verb = noun.head
        reach = {t.i for t in verb.subtree}
        if verb.pos_ not in ("VERB", "AUX") or any(i not in reach for i in range(noun.i, comma.i)):
            return None
        owner = _said_by(ctx, noun, "name")  # 'received a letter from the mayor, "..."': the mayor's
        if owner is not None and owner.chain is not None:
            return owner
        if verb.lemma_.lower() not in GIVING_VERBS:  # ('received a message, "..."': not the receiver's)
            return None
        subj = _own_subject(ctx, verb, span)
        if subj is None and verb.dep_ == "conj":  # 'X arrived and extended an invitation, "..."'
            subj = _own_subject(ctx, verb.head, span)
        res = resolve(ctx, subj) if subj is not None else None
        if res is None or res.chain is None:
            return None
        att = make_attribution(res, f"{verb.text.lower()} {noun.text.lower()}")
        att.cue_at, att.cue_end = verb.idx, verb.idx + len(verb.text)
        return att
    return None


def _dash_after_report(ctx: Context, span: Span, text_before: str, first: Token) -> bool:
    """A whole quote after a dash that ends a clause with a reporting verb ('Prosecutor X told The Post a
    couple hours after a hearing -- "..."', 'the judge agreed with the defence that ... -"I conclude ..."'):
    the dash introduces it as a colon would.  Not after a clause that reports nothing ('Hu arrived to attend
    the meeting with the theme of this year--"..."': a title)."""
    return not span.partial and text_before.endswith(("-", "—", "–")) \
        and any(t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" and not ctx.in_quote(t)
                for t in first.sent if t.i < first.i)


def _closing_cue(ctx: Context, tok: Token) -> bool:
    """Whether a token may be the cue that closes its sentence after a comma: right after the comma
    (", replied Cunningham."), or after a pronoun subject there (", he said."), with no verb after it."""
    doc, k = ctx.doc, tok.i - 1
    if k > 0 and doc[k].lower_ in SUBJECT_PRONOUNS and doc[k].head.i == tok.i:
        k -= 1
    elif k > 0 and doc[k].dep_ != "punct":  # ", a senior military official said, adding that ...": a noun subject
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.right_edge.i == tok.i - 1), None)
        k = subj.left_edge.i - 1 if subj is not None and subj.pos_ in ("NOUN", "PROPN") else k  # or a name
    # no verb of another clause after it; a participle of its own ("adding that ...") goes on reporting
    going_on = {t.i for c in tok.children if c.tag_ == "VBG" for t in c.subtree}
    return k >= 0 and doc[k].text == "," and not any(u.pos_ in ("VERB", "AUX") and u.i not in going_on
                                                     for u in doc[tok.i + 1:tok.sent.end])


SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def _after_name(ctx: Context, after: list[Token]) -> list[Token]:
    """The token after ', <title and name>,' that opens ``after``, when that is all it opens with."""
    k = 0
    while k < min(len(after), 12) and (after[k].is_punct or after[k].pos_ == "PROPN" or after[k].dep_ == "amod"):
        k += 1
    person = any((ch := ctx.chain_of(t)) is not None and ctx.chains[ch].type in SPEAKER_TYPES_PERSON
                 for t in after[:k])
    if k < 3 or not person or after[0].text != "," or after[k - 1].text != ",":
        return []
    return after[k:k + 1]


def _first_cue(ctx: Context, tokens: list[Token], adjacent: int) -> Attribution | None:
    """The first token that is a cue (weak cues only within ``adjacent`` tokens) with a speaker."""
    for i, tok in enumerate(tokens):
        if _is_cue(tok, adjacent=i <= adjacent):
            found = attribute_cue(ctx, tok)
            if found:
                return found
    return None


def _introducer(ctx: Context, span: Span) -> Attribution | None:
    """A quote after a colon belongs to whoever made the statement the colon's sentence names ('Below is a
    statement by X, director of ...:', "X's message was clear:"), else to the subject of that sentence ('The
    judge had advice:')."""
    mark = ctx.token_at(span.open_at)
    if mark is None or mark.i == 0:
        return None
    colon = ctx.doc[mark.i - 1]
    for noun in reversed([t for t in colon.sent if t.i < colon.i and t.pos_ == "NOUN" and not ctx.in_quote(t)
                          and t.lemma_.lower() in DOCUMENT_NOUNS | SPEECH_NOUNS]):
        said = _said_by(ctx, noun, "name")
        if said is not None and said.chain is not None:
            return said
    verbs = [t for t in colon.sent if t.i < colon.i and t.pos_ in ("VERB", "AUX") and not ctx.in_quote(t)
             and _own_subject(ctx, t, span) is not None]
    if not verbs:
        return None
    subj = _own_subject(ctx, verbs[0], span)
    if subj is None:
        return None
    res = resolve(ctx, subj)
    return make_attribution(res, None, "governor") if res.chain is not None else None


def _until_quote(ctx: Context, tokens: list[Token]) -> list[Token]:
    """Tokens up to (not including) the first one inside a quote, ignoring quote-mark tokens."""
    out: list[Token] = []
    for tok in tokens:
        if ctx.in_quote(tok) and not tok.is_quote:
            break
        if not tok.is_quote:
            out.append(tok)
    return out


def _continues(ctx: Context, prev: Span, prev_att: Attribution, span: Span) -> bool:
    """Step 4: nothing but the previous quote's own attribution lies between it and this quote."""
    if span.para - prev.para > 1 or (prev.partial and prev_att.how in ("governor", "unresolved")):
        return False
    between = ctx.text[prev.close_at + 1:span.open_at]
    if not any(ch.isalpha() for ch in between):
        return True
    if prev_att.cue_at is None or not prev.close_at < prev_att.cue_at < span.open_at:
        return False
    cue_tok, open_tok = ctx.token_at(prev_att.cue_at), ctx.token_at(span.open_at)
    if cue_tok is None or open_tok is None:
        return False
    return ctx.sent_index(open_tok) - ctx.sent_index(cue_tok) <= 1 and not between.rstrip().endswith(":")


def _reported_before(ctx: Context, span: Span) -> Attribution | None:
    """Step 5: a quote with no cue after a sentence reporting someone's words ("X told Y he felt ...")
    is X's: the news habit of paraphrase, then quote.  When no one named reports there and the sentence
    ends on a reporting clause whose subject is an unnamed noun ("Lohan checked in on Thursday, her rep
    confirms to PEOPLE. '...'"), the quote is that reporter's, kept as written with no entity, not the
    subject the paraphrase was about; unless a cue of its own follows the quote ('"...," said one teacher')."""
    first = ctx.token_at(span.open_at)
    if first is None or first.sent.start == 0:
        return None
    sent = first.sent
    if any(t.i < first.i and not t.is_punct and not t.is_space for t in sent):
        return None  # the quote does not open its sentence
    prev = ctx.doc[sent.start - 1].sent
    if prev.start_char < ctx.paras[max(0, span.para - 1)][0]:
        return None
    unnamed = None
    for tok in prev:
        if _is_cue(tok, adjacent=False) and not ctx.in_quote(tok):
            found = attribute_cue(ctx, tok)
            if found is not None and found.chain is not None:
                return Attribution(found.chain, found.text, found.cue, CONFIDENCE["reported"], "reported",
                                   found.cue_at)
            if found is not None and found.text and _ends_reporting(ctx, prev, tok):
                unnamed = Attribution(None, found.text, found.cue, 0.0, "reported", found.cue_at, body=found.body)
    if unnamed is None:
        return None
    last = ctx.token_at(span.close_at)
    own_cue = last is not None and any(_is_cue(t, adjacent=True) for t in last.sent if t.idx > span.close_at
                                       and not ctx.in_quote(t))
    return None if own_cue else unnamed


def _ends_reporting(ctx: Context, sent: Sentence, cue: Token) -> bool:
    """Whether a sentence ends on a reporting clause whose subject is a noun ("..., her rep confirms to PEOPLE."):
    the cue is its last verb outside quotes."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and not ctx.in_quote(t)]
    return bool(verbs) and verbs[-1].i == cue.i and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in cue.children)


def _speaking_subject_before(ctx: Context, span: Span) -> Attribution | None:
    """Step 6: a quote with no cue at all that opens a sentence right after one in its own paragraph whose
    main subject can speak is that subject's ("The Daily Star went further. '...'"): nobody else is there.
    (Not :func:`.descriptions.subject_before`, which finds the chain a description means.)"""
    first = ctx.token_at(span.open_at)
    if first is None or first.i == 0 or ctx.text[:span.open_at].rstrip()[-1:] not in (".", "!", "?"):
        return None
    sent = first.sent
    prev = [t for t in sent if t.i < first.i]  # the parser may have joined the two sentences
    if not any(t.is_alpha for t in prev):
        prev = list(ctx.doc[sent.start - 1].sent) if sent.start else []
    prev = [t for t in prev if t.idx >= ctx.paras[span.para][0]]  # (the parse may run over a paragraph end)
    inside = {t.i for t in prev}
    subj = next((t for t in prev if t.dep_ == "nsubj" and t.head.i in inside and not ctx.in_quote(t)
                 and not any(v.dep_ in EMBEDDING_DEPS and v.head.i in inside for v in [t.head, *t.head.ancestors]
                             if v.i in inside)), None)
    res = resolve(ctx, subj) if subj is not None else None
    if res is None or res.chain is None or ctx.chains[res.chain].type not in SPEAKER_TYPES_PERSON | SPEAKER_TYPES_THING:
        return None
    return Attribution(res.chain, res.text, None, CONFIDENCE["reported"], "reported")


def _quoted_subject_before(ctx: Context, span: Span, quoted: set[int]) -> Attribution | None:
    """Step 7: a quote with no cue that opens its paragraph, after a paragraph whose last sentence's main
    subject is a person the article has quoted already ("'...,' commented Rao. [Rao and others do not blame
    the minister.] '...'", "Shen repeated Beijing's position that ..."), is that person's: paraphrase, then
    quote, with a verb that reports nothing.  Only someone already quoted: across a paragraph end, a
    subject who never spoke is as likely the topic of what someone else says next."""
    pstart = ctx.paras[span.para][0]
    first = ctx.token_at(span.open_at)
    if first is None or span.para == 0 or ctx.text[pstart:span.open_at].strip():
        return None
    prev_start, prev_end = ctx.paras[span.para - 1]
    last = ctx.token_at(prev_end - 1)
    if last is None or last.idx < prev_start:
        return None
    sent = [t for t in last.sent if prev_start <= t.idx < prev_end]
    subj = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and not ctx.in_quote(t)), None)
    res = resolve(ctx, subj) if subj is not None else None
    if res is None or res.chain not in quoted or not ctx.is_person(res.chain):
        return None
    return Attribution(res.chain, res.text, None, CONFIDENCE["reported"], "reported")


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")  # "I" matches "I'm", "I've" too
"""Words a speaker uses of itself alone: an organisation says 'we'."""

_DASH = re.compile(r"[ \t]*(?:―|—|–|--|-)[ \t]*")


def _dash_name(ctx: Context, span: Span) -> Attribution | None:
    """'"..." ― Name' (quotation lists, epigraphs): the name right after a dash that follows the quote."""
    m = _DASH.match(ctx.text, span.close_at + 1)
    if m is None or not span.closed:
        return None
    name = ctx.token_at(m.end())
    chain = ctx.chain_of(name) if name is not None else None
    if name is None or chain is None:
        return None
    end = name_end(ctx, name, chain, len(ctx.doc))
    att = make_attribution(Resolved(chain, ctx.doc[name.i:end + 1].text, "name"), None)
    att.cue_at, att.cue_end = m.start(), m.end()
    return att


def _name_line(ctx: Context, span: Span) -> Attribution | None:
    """A paragraph that is one whole quote, then a paragraph that is only a person's name, maybe with a
    title or degree after a comma ('Michael Shadlen, Ph.D.'): a pull quote and its credit line."""
    if not span.closed or span.para + 1 >= len(ctx.paras):
        return None
    pstart, pend = ctx.paras[span.para]
    if ctx.text[pstart:span.open_at].strip() or ctx.text[span.close_at + 1:pend].strip(" \t.,\n"):
        return None
    nstart, nend = ctx.paras[span.para + 1]
    first = ctx.token_at(nstart)
    if first is None:
        return None
    res = name_then_title(ctx, [t for t in itertools.takewhile(lambda t: t.idx < nend, ctx.doc[first.i:])
                                if not t.is_space])
    return make_attribution(res, None) if res is not None else None


MENTION_NOUNS = frozenset({"word", "term", "phrase", "expression", "name"})
"""Nouns that name the quoted words as words ('using the word "blockade"', 'the term "zero day"'): the quote
mentions them, nobody is said to speak them."""


def _word_named(ctx: Context, span: Span) -> bool:
    """Whether a partial quote follows a noun that names it as a word ('the word "blockade"')."""
    prev = ctx.before_open(span)
    return prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in MENTION_NOUNS \
        and not ctx.in_quote(prev) and any(c.dep_ == "det" for c in prev.children)


CROWD_NOUNS = frozenset({"chant", "cry", "shout"})
"""Nouns for words a crowd chants or cries: 'to chants of "..."' are the crowd's, not the sentence subject's.  Not
'slogan' or 'banner': 'campaigning under the slogan "..."' is the party's, the sentence's subject."""


def _crowd_words(ctx: Context, span: Span) -> bool:
    """Whether a quote is what a crowd chants or shouts, said of nobody in particular: right after a
    crowd noun or its 'of' ('He left the court to chants of "ONE MORE YEAR!"', 'amid cries of "..."'), the
    noun with no owner of its own ('his chant of' stays his)."""
    prev = ctx.before_open(span)
    if prev is not None and prev.lower_ == "of" and prev.head.i < prev.i:
        prev = prev.head
    return prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in CROWD_NOUNS \
        and not ctx.in_quote(prev) and not any(c.dep_ == "poss" for c in prev.children)


def _names_a_kind(ctx: Context, span: Span) -> bool:
    """Whether a partial quote is a noun compound that modifies the noun right after its closing mark (an
    '"open skies" agreement', the '"core capital" criteria', an '"original equipment maker" basis'): a term
    or a name set in marks, which says what kind of thing the noun is; nobody is said to speak it.  Only a
    noun's compound: a quoted adjective before a noun ('a "good" atmosphere', 'a "destructive" response') is
    often the speaker's own judgement, and so is a single word ('a "card" system' the mayor was quoted on,
    'warned against any "precipitate" moves'): a term of two words or more."""
    close = ctx.token_at(span.close_at) if span.closed else None
    first = ctx.token_at(span.start)
    if len(span.text.split()) < 2 or close is None or first is None or close.i == 0 or close.i + 1 >= len(ctx.doc) \
            or not close.is_punct:
        return False
    last, after = ctx.doc[close.i - 1], ctx.doc[close.i + 1]
    inside = ctx.doc[first.i: close.i]
    return (last.pos_ in ("NOUN", "PROPN") and last.dep_ in ("compound", "nmod") and last.head.i == after.i
            and after.pos_ in ("NOUN", "PROPN") and span.start <= last.idx and not ctx.in_quote(after)
            and not any(t.pos_ in ("VERB", "AUX") for t in inside))


def attribute(ctx: Context, spans: list[Span]) -> list[Attribution]:
    """One attribution per span, in the order given (spans sorted by position)."""
    out: list[Attribution] = []
    by_group: dict[int, Attribution] = {}
    quoted: set[int] = set()  # the chains given a quote so far (kept as it grows: a long text has thousands)
    for i, span in enumerate(spans):
        if span.partial and (_word_named(ctx, span) or _names_a_kind(ctx, span) or is_label(ctx, span)) \
                or is_title(ctx, span):
            out.append(Attribution(None, None, None, 0.0, "mention"))
            ctx.mentioned.add(span.open_at)  # a reported clause around it is no mixed quote for it
            continue
        if _crowd_words(ctx, span):
            out.append(Attribution(None, None, None, 0.0, "crowd"))
            continue
        att = None if span.partial else _dash_name(ctx, span) or _name_line(ctx, span)
        att = att or (_governor(ctx, span) if span.partial else None)
        if att is not None and att.how == "governor" and span.calls_for_cue:
            # 'The United States believes "...," Albright said': a quote that ends calling for its attribution
            # is the words of the cue right after it, not of the plain verb's subject it hangs from
            att = _near_cue(ctx, span, scare=True) or att
        att = att or _near_cue(ctx, span, scare=_is_scare(span))
        if att is None and (res := credited(ctx, span)) is not None:
            att = make_attribution(res, None)
        if att is None and not span.partial and i and _continues(ctx, spans[i - 1], out[-1], span):
            prev = out[-1]
            att = Attribution(prev.chain, prev.text, prev.cue, min(prev.confidence, CONFIDENCE["continuation"]),
                              "continuation", prev.cue_at, body=prev.body)
        if att is None and not span.partial:
            att = _reported_before(ctx, span) or _speaking_subject_before(ctx, span)
            att = att or _quoted_subject_before(ctx, span, quoted)
        att = att or Attribution(None, None, None, 0.0, "unresolved")
        if att.chain is not None and (att.how == "document" or ctx.chains[att.chain].type in SPEAKER_TYPES_THING):
            ctx.last_thing = (span.close_at, att.chain)
        if att.chain is not None and att.how == "name" and not span.partial and _FIRST_PERSON.search(span.text):
            ctx.persons.add(att.chain)  # whoever says 'I' is a person, whatever the tagger typed
        if span.group in by_group and att.how in ("continuation", "unresolved"):
            att = by_group[span.group]
        by_group.setdefault(span.group, att)
        out.append(att)
        if att.chain is not None:
            quoted.add(att.chain)
    members: dict[int, list[int]] = {}
    for j, span in enumerate(spans):
        members.setdefault(span.group, []).append(j)
    for i, span in enumerate(spans):  # a piece before its group's cue takes the group's speaker
        first = by_group.get(span.group)
        if first is None or out[i].how == "mention":
            continue
        if out[i].how == "unresolved" and first.how != "unresolved":
            out[i] = first
        elif out[i].how == "unresolved":
            later = [out[j] for j in members[span.group] if out[j].how not in ("unresolved", "mention")]
            if later:
                out[i] = later[0]
    return out
