"""One sentence, several dates: the clause that goes with each date.

"He was arrested on June 3 in Paris and charged on June 5." tells two
happenings; a timeline that files the whole sentence under both days shows
the same text twice.  The sentence is cut at the clause break between
neighbouring dates (a comma, semicolon or dash, or a connective such as
"and", "after", "which"), and each date keeps its own piece; the first piece
keeps the sentence start, where a news sentence puts its subject and verb.
A piece too short to tell anything (fewer than ``min_words`` words beside
its dates: "between June 3 and June 10") is not cut off, so its dates share
one piece.  Nor is a piece that cannot stand alone (:func:`_stands_alone`):
one that opens, after a comma or dash, with a comparison's baseline ("...,
up 150 points from its Monday close") or a participle with no subject of its
own ("..., making it the worst month since January"), or a cut that would
leave a quotation open in either piece.

Example::

    >>> s = "He was arrested on June 3 in Paris and charged on June 5."
    >>> [s[a:b] for a, b in date_pieces(s, [(19, 25), (50, 56)])]
    ['He was arrested on June 3 in Paris', 'and charged on June 5.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.timeline.words import WORD

_BREAK = re.compile(
    r"[;:]\s+|,\s+|\s+[-\u2013\u2014]+\s+"
    r"|\s+(?=(?:and|but|that|saying|after|before|since|when|while|which|who|where|until|following|whereas|although)\s)")
# a closing piece that only says who reported the sentence and when: "..., a committee official announced here Monday."
_ATTRIBUTION_VERBS = (r"said|says|told|announced|announces|reported|reports|added|stated|confirmed|declared|disclosed"
                      r"|revealed|noted|quoted")
_ATTRIBUTION = re.compile(rf"\b(?:{_ATTRIBUTION_VERBS})\b|\baccording\s+to\b", re.I)
ATTRIBUTION_WORDS = 8
"""A closing piece after a comma, of at most this many words beside its dates and names, with a verb of saying,
is the sentence's source ("..., police said on Monday."; "..., said Chinese Vice Commerce Minister Wei Jianguo
here on Thursday."); "and charged on June 5 with treason, police said" is not."""


_SINCE = re.compile(r"\bsince\s", re.IGNORECASE)
# what ends a "since" clause: not _BREAK, which knows no sentence end (the search reaches 400 characters back
# over sentences) and breaks at "after", "before", "until" and "following", which a "since" clause may hold ("since
# protests erupted after Israel broke ground on March 18"): tried on every newswire candidate, 59 changed, most
# wrong (16 of the first 18 read); a dot ends it only as a sentence's end, not in a number or an initial ("since a
# 1.8 percent rate in 2005", "since the U.S.-led invasion in 2003")
_SINCE_GAP = re.compile(r"[,;:\n]|(?<!\b[A-Z])[.!?](?=\s|$)|\s[-\u2013\u2014]+\s"
                        r"|\b(?:that|which|who|whom|whose|where|when|and|but)\b", re.IGNORECASE)
SINCE_WORDS = 20
"""A date at most this many words after "since", with no clause break between, is in the "since" clause."""


def in_since_clause(text: str, lo: int) -> bool:
    """Whether the date starting at ``text[lo]`` is in a clause opened by "since": the span it measures from.

    >>> s = "It was the deadliest day since violent protests erupted on March 18."
    >>> in_since_clause(s, s.index("on March")), in_since_clause(s, s.index("day"))
    (True, False)
    >>> s = "It is the first title since 1978 that China won on Monday."
    >>> in_since_clause(s, s.index("on Monday"))
    False
    """
    return _in_clause_after(text, lo, _SINCE, _SINCE_GAP, 400, SINCE_WORDS)


def _in_clause_after(text: str, lo: int, opener: re.Pattern[str], gap: re.Pattern[str], reach: int,
                     words: int) -> bool:
    """Whether ``text[lo]`` lies in a clause opened by the last ``opener`` within ``reach`` characters before it:
    no ``gap`` between them, and at most ``words`` words."""
    found = [m.end() for m in opener.finditer(text, max(0, lo - reach), lo)]
    return bool(found) and not gap.search(text, found[-1], lo) and len(WORD.findall(text, found[-1], lo)) <= words


