"""Reported speech: indirect and mixed attributions found from the parse.

News reports far more speech than it quotes: "Gallois said the company
expects to cut 4,300 jobs", "according to the bank, the losses are ...",
"..., a Romanian official said Friday".  An attribution here is:

- a **reporting verb** from the cue lexicon, outside quote marks and not
  negated, with a clausal complement (``ccomp``, or ``xcomp`` for verbs of
  promising and urging: "vowed to fight on"): the complement is the content,
  the verb's subject the source ("said the plan would fail", "the plan would
  fail, X said", "X, who ..., said ...", "..., saying that ...");
- a **parenthetical** reporting clause ("This, he said, would happen next
  year"): the content is the clause it interrupts;
- **according to X**: the content is the clause the phrase modifies, X the
  source, when X is someone who can say things (an entity, a person noun, a
  document), not evidence ("according to those figures").

The content is *indirect* when no quote marks fall inside it, *mixed* when it
holds quoted words among the writer's own ("said he was 'terribly
disappointed' by the vote"; the quoted fragments become part of the mixed
attribution and take its speaker).  A complement that is nothing but a quote
(``said that "..."``) is a direct quote and is left to :mod:`.speakers`.
An attribution nested in another one's content ("the Times reported that an
insider said ...") is kept and the outer one dropped when the inner content
makes up most of the outer: the words are the insider's.

Example::

    >>> XCOMP_CUES >= {"vow", "promise"}
    True
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Token

from storyline.nlp.quotes.context import Context, according_to
from storyline.nlp.quotes.descriptions import STATE_BODIES
from storyline.nlp.quotes.lexicon import (
    CUE_LEMMAS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    SPEAKER_NOUNS,
    SPOKES_NOUNS,
    TIME_WORDS,
    WORKER_NOUNS,
)
from storyline.nlp.quotes.referents import resolve
from storyline.nlp.quotes.spans import Ranges
from storyline.nlp.quotes.speakers import (
    Attribution,
    attribute_cue,
    follows_quote,
    make_attribution,
    reporter_of_conjoined,
    reporting_sense,
)

NOT_SOURCES = frozenset({"NORP", "GPE", "LOC"})
"""Entity types a name inside "according to X" never makes the speaker: a people or a place there only says whose
or where the source is ("according to Kenyan police", "according to a court in Cairo")."""

XCOMP_CUES = frozenset({"promise", "vow", "pledge", "plead", "threaten", "urge", "claim", "deny", "insist",
                        "demand", "predict", "forecast", "warn"})
"""Reporting verbs whose infinitival complement is what was said ("vowed to resign")."""

NO_CLAUSE_CUES = frozenset({"continue", "speak", "call", "praise", "welcome", "hail", "reject", "label", "dub",
                            "term", "brand", "blast", "criticize", "criticise", "lash", "slam", "condemn",
                            "laud", "commend", "denounce", "accuse", "quote", "read", "post", "tout", "describe",
                            "characterize", "characterise", "apologize", "apologise", "agree", "answer", "respond",
                            "reply"})
"""Cue lemmas whose clausal complement is not reported speech ("continued to fall", "agreed to buy")."""

UNREALISED_AUX = frozenset({"to", "will", "would", "may", "might", "could", "should", "can", "must", "shall",
                            "'ll", "wo", "ca"})
"""Auxiliaries that make a reporting verb speech not (yet) reported: "will demand", "to note"."""

MIN_OWN_WORDS = 2
"""A complement with fewer of the writer's own words than this outside quote marks is a direct quote."""

NESTED_SHARE = 0.6
"""An attribution inside another's content replaces it when it covers this share of the outer content."""


@dataclass
class Reported:
    """One indirect or mixed attribution: content range, its cue, the attribution, the kind."""

    start: int
    end: int
    attribution: Attribution
    kind: str  # "indirect" or "mixed"
    cue_start: int
    cue_end: int


def _is_reporting(tok: Token) -> bool:
    """A reporting verb that reports speech that happened: not negated ("didn't say"), not modal or
    future ("will demand"), not an infinitive ("it is worth noting that"), not a passive participle."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in UNREALISED_AUX) for c in tok.children):
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return False  # a passive participle: in "when asked what he thought" the subject did not ask
    sense = reporting_sense(tok)  # "point out that" reports, "point to", "call off" do not
    if sense is not None:
        return sense
    return lemma in CUE_LEMMAS and lemma not in NO_CLAUSE_CUES


def _content_tokens(head: Token, skip: set[int]) -> list[Token]:
    """The complement's tokens without a leading 'that'/punctuation, trailing punctuation, or ``skip``."""
    toks = [t for t in head.subtree if t.i not in skip]
    while toks and (toks[0].dep_ in ("mark", "cc", "punct") or toks[0].is_space or toks[0].is_quote):
        if toks[0].dep_ == "mark" and toks[0].lower_ not in ("that", "whether", "if"):
            break
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and not toks[-1].is_quote:
        toks = toks[:-1]
    return toks


