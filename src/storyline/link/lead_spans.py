"""Spans of a lead that a title does without, found by the annotations: the reporting frame ("X said Saturday
that", ", police said"), the role a name is given ("Chinese President"; for any name, read off the parse, by
:func:`roles`), an apposition after a name, time expressions with their preposition, "here" and brackets.

A leading frame stays when the clause it reports opens with a pronoun ("Iran said it has no plans ..."): the
pronoun may be the speaker, and the claim would read as a fact.  Before a clause that names its own subject the
frame goes ("Police said that three men were arrested ..." is "Three men were arrested ..."), so a denial with a
noun subject ("The ministry said Russian jets had not bombed ...") still reads as a fact: that is how
:func:`frame` has cut leads since before the titles branch, left as it is.

``link.titles`` drops them before it cuts the rest by the lead's parse; every word left is the article's, in its
order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from typing import NamedTuple

from storyline.link.title_words import DANGLING, POSSESSIVES, PRONOUNS, tells, verb_like
from storyline.records import Annotation, Mention, Quote, Timex


class Tok(NamedTuple):
    """A token of a parsed lead: its span in the article's text, its dependency and head (an index into the
    sentence's tokens; its own for the root), its coarse part of speech and its lower-case form."""

    start: int
    end: int
    dep: str
    head: int
    pos: str
    low: str


CLAUSE_ASIDES = frozenset({"appos", "relcl", "advcl", "acl", "parataxis"})
"""Dependencies of a phrase or clause a comma before it sets off as an aside (``link.titles`` drops these and, as
asides too, a preposition's phrase and an adverbial noun phrase)."""


def dependents(toks: Sequence[Tok]) -> list[list[int]]:
    """Per token, its dependents (indices, in order)."""
    kids: list[list[int]] = [[] for _ in toks]
    for i, t in enumerate(toks):
        if t.head != i:
            kids[t.head].append(i)
    return kids


_THAT = re.compile(r"(?i)that\s+")
# ", the president of the breakaway Russian republic of Chechnya,", ", 51,": what a name is, up to the closing comma
_APPOSITION = re.compile(r",\s+((?:a|an|the|or|[a-z0-9])[^,]{0,80}?)(?:,|$)")
_SAID_OR_AND = re.compile(r"\b(?:said|says|and)\b")
_HERE_OR_BRACKETS = re.compile(r"\bhere\b|\([^()]{1,60}\)")
_SPAN_SIGNALS = frozenset({"in", "for", "within", "over", "during", "after", "since"})
# prepositions by which a common noun governs the name after it ("the body of", "the spokesman for"); the others
# never get here: :func:`descriptor` takes no words before a name with another function word among them
_PREPOSITIONS = frozenset({"of", "for"})


def frame(text: str, start: int, end: int, quotes: Sequence[Quote], timexes: Sequence[Timex] = ()) -> tuple[int, int]:
    """The sentence's span without its reporting frame: ", police said" after the clause, or "X said Saturday
    that" before it when the clause names its own subject (not "it", "he"), also after a time of the frame the
    quote tagger left at the clause's start (:func:`_opens_with_a_pronoun_after`, by ``timexes``)."""
    for q in quotes:
        if q.kind not in ("indirect", "mixed") or q.cue_start is None or q.cue_end is None:
            continue
        if not (start <= q.start < q.end <= end and start <= q.cue_start < end):
            continue
        clause, rest = text[q.start:q.end], text[q.end:end]
        if (q.cue_start >= q.end and q.start - start <= 1 and len(clause.split()) >= 4
                and rest.lstrip().startswith(",") and len(rest.split()) <= 30):
            return start, q.end  # "<clause>, police said Friday."
        before = [(w, 0) for w in text[start : q.cue_start].split()]
        if q.cue_end <= q.start and end - q.end <= 3 and not tells([("", 0), *before, ("", 0)]):
            lead = _THAT.match(clause)
            clause = clause[lead.end():] if lead else clause
            if _opens_with_a_pronoun_after(clause, q.end, text, timexes):
                continue  # "said | on Monday it will withdraw ...": the frame's time, then the pronoun's clause
            first = clause.split(None, 1)[0].lower() if clause.split() else ""
            if len(clause.split()) >= 4 and first not in PRONOUNS and first != "to":  # not "urged X to ..."
                return q.end - len(clause), end  # "X said here Saturday that <clause>"
    m = _LEADING_FRAME.match(text, start, end)
    if m and len(text[m.end():end].split()) >= 4 and text[m.end():end].split()[0].lower() not in PRONOUNS:
        return m.end(), end  # "Fawzi Barhoom said that ...", a frame the quote tagger did not read
    m = _TRAILING_FRAME.search(text, start, end)
    if m and m.start() - start > 20 and m.end() >= end - 1 and not _participial_phrase(text[start:m.start()]):
        return start, m.start()
    return start, end


