"""Whether a dated sentence tells a happening, a plan, an expectation, or background.

An editor's chronology lists what happened.  A news sentence can put a date
on other things: a plan or a schedule ("the trial is set to begin on 28
March", "will vote on Friday"), an expectation ("is expected to rule next
week"), a recollection by a later article, or background ("Haiti is part of
a large Caribbean island", "she was born in 1958").  Tense, modality and
schedule verbs tell them apart; so does the date's place against the
article's own day: a date after it cannot have happened yet.

Statuses: ``happened`` (reported as news on or after its day), ``planned``
(a schedule or intention), ``expected`` (a forecast), ``recalled`` (a past
happening a later article looks back to), ``background`` (an entry every
sentence of which describes rather than reports: geography, biography).

Example::

    >>> status_of("The trial is set to begin on 28 March.", "2011-03-28", "2011-03-01")
    'planned'
    >>> status_of("Mubarak resigned on Friday.", "2011-02-11", "2011-02-12")
    'happened'
    >>> is_background("Haiti is part of a large Caribbean island called Hispaniola.")
    True
"""

from __future__ import annotations

import datetime as dt
import re

from storyline.timeline.dates import published_day, span

HAPPENED, PLANNED, EXPECTED, RECALLED, BACKGROUND = "happened", "planned", "expected", "recalled", "background"
STATUSES = (HAPPENED, PLANNED, EXPECTED, RECALLED, BACKGROUND)

_PLANNED = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:set|scheduled|due|slated|poised|planned|going|about)\s+to\b"
    r"|\b(?:will|shall|'ll)\b|\b(?:plans?|planned|planning|intends?|intended|aims?|hopes?|hoped|vows?|promised?)\s+to\b"
    r"|\bscheduled\s+(?:for|on)\b|\bto\s+be\s+(?:held|opened|launched|released|announced|signed|decided)\b"
    r"|\bupcoming\b|\bnext\s+(?:week|month|year|round)\b", re.I)
# be + to-infinitive of arrangement ("Parliament is to vote Monday", "Ozawa was to meet Hashimoto"); not of
# destiny or judgement ("is to blame", "was to prove costly", "what is to come", "as is to be expected"), nor
# a noun of purpose as subject ("the aim is to cut costs"); counted only in the date's clause, before the date
# with no comma between (review r50f: "The problem is to find money, officials said on Monday")
_BE_TO = re.compile(
    r"(?<!\baim )(?<!\bgoal )(?<!\bjob )(?<!\btask )(?<!\brole )(?<!\bidea )(?<!\bpurpose )(?<!\bwhat )"
    r"\b(?:is|are|was|were)\s+to\s+(?!blame\b|come\b|follow\b|prove\b|become\b|be\s+(?:expected|hoped|seen|found|"
    r"welcomed|regretted|praised|commended|blamed|congratulated)\b)[a-z]+", re.I)
# a schedule participle + "for" + a time: "is set for February 17", "slated for next week"; not "set for life"
_SET_FOR = re.compile(
    r"\b(?:set|slated|due|planned)\s+(for)\s+(?=(?:next|this|later|early|late|mid|the\s+(?:end|start|beginning|"
    r"weekend|week|month|year))\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*\.?\s+\d|\d+\b(?!\s*(?:years?|months?|weeks?|days?|hours?|%|percent)\b)|today\b|"
    r"tomorrow\b|tonight\b)", re.I)
_EXPECTED = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:expected|likely|unlikely|forecast|predicted|projected|tipped)"
    r"(?:\s+(?!to\b)[\w.]+){0,2}\s+to\b", re.I)  # "were expected Monday to stage", "is expected later today to"
# a modal of possibility governs a verb it stands before ("may have to wait" too); the past ("may have fled") and
# the negative of ability ("could not reach") are no forecast; a headline's capitals are still the modal ("STORM
# COULD HIT", review r50f), while "May" with a capital is the month ("May 5 elections", "May Day") unless it opens
# the sentence before a lower-case verb ("May the court rule ...")
_MODAL = re.compile(
    r"\b(?:[Cc]ould|[Mm]ight|may|COULD|MIGHT|MAY)\s+(?!(?i:have)\b(?!\s+(?i:to)\b)|(?i:not|never|day)\b|\d)[A-Za-z]+"
    r"|^May\s+(?!\d|Day\b)[a-z]+")
