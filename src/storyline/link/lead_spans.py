"""Spans of a lead that a title does without, found by the annotations: the reporting frame ("X said Saturday
that", ", police said"), the role a name is given ("Chinese President"), an apposition after a name, time
expressions with their preposition, "here" and brackets.

A frame stays when the clause it reports has a pronoun subject ("Iran said it has no plans ..."): without it the
title would state the speaker's claim or denial as a fact.

``link.titles`` drops them before it cuts the rest by the lead's parse; every word left is the article's, in its
order.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from storyline.link.title_words import DANGLING, POSSESSIVES, PRONOUNS, tells, verb_like
from storyline.records import Annotation, Mention, Quote, Timex

_THAT = re.compile(r"(?i)that\s+")
# ", the president of the breakaway Russian republic of Chechnya,", ", 51,": what a name is, up to the closing comma
_APPOSITION = re.compile(r",\s+((?:a|an|the|or|[a-z0-9])[^,]{0,80}?)(?:,|$)")
_SAID_OR_AND = re.compile(r"\b(?:said|says|and)\b")
_HERE_OR_BRACKETS = re.compile(r"\bhere\b|\([^()]{1,60}\)")
_SPAN_SIGNALS = frozenset({"in", "for", "within", "over", "during", "after", "since"})
# prepositions by which a common noun governs the name after it ("the spokesman for President ...")
_PREPOSITIONS = frozenset({"of", "for", "to", "at", "from", "with", "in", "on", "by"})
_ARTICLES = frozenset({"a", "an", "the"})


def frame(text: str, start: int, end: int, quotes: Sequence[Quote]) -> tuple[int, int]:
    """The sentence's span without its reporting frame: ", police said" after the clause, or "X said Saturday
    that" before it when the clause names its own subject (not "it", "he")."""
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
            first = clause.split(None, 1)[0].lower() if clause.split() else ""
            if len(clause.split()) >= 4 and first not in PRONOUNS and first != "to":  # not "urged X to ..."
                return q.end - len(clause), end  # "X said here Saturday that <clause>"
    m = _LEADING_FRAME.match(text, start, end)
    if m and len(text[m.end():end].split()) >= 4 and text[m.end():end].split()[0].lower() not in PRONOUNS:
        return m.end(), end  # "Fawzi Barhoom said that ...", a frame the quote tagger did not read
    m = _TRAILING_FRAME.search(text, start, end)
    if m and m.start() - start > 20 and m.end() >= end - 1:
        return start, m.start()
    return start, end


# ", a conservationist has warned.", ", the agency reported on its website Friday", ", according to ...": what the
# quote tagger did not take for a frame (a cue it does not know, a speaker it did not find)
_LEADING_FRAME = re.compile(r"[^,]{3,80}?\s(?:said|says|stressed|reiterated|insisted|stated|noted)\s"
                            r"(?:[^,]{0,30}?\s)?that\s")
_TRAILING_FRAME = re.compile(
    r",\s+(?:according to\s[^,]{3,80}|[^,]{3,60}?(?:,[^,]{3,80},)?\s(?:said|says|reported|reports|announced|"
    r"told|added|warned|confirmed|quoted|stated|disclosed|revealed)\b[^,]{0,100})\.?\s*$")