def _opens_with_a_pronoun_after(clause: str, end: int, text: str, timexes: Sequence[Timex]) -> bool:
    """Whether ``clause`` (ending at ``end`` of ``text``) opens with a time the quote tagger left in it and then a
    pronoun: "Canada's small New Democratic Party (NDP) said | on Monday it will withdraw its support ..." (a dev
    newswire lead).  The time is the frame's; the clause opens with "it", so the frame stays ("It will withdraw ..."
    names no one).  Any other clause is left to the rule before a noun subject ("Sunday's elections will ...")."""
    at = end - len(clause.lstrip())
    time = next((t for t in timexes if t.phrase_start <= at < t.end), None)
    if time is None:
        return False
    rest = text[time.end : end].lstrip(" ,")
    that = _THAT.match(rest)
    words = rest[that.end() if that else 0 :].split(None, 1)
    return bool(words) and words[0].lower() in PRONOUNS - {"there", "this"}


# ", a conservationist has warned.", ", the agency reported on its website Friday", ", according to ...": what the
# quote tagger did not take for a frame (a cue it does not know, a speaker it did not find)
_LEADING_FRAME = re.compile(r"[^,]{3,80}?\s(?:said|says|stressed|reiterated|insisted|stated|noted)\s"
                            r"(?:[^,]{0,30}?\s)?that\s")
_TRAILING_FRAME = re.compile(
    r",\s+(?:according to\s[^,]{3,80}|[^,]{3,60}?(?:,[^,]{3,80},)?\s(?:said|says|reported|reports|announced|"
    r"told|added|warned|confirmed|quoted|stated|disclosed|revealed)\b[^,]{0,100})\.?\s*$")


def _participial_phrase(words: str) -> bool:
    """Whether the words before a trailing frame's comma are an opening participial phrase, not the clause the
    frame reports: "Speaking to reporters in Islamabad on Monday, | the Pakistani foreign minister said his country
    would not allow ...", "Asked about the reports of secret prisons ..., | the Secretary of State said ...".
    What follows such a comma is the main clause, whose subject the participle shares.  A clause opening with a
    gerund ("Shipping rates rose 5 percent, dealers said") has its verb after it.

    >>> _participial_phrase("Speaking to reporters in Islamabad"), _participial_phrase("Shipping rates rose sharply")
    (True, False)
    """
    first, *rest = words.split() or [""]
    return (first[:1].isupper() and first.isalpha() and first.lower().endswith(("ing", "ed")) and "," not in words
            and not tells([("", 0), *((w, 0) for w in rest), ("", 0)]))


def descriptor(text: str, start: int, end: int, ann: Annotation) -> int:
    """Where the clause starts without the role its subject is named with: "Chinese President Hu Jintao"
    is "Hu Jintao" when the entity annotator read "president" as the person's title.  A common noun before
    "of", or before "for" in a phrase opened by "the", heads the subject, and the name is only its complement
    ("The body of former President Gerald Ford will be flown ...", "The chief spokesman for President George W.
    Bush dismissed ..."): then nothing goes.  A role's own "of" follows a word of the role ("Secretary of
    State", "head of state")."""
    head = text[start:end]
    for m in ann.mentions:
        if m.type != "PERSON" or not start < m.start < end or m.chain is None or m.chain >= len(ann.chains):
            continue
        before = head[: m.start - start].split()
        titles = ann.chains[m.chain].titles
        if (1 <= len(before) <= 8 and "," not in head[: m.start - start] and before[-1].lower() in titles
                and not any(verb_like(w) or (w in DANGLING and w not in ("of", "the", "for"))
                            for w in (b.lower() for b in before[:-1]))
                and not _governs_the_name(before, titles)):
            # a name's role ("Former Australian health minister"), not a clause ("Hopes for talks between")
            return m.start
        break  # only the name the clause opens with
    return start