def _according(ctx: Context, tok: Token) -> tuple[Token, Token, Token] | None:
    """(cue 'according', source head, clause head) of an 'according to X' that names a source."""
    found = according_to(tok)
    obj = None if found is None else found[1]
    if obj is None or ctx.in_quote(obj):
        return None
    someone = (ctx.chain_of(obj) is not None or obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
               or obj.lemma_.lower() in DOCUMENT_NOUNS | SPOKES_NOUNS | SPEAKER_NOUNS)
    if not someone:
        return None
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # tokens are views: compare indexes
        head = head.head
    if head.dep_ == "ccomp" and _is_reporting(head.head) and any(c.dep_ == "nsubj" for c in head.head.children):
        return None  # 'He said his country had a plan ..., according to Reuters': the channel, not the speaker
    return (tok, obj, head) if head.i != tok.i else None


def _source_of(ctx: Context, obj: Token) -> Attribution:
    """Who 'according to X' names: X resolved, else the one entity named inside X ('a report in Ars Technica'),
    unless X is an unnamed worker of that body (:mod:`.bodies`)."""
    res = resolve(ctx, obj)
    # (not a worker or a state's organ: a name in "a representative for the Iraqi electoral commission", "AU
    # officials" or "the Ivorian authorities" is whom they work for, kept as the body or, unsure, left out)
    if res.chain is None and res.body is None and obj.lemma_.lower() not in WORKER_NOUNS | STATE_BODIES:
        inside = [c for t in obj.subtree if (c := ctx.chain_of(t)) is not None  # a people or a place inside
                  and ctx.chains[c].type not in NOT_SOURCES]  # ("Kenyan police", "police in Nairobi") is not who spoke
        if len(set(inside)) == 1:
            res.chain, res.how = inside[0], "name"
    return make_attribution(res, "according to")


def find_reported(ctx: Context, whole: list[tuple[int, int]] | None = None) -> list[Reported]:
    """Every indirect or mixed attribution in the article, in text order (see the module docstring).

    ``whole`` lists the (opening mark, closing mark + 1) of quotes that are sentences of their own: a
    reported clause never runs into one (text without sentence ends can make the parse join them)."""
    apart = Ranges.of(whole or [])
    found: list[Reported] = []
    for tok in ctx.doc:
        if ctx.in_quote(tok):
            continue
        acc = _according(ctx, tok)
        if acc is not None:
            cue, obj, head = acc
            to = ctx.doc[cue.i + 1]
            rec = _record(ctx, apart, _content_tokens(head, {t.i for t in cue.subtree}), _source_of(ctx, obj), cue.idx,
                          to.idx + len(to.text))
            if rec is not None:
                found.append(rec)
            continue
        if not _is_reporting(tok):
            continue
        lemma = tok.lemma_.lower()
        comps = [c for c in tok.children if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and lemma in XCOMP_CUES)]
        if follows_quote(ctx, tok):  # '"...," said X, ...': the quote is what it reports, not the words after
            comps = [c for c in comps if c.i < tok.i]
        comps = [c for c in comps if c.i > tok.i or _fronted_set_off(ctx, c, tok)]
        skip: set[int] = set()
        if not comps and (tok.dep_ == "parataxis" or _unjoined_conjunct(tok)) and tok.head.pos_ in ("VERB", "AUX"):
            comps, skip = [tok.head], {t.i for t in tok.subtree}
        if not comps:
            continue
        att = attribute_cue(ctx, tok)
        if att is None or (att.chain is None and not _can_speak(att.text)):
            continue
        skip |= {t.i for c in comps for t in _acts_apart(ctx, c)}  # the reporter's own next acts: reported apart
        rec = _record(ctx, apart, _joined(ctx, [_content_tokens(c, skip | {tok.i}) for c in comps]), att, tok.idx,
                      tok.idx + len(tok.text))
        if rec is not None:
            found.append(rec)
    return _outermost_dropped(found)


