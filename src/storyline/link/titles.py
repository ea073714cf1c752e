"""Titles of events and stories, made from what their articles say.

A list of stories is read by its titles.  A wire report has no headline, and the title made from its first
sentence is a lead of 30 words ("Chinese President Hu Jintao said here Saturday that China will establish three
to five trade and economic cooperation zones in Africa in the next three years"), cut with "…" where a list
cannot show it.  An editor heads the same report with the happening in a few words.  So a cluster's title is:

1. a real headline of the cluster's main event (its largest events), the one that shares most words with
   the others (``stories.headline_title``), when it is short enough to be a headline;
2. else the lead of its most central member (the same choice over the members' titles), shortened by what the
   annotations say about it (:func:`lead_title`): the reporting frame ("X said Saturday that", ", police said") as
   the quote tagger found it, time expressions and "here", brackets, a trailing clause of figures or circumstance
   (", with the index down 9.12 points", ", killing 388"), and then, to an editor's length (:data:`MAX_CHARS`), cut
   by the lead's dependency parse (``Annotation.lead_parse``, kept by the nlp stage from its parse of the article):
   a title ends only where what follows is whole adjuncts of what it keeps, never before its verb or inside a
   complement or a name; when that is still too long, the roles names are given ("Philippine shopping mall giant SM
   Prime ...") go if only that makes it fit, else what only completes the sense of an object, and the asides set
   off by commas.  A title so cut that it ends on a bare noun ("bears responsibility") takes the phrase that names
   it ("for widespread atrocities") when the title with it fits, roles and asides gone to make room.  An
   apposition whose opening comma stays keeps its closing one when what followed it is cut (:func:`_closed`), and a
   quotation the cut leaves open is closed after an ellipsis where the title ends (:func:`_quoted`).  Without a
   parse (an article annotated before parses were kept), or when the parse finds no verb with its subject, the
   words after the last phrase break that fits, never inside a name or a word;
3. with no title at all, a label of central names and terms (``stories.title_from``).

A flash (``storyline.flashes``: a record no longer than a headline) alone in its event is no candidate when
the cluster has another member: a weak likeness may have placed it there.

Every word of a title is a word of the article, in its order: nothing is invented.

The spans a lead does without by its annotations are found by ``link.lead_spans``; the closed classes of words
both read (function words, auxiliaries, pronouns) and the verb test are in ``link.title_words``.

:func:`cluster_titles` is what linking calls for the clusters that changed, and what a benchmark calls to
see the titles the code at hand would give without writing them.

Example::

    >>> import storyline
    >>> sl = storyline.open(":memory:")
    >>> cluster_titles(sl.store, [])
    {}
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Sequence
from itertools import accumulate
from typing import Any

from storyline.lead import TITLE_CHARS, lead_start, list_title
from storyline.link.lead_spans import (
    CLAUSE_ASIDES,
    Tok,
    appositions,
    dependents,
    descriptor,
    dropped,
    frame,
    nominal_times,
    roles,
    spanned_times,
)
from storyline.link.stories import headline_title, title_from
from storyline.link.title_words import AUXILIARIES, DANGLING, SUBJECT_PRONOUNS, tells_each, verb_like
from storyline.records import Annotation, MemberTitle

MAX_CHARS = TITLE_CHARS
"""An editor's length: what a list of stories shows on one line (:data:`storyline.lead.TITLE_CHARS`)."""
_HEADLINE_WORDS = 3  # a shorter "headline" ("Alaska Gov", "Published") names no happening
_LEAD_CHARS = 1000  # the annotations read for a lead: those that start before this offset
_SLACK = 25  # how far past it a title may go to end where a phrase ends
_LEEWAY = 10  # with a parse, a title may end this far past the limit (a title up to 90 reads as one)
_SHORTEST = 40  # a head shorter than this gives way to a phrase ending within the slack

# of those, the words a phrase cannot end on whatever the parse says (not a pronoun object: "denied it")
_FUNCTION = DANGLING - {"it", "he", "she", "they", "we", "more", "most", "two", "three", "all", "both", "some",
                         "any", "no", "said", "says", "also", "very", "less", "being", "been", "when", "where"}
# words that open a phrase of place, time or circumstance: a title of the happening can end before them
_BREAKS = frozenset({
    "in", "on", "at", "for", "from", "by", "with", "after", "as", "amid", "while", "over", "against", "during",
    "since", "following", "despite", "before", "when", "where", "which", "who", "because", "near", "under",
    "ahead", "until", "through", "into", "but", "across",
})
# words that, after a comma, open a clause that adds circumstance to the happening already told
_CLAUSE_OPENERS = frozenset({
    "with", "after", "as", "while", "amid", "following", "but", "which", "who", "when", "despite", "where",
    "before", "because", "although", "though", "saying", "adding", "according", "bringing", "leaving",
    "killing", "injuring", "wounding", "making", "taking", "prompting", "sending", "ending", "raising",
    "putting", "marking", "whereas", "thus", "and", "up", "down", "from",
})
# words a "to" completes ("an attempt to smuggle", "is likely to"): a title does not end before that "to"
_TO_COMPLEMENTS = frozenset({
    "attempt", "attempts", "bid", "effort", "efforts", "move", "decision", "plan", "plans", "agreement", "deal",
    "right", "chance", "call", "calls", "pledge", "promise", "offer", "order", "vote", "request", "proposal",
    "failure", "refusal", "ability", "way", "need", "campaign", "drive", "pressure", "permission", "approval",
    "power", "intention", "commitment", "determination", "opportunity", "able", "unable", "likely", "unlikely",
    "due", "ready", "willing", "set", "expected", "going", "trying", "seeking", "aiming", "wants", "hopes",
    "officials", "cities", "countries", "governments", "people", "children", "authorities", "states", "nations",
})
# prepositions left alone between two dropped spans
_ORPHANS = frozenset({"to", "of", "in", "on", "at", "for", "from", "by", "until", "through"})
# forms of "be": the auxiliary of a passive ("was killed in") or progressive ("is looking at"), or a copula
_FORMS_OF_BE = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_WORD = re.compile(r"\S+")
# marks that cling to the word before them: a dropped bracket's possessive or closing quotation ("(EU)'s", '(VAT)"')
_CLINGING = frozenset("'\u2019\"\u201d-")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.!?)])")