def _governs_the_name(before: list[str], titles: Container[str]) -> bool:
    """Whether the words before a name hold a common noun with a preposition after it, which heads the phrase the
    name completes ("The body of former President ...", "The chief spokesman for President George W. Bush
    dismissed ..." is about the spokesman), where a role's own preposition follows a word of the role
    ("Secretary of State", "head of state" when "head" is the chain's title).  "for" heads the phrase only when
    the phrase opens with "the" ("The campaign manager for Senator ..."): a bare noun before it is a role of the
    name ("German coach for Greece's national team Otto Rehhagel").  ("A lawyer for ..." never gets here:
    :func:`descriptor` keeps a name with "a" before it whole.)

    >>> _governs_the_name("The body of former President".split(), {"president"})
    True
    >>> _governs_the_name("The chief spokesman for President".split(), {"president"})
    True
    >>> _governs_the_name("German coach for Greece's team".split(), {"team"})
    False
    >>> _governs_the_name("Secretary of State".split(), {"secretary"}), _governs_the_name(["Former"], set())
    (False, False)
    """
    opened_by_the = before[0].lower() == "the"
    return any(b.lower() in _PREPOSITIONS and a.islower() and a not in titles and (b.lower() == "of" or opened_by_the)
               for a, b in zip(before, before[1:], strict=False))


# how a name's words hang on its last one ("Bayan Baqer | Sulagh", "Stanley | \"Tookie\" | Williams")
_NAME_DEPS = frozenset({"compound", "nmod", "flat"})


def roles(parse: Sequence[Tok], ann: Annotation, asides: bool = False) -> list[tuple[int, int]]:
    """The roles persons and organisations are named with anywhere in a parsed lead, as spans: the words before a name
    that the parse hangs on it ("Philippine shopping mall giant | SM Prime Holdings Inc.", "spare ex-gang leader |
    Stanley "Tookie" Williams", "visiting US Secretary of State | Condoleezza Rice"), or the phrase a name is set
    beside with no comma ("The Swedish telecommunications giant | Ericsson"), unless that phrase is the object of a
    preposition ("the head of the UN nuclear watchdog agency Mohamed ElBaradei" is the head's name, not the
    agency's).  ``link.titles.lead_title`` drops them when only that makes a title fit.

    :func:`descriptor` reads the roles the entity annotator saw, for the name a clause opens with; this reads the
    parse, for every name (the annotator knows no "shopping mall giant" or "diving champion").  A name is the head of
    its phrase (a proper noun its words hang on; "Xinhua news agency" is headed by "agency": no role).  No role: one
    holding a comma or a conjunction, a word of another person's or organisation's name, only a determiner, or one
    set in an aside between commas (the aside goes whole when the title is too long); and the role's last word is a
    common noun or ends a role the article gives someone ("us secretary of state"), not a capitalised word the
    tagger left out of a name ("Ellen | Johnson Sirleaf").  With ``asides``, the roles of names set in an aside too:
    a title that keeps the name an aside gives and drops what the aside describes ("A former shoeshine boy, |
    Brazil's President | Luiz Inacio Lula da Silva, has ...") may drop its role as well."""
    spans = []
    names = [m for m in ann.mentions if m.type in ("PERSON", "ORG")]
    known = {t for c in ann.chains for t in c.titles}  # the roles the article gives anyone: "us secretary of state"
    below = dependents(parse)

    def first(i: int) -> int:  # the first token of token i's phrase
        todo, low = [i], i
        while todo:
            k = todo.pop()
            low = min(low, k)
            todo += below[k]
        return low

    for m in names:
        inside = [i for i, t in enumerate(parse) if m.start <= t.start < m.end]
        if not inside:
            continue
        head = inside[-1]
        while parse[head].dep in _NAME_DEPS and parse[head].head > head and parse[parse[head].head].pos == "PROPN":
            head = parse[head].head
        if parse[head].pos != "PROPN" or not asides and _in_aside(head, parse, first):
            continue
        role = range(first(head), inside[0])
        beside = parse[head].head
        if (not role and parse[head].dep == "appos" and inside[0] and parse[inside[0] - 1].pos != "PUNCT"
                and parse[beside].pos == "NOUN" and parse[beside].dep != "pobj" and beside == inside[0] - 1):
            # "The US lawmaker John Murtha"; not "The head of the agency X", and not "Workers at French carmaker
            # Renault", where the noun the name is set beside is the subject's head further back: the phrase that
            # is a role ends on the word just before the name.
            role = range(first(beside), inside[0])
        if not role or all(parse[i].pos == "DET" for i in role):
            continue
        last = parse[role[-1]]
        if (any(parse[i].pos in ("PUNCT", "CCONJ") and parse[i].low != "-" for i in role)
                or any(o is not m and o.start < parse[role[-1]].end and parse[role[0]].start < o.end for o in names)
                or not (last.pos == "NOUN" or len(role) > 1 and any(
                    f" {' '.join(parse[i].low for i in role)}".endswith(f" {t}") for t in known))):
            continue
        spans.append((parse[role[0]].start, m.start))
    return spans