def descriptor(text: str, start: int, end: int, ann: Annotation) -> int:
    """Where the clause starts without the role its subject is named with: "Chinese President Hu Jintao"
    is "Hu Jintao" when the entity annotator read "president" as the person's title.  A common noun before a
    preposition ("of", "for") heads the subject, and the name is only its complement ("The body of former
    President Gerald Ford will be flown ...", "The spokesman for President George W. Bush dismissed ..."):
    then nothing goes.  A role's own "of" follows a word of the role ("Secretary of State", "head of state")."""
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
    name completes ("The body of former President ...", "The spokesman for President George W. Bush dismissed
    ..." is about the spokesman), where a role's own preposition follows a word of the role ("Secretary of
    State", "head of state" when "head" is the chain's title).  Any preposition but "of" heads the phrase only
    after an article ("The spokesman for", "A lawyer for"): a bare noun before it is a role of the name ("German
    coach for Greece's national team Otto Rehhagel").

    >>> _governs_the_name("The body of former President".split(), {"president"})
    True
    >>> _governs_the_name("The spokesman for President".split(), {"president"})
    True
    >>> _governs_the_name("German coach for Greece's team".split(), {"team"})
    False
    >>> _governs_the_name("Secretary of State".split(), {"secretary"}), _governs_the_name(["Former"], set())
    (False, False)
    """
    return any(b.lower() in _PREPOSITIONS and a.islower() and a not in titles
               and (b.lower() == "of" or n and before[n - 1].lower() in _ARTICLES)
               for n, (a, b) in enumerate(zip(before, before[1:], strict=False)))


def appositions(text: str, start: int, end: int, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """", the president of the breakaway Russian republic of Chechnya," ", 51," after a name: what the name is,
    which a title does without (the words from the comma up to the closing comma, or the sentence's end)."""
    out = []
    for m in mentions:
        if not start <= m.end < end or m.type not in ("PERSON", "ORG"):
            continue
        seg = _APPOSITION.match(text, m.end, end)
        if seg and len(seg.group(1).split()) <= 12 and not _SAID_OR_AND.search(seg.group(1)):
            out.append((m.end, seg.end()))
    return out


def dropped(text: str, start: int, end: int, timexes: Sequence[Timex]) -> list[tuple[int, int]]:
    """Spans of the sentence a title does without: time expressions with their preposition, "here", brackets."""
    out = []
    for t in timexes:
        # a date or time tells when; a duration may be what happened ("sentenced to 10 years"): only "in the
        # next three years", "for two weeks" go
        if (start <= t.start < end and (t.type in ("DATE", "TIME") or t.signal in _SPAN_SIGNALS)
                and not text.startswith("'s", t.end)  # "Sunday's final" is no adjunct
                and not _in_noun_phrase(text, start, t, end)):
            a = t.signal_start if t.signal and t.signal_start is not None and t.signal_start >= start else t.start
            out.append((a, t.end))
    out += [(m.start(), m.end()) for m in _HERE_OR_BRACKETS.finditer(text, start, end)]
    return out


def _in_noun_phrase(text: str, start: int, timex: Timex, end: int) -> bool:
    """Whether a time expression modifies the noun of a phrase ("his first century", "its recent decline", "the
    2006 budget", "a Wednesday landslide"), so it is no adjunct of the clause and dropping it leaves the phrase
    without a word it needs: it follows a possessive, or a determiner (or "her") and comes before its noun ("in the
    past summer." ends its phrase: an adjunct); or it is part of a hyphened word ("the July-to-September quarter").

    >>> s = "Hayden hit his first century. Visitors came in the past summer. The 2008 Games opened."
    >>> def t(w): return Timex(start=s.index(w), end=s.index(w) + len(w), text=w, type="DATE", value="X")
    >>> [_in_noun_phrase(s, 0, t(w), len(s)) for w in ("first century", "past summer", "2008")]
    [True, False, True]
    >>> s = "Police arrested her Tuesday at her home."
    >>> _in_noun_phrase(s, 0, t("Tuesday"), len(s))
    False
    """
    if text[timex.end : timex.end + 1] == "-" or text[timex.start - 1 : timex.start] == "-":
        return True  # part of a hyphened word: "in the July-to-September quarter"
    before = text[start : timex.start].split()
    if not before or timex.signal is not None:
        return False
    word = before[-1].lower()
    after = text[timex.end : end].split()
    noun_next = bool(after) and after[0][:1].isalnum() and after[0].lower() not in DANGLING
    if word in POSSESSIVES and word != "her":
        return True
    # "her" is an object as often as a possessive ("arrested her Tuesday at her home"): like a determiner, it
    # holds the time only when the phrase's noun comes after it
    return word in ("a", "an", "the", "her") and noun_next