# where one clause ends and another starts inside a piece: the modal of "called Thursday for a review ...,
# saying the measure may harm security" is the saying's, not the call's
_CLAUSE_BREAK = re.compile(
    r"[;:()\"“”]|,\s*(?:saying|adding|warning|arguing|noting|which|who|where|while|although|though|but|because)\b"
    r"|\b(?:because|although|though|saying|that)\b(?!\s+(?:day|week|month|year|night|morning|afternoon|evening)\b)",
    re.I)
# a plan told in the past perfect did not come about: "had hoped to be given candidate status this week", "the
# dialogue ... was last scheduled for July 25", "had been expected to represent the government"
# what sets a clause apart from a date after it (:func:`_before_date`)
_APART = re.compile(r"[,;]|:\s")
_UNFULFILLED = re.compile(
    r"\bhad\s+(?:hoped|planned|intended|wanted)\s+to\b"
    r"|\bhad\s+been\s+(?:expected|scheduled|due|slated|planned)\s+(?:to|for)\b"
    r"|\b(?:was|were)\s+(?:last|originally|initially)\s+(?:scheduled|set|due|slated|planned)\b"
    r"|\b(?:was|were)\s+to\s+have\s+[a-z]+", re.I)
# how places, people and institutions are described rather than what happened to them
_BACKGROUND = re.compile(
    r"\b(?:is|are)\s+(?:part|one|home|located|situated|known|the\s+(?:capital|largest|poorest|richest|second))\b"
    r"|\b(?:lies|consists\s+of|borders)\b|\bpopulation\s+of\b"
    r"|\b(?:was|were)\s+(?:born|founded|established|built|formed|created)\b"
    r"|,\s+(?:born|founded)\s+(?:in|on)\b", re.I)  # apposition: "Jobs, born in San Francisco on February 24, 1955,"
FAR_BEFORE_DAYS = 365
"""A date ending this long before a story's first article is history, unless the story keeps recalling it."""


def status_of(text: str, date: str, published: str | None, recalled: bool = False,
              at: tuple[int, int] | None = None) -> str:
    """The status of one dated sentence or clause, from its wording and the article's day (ISO, may be None).

    ``at``: the date's place in ``text`` (offsets), so that a modal or a "set for" counts only where it bears on
    that date ("called Thursday for a review, saying the measure may harm security" is no forecast of Thursday).

    With no day for the article (a page that prints none), its wording alone tells a plan or a forecast:
    "Registration will run from October 26 to November 20." is no happening, whenever it was written.

    >>> status_of("Registration will run from October 26 to November 20.", "2013-10-26", None)
    'planned'
    >>> status_of("Registration will run from October 26 to November 20.", "2013-10-26", "2013-11-02")
    'happened'
    """
    if _before_date(_UNFULFILLED, text, at):  # a plan the past perfect says did not come about, whatever its date
        return PLANNED
    after = _starts_after(date, published)
    ahead = after or published_day(published) is None or _same_day(date, published)  # or said on the day, or undated
    if (_EXPECTED.search(text) or _modal_on(text, at)) and ahead:
        return EXPECTED
    if (_PLANNED.search(text) or _set_for(text, at) or _before_date(_BE_TO, text, at)) and ahead:
        return PLANNED
    if after:  # an expected one returned above: ``after`` implies ``ahead``
        return PLANNED
    return RECALLED if recalled else HAPPENED


def _set_for(text: str, at: tuple[int, int] | None) -> bool:
    """Whether a schedule participle + "for" dates the date itself ("is set for June 3"), not another time of the
    text ("The talks due for Thursday were called off on Monday"); with no place for the date, any counts.  The
    date's span may hold its "for" or not.

    >>> _set_for("The hearing is set for June 3.", (23, 29))
    True
    >>> _set_for("Talks due for Thursday ended on Monday.", (32, 38))
    False
    """
    return any(at is None or at[0] in (m.start(1), m.end()) for m in _SET_FOR.finditer(text))