# "Bush said Wednesday that Rumsfeld was stepping down, one day after Democrats won control of the House": a clause
# that places the sentence's happening a day or a few from another names that other happening, on its own day
_DAYS_FROM = re.compile(r"\b(?:(?:a|one|the|two|three|four|five|six|a\s+few|several)\s+days?|hours|only\s+hours)"
                        r"\s+(?:after|before)\s", re.IGNORECASE)
# what ends it: a clause break, the sentence's end, or a connective opening a clause of the sentence's own
_DAYS_FROM_GAP = re.compile(r"[,;:\n]|(?<!\b[A-Z])[.!?](?=\s|$)|\s[-\u2013\u2014]+\s"
                            r"|\b(?:but|while|whereas|although|saying)\b", re.IGNORECASE)
# "and" ends it by default (amend41a): what follows is the sentence's own clause ("one day after the election and
# Gates was named", "the day after the storm and went from house to house"), except where an "of" phrase holds
# both sides ("the meeting of the president and Congress ended in failure") or the word after "and" shares the
# noun's -ing form ("the bombing and shooting spree"): then both name the other happening
_DAYS_FROM_AND = re.compile(r"\s+and\s+")


def _joins_own_clause(clause: str, joined: re.Match[str]) -> bool:
    """Whether the "and" :data:`_DAYS_FROM_AND` found in ``clause`` joins the sentence's own clause (the default)
    rather than two nouns of the other happening: an "of" phrase just before ("of the president and Congress") or
    two -ing nouns ("the bombing and shooting spree") hold the other happening's words together."""
    if re.search(r"\bof\s+(?:the\s+|a\s+|an\s+)?\S+$", clause[: joined.start()], re.IGNORECASE):
        return False
    before = re.search(r"([A-Za-z]+)$", clause[: joined.start()])
    after = WORD.match(clause, joined.end())
    return not (before and after and before.group(1).endswith("ing") and after.group().endswith("ing"))