def _in_aside(i: int, parse: Sequence[Tok], first: Callable[[int], int]) -> bool:
    """Whether token ``i`` lies in an aside set off by a comma (", a big shareholder in pan-European stock market
    operator Euronext,"): a title too long goes without the whole aside (``link.titles``), not its role words."""
    while parse[i].head != i:
        if (parse[i].dep in CLAUSE_ASIDES and first(i) > 0
                and parse[first(i) - 1].low == ","):
            return True
        i = parse[i].head
    return False


def appositions(text: str, start: int, end: int, mentions: Sequence[Mention],
                parse: Sequence[Tok] = ()) -> list[tuple[int, int]]:
    """", the president of the breakaway Russian republic of Chechnya," ", 51," after a name: what the name is,
    which a title does without (the words from the comma up to the closing comma, or the sentence's end).  Never
    the clause's own verb, which the lead's ``parse`` shows when the name is itself set off by commas and its
    closing comma is taken for an apposition's opening one ("Nicaragua's president-elect, Daniel Ortega, | met on
    Tuesday with ...,"): a span a word before the name hangs on (the subject on its verb) is the clause, not what
    the name is.  The name's own words may hang on a participle after it ("Paul Watson, wanted in Norway ...", which
    the parser may read as the name's verb): that is what the name is."""
    out = []
    for m in mentions:
        if not start <= m.end < end or m.type not in ("PERSON", "ORG"):
            continue
        seg = _APPOSITION.match(text, m.end, end)
        if (seg and len(seg.group(1).split()) <= 12 and not _SAID_OR_AND.search(seg.group(1))
                and not any(t.dep != "punct" and t.start < m.start
                            and seg.start(1) <= parse[t.head].start < seg.end() for t in parse)):
            out.append((m.end, seg.end()))
    return out


def dropped(text: str, start: int, end: int, timexes: Sequence[Timex], objects: Container[int] = (),
            nominal: Container[int] = ()) -> list[tuple[int, int]]:
    """Spans of the sentence a title does without: time expressions with their preposition, "here", brackets.
    ``objects``: where the lead's parse reads a "her" as an object pronoun, not a possessive (none without a
    parse); ``nominal``: where the times start that the parse reads as part of a noun phrase (:func:`nominal_times`),
    which stay with their preposition."""
    out = []
    for t in timexes:
        # a date or time tells when; a duration may be what happened ("sentenced to 10 years"): only "in the
        # next three years", "for two weeks" go
        if (start <= t.start < end and (t.type in ("DATE", "TIME") or t.signal in _SPAN_SIGNALS)
                and not text.startswith("'s", t.end)  # "Sunday's final" is no adjunct
                and t.start not in nominal
                and not _in_noun_phrase(text, start, t, end, objects)):
            a = t.signal_start if t.signal and t.signal_start is not None and t.signal_start >= start else t.start
            out.append((a, t.end))
    out += [(m.start(), m.end()) for m in _HERE_OR_BRACKETS.finditer(text, start, end)]
    return out


# how a word of a time hangs on the noun after it ("the winter | break", "2007 | budget", "recent | gains")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "npadvmod"})


def nominal_times(parse: Sequence[Tok], timexes: Sequence[Timex]) -> set[int]:
    """Where the time expressions start that the lead's parse reads as part of a noun phrase, which a title keeps:
    a word of the time modifies a noun after it ("get the cheque book out in the winter | break", "the government's
    planned 2007 | budget", "after recent | gains"), or the time is the object of an "of" after a noun that is no time
    itself ("the country's sportsman of the year").  Dropping such a time leaves the noun without a word it needs ("out
    break").  Not when a time in words right after a verb is read as its object's modifier ("announced Friday
    net losses", "defended Saturday author Orhan Pamuk's right", "announced yesterday tax cuts"): that is a
    newswire adjunct the parser misread; a year in digits there is the noun's ("approved the 2007 budget")."""
    out = set()
    for t in timexes:
        inside = [i for i, k in enumerate(parse) if t.start <= k.start < t.end]
        if not inside:
            continue
        for i in inside:
            h = parse[i].head
            if h in inside or h == i:
                continue
            if parse[i].dep in _MODIFIER_DEPS and h > inside[-1] and parse[h].pos in ("NOUN", "PROPN"):
                before = inside[0] - 1
                if not t.text[:1].isdigit() and before >= 0 and parse[before].pos in ("VERB", "AUX") \
                        and _governs(before, h, parse):
                    break  # "announced Friday net losses": the day is the verb's adjunct
                out.add(t.start)
                break
            owner = parse[h].head
            if (parse[i].dep == "pobj" and parse[h].low == "of" and owner < h and parse[owner].pos in ("NOUN", "PROPN")
                    and not t.text[:1].isupper() and not any(x.start <= parse[owner].start < x.end for x in timexes)):
                # "sportsman of the year"; not "in the first 10 months | of this year" (the noun is a time
                # itself) nor "the body of the IMF Monday" (a named day read as the object of "of")
                out.add(t.start)
                break
    return out