def _before_date(rx: re.Pattern[str], text: str, at: tuple[int, int] | None) -> bool:
    """Whether ``rx`` matches before the date at ``at`` with no comma, semicolon or colon between: the wording is
    the dated verb's own ("Parliament is to vote Monday", "had been scheduled for July 25", whose date's span may
    hold the "for"; "was to take place at 2:00 a.m. (0700 GMT)", a bracket restating the time), not a clause's
    beside it ("Ministers, who had hoped to agree a deal, signed it on Monday"; "Troops had planned to withdraw
    but stayed; on Monday they left").  Without the date's place, anywhere in ``text``."""
    if at is None:
        return bool(rx.search(text))
    return any(m.start() < at[0] and not _APART.search(text, m.end(), max(at[0], m.end())) for m in rx.finditer(text))


def _window(text: str, at: tuple[int, int]) -> tuple[int, int]:
    """The span of the clause that holds ``text[at[0]:at[1]]``, between the clause breaks around it."""
    x, y = (min(max(i, 0), len(text)) for i in at)
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, x)), default=0)
    hi = next((m.start() for m in _CLAUSE_BREAK.finditer(text, y)), len(text))
    return lo, hi


def _modal_on(text: str, at: tuple[int, int] | None) -> bool:
    """Whether a modal of possibility governs the clause the date (``at``, offsets in ``text``) lies in.

    With no place for the date, a modal anywhere in the text counts.

    >>> text = "A minister called Thursday for a review, saying the measure may harm security."
    >>> _modal_on(text, (18, 26)), _modal_on("He could be sentenced on May 7.", (22, 30))
    (False, True)
    """
    if at is None:
        return bool(_MODAL.search(text))
    lo, hi = _window(text, at)
    return bool(_MODAL.search(text, lo, hi))


def entry_status(statuses: list[str], background: bool = False) -> str:
    """An entry's status from its sentences': any report of it as news makes it a happening.

    ``background``: every sentence of the entry describes (:func:`is_background`); it is then background
    whatever its tense.

    >>> entry_status(["planned", "happened"]), entry_status(["planned", "expected", "planned"])
    ('happened', 'planned')
    >>> entry_status(["recalled"], background=True)
    'background'
    """
    if background:
        return BACKGROUND
    if HAPPENED in statuses:
        return HAPPENED
    if RECALLED in statuses:
        return RECALLED
    return EXPECTED if statuses.count(EXPECTED) > statuses.count(PLANNED) else PLANNED


def is_background(text: str) -> bool:
    """A sentence that describes (geography, biography, institutions) rather than reports a happening.

    Only set phrases of description count: a bare "is" (measured on the
    Wikinews trial corpus) also opens news ("The iPhone 4 is on sale from June 24").

    >>> is_background("She was born in 1958 in Gary, Indiana."), is_background("The quake struck on Tuesday.")
    (True, False)
    >>> is_background("Jobs, born in San Francisco on February 24, 1955, has built the most valuable company.")
    True
    """
    return bool(_BACKGROUND.search(text))


def far_before(date: str, story_start: str | None) -> bool:
    """Whether ``date`` ended over FAR_BEFORE_DAYS before the story's first day (history, not this story).

    >>> far_before("1958-08-29", "2009-06-25"), far_before("2009-06", "2009-06-25")
    (True, False)
    """
    if not story_start:  # a story with no publication date (ECB+, a folder of undated pages) has no "before"
        return False
    try:
        start = dt.date.fromisoformat(story_start[:10])
        return span(date)[1] < start - dt.timedelta(days=FAR_BEFORE_DAYS)
    except ValueError:
        return False


def _starts_after(date: str, published: str | None) -> bool:
    day = published_day(published)
    try:
        return day is not None and span(date)[0] > day
    except ValueError:
        return False


def _same_day(date: str, published: str | None) -> bool:
    day = published_day(published)
    try:
        lo, hi = span(date)
    except ValueError:
        return False
    return day is not None and lo <= day <= hi