# dependents a title may end before: they add to what is kept without completing it
_ADJUNCTS = frozenset({"relcl", "appos", "parataxis", "npadvmod", "punct", "cc", "dep", "meta", "intj",
                       "preconj", "prep", "advcl", "acl", "conj", "advmod"})
# a verb with one of these has its complement: a phrase of place or time after it is an adjunct
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative"})
_VERBAL = frozenset({"VERB", "AUX"})
_ASIDES = CLAUSE_ASIDES | {"prep", "npadvmod"}  # what _pruned drops
# dependents after their head that a comma before them sets off as an aside whatever the parse calls them
_AFTER = frozenset({"dobj", "attr", "prep", "npadvmod", "appos", "advcl", "acl", "relcl", "advmod", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
def _required(i: int, toks: Sequence[Tok], kids: list[list[int]], kept: Container[int],
              strict: bool = True) -> bool:
    """Whether token ``i`` completes its head (a title keeping the head keeps it): a subject, an object, an
    auxiliary, a word of the head's name or phrase; a phrase after a noun or an adjective ("participation in
    the Games", "ready for"), not one after a noun in a phrase ("an attack | in Thailand's south"), and always
    the phrase of an adjective set after its noun ("a growth course similar to that of the EU-25"); the first
    phrase after a verb that has no other complement among the ``kept`` tokens ("echoed through downtown
    Baghdad", "died in two explosions"), and after a form of "be" with no attribute even past an adverb ("are
    still in the slump"), "to" or "into" after an object ("pay 1.3 million punts to ..."); an
    infinitive after a verb that has no other complement ("gathered to discuss") or after a noun ("a plan to
    build"); a participle right after its noun ("a paratrooper accused of sadism") and its agent; the
    coordinate of a noun.  Not required: a relative clause, a clause set off by a comma, an apposition, a later
    phrase of place, time or manner, a coordinate verb.  Unless ``strict``, what only completes the sense of an
    object (a phrase after a noun but "of", "to" after an object, an infinitive after an object, a participle
    after a noun) is not required either: a title too long with it does without it."""
    t = toks[i]
    h = toks[t.head]
    left = _left(i, kids)
    if t.dep in _AFTER and t.head < left and left and toks[left - 1].low == ",":
        return False  # set off by a comma: ", a drastic rise from ...", ", with the annual revenue growing ..."
    if t.dep not in _ADJUNCTS:
        return t.dep != "agent" or h.dep in ("acl", "advcl", "relcl")  # "followed | by their ..."
    deps = {toks[k].dep for k in kids[t.head] if k in kept and (toks[k].dep != "advmod" or k > t.head)}
    if t.dep in ("conj", "npadvmod"):  # "worth | 21 million dollars" completes its word
        return h.pos not in _VERBAL
    if t.dep in ("advcl", "acl", "relcl"):
        infinitive = any(toks[k].low == "to" and toks[k].dep == "aux" for k in kids[i])
        if t.dep != "advcl":  # "measures to promote ...", "a center hit by ..."; not "a plane that crashed"
            return infinitive or strict and t.dep == "acl" and t.start > h.start and not any(
                toks[k].dep == "nsubj" for k in kids[i])
        # "gathered to discuss", "pulling together a coalition to fight"; not "demonstrated in front of X to"
        after_object = any(toks[k].dep == "dobj" and _right(k, kids) == left - 1 for k in kids[t.head])
        return infinitive and (after_object and strict or not deps & (_COMPLEMENTS | {"prep", "advmod"}))
    if t.dep == "advmod":
        return not kids[i] and t.start > h.start  # "ended lower", not "as long as ..."
    if t.dep != "prep":
        return False
    if h.pos not in _VERBAL:  # "participation in the Games", "the cause of death"; not "an attack in Thailand",
        # "to promote agricultural production | in the country's north" (a noun of a clause below the main one)
        if h.pos == "ADJ" and h.dep == "amod" and t.head > h.head:  # "a culture compatible | with": an
            return True  # adjective after its noun is there for its phrase, with or without the sense's extras
        return t.low == "of" or strict and h.dep not in ("pobj", "npadvmod", "appos", "conj") and (
            toks[h.head].dep in ("ROOT", "ccomp") or h.head == t.head or h.pos not in ("NOUN", "PROPN"))
    first = next((k for k in kids[t.head] if toks[k].dep == "prep" and k > t.head and k in kept), None)
    if h.low in _FORMS_OF_BE and not deps & _COMPLEMENTS:  # "are still | in the slump": a form of "be" with no
        return first == i  # attribute has its predicate in its first phrase, whatever adverb comes between
    if deps & (_COMPLEMENTS | {"advmod"}):  # "ended lower | with"; not "come up | with"
        return strict and t.low in ("to", "into", "onto") and "dobj" in deps
    if h.dep in ("relcl", "advcl") and any(toks[k].dep in _SUBJECTS for k in kids[t.head]):
        return False  # "where the parliament will meet | for the first time"; not "gold bars made | of"
    return first == i and t.low != "by"


def _bare(i: int, toks: Sequence[Tok], kids: list[list[int]]) -> bool:
    """Whether token ``i`` is a common noun with nothing before it in its phrase but a determiner or a possessive
    ("a plan", "its fight", "responsibility"): a title ending on it names no thing until the phrase after it does
    ("a plan | for a prolonged nationwide strike").  A noun with words of its own ("a draft budget", "retired
    officers") names one."""
    return toks[i].pos == "NOUN" and all(toks[k].dep in ("det", "poss") for k in kids[i] if k < i)


def _tokens_in(words: list[tuple[str, int]], toks: Sequence[Tok]) -> set[int]:
    """The indices of the tokens that start inside one of ``words`` (each a word and where it starts)."""
    return {i for i, t in enumerate(toks) if any(at <= t.start < at + len(w) for w, at in words)}


def _left(i: int, kids: list[list[int]]) -> int:
    """The first token of token ``i``'s phrase."""
    while kids[i] and min(kids[i]) < i:
        i = min(kids[i])
    return i


def _right(i: int, kids: list[list[int]]) -> int:
    """The last token of token ``i``'s phrase."""
    while kids[i] and max(kids[i]) > i:
        i = max(kids[i])
    return i


def _pruned(words: list[tuple[str, int]], toks: Sequence[Tok], kids: list[list[int]], limit: int
            ) -> list[tuple[str, int]]:
    """``words`` without their longest asides, one after another while longer than ``limit``: an adjunct set
    off by commas (", in search of a replacement for Kevin Millwood,") or a relative clause closed by one
    ("which had been missing since Friday morning in Papua province of Indonesia,").  What is left holds every
    word that completes a word it keeps.  Before any aside goes, a subject that describes a name set beside it
    gives way to the name (:func:`_named`) when the words then fit.  ``kids``: the tokens' dependents
    (``lead_spans.dependents``)."""

    def span(i: int) -> tuple[int, int]:
        todo, lo, hi = [i], toks[i].start, toks[i].end
        while todo:
            k = todo.pop()
            lo, hi = min(lo, toks[k].start), max(hi, toks[k].end)
            todo += kids[k]
        return lo, hi

    named = _named(words, toks, kids) if _length(words) > limit else words
    if named is not words:  # a subject that describes a name gives way to it, if then the words fit
        short = _pruned(named, toks, kids, limit)
        if _length(short) <= limit:
            return short
    while _length(words) > limit:
        kept = _tokens_in(words, toks)
        best: tuple[int, int, int] | None = None  # (length, first word, last word)
        for i, t in enumerate(toks):
            if t.dep not in _ASIDES or t.head not in kept or _required(i, toks, kids, kept):
                continue
            lo, hi = span(i)
            inside = [n for n, (_, at) in enumerate(words) if lo <= at < hi]
            if (not inside or inside[0] == 0 or inside[-1] == len(words) - 1
                    or inside != list(range(inside[0], inside[-1] + 1)) or not words[inside[-1]][0].endswith(",")
                    or not (words[inside[0] - 1][0].endswith(",") or t.dep == "relcl")):
                continue  # an aside is set off by commas; a tail is cut, not pruned; a phrase that lost words stays
            size = sum(len(words[n][0]) + 1 for n in inside)
            if best is None or size > best[0]:
                best = (size, inside[0], inside[-1])
        if best is None:
            break
        _, a, b = best
        before = words[a - 1]
        if before[0].endswith(","):
            before = (before[0][:-1], before[1])
        words = _closed([*words[: a - 1], before, *words[b + 1 :]], toks, kids)
    return words


def _named(words: list[tuple[str, int]], toks: Sequence[Tok], kids: list[list[int]]) -> list[tuple[str, int]]:
    """``words`` with a subject that describes a name set beside it by commas replaced by that name: "Nicaragua's
    president-elect, | Daniel Ortega, | met on Tuesday with Thomas Shannon ..." (a dev newswire lead) becomes
    "Daniel Ortega met with Thomas Shannon ...".  A title that must lose words keeps who acted, as an editor's
    does; pruning the apposition as an aside would keep the description and lose the name.  The description is the
    subject's common noun (its whole phrase before its verb) with all its words outside the apposition, and what is
    set off by a comma after the name ("Lula da Silva, 61,"); the name is an apposition after the noun, opened by a
    comma, headed by a proper noun (a name first, "Wole Soyinka, the Nobel laureate,", is left to the asides).
    ``words`` as they are when there is no such subject.  ``kids``: the tokens' dependents
    (``lead_spans.dependents``)."""
    kept = _tokens_in(words, toks)

    def inside(a: int, b: int) -> list[int]:
        return [n for n, (_, at) in enumerate(words) if toks[a].start <= at < toks[b].end]

    for i, t in enumerate(toks):
        if (t.dep not in _SUBJECTS or t.pos != "NOUN" or i not in kept or t.head not in kept
                or toks[t.head].pos not in _VERBAL or _right(i, kids) > t.head):
            continue  # a common noun whose whole phrase comes before its verb
        for a in kids[i]:
            lo, hi = _left(a, kids), _right(a, kids)
            if toks[a].dep != "appos" or toks[a].pos != "PROPN" or lo <= i or toks[lo - 1].low != ",":
                continue
            if any(toks[c].dep == "prep" and i < c < lo for c in kids[i]):
                continue  # "the parents of the missing girl, Madeleine McCann,": whose name it is, the parse guesses
            subject, name = inside(_left(i, kids), _right(i, kids)), inside(lo, hi)
            if (not name or not subject or subject != list(range(subject[0], subject[-1] + 1))
                    or name != list(range(name[0], name[-1] + 1)) or not words[subject[-1]][0].endswith(",")):
                continue  # the name is whole and closed by its comma, or the subject is no aside's frame
            # what the name is, set off after it by a comma (", 61,"), goes with what the description said
            asides = [c for c in kids[a] if c > a and toks[c].dep in _ASIDES and toks[_left(c, kids) - 1].low == ","]
            gone = {n for c in asides for n in inside(_left(c, kids) - 1, _right(c, kids))}
            kept_name = [words[n] for n in name if n not in gone]
            if not kept_name or gone and max(gone) != name[-1]:
                continue
            w, at = kept_name[-1]
            return [*words[: subject[0]], *kept_name[:-1], (w.rstrip(","), at), *words[subject[-1] + 1 :]]
    return words


def _closed(words: list[tuple[str, int]], toks: Sequence[Tok], kids: list[list[int]]) -> list[tuple[str, int]]:
    """``words`` with the comma given back to a word that closes an apposition whose opening comma they keep:
    when what followed that comma went with it (a relative clause, a time, an aside or a frame of its own), the
    comma still closes the apposition ("Yeltsin sacked his transport minister, Anatoly Zaitsev, | the Interfax news
    agency reported, | quoting ..." keeps "Zaitsev,", not "..., Anatoly Zaitsev quoting").  A list's comma opens no
    apposition ("China's spacemen Yang Liwei, Fei Junlong and Nie Haisheng, | together with another 11 Chinese
    astronauts, | have enrolled" stays "... and Nie Haisheng have enrolled").  ``toks``: the lead's parse (nothing
    changes without one); ``kids``: their dependents (``lead_spans.dependents``)."""
    ends = {t.end: i for i, t in enumerate(toks)}
    starts = {at: n for n, (_, at) in enumerate(words)}
    out = list(words)
    for n, (word, at) in enumerate(words[:-1]):
        last = ends.get(at + len(word))
        if word[-1] in ",;" or last is None or last + 1 == len(toks) or toks[last + 1].low != ",":
            continue  # the word keeps its comma, or had none in the text
        i = last
        while True:  # the phrases the word ends, smallest first: the apposition among them
            f = _left(i, kids)
            p = starts.get(toks[f].start)
            if (toks[i].dep == "appos" and toks[i].head < f and p and toks[f - 1].low == ","
                    and not toks[last].end <= words[n + 1][1] < toks[_right(i, kids)].end
                    and out[p - 1][0].endswith(",")):
                out[n] = (word + ",", at)
                break
            if toks[i].head == i or _right(toks[i].head, kids) != last:
                break
            i = toks[i].head
    return out


def _reopened(words: list[tuple[str, int]], toks: Sequence[Tok], kids: list[list[int]]) -> list[tuple[str, int]]:
    """``words`` with a comma given to a word after which an aside set off by commas went and a relative clause
    opened by the aside's closing comma follows: the comma still opens the clause ("met with Thomas Shannon, | the
    U.S. assistant secretary of state, | who had strongly opposed him" keeps "Shannon, who", where "Shannon who"
    reads as which Shannon).  The clause is one the parse hangs on a word before it, the name's or one of the aside
    (the parser often hangs it on the aside's last noun: "the governor of the state of Rio de Janeiro, | who").
    Given once the title is cut, so the comma moves no cut (a clause after a comma reads as a circumstance)."""
    ends = {t.end: i for i, t in enumerate(toks)}
    firsts = {t.start: i for i, t in enumerate(toks)}
    out = list(words)
    for n, (word, at) in enumerate(words[:-1]):
        last, j = ends.get(at + len(word)), firsts.get(words[n + 1][1])
        if (word[-1] in ",;" or last is None or j is None or j <= last + 2 or toks[last + 1].low != ","
                or toks[j - 1].low != ","):
            continue  # the word keeps its comma, or no aside set off by commas went after it
        for i, t in enumerate(toks):
            if t.dep == "relcl" and t.head < j and _left(i, kids) == j:
                r = _right(i, kids)  # the clause must close the title or be closed by a comma of its own
                if any(a >= toks[r].end for _, a in words) and (r + 1 >= len(toks) or toks[r + 1].low != ","):
                    continue
                out[n] = (word + ",", at)
                break
    return out


def _cuttable(words: list[tuple[str, int]], toks: Sequence[Tok], kids: list[list[int]], strict: bool = True
              ) -> list[bool]:
    """Per n (0 to len(words)): whether a title may end before word ``n`` by the parse: its verb and all that
    completes what it keeps lie before the cut, and nothing before the cut hangs on a word after it.  None
    (not even the whole) when the words tell no verb with its subject ("were running out ..." when the quote
    tagger took the subject for the frame's).  ``kids``: the tokens' dependents (``lead_spans.dependents``)."""
    starts = [at for _, at in words]
    where: dict[int, int] = {}  # token -> the word it falls in, for the tokens of the words kept
    for i, t in enumerate(toks):
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.start < starts[k] + max(len(words[k][0]), 1):
            where[i] = k
    bar = [0] * (len(words) + 2)  # cuts n in [a, b) barred: bar[a] += 1, bar[b] -= 1

    def forbid(a: int, b: int) -> None:
        if a < b:
            bar[a] += 1
            bar[b] -= 1

    verb = False
    # "<clause>, reported the news agency PAP": a clause before the verb it is told by is what a title keeps
    told = {t.head for i, t in enumerate(toks) if t.dep == "ccomp" and t.head > i and i in where}
    for i, k in where.items():
        t = toks[i]
        h = where.get(t.head) if t.head != i and i not in told and t.head not in told else None
        if h is None and i in told:
            continue
        if h is None:  # a root of what is kept: its verb, with its subject, comes before any cut
            if t.pos in _VERBAL:
                # an infinitive is no finite verb, even when the parse makes it the root with a subject ("The
                # World Cup to be hosted by South Africa | is set to ...": the subject's modifier, misread)
                verb = verb or (any(toks[c].dep in _SUBJECTS for c in kids[i])
                                and not any(toks[c].dep == "aux" and toks[c].low == "to" for c in kids[i]))
                forbid(1, k + 1)
            continue
        if t.dep == "punct" or h == k:
            continue
        if h < k and _required(i, toks, kids, where, strict):
            forbid(h + 1, k + 1)  # "agreed to | terms": the head is kept, its complement not
        elif k < h:
            forbid(k + 1, h + 1)  # "as | gunmen sealed": a word kept whose head is not
    out, run = [], 0
    for n in range(len(words) + 1):
        run += bar[n]
        out.append(verb and (n == len(words) or (n > 0 and run == 0)))
    return out


def lead_title(text: str, start: int, end: int, ann: Annotation, limit: int = MAX_CHARS,
               parse: Sequence[Tok] | None = None) -> str:
    """The sentence ``text[start:end]`` shortened to a title by what the annotation says about it, and by its
    dependency parse when given (:func:`lead_parse`): then a title ends only where what follows is whole
    adjuncts of what it keeps (:func:`_cuttable`), never before its verb or inside a complement.

    >>> from storyline.records import Quote, Timex
    >>> s = "Share prices on the Jakarta Stock Exchange ended lower Thursday with the composite index down 9 points."
    >>> day = Timex(start=s.index("Thursday"), end=s.index("Thursday") + 8, text="Thursday", type="DATE", value="X")
    >>> lead_title(s, 0, len(s), Annotation(1, timexes=[day]))
    'Share prices on the Jakarta Stock Exchange ended lower'
    >>> s = "Two Muslims were shot dead in Thailand's south on Wednesday, police said."
    >>> said = Quote(start=0, end=s.index(","), text=s[:s.index(",")], kind="indirect", cue="said",
    ...              cue_start=s.index("said"), cue_end=s.index("said") + 4)
    >>> lead_title(s, 0, len(s), Annotation(1, quotes=[said]))
    "Two Muslims were shot dead in Thailand's south on Wednesday"
    """
    start, end = frame(text, start, end, ann.quotes, ann.timexes)
    start = descriptor(text, start, end, ann)
    nominal = nominal_times(parse, ann.timexes) if parse else set()
    spanned = spanned_times(parse, ann.timexes) - nominal if parse else set()
    if spanned:  # "their first medal | in 20 years": the noun's span stays when the title still fits with it
        title = _cut_title(text, start, end, ann, limit, parse, nominal | spanned)
        if title and len(title) <= limit + _LEEWAY:
            return title
    return _cut_title(text, start, end, ann, limit, parse, nominal)


def _cut_title(text: str, start: int, end: int, ann: Annotation, limit: int, parse: Sequence[Tok] | None,
               nominal: Container[int]) -> str:
    """:func:`lead_title` of the clause ``text[start:end]`` (its frame and its subject's role gone), the times that
    start at ``nominal`` kept."""
    apposed = appositions(text, start, end, ann.mentions, parse or ())
    # "her" read as an object by the parse ("arrested her Tuesday"): a time after it is the clause's adjunct
    objects = {t.start for t in parse or () if t.low == "her" and t.dep != "poss"}
    cut = dropped(text, start, end, ann.timexes, objects, nominal) + apposed
    toks = parse or []
    kids = dependents(toks)
    words = _closed(_kept(text, start, end, cut, apposed), toks, kids)
    if not words:
        return ""
    names = [(m.start, m.end) for m in ann.mentions if start <= m.start < end]
    cuts = _cuttable(words, toks, kids) if toks else None
    if cuts and cuts[-1]:  # a parse that finds the clause's verb and subject; else the annotations
        words = _clause(words, cuts)
        got = _fit(words, names, limit, cuts)
        # too long with every complement: the names without the roles they are given, if that makes it a title
        given = [r for r in roles(toks, ann) if start <= r[0] < end]
        named = given if _too_long(got, limit) else []
        lean = _closed(_kept(text, start, end, cut, apposed, named), toks, kids) if named else []
        lean_cuts = _cuttable(lean, toks, kids) if lean else [False]
        lean = _clause(lean, lean_cuts) if lean_cuts[-1] else []
        short = _fit(lean, names, limit, lean_cuts) if lean else []
        if short and not _too_long(short, limit):
            got = short
        else:  # else what main would cut, the roles kept; or the roles dropped if only that way it fits
            apposed_roles = [r for r in roles(toks, ann, asides=True) if start <= r[0] < end and r not in given]
            got = _looser(words, got, toks, kids, names, limit, apposed_roles)
            short = (_looser(lean, short, toks, kids, names, limit, apposed_roles) if lean and _too_long(got, limit)
                     else [])
            got = short if short and not _too_long(short, limit) else got
        words = _completed(got, words, toks, kids, given, limit)
    else:
        words = _fit(_clause(words), names, limit)
    if not words:
        return ""
    out = _quoted(" ".join(w for w, _ in _reopened(words, toks, kids)).rstrip(" ,;:-."))
    out = _SPACE_BEFORE_MARK.sub(r"\1", out)
    return out[:1].upper() + out[1:]


def _too_long(words: list[tuple[str, int]], limit: int) -> bool:
    """Whether a title made by the parse (``[]``: none) is past the length a title may end at."""
    return not words or _length(words) > limit + _LEEWAY


def _looser(words: list[tuple[str, int]], got: list[tuple[str, int]], toks: Sequence[Tok], kids: list[list[int]],
            names: list[tuple[int, int]], limit: int, apposed: Sequence[tuple[int, int]] = ()
            ) -> list[tuple[str, int]]:
    """``got`` (the title keeping every complement) when it fits; else shorter: without what only completes the
    sense of an object, and then without the asides inside it (``_pruned``), each when it is shorter.  Before the
    asides go, a subject that describes a name set beside it gives way to the name (:func:`_named`) when the title
    then fits ("The Nobel laureate, | Wole Soyinka, | ... returned" keeps who acted), and, if only that makes it fit,
    the name without the role the aside gave it (``apposed``: ``lead_spans.roles`` of names in asides)."""
    if _too_long(got, limit):  # too long with every complement: without the object's
        loose = _fit(words, names, limit, _cuttable(words, toks, kids, strict=False))
        got = loose if loose and _length(loose) < _length(got or words) else got
    named = _named(words, toks, kids) if _too_long(got, limit) else words
    if named is not words:  # still too long: a subject that describes a name gives way to it, if then it fits
        bare = [w for w in named if not any(a <= w[1] < b for a, b in apposed)]
        for name in (named, bare) if len(bare) < len(named) else (named,):
            pruned = _pruned(name, toks, kids, limit + _LEEWAY)
            short = _fit(pruned, names, limit, _cuttable(pruned, toks, kids))
            if not _too_long(short, limit):
                return short
    if _too_long(got, limit):  # still too long: the asides inside it go
        pruned = _pruned(words, toks, kids, limit + _LEEWAY)
        short = _fit(pruned, names, limit, _cuttable(pruned, toks, kids)) if pruned != words else []
        got = short if short and _length(short) < _length(got or words) else got
    return got


def _completed(got: list[tuple[str, int]], clause: list[tuple[str, int]], toks: Sequence[Tok],
               kids: list[list[int]], named: list[tuple[int, int]], limit: int) -> list[tuple[str, int]]:
    """``got`` with the phrase its last word needs, when it ends on a bare noun (:func:`_bare`) whose phrase the
    cut left out ("... scrapped a plan | for a prolonged nationwide strike", "bears responsibility | for widespread
    atrocities") and the title with that phrase (and the phrase its own bare noun needs) fits: as it is, or with
    the roles before names (``named``) and the asides set off by commas gone to make room.  Else ``got`` as it is:
    a title is never cut shorter for it.  ``clause``: the words the title was cut from."""
    if not got or not toks:
        return got
    cuts = _cuttable(clause, toks, kids, strict=False)
    longer = got
    for _ in range(3):  # the phrase may end on a bare noun of its own ("pay tribute | to the memory | of ...")
        more = _with_phrase(longer, clause, toks, kids, cuts)
        if more is None:
            break
        if not more:
            return got
        longer = more
    else:
        return got
    if longer is got:
        return got
    for room in (longer, [w for w in longer if not any(a <= w[1] < b for a, b in named)]):
        room = _pruned(room, toks, kids, limit + _LEEWAY) if _too_long(room, limit) else room
        if not _too_long(room, limit):
            return room
    return got


def _with_phrase(got: list[tuple[str, int]], clause: list[tuple[str, int]], toks: Sequence[Tok],
                 kids: list[list[int]], cuts: list[bool]) -> list[tuple[str, int]] | None:
    """``got`` and the phrase after its last word, when that word is a bare noun and the next word of ``clause``
    opens its phrase: up to the phrase's object at least, ending where the loose parse (``cuts``) allows ("for
    widespread atrocities | committed in ..."); ``[]`` when no such end is found, or the phrase would end on a noun
    set right before a name the parse left out of it ("in specialty chemicals maker | Degussa"); None when the word
    needs none."""
    last = got[-1][1]
    at = [i for i, t in enumerate(toks) if last <= t.start < last + len(got[-1][0])]
    if not at or not _bare(at[-1], toks, kids):
        return None
    i = at[-1]
    # the phrase the next word kept opens, when it is the noun's own ("a plan | for a strike"); a phrase of the
    # noun's verb ("committed suicide | in Beijing") is an adjunct the title may go without
    n = next((n for n, (_, a) in enumerate(clause) if a > last), len(clause))
    if n == len(clause):
        return None
    phrase = [k for k, t in enumerate(toks) if t.start == clause[n][1] and t.dep == "prep"
              and t.head == i]
    objects = [k for k in kids[phrase[0]] if toks[k].dep in ("pobj", "pcomp")] if phrase else []
    if not objects:
        return None
    n = next((n for n, (_, a) in enumerate(clause) if a >= toks[objects[0]].end and cuts[n]), len(clause))
    after = [t for t in toks if n < len(clause) and t.start == clause[n][1]]
    added = [w for w in clause[:n] if w[1] > last]
    if (not added or not cuts[n] or after and after[0].pos == "PROPN" and not clause[n - 1][0].endswith(",")
            or _open_mark(" ".join(w for w, _ in [*got, *added]))):
        return []
    return _trimmed([*got, *added])


def _quoted(title: str) -> str:
    """``title`` with a quotation it opens and its cut leaves open closed where it ends, after an ellipsis: the cut
    fell inside the quoted words (a word that closes the quotation carries its mark), so the title shows that the
    quotation goes on ('"In Zambia, there is a close correlation between infant mortality and access" would pass a
    cut-short quotation off as whole).  A mark the title closes without opening it is left alone.

    >>> _quoted('The leader called it "a dark day'), _quoted('A \u201cdark day'), _quoted('It was "dark" today')
    ('The leader called it "a dark day\u2026"', 'A \u201cdark day\u2026\u201d', 'It was "dark" today')
    """
    mark = _open_mark(title)
    return f"{title}\u2026{mark}" if mark else title


def _open_mark(title: str) -> str:
    """The mark that would close a quotation ``title`` opens and leaves open ('"' or the closing curly quote), or
    "" when it leaves none open."""
    if title.count('"') % 2 == 1 and re.search(r'(?:^|\s)"[^"]*$', title):
        return '"'
    if title.count("\u201c") == title.count("\u201d") + 1 and title.rfind("\u201c") > title.rfind("\u201d"):
        return "\u201d"
    return ""


def _kept(text: str, start: int, end: int, cut: list[tuple[int, int]], apposed: list[tuple[int, int]],
          named: list[tuple[int, int]] | None = None) -> list[tuple[str, int]]:
    """The words of ``text[start:end]`` outside the ``cut`` spans (and the roles before names, ``named``), with
    where each starts: a dropped span's comma stays on the word before it (not an apposition's, ``apposed``), a
    preposition left between two dropped spans goes (not the one before a role: "to | former Irish prime
    minister | Charles Haughey")."""
    words: list[tuple[str, int]] = []
    gone_before = False  # whether the word before was dropped
    for m in _WORD.finditer(text, start, end):
        word, at = m.group(), m.start()
        if any(a <= at < b for a, b in named or ()):
            gone_before = True
            continue
        if any(a <= at < b for a, b in cut):
            tail = max(b for a, b in cut if a <= at < b)
            rest = text[tail:m.end()]
            if (rest[:1] in _CLINGING and words and not gone_before and text[tail - 1 : tail] == ")"
                    and not text[words[-1][1] + len(words[-1][0]) : at].strip()):
                # "The European Union (EU)'s top watchdog": what clung to the bracket clings to the word before it
                words[-1] = (words[-1][0] + rest, words[-1][1])
                continue
            if tail < m.end() and rest.strip(",;"):  # "year,China's": the date goes, the name stays
                word, at = rest.lstrip(",; "), tail
            else:
                # a dropped time's comma stays: it still closes the clause before it (an apposition's goes too)
                if (word[-1] in ",;" and words and words[-1][0][-1] not in ",;"
                        and not any(a <= m.end() - 1 < b for a, b in apposed)):
                    words[-1] = (words[-1][0] + word[-1], words[-1][1])
                if words and not gone_before and words[-1][0].lower() in _ORPHANS and len(words) > 1 and \
                        any(a <= words[-1][1] - 2 < b for a, b in cut):
                    words.pop()  # "profits [for the three months] to [December]": "to" tied the two
                gone_before = True
                continue
        gone_before = False
        inside = [a for a, _ in apposed if at < a < m.end()]  # "Maskhadov," whose comma opens an apposition
        words.append((text[at : min(inside)] if inside else word, at))
    return words


def _clause(words: list[tuple[str, int]], cuts: list[bool] | None = None) -> list[tuple[str, int]]:
    """The words up to a clause that only adds circumstance or figures to the happening told before it:
    ", with the index down 9.12 points", ", killing 388", "; ...", " -- ..."; the happening keeps 4 words.
    With ``cuts`` (:func:`_cuttable`), only where the parse allows a cut."""
    told = cuts if cuts is not None else tells_each(words)
    for i in range(4, len(words)):
        prev, word = words[i - 1][0], words[i][0]
        low = word.lower()
        if not told[i]:  # "Tests on China's Schmidt telescope, which ..." has not told it yet
            continue
        if prev[-1] in ";" or word in ("--", "-", "—"):
            return words[:i]
        if prev[-1] == "," and (low in _CLAUSE_OPENERS or (low.endswith("ing") and word.islower())):
            return words[:i]
        if low == "with" and any(_figure(w) for w, _ in words[i + 1 : i + 8]):
            return words[:i]  # "ended lower with the composite index down 9.12 points"
    return words


def _figure(word: str) -> bool:
    """Whether ``word`` holds a figure ("9.12", "388", "5%"); a year ("2006") names an edition or a date, as in
    "coming to terms with drawing Brazil in the 2006 World Cup finals", and is no tally.

    >>> _figure("9.12"), _figure("2006"), _figure("1,200")
    (True, False, True)
    """
    core = word.strip(",;:.()'\"")
    return any(ch.isdigit() for ch in word) and not (len(core) == 4 and core.isdigit() and core[:2] in ("19", "20"))


def _fit(words: list[tuple[str, int]], names: list[tuple[int, int]], limit: int,
         cuts: list[bool] | None = None) -> list[tuple[str, int]]:
    """The longest head of ``words`` within ``limit`` characters that ends before a phrase break and not inside
    a name, without words it would dangle on ("the", "of", "and"); when no phrase ends within the limit, the
    first that ends a little after it (:data:`_SLACK`), rather than a head cut inside a phrase.  With ``cuts``
    (:func:`_cuttable`) a head ends only where the parse allows it, and nothing is trimmed after it."""
    ends = list(accumulate(len(w) + 1 for w, _ in words))  # ends[n - 1] - 1: the length of the first n words
    if ends[-1] - 1 > limit + (_LEEWAY if cuts is not None else 0):
        free = [not any(a < at < b for a, b in names) for _, at in words]  # a cut before word n is not in a name
        if cuts is not None:
            told = [n for n in range(3, len(words) + 1) if cuts[n] and (n == len(words) or free[n])]
            close = [n for n in told if ends[n - 1] - 1 <= limit + _LEEWAY]  # a title up to 90 still reads as one
            later = [n for n in told if limit + _LEEWAY < ends[n - 1] - 1 <= limit + _SLACK]
            if close and ends[close[-1] - 1] > _SHORTEST:
                return _trimmed(words[: close[-1]])
            if later:
                return _trimmed(words[: later[0]])
            if close:
                return _trimmed(words[: close[-1]])
            longer = [n for n in told if ends[n - 1] - 1 <= limit + 2 * _SLACK]
            return _trimmed(words[: longer[0]]) if longer else []  # none: the caller keeps the lead as it was
        breaks = [n for n in range(4, len(words)) if free[n] and _phrase_ends(words, n)]
        heads = tells_each(words)
        told = [n for n in breaks if heads[n]]  # a head that holds its verb, not a subject alone
        within = [n for n in told if ends[n - 1] - 1 <= limit]
        later = [n for n in told if limit < ends[n - 1] - 1 <= limit + _SLACK]
        # "A Pakistani man was convicted" says less than the phrase after it: "... unveiled plans for a huge pop
        # concert" ends before "to mark" where no other phrase break ends in time
        short = not within or ends[within[-1] - 1] <= _SHORTEST
        to = [n for n in range(4, len(words)) if free[n] and words[n][0] == "to" and heads[n]
              and ends[n - 1] - 1 <= limit and not verb_like(words[n - 1][0].lower())
              and words[n - 1][0].lower() not in _TO_COMPLEMENTS]
        longer = [n for n in told if ends[n - 1] - 1 <= limit + 2 * _SLACK]
        if within and not short:
            words = words[: within[-1]]
        elif later:
            words = words[: later[0]]
        elif to and (not within or to[-1] > within[-1]):
            words = words[: to[-1]]
        elif within:
            words = words[: within[-1]]
        elif ends[-1] - 1 <= limit + 2 * _SLACK:  # the whole clause, if long, rather than a piece of it
            pass
        elif longer:
            words = words[: longer[0]]
        else:  # no head that tells the happening: none (the caller keeps the lead as it was)
            return []
    return _trimmed(words, DANGLING)


def _length(words: list[tuple[str, int]]) -> int:
    return sum(len(w) + 1 for w, _ in words) - 1


def _trimmed(words: list[tuple[str, int]], stop: Container[str] = _FUNCTION) -> list[tuple[str, int]]:
    """``words`` without a dash or a word of ``stop`` they end on: by default a preposition or a conjunction (a
    word whose phrase the parse misread: "started as | 13.3 million men and women began ..."); without a parse,
    any word a title would dangle on (:data:`DANGLING`)."""
    while len(words) > 1 and (words[-1][0].lower().strip(",;:") in stop or words[-1][0] in ("-", "--")):
        if _elided(words):
            break
        words = words[:-1]
    return words


def _elided(words: list[tuple[str, int]]) -> bool:
    """Whether ``words`` end on an auxiliary whose verb is elided after its subject pronoun ("to do everything
    it can", "as fast as they could"): the clause is whole, and trimming the auxiliary would leave its subject
    without a predicate ("... to do everything it").

    >>> _elided([("everything", 0), ("it", 0), ("can", 0)]), _elided([("talks", 0), ("will", 0)])
    (True, False)
    """
    if len(words) < 2:
        return False
    last, before = words[-1][0].lower().strip(",;:"), words[-2][0].lower()
    return last in AUXILIARIES and before in SUBJECT_PRONOUNS


def _phrase_ends(words: list[tuple[str, int]], n: int) -> bool:
    """Whether a phrase ends before word ``n``: a comma, or a word that opens one of place, time or
    circumstance, unless it follows a verb that needs it ("called on cities", "has praised UEFA for")
    rather than a passive ("was killed in")."""
    prev = words[n - 1][0].lower()
    if prev[-1] in ",;:":
        return True
    if words[n][0].lower() not in _BREAKS:
        return False
    if verb_like(prev):
        return prev.endswith("ed") and n >= 2 and words[n - 2][0].lower() in _FORMS_OF_BE
    return not (prev.endswith("ing") and n >= 2 and words[n - 2][0].lower() in _FORMS_OF_BE)  # "is looking | at"


def lead_parse(text: str, ann: Annotation, start: int) -> list[Tok] | None:
    """The stored parse of the lead of ``text`` that starts at ``start`` (``Annotation.lead_parse``) as tokens;
    None when the annotation holds none for it (an article annotated before parses were kept)."""
    if not ann.lead_parse or ann.lead_parse[0][0] != start:
        return None
    return [Tok(a, b, dep, head, pos, text[a:b].lower()) for a, b, dep, head, pos in ann.lead_parse]


def _lead_span(text: str, title: str, ann: Annotation) -> tuple[int, int] | None:
    """The sentence of ``text`` that ``title`` (a lead, maybe cut with "…") opens, as annotated."""
    at = lead_start(text, title)
    if at < 0:
        return None
    for s in ann.sentences:
        if s.start <= at < s.end:
            return at, s.end
    return None


def cluster_titles(store: Any, story_ids: list[int]) -> dict[tuple[str, int], str]:
    """Per ('story', id) and ('event', id) of the given stories and their events: the title to show
    (see the module's docstring for how it is chosen)."""
    events = [eid for sid in story_ids for eid in store.story_event_ids(sid)]
    states = store.event_states(sorted(events))
    stories = store.story_states(story_ids)
    rows = {"event": states, "story": stories}
    # one read of the stories' members; an event's members are its story's rows with its id
    by_story = store.member_titles([row[0] for row in stories])
    by_event: dict[int, list[MemberTitle]] = {row[0]: [] for row in states}
    for members in by_story.values():
        for m in members:
            by_event[m.event_id].append(m)
    found: dict[tuple[str, int], str] = {}
    chosen: dict[tuple[str, int], tuple[str, int]] = {}  # the member whose lead makes the title
    for kind, titles in (("event", by_event), ("story", by_story)):
        for cid, every in titles.items():
            members = _without_lone_flashes(every)
            main = _main_event(members)
            # the story's headlines, when its main event has one; a headline of a side report alone does not
            # name the story (two letters of 2018 in a story of the 1997 talks)
            heads = [(m.title, m.published) for m in members if m.headline]
            main_heads = any(m.headline and m.event_id in main for m in members)
            best = headline_title(heads, MAX_CHARS, _HEADLINE_WORDS) if main_heads else None
            if best is None:
                pool = [m for m in members if m.event_id in main] or list(members)
                best = headline_title([(m.title, m.published) for m in pool])
                if best is not None:  # of members with that title, the earliest (as headline_title breaks ties)
                    first = min((m.published or "", m.article_id) for m in pool if m.title == best)
                    chosen[kind, cid] = (best, first[1])
            found[kind, cid] = best or ""
    leads = _shorten(store, chosen)
    found.update(leads)
    # the label of central names and terms, for the clusters none of whose articles has a title
    centroids = {(k, row[0]): row[1].get("c", {}) for k in rows for row in rows[k] if not found[k, row[0]]}
    ent_ids = sorted({int(f[2:]) for c in centroids.values() for f in c if f.startswith("e:")})
    names = store.entity_names(ent_ids) if ent_ids else {}
    return {key: title or title_from(centroids[key], names) for key, title in found.items()}


def _without_lone_flashes(members: list[MemberTitle]) -> list[MemberTitle]:
    """The members that may title the cluster: all but the flashes alone in their event, unless none is left.

    A flash (``storyline.flashes``) says a dozen words, so a weak likeness placed it in the story, and
    alone in its event nothing else vouches for it: on the newswire store "9,007 people killed in 53,173
    accidents in China" sat with the World Bank's forecast of China's current account and titled it.  A flash
    that consolidation put in an event with reports of the same happening ("The parliament election is over
    in Turkmenistan." among the vote's reports, ECB+ dev topic 11) is vouched for, and may title it.

    >>> flash, report = MemberTitle("F", None, True, 1, 10, True), MemberTitle("R", None, True, 2, 11, False)
    >>> same = MemberTitle("S", None, True, 3, 10, False)  # a report of the flash's own event
    >>> def titles(members): return [m.title for m in _without_lone_flashes(members)]
    >>> titles([flash, report]), titles([flash, same])
    (['R'], ['F', 'S'])
    >>> titles([flash, MemberTitle("G", None, True, 4, 12, True)])  # only flashes: all stay
    ['F', 'G']
    """
    sizes = Counter(m.event_id for m in members)
    vouched = [m for m in members if not m.flash or sizes[m.event_id] > 1]
    return vouched or members


def _main_event(members: Sequence[MemberTitle]) -> set[int]:
    """The cluster's largest events (every event when none holds more than one article)."""
    sizes = Counter(m.event_id for m in members)
    most = max(sizes.values(), default=0)
    return set(sizes) if most <= 1 else {e for e, n in sizes.items() if n == most}


def _shorten(store: Any, chosen: dict[tuple[str, int], tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Each chosen member's lead made a title (:func:`lead_title`), by its stored parse when longer than a
    title; its title as it is when the lead is not found in its text."""
    ids = sorted({aid for _, aid in chosen.values()})
    if not ids:
        return {}
    texts = {a.id: a.text for a in store.articles(ids=ids)}
    notes = store.annotations(ids, before=_LEAD_CHARS)
    leads = sorted(set(chosen.values()), key=lambda c: c[1])
    spans = {aid: _lead_span(texts.get(aid, ""), title, notes[aid]) for title, aid in leads}
    made: dict[int, str] = {}  # a story and its event often choose the same member
    for title, aid in leads:
        text, ann, span = texts.get(aid, ""), notes[aid], spans[aid]
        parse = lead_parse(text, ann, span[0]) if span and span[1] - span[0] > MAX_CHARS else None
        short = lead_title(text, *span, ann, parse=parse) if span else ""
        made[aid] = list_title(short if len(short.split()) >= 3 else title)
    return {key: made[aid] for key, (_, aid) in chosen.items()}