def _unjoined_conjunct(cue: Token) -> bool:
    """Whether a reporting verb the parser made a conjunct of the clause before it is a reporting clause set after
    its content ("Iran will give 'destructive' response if ..., a Foreign Ministry spokesman vowed here Sunday"):
    a comma and a subject of its own start it, no 'and'/'but' joins it, and it has no object or clause of its
    own.  Two acts are joined by a conjunction ("He arrived, and she said ..."); a comma alone before a subject
    and a bare reporting verb is the news lead's "..., X said"."""
    head = cue.head
    if cue.dep_ != "conj" or cue.i < head.i or any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
        return False
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > cue.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return False
    if any(c.dep_ == "prep" and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in cue.children):
        return False  # "..., the accused pleaded for mercy": an act with its own complement, not a report's clause
    before = cue.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return before is not None and before.text == ","


def _acts_apart(ctx: Context, comp: Token) -> list[Token]:
    """The words of the verbs coordinated with a reported clause that are its reporter's own next acts
    (:func:`~.speakers.reporter_of_conjoined`) and make a record of their own, with the conjunction and commas
    before each: not part of what the first verb reports.  An act with no clause or quote to report ("said
    growth would slow and warned of rising risks") stays in the first report, or its words would be in none."""
    acts = [t for t in comp.subtree if t.dep_ == "conj" and _own_record(ctx, t)
            and (reporter := reporter_of_conjoined(t)) is not None and reporter.i == comp.head.i]
    doc = comp.doc
    words: list[Token] = []
    for act in acts:
        k = act.left_edge.i - 1
        while k > comp.i and (doc[k].dep_ == "cc" or doc[k].is_punct or doc[k].is_space) and not doc[k].is_quote:
            words.append(doc[k])
            k -= 1
        words.extend(act.subtree)
    return words


def _own_record(ctx: Context, act: Token) -> bool:
    """Whether a verb of saying is recorded on its own: it reports a clause (as :func:`find_reported` reads
    one) or holds a quote, which the direct quotes take ("called him 'a puppet'")."""
    lemma = act.lemma_.lower()
    reports = _is_reporting(act) and any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and lemma in XCOMP_CUES)
                                         for c in act.children)
    return reports or any(ctx.in_quote(t) for t in act.subtree)


def _fronted_set_off(ctx: Context, comp: Token, cue: Token) -> bool:
    """Whether a complement written before its reporting clause is set off from it as reported words are.

    Fronted content ends at a comma, dash or quote mark before the source
    ("The plan will fail, officials said"); a semicolon ends a clause of its
    own, and no mark at all means the parser took the clause the report sits
    in for its content ("The comment came after X said he would quit";
    "Italy will send 2,000 soldiers; France said it was sending 1,000").
    """
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
    start = min([cue.i] + [c.left_edge.i for c in subj])
    end = comp.right_edge.i
    if end >= start:
        return True  # the complement runs into the reporting clause: a parenthetical ("X, he said, Y")
    between = ctx.doc[end + 1:start]
    if any(t.text == ";" for t in between):
        return False
    return any(t.text in (",", "--", "-", "\u2013", "\u2014") or t.is_quote for t in between) or ctx.doc[end].is_quote


def _joined(ctx: Context, parts: list[list[Token]]) -> list[Token]:
    """Several complements of one verb as one report the parser split ("said the road will reopen and
    drivers 'should expect delays'"); a complement that is only a quote joins only when nothing but
    spaces and punctuation separates it from the rest (else it is a direct quote of its own)."""
    own = [p for p in parts if p and any(not ctx.in_quote(t) and (t.is_alpha or t.like_num) for t in p)]
    if not own:
        return parts[0] if len(parts) == 1 else []
    toks = {t.i: t for p in own for t in p}
    lo, hi = min(toks), max(toks)
    for p in parts:
        if p and p not in own:
            gap = ctx.doc[hi + 1:p[0].i] if p[0].i > hi else ctx.doc[p[-1].i + 1:lo]
            if not any(t.is_alpha or t.like_num for t in gap):
                toks.update({t.i: t for t in p})
    return sorted(toks.values(), key=lambda t: t.i)


def _can_speak(phrase: str | None) -> bool:
    """A source phrase with no entity behind it is a description of someone, unless it names evidence
    ("the data suggest that ...") or a time ("the Reserve Bank of India (RBI) Tuesday announced": the parse's
    subject is the day, which dates the report and never speaks)."""
    if not phrase:
        return False
    head = phrase.split()[-1].lower()
    return head not in EVIDENCE_NOUNS and head.rstrip("s") not in EVIDENCE_NOUNS and head not in TIME_WORDS


def _within_sentence(ctx: Context, toks: list[Token], cue_start: int) -> list[Token]:
    """The content tokens in the cue's own sentence: a parse that joins sentences (often after a quote that
    ends one) must not carry the report into the next ("He added X "should be strengthened." Lavrov ...")."""
    start, end = ctx.clear_sentence(cue_start)
    return [t for t in toks if start <= t.idx < end]