def days_from_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` places its happening a day or a few from another one ("one day after Democrats won control
    of the House", "hours before the talks opened"), from the distance to the next clause break: those words tell
    the other happening, which has a day of its own, so they tie the sentence to no report of that day.

    >>> s = "Bush said Wednesday that Rumsfeld was stepping down, one day after Democrats won control of the House."
    >>> [s[a:b] for a, b in days_from_spans(s)]
    ['one day after Democrats won control of the House']
    >>> days_from_spans("Talks began after the summit, a day late.")
    []
    >>> s = "Rumsfeld resigned one day after the election and Gates was named to replace him."
    >>> [s[a:b] for a, b in days_from_spans(s)]
    ['one day after the election']
    >>> s = "He resigned one day after the meeting of the president and Congress ended in failure."
    >>> [s[a:b] for a, b in days_from_spans(s)]
    ['one day after the meeting of the president and Congress ended in failure']
    """
    out: list[tuple[int, int]] = []
    for m in _DAYS_FROM.finditer(text):
        gap = _DAYS_FROM_GAP.search(text, m.end())
        end = gap.start() if gap else len(text)
        joined = _DAYS_FROM_AND.search(text[m.end() : end])
        if joined and _joins_own_clause(text[m.end() : end], joined):  # where the space before "and" starts
            end = m.end() + joined.start()
        out.append((m.start(), end))
    return out


# a comparison's baseline: "declined to 118.32 yen compared with 118.45 yen on Wednesday", "in stark contrast to an
# ICM poll in The Guardian on Wednesday", "up from 35.22 on Monday", "from 1.3175 dollars late Wednesday": the date
# dates the figure compared with, not what the sentence reports.  After "from" only a figure with decimals (a rate, a
# price, a turnover) opens one: "from 78 countries on Tuesday" and "from 0900 GMT Wednesday" date what happened, and
# "results from 90.8 percent of the polling stations on Thursday" (an "of" after the figure) counts what happened
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|in\s+(?:\w+\s+)?contrast\s+(?:with|to))\s"
                       r"|\bfrom\s+\d+\.\d+(?:-\d+)?\s(?!(?:[\w.-]+\s+){0,3}of\b)", re.IGNORECASE)
# what ends a comparison's baseline besides a clause break: the other end of a range ("from 62.3 percent to 49.9
# percent in late 2005", "from 1995 to 2003"), or a phrase that dates what happened ("after a rise of 0.9 percent in
# August", "during the same period", "for the general economy from 1995", "as soon as next week")
_COMPARED_GAP = re.compile(rf"{_SINCE_GAP.pattern}|\b(?:to|for|from|during|after|before|as\s+soon\s+as)\b",
                           re.IGNORECASE)
COMPARED_WORDS = 12
"""A date at most this many words after a comparison's opening, with no clause break between, dates its baseline."""


def in_comparison(text: str, lo: int) -> bool:
    """Whether the date starting at ``text[lo]`` dates a comparison's baseline (see :data:`_COMPARED`).

    >>> s = "The dollar declined to 118.32 yen compared with 118.45 yen on Wednesday."
    >>> in_comparison(s, s.index("on Wed"))
    True
    >>> s = "The baht eased to 35.40 to the dollar Tuesday from 35.22 on Monday."
    >>> in_comparison(s, s.index("Tuesday")), in_comparison(s, s.index("on Monday"))
    (False, True)
    >>> s = "It fell from 62.3 percent to 49.9 percent in late 2005, from 35.22 on Monday after a rate cut on Monday."
    >>> in_comparison(s, s.index("in late")), in_comparison(s, s.index("on Monday")), in_comparison(s, s.rindex("on"))
    (False, True, False)
    >>> s = "Delegates from 78 countries met on Tuesday. Results from 90.8 percent of the stations came on Thursday."
    >>> in_comparison(s, s.index("on Tue")), in_comparison(s, s.index("on Thu"))
    (False, False)
    """
    return _in_clause_after(text, lo, _COMPARED, _COMPARED_GAP, 200, COMPARED_WORDS)


# a count that runs over a period up to the moment of writing: "So far this year, ... has briefed Taiwan 15 times",
# "As of the end of October, a total of 71,027 projects were approved", "1,800 civilians were slaughtered in November
# alone", "sales to date in 2006": the period is what the count covers, not a happening's date
_TALLY_BEFORE = re.compile(r"\b(?:so\s+far(?:\s+(?:in|during))?|as\s+of(?:\s+the\s+(?:end|close)\s+of)?"
                           r"|by\s+the\s+end\s+of|to\s+date\s+in)\s+$", re.IGNORECASE)
_TALLY_AFTER = re.compile(r"^\s+(?:alone|so\s+far|to\s+date)\b", re.IGNORECASE)


# what a running count counts: a figure, or a word that totals ("a total of", "15 times", "hundreds of")
_COUNTED = re.compile(r"\d|\b(?:total|times|dozens|scores|hundreds|thousands|millions|billions)\b", re.IGNORECASE)


def holds_count(text: str, dates: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether ``text`` (a sentence) holds a figure or a counting word outside its ``dates`` (offsets in
    ``text``): a running count's period ("so far in November") is background only to a count; "So far in November,
    the army launched its biggest offensive since 2004" tells a happening of November, and its year is a date, not
    a figure.

    >>> holds_count("So far this year, the rebels have killed 300 people."), holds_count("So far, it held.")
    (True, False)
    >>> s = "So far in November, the army launched its biggest offensive since 2004."
    >>> holds_count(s), holds_count(s, [(s.index("2004"), s.index("2004") + 4)])
    (True, False)
    """
    for a, b in dates:
        text = text[:a] + " " * (b - a) + text[b:]
    return bool(_COUNTED.search(text))


# an opening frame: a source and a verb before the date and the "that" opening what was said ("Foreign Ministry
# spokesman Qin Gang told a regular press conference on Tuesday that ..."): who spoke, where, not what happened
# at most four words stand between the date and the "that" ("announced Friday in Washington that", "said on
# Tuesday at a news conference that"), none of them a relative pronoun: "on Tuesday who admitted that" moves
# the "that" into a clause of its own
_FRAME_THAT = re.compile(r"^(?:\s+(?!(?:who|which|whom)\b)[\w'.-]+){0,4}?\s+that\b", re.IGNORECASE)
# a verb of saying, as the timeline's own attribution words and their past forms spell it, lower-case only: a
# capitalised "States" or a plural noun ("blasts", "protests") is no verb of saying
_SAYING = re.compile(rf"\b(?:{_ATTRIBUTION_VERBS}|admitted|wrote|spoke|insisted|warned|argued|explained|stressed"
                     r"|acknowledged|denied|claimed|according\s+to)\b")


def _reports(frame: str) -> bool:
    """Whether ``frame`` (the words before a date) holds a verb of saying (:data:`_SAYING`).  Without one the
    "that" opens a relative clause on what happened ("The army launched an offensive on Monday that the rebels
    called a massacre"), not what was said."""
    return bool(_SAYING.search(frame))


def reporting_frame(text: str, lo: int, hi: int, names: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """Where ``text`` (a sentence or its piece) says who reported it rather than what happened: the words before
    a "that" the date at ``text[lo:hi]`` stands right before, with no comma in them ("X told a press conference on
    Tuesday that ..."), or a closing attribution (:func:`closing_attribution`: "..., President Bush said").  Every
    report has such a frame, so sharing its words tells no two happenings apart.  None when there is neither.

    >>> s = "Spokesman Qin Gang told a regular press conference on Tuesday that the talks would resume."
    >>> a, b = reporting_frame(s, s.index("on Tue"), s.index(" that"))
    >>> s[a:b]
    'Spokesman Qin Gang told a regular press conference on Tuesday that'
    >>> s = "Rumsfeld resigned on Wednesday, President Bush said in Washington."
    >>> a, b = reporting_frame(s, s.index("on Wed"), s.index(","))
    >>> s[a:b]
    ' President Bush said in Washington.'
    >>> reporting_frame("Troops left on Monday.", 12, 21) is None
    True
    """
    that = (_FRAME_THAT.match(text[hi:]) if 0 < hi and "," not in text[:lo] and _reports(text[:lo])
            else None)
    if that:
        return 0, hi + that.end()
    comma = text.rfind(",")
    if comma > 0 and closing_attribution(text, comma + 1, [(lo, hi)] if lo > comma else [], names):
        return comma + 1, len(text)
    return None


def tallied_over(text: str, lo: int, hi: int) -> bool:
    """Whether the date at ``text[lo:hi]`` is the period a running count covers (see :data:`_TALLY_BEFORE`): "so
    far this year", "as of the end of October", "in November alone".  Such a date is background to the count,
    not the day of a happening, as the bounds of "from January to September" are.

    >>> s = "So far this year, the association has briefed Taiwan 15 times, said Li."
    >>> tallied_over(s, s.index("this"), s.index(","))
    True
    >>> s = "More than 1,800 civilians were killed in November alone. The talks ended in November."
    >>> tallied_over(s, s.index("November"), s.index(" alone")), tallied_over(s, s.rindex("November"), len(s) - 1)
    (True, False)
    """
    return bool(_TALLY_BEFORE.search(text, max(0, lo - 40), lo) or _TALLY_AFTER.match(text[hi : hi + 20]))


# the link between the two bounds of a period: "from January to September", "between 1994 and 1996"
_PERIOD_LINK = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*", re.IGNORECASE)
_PERIOD_OPENERS = frozenset({"from", "between"})
# two dates in words joined by a bare hyphen or dash ("the January-October period") are a period's bounds with no
# opener; years in figures so joined are left as they were ("Steve Jobs 1955-2011" is a life, no tally's period)
_PERIOD_TIGHT = re.compile(r"[-\u2013]")
_LAST_WORD = re.compile(r"(\w+)\s+$")


def _word_before(text: str, lo: int) -> str:
    """The word right before ``text[lo]``: the timex stage gives no signal for "between" (it is no preposition
    of a single date), so "between 2003 and 2005" is read from the text."""
    m = _LAST_WORD.search(text, max(0, lo - 20), lo)
    return m.group(1) if m else ""


def period_bounds(text: str, timexes: Sequence[tuple[int, int, str | None]]) -> list[tuple[int, int]]:
    """The starts of the two dates that bound each period ("from January to September", "between 1994 and 1996",
    "the January-September period"): a date after "from" or "between" (its signal, or the word before it) and the
    date right after it joined by "to", "until", "through", "and" or a dash, or two dates written in words joined by
    a bare hyphen or dash with no opener, as the timex stage tags the two ends of such a range of months.
    ``timexes``: (start, end, signal) of each date of the text, in text order.  What such a sentence tells covers
    the period (a tally, a trend, a span of office); whether that is a happening of its first day depends on how
    fine the dates are, whether the period has begun, and "from 2010 to 2008" moves a date rather than spans a
    period: the caller, who knows the dates, tells.

    >>> s = "Trade from January to September hit 1.13 billion dollars, and talks ran from Nov. 22 to 27."
    >>> ts = [(s.index("Jan"), s.index("Jan") + 7, "from"), (s.index("Sep"), s.index("Sep") + 9, None),
    ...       (s.index("Nov"), s.index("Nov") + 7, "from"), (s.index("27"), s.index("27") + 2, None)]
    >>> period_bounds(s, ts) == [(ts[0][0], ts[1][0]), (ts[2][0], ts[3][0])]
    True
    >>> period_bounds("It rose from 35.22 in 2005 to 40 in 2006.", [(23, 27, "in"), (37, 41, "in")])
    []
    >>> period_bounds("Trade between 2003 and 2005 grew by 40 percent.", [(14, 18, None), (23, 27, None)])
    [(14, 23)]
    >>> period_bounds("Exports rose in the January-October period.", [(20, 27, None), (28, 35, None)])
    [(20, 28)]
    >>> period_bounds("Exports rose in January - October.", [(16, 23, "in"), (26, 33, None)])
    []
    >>> period_bounds("Steve Jobs 1955-2011", [(11, 15, None), (16, 20, None)])
    []
    """
    return [(a, b) for (a, a_end, signal), (b, _, _) in zip(timexes, timexes[1:], strict=False)
            if (_PERIOD_TIGHT.fullmatch(text, a_end, b) and text[a : a + 1].isalpha() and text[b : b + 1].isalpha())
            or ((signal or _word_before(text, a)).lower() in _PERIOD_OPENERS
                and _PERIOD_LINK.fullmatch(text, a_end, b))]


_ARTICLES = "the|a|an|its|his|her|their"  # what opens a noun phrase ("the mining hub", "its rebels")
# "the 2003 invasion", "a potential 2008 presidential candidate", "Iraq's 2005 constitution": a year between a
# determiner (and at most one word) and the noun it modifies
_YEAR = re.compile(r"\d{4}$")
_YEAR_BEFORE = re.compile(rf"\b(?:(?i:{_ARTICLES}|our|this|whose)|[A-Z][\w.-]*'s)\s+(?:(?!(?:in|on|at|of|"
                          r"for|by|from|since|until|during|after|before|to|with|and|or)\s)[\w-]+\s+)?$")
_YEAR_AFTER = re.compile(r"\s+(?!(?:and|or|to|through|until|when|while|as|that|which|who|was|were|is|are|has|had|"
                         r"have|in|on|at|by|for|of|with|from|after|before|during)\b)[A-Za-z]")


def modifies_noun(text: str, lo: int, hi: int) -> bool:
    """Whether the year ``text[lo:hi]`` modifies a noun ("the 2003 invasion"): it dates what the noun names,
    background to the sentence's news, not the day of what the sentence reports.

    >>> s = "Blair dismissed the idea that the 2003 US and British invasion of Iraq had triggered the chaos."
    >>> modifies_noun(s, s.index("2003"), s.index("2003") + 4)
    True
    >>> s = "The Bogor Goals were declared in 1994 and the 2020 deadline stands."
    >>> modifies_noun(s, s.index("1994"), s.index("1994") + 4), modifies_noun(s, s.index("2020"), s.index("2020") + 4)
    (False, True)
    >>> s = "Sales in the year 2005 rose. The report said this in 1994 CATIC diverted equipment."
    >>> modifies_noun(s, s.index("2005"), s.index("2005") + 4), modifies_noun(s, s.index("1994"), s.index("1994") + 4)
    (False, False)
    """
    before = text[max(0, lo - 60) : lo]
    return (bool(_YEAR.match(text, lo, hi)) and bool(_YEAR_BEFORE.search(before))
            and not before.rstrip().lower().endswith("year") and bool(_YEAR_AFTER.match(text, hi)))


# what may stand between two dates of one phrase: "Monday and Tuesday", "Nov. 6 and on Nov. 7", "May 31, June 1"
_JOINED = re.compile(r"[\s,]*(?:(?:and|or|&|-|\u2013)\s+)?(?:(?:on|in|at|by)\s+)?", re.I)
# a non-restrictive relative clause, which says nothing read alone ("… which was captured 10 days ago")
RELATIVE = re.compile(r"(?:which|who|whom|whose|where)\b", re.I)
ANTECEDENT_WORDS = 8
"""A relative piece starts at the name it describes when at most this many words lie between them."""


def closing_attribution(text: str, lo: int, dates: Sequence[tuple[int, int]],
                        names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether ``text[lo:]`` is the sentence's closing source: set off by a comma and holding no other, a verb
    of saying, at most :data:`ATTRIBUTION_WORDS` words beside its ``dates`` and ``names``.

    >>> s = "China will announce a package at the summit, said Vice Minister Wei Jianguo here on Thursday."
    >>> closing_attribution(s, s.index("said"), [(s.index("on Thu"), len(s) - 1)], [(s.index("Wei"), s.index(" here"))])
    True
    """
    if not text[:lo].rstrip().endswith(",") or "," in text[lo:] or not _ATTRIBUTION.search(text, lo):
        return False
    beside = [(a, b) for a, b in [*dates, *names] if lo <= a and b <= len(text)]
    return len(WORD.findall(text, lo)) - sum(len(WORD.findall(text, a, b)) for a, b in beside) <= ATTRIBUTION_WORDS


# what opens a piece that leans on the clause before it: a comparison's baseline ("..., up 150 points from its
# Monday close", "..., compared with 12 percent in 2002") or a participle with no subject of its own ("..., making
# it the worst month since January"); "saying", "following" and "according" open pieces of their own (_BREAK,
# closing_attribution), and a noun in -ing ("..., nothing happened") has its own verb
_LEANING = re.compile(
    r"(?:up|down|compared|from|against|versus|vs\.?|than|[a-z]{3,}ing(?<!saying)(?<!following)(?<!according)"
    r"(?<!nothing)(?<!something)(?<!anything)(?<!everything)(?<!morning)(?<!evening)(?<!spring))\b")


_DIGIT = re.compile(r"\d")
_THOUSANDS = re.compile(r"\d{3}\b")


def _number_comma(text: str, lo: int, hi: int) -> bool:
    """Whether the break ``text[lo:hi]`` is inside a number written with a spaced comma ("165, 000"): a digit
    right before it, three digits right after it.

    >>> s = "a record 165, 000 hectares, 20 of them new"
    >>> _number_comma(s, s.index(", 000"), s.index("000")), _number_comma(s, s.index(", 20"), s.index("20 of"))
    (True, False)
    """
    return lo > 0 and bool(_DIGIT.match(text, lo - 1)) and bool(_THOUSANDS.match(text, hi))


def _stands_alone(text: str, cut: re.Match[str]) -> bool:
    """Whether cutting ``text`` at the clause break ``cut`` leaves two pieces that read alone.

    Not when the right piece opens, after a comma or dash, with a word that leans on the clause before it
    (:data:`_LEANING`), nor when either piece would hold an unclosed quotation, nor inside a number ("165, 000").

    >>> s = "The index closed at 1,200 on Tuesday, up 150 points from its Monday close."
    >>> _stands_alone(s, _BREAK.search(s, s.index("Tuesday")))
    False
    >>> s = 'He said on Monday: "We will sign on June 5, and the rest will follow in July."'
    >>> _stands_alone(s, _BREAK.search(s, s.index("June 5")))
    False
    >>> s = "He was arrested on June 3 in Paris, and charged on June 5."
    >>> _stands_alone(s, _BREAK.search(s, s.index("June 3")))
    True
    """
    if _number_comma(text, cut.start(), cut.end()):
        return False
    left, right = text[: cut.start()], text[cut.end() :]
    if any(p.count('"') % 2 or p.count("\u201c") != p.count("\u201d") for p in (left, right)):
        return False
    return not (re.search(r",|[-\u2013\u2014]", cut.group()) and _LEANING.match(right))


def _cut(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """(end of the left piece, start of the right piece) at the last clause break in ``text[lo:hi]``, unless
    the pieces it leaves do not stand alone (:func:`_stands_alone`).

    Dates joined by a bare "and" or comma name one span of time, not two
    clauses, so nothing is cut between them.
    """
    if _JOINED.fullmatch(text, lo, hi):
        return None
    breaks = list(_BREAK.finditer(text, lo, hi))
    # no earlier break instead: it would cut off the sentence's opening ("In the first nine months of this year")
    return (breaks[-1].start(), breaks[-1].end()) if breaks and _stands_alone(text, breaks[-1]) else None


_AT_COMMA = re.compile(r",\s+")


def _antecedent(text: str, lo: int, names: Sequence[tuple[int, int]], at_comma: bool = False) -> int:
    """Where a piece opening with a relative word should start: at the last name before it, when near (with
    ``at_comma``, only a name right before the comma that sets the relative clause off).

    >>> s = "He will speak in Lubumbashi, the mining hub, which rebels took 10 days ago."
    >>> s[_antecedent(s, s.index("which"), [(0, 2), (17, 27)]):]
    'Lubumbashi, the mining hub, which rebels took 10 days ago.'
    >>> _antecedent(s, s.index("which"), [(0, 2), (17, 27)], at_comma=True) == s.index("which")
    True
    """
    if not RELATIVE.match(text, lo):
        return lo
    before = [a for a, b in names if b <= lo and (_AT_COMMA.fullmatch(text, b, lo) if at_comma else
              len(WORD.findall(text, b, lo)) <= ANTECEDENT_WORDS
              and not re.search(r"[;:]|\s[-\u2013\u2014]+\s", text[b:lo]))]
    return max(before) if before else lo


def date_pieces(text: str, spans: list[tuple[int, int]], min_words: int = 3,
                names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """For each date span (sorted by start) in a sentence, the (start, end) of the clause piece it belongs to.

    Dates with no clause break between them, or whose piece would be too
    short, get the same piece.

    >>> date_pieces("From June 3 to June 10, talks went on.", [(5, 11), (15, 22)])
    [(0, 38), (0, 38)]
    >>> date_pieces("Votes were counted on May 31 and June 1 by local committees.", [(19, 28), (33, 39)])
    [(0, 60), (0, 60)]

    A piece opening with a relative word ("which", "who") starts at the name
    it describes (``names``: the spans of the sentence's named mentions) when
    that name is near, so that it reads alone.

    A closing piece that only says who told the sentence, and when, gets the
    whole sentence: what was told that day.

    >>> s = "The board approved 85 projects in 2005 and more will follow in 2006, an official said on Monday."
    >>> pieces = date_pieces(s, [(34, 38), (63, 67), (89, 95)])
    >>> [s[a:b] for a, b in pieces[:2]], pieces[2] == (0, len(s))
    (['The board approved 85 projects in 2005', 'and more will follow in 2006'], True)
    """
    if not spans:
        return []
    cuts: list[tuple[int, int] | None] = [_cut(text, a[1], b[0]) for a, b in zip(spans, spans[1:], strict=False)]

    def bounds(i: int) -> tuple[int, int]:
        lo = next((c[1] for c in reversed(cuts[:i]) if c), 0)
        hi = next((c[0] for c in cuts[i:] if c), len(text))
        return lo, hi

    def words_beside_dates(lo: int, hi: int) -> int:
        inside = [(a, b) for a, b in spans if lo <= a and b <= hi]
        n = len(WORD.findall(text, lo, hi))
        return n - sum(len(WORD.findall(text, a, b)) for a, b in inside)

    def attribution(lo: int, hi: int) -> bool:
        return hi == len(text) and closing_attribution(text, lo, spans, names)

    changed = True
    while changed:
        changed = False
        for i in range(len(spans)):
            lo, hi = bounds(i)
            if (lo > 0 or hi < len(text)) and words_beside_dates(lo, hi) < min_words:
                left = next((k for k in range(i - 1, -1, -1) if cuts[k]), None)
                right = next((k for k in range(i, len(cuts)) if cuts[k]), None)
                cuts[left if left is not None else right] = None  # type: ignore[index]
                changed = True
                break
    # the date of a closing "..., an official said Monday" is the day the whole sentence was told: its piece is
    # the sentence, not the bare attribution
    pieces = [(0, len(text)) if attribution(*bounds(i)) else bounds(i) for i in range(len(spans))]
    return [(_antecedent(text, lo, names), hi) for lo, hi in pieces]


# a comma, then a relative word: a clause that describes what precedes it, set off from the sentence's main clause
_ASIDE = re.compile(r",\s+(" + RELATIVE.pattern + r")\s+", re.I)
_ASIDE_GAP = re.compile(r"[,;:]|\s[-\u2013\u2014]+\s")  # a break between the relative word and the date
_ASIDE_END = re.compile(r"\s*(?:[,;:]\s|\s[-\u2013\u2014]+\s)|[.!?]?[\"')\u2019\u201d]*\s*$")
# what follows a relative word that is the clause's subject: an auxiliary, an adverb, a past form ("who famously
# beat", "which halted", "who met"); a noun or name after it is the clause's own subject ("which rebels took")
_SUBJECT_NEXT = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|did|does|also|then|later|now|once|first|still"
    r"|[a-z]+ly|[a-z]{2,}ed)\b")
_DETERMINER = re.compile(rf"\b(?:{_ARTICLES}|this|that|these|those)\s+$", re.I)
# a noun phrase of up to three words closing the text: "the remote prison", "its chief"
_NOUN_PHRASE = re.compile(rf"\b(?:{_ARTICLES})\s+(?:[a-z][\w'-]*\s+){{0,2}}[a-z][\w'-]*$", re.I)
# an opening that is no subject: "On Monday, which ...", "After the vote, which ..."
_NOT_SUBJECT = re.compile(
    r"(?:on|in|at|by|for|with|from|after|before|since|during|following|when|while|although|as|if|but|and|so)\b",
    re.I)


def relative_aside(text: str, lo: int, hi: int, names: Sequence[tuple[int, int]] = ()
                   ) -> tuple[tuple[int, int] | None, int, int] | None:
    """The non-restrictive relative clause that holds the date ``text[lo:hi]``, when the sentence's main clause
    lies outside it: (the antecedent's span to show before it, or None; the clause's start; its end).

    "Rahman, who famously beat Lennox Lewis in 2001, barely landed a punch" tells of the fight, not of
    2001: the date dates its clause.  When the relative word is the clause's subject and its antecedent is
    the sentence's opening or a name or noun phrase right before the comma, the clause starts after the
    relative word and the antecedent is returned, so that the two read as one sentence ("Rahman … famously
    beat Lennox Lewis in 2001"); otherwise the clause starts at the relative word ("where the boy was shot
    on Saturday"), which does not read alone.  ``names``: the sentence's named mentions.

    >>> s = "Rahman, who famously beat Lennox Lewis in 2001, barely landed a punch as the Ukrainian dominated."
    >>> ant, a, b = relative_aside(s, s.index("2001"), s.index("2001") + 4)
    >>> s[slice(*ant)], s[a:b]
    ('Rahman', 'famously beat Lennox Lewis in 2001')
    >>> s = "Police intervened at a vigil in Brooklyn, where Kimani Gray was shot by police on Saturday."
    >>> ant, a, b = relative_aside(s, s.index("Saturday"), s.index("Saturday") + 8)
    >>> ant, s[a:b]
    (None, 'where Kimani Gray was shot by police on Saturday.')
    >>> relative_aside("Bush, who was hurt, returned on Thanksgiving to play.", 29, 40) is None  # the date's own clause
    True
    """
    asides = list(_ASIDE.finditer(text, 0, lo))  # only the last can hold the date: an earlier one's comma ends it
    rel = asides[-1] if asides else None
    if rel is None or _ASIDE_GAP.search(text, rel.end(), lo):
        return None
    end = _ASIDE_END.search(text, hi)
    while end and text.startswith(",", end.start()) and _number_comma(text, end.start(), end.end()):
        end = _ASIDE_END.search(text, end.end())  # a number written with a spaced comma: "2, 000"
    stop = end.start() if end else len(text)
    if not re.search(r"\w", text[stop:]):  # the clause closes the sentence: its stop is the sentence's
        stop = len(text)
    outside = len(WORD.findall(text, 0, rel.start())) + len(WORD.findall(text, stop))
    if outside < 4:  # "Kimani Gray, who was shot on Saturday." as a caption: no main clause beside it
        return None
    subject = rel.group(1).lower() in ("who", "which") and _SUBJECT_NEXT.match(text, rel.end())
    if not subject:
        return None, rel.start(1), stop
    opening = text[: rel.start()]
    if "," not in opening and len(WORD.findall(opening)) <= ANTECEDENT_WORDS and opening[:1].isupper() \
            and not _NOT_SUBJECT.match(opening):
        return (0, rel.start()), rel.end(), stop
    name = _antecedent(text, rel.start(1), names, at_comma=True)
    if name < rel.start(1):
        det = _DETERMINER.search(text, 0, name)
        return (det.start() if det else name, rel.start()), rel.end(), stop
    noun = _NOUN_PHRASE.search(opening)
    if noun:
        return (noun.start(), rel.start()), rel.end(), stop
    return None, rel.start(1), stop