def spanned_times(parse: Sequence[Tok], timexes: Sequence[Timex]) -> set[int]:
    """Where the lengths of time start that are the span of the noun before them ("the highest level | in more than
    two years", "their first medal | in 20 years", "a delay | for one year"): a duration after its signal, right
    after a common noun on which the parse hangs the signal or which has an adjective of its own before it.
    Dropped, the noun may say another thing ("their first medal" ever); kept, the title is longer, so
    ``link.titles.lead_title`` keeps them only when the title still fits."""
    out = set()
    for t in timexes:
        signal = next((i for i, k in enumerate(parse) if k.start == t.signal_start), None)
        if t.type != "DURATION" or t.signal is None or signal is None or signal < 1:
            continue
        noun = signal - 1
        if parse[noun].pos == "NOUN" and (parse[signal].head == noun or any(
                parse[k].dep == "amod" and parse[k].head == noun for k in range(noun))):
            out.add(t.start)
    return out


def _governs(i: int, j: int, parse: Sequence[Tok]) -> bool:
    """Whether token ``i`` is an ancestor of token ``j`` in the parse."""
    while parse[j].head != j:
        j = parse[j].head
        if j == i:
            return True
    return False


def _in_noun_phrase(text: str, start: int, timex: Timex, end: int, objects: Container[int] = ()) -> bool:
    """Whether a time expression modifies the noun of a phrase ("his first century", "its recent decline", "the
    2006 budget", "a Wednesday landslide"), so it is no adjunct of the clause and dropping it leaves the phrase
    without a word it needs: it follows a possessive, or a determiner and comes before its noun ("in the past
    summer." ends its phrase: an adjunct); or it is part of a hyphened word ("the July-to-September quarter").
    "her" is a possessive ("hit her first century", "spent her last week in office") unless the lead's parse
    reads it as an object (``objects``) and the time is a named day or date ("arrested her Tuesday"): the model
    reads "spent her last week" as an object too, and a time of its own words ("last week", "first year") can be
    hers where "Tuesday" is not.  Without a parse the time stays: the words around "her" cannot tell the two apart.

    >>> s = "Hayden hit his first century. Visitors came in the past summer. The 2008 Games opened."
    >>> def t(w): return Timex(start=s.index(w), end=s.index(w) + len(w), text=w, type="DATE", value="X")
    >>> [_in_noun_phrase(s, 0, t(w), len(s)) for w in ("first century", "past summer", "2008")]
    [True, False, True]
    >>> s = "Police arrested her Tuesday at her home."
    >>> _in_noun_phrase(s, 0, t("Tuesday"), len(s)), _in_noun_phrase(s, 0, t("Tuesday"), len(s), {s.index("her")})
    (True, False)
    >>> s = "She spent her last week in office."
    >>> _in_noun_phrase(s, 0, t("last week"), len(s), {s.index("her")})
    True
    """
    if text[timex.end : timex.end + 1] == "-" or text[timex.start - 1 : timex.start] == "-":
        return True  # part of a hyphened word: "in the July-to-September quarter"
    before = text[start : timex.start].split()
    if not before or timex.signal is not None:
        return False
    word = before[-1].lower()
    if word == "her":
        named = timex.text[:1].isupper()  # "Tuesday", "Nov. 5": no time a person owns
        return not named or text.rindex(before[-1], start, timex.start) not in objects
    if word in POSSESSIVES:
        return True
    after = text[timex.end : end].split()
    noun_next = bool(after) and after[0][:1].isalnum() and after[0].lower() not in DANGLING
    return word in ("a", "an", "the") and noun_next