def _record(ctx: Context, whole: Ranges, toks: list[Token], att: Attribution, cue_start: int,
            cue_end: int) -> Reported | None:
    toks = _within_sentence(ctx, toks, cue_start) if toks else toks
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    crossed = whole.crossing(start, end)
    if crossed:  # stop before a whole quote; a clause that opens with one is that quote's, not a report
        toks = [t for t in toks if t.idx < crossed[0][0]]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        if not toks or toks[0].idx >= crossed[0][0]:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    quotes = ctx.indexed().quotes
    i = quotes.first_past(start)
    while i < len(quotes.ranges) and quotes.starts[i] < end:  # a quote that begins inside the content belongs
        a, b = quotes.ranges[i]  # to it whole, marks and all (the content grows with it, so the bound is read
        if b > start:  # again): 'the US "will be prepared."', '"officials" were wrong', never one mark alone
            start, end = min(start, a), max(end, ctx.quote_ends.get(a, b - 1))
        i += 1
    own = [t for t in toks if not ctx.in_quote(t) and (t.is_alpha or t.like_num)]
    if len(own) < MIN_OWN_WORDS:
        return None  # 'said that "..."': a direct quote
    # quotes that only name words ('an "open skies" agreement') leave the report indirect, and stand apart
    kind = "mixed" if any(a not in ctx.mentioned for a, _ in quotes.crossing(start, end)) else "indirect"
    return Reported(start, end, att, kind, cue_start, cue_end)


def _inside(o: Reported, r: Reported) -> bool:
    """Whether ``o`` (its cue and content) lies in ``r``'s content and makes up most of it."""
    return (o is not r and r.start <= o.cue_start < r.end and r.start <= o.start and o.end <= r.end
            and (o.end - o.start) >= NESTED_SHARE * (r.end - r.start))


def _trails_in(o: Reported, r: Reported) -> bool:
    """Whether ``o`` is a reporting clause written after its content ("C, the radio reported") that the
    parse put, content and clause, inside the content of ``r``, a reporting verb written before its own."""
    return (o is not r and r.cue_start < r.start <= o.start and o.end <= o.cue_start < r.end
            and o.cue_end <= r.end and _speaks(r.attribution))


def _speaks(att: Attribution) -> bool:
    """A source that is someone: an entity, or a person noun ("a spokesman"), not a parse's stray subject
    ("The six-nation talks resumed ... and said ...")."""
    head = (att.text or "").split()[-1:]
    return att.chain is not None or bool(head) and head[0].lower().rstrip("s") in SPEAKER_NOUNS | SPOKES_NOUNS


def _outermost_dropped(found: list[Reported]) -> list[Reported]:
    """Drop an attribution whose content is mostly another, nested attribution (and duplicates).

    A nested clause that reports *after* its content is a trailing reporter the parser hung inside the
    first verb's complement ("She said the murder was 'a stain,' Israel radio reported": 'reported' as
    what she said): it reports her saying, so the words stay hers, her content ending where the
    trailing reporter's content ends, and the trailing reporter is dropped.
    """
    within = _Within(found)
    trailers = {id(o) for r in found for o in within(r) if _trails_in(o, r)}
    trimmed = []
    for r in found:
        inner = [o for o in within(r) if id(o) in trailers and _trails_in(o, r)]
        if inner:
            r = Reported(r.start, max(o.end for o in inner), r.attribution, r.kind, r.cue_start, r.cue_end)
        if id(r) not in trailers:
            trimmed.append(r)
    found = trimmed
    within = _Within(found)
    keep: list[Reported] = []
    spans: set[tuple[int, int]] = set()
    for r in found:
        nested = any(_inside(o, r) for o in within(r))
        if not nested and (r.start, r.end) not in spans:
            keep.append(r)
            spans.add((r.start, r.end))
    keep.sort(key=lambda r: r.start)
    return keep


class _Within:
    """The clauses whose content starts inside another's (from its start to its end, both included): the
    only ones :func:`_inside` and :func:`_trails_in` can accept.  Found by their sorted starts, so a text
    with thousands of reported clauses is not read pair by pair."""

    def __init__(self, found: list[Reported]) -> None:
        self.by_start = sorted(found, key=lambda o: o.start)
        self.starts = [o.start for o in self.by_start]

    def __call__(self, r: Reported) -> list[Reported]:
        lo, hi = bisect.bisect_left(self.starts, r.start), bisect.bisect_right(self.starts, r.end)
        return self.by_start[lo:hi]
