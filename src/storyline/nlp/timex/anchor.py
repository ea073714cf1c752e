"""The reference date of an article and the tense of the clause a timex sits in.

News dates are relative to the day the article appeared ("on Thursday", "last
week"), and which Thursday depends on the tense of the governing verb ("said
... on Thursday" is the most recent one, "will meet ... Thursday" the coming
one).  This module holds that context and the calendar arithmetic; it knows
nothing about words.

Example::

    >>> import datetime as dt
    >>> a = Anchor(dt.date(2018, 7, 12))
    >>> a.weekday(7, "FUTURE"), a.week(-1)
    ('2018-07-15', '2018-W27')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

_ISO = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_YEARS = (1, 9999)  # what a four-digit TIMEX3 year can say; arithmetic beyond it gives X placeholders
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
# Verbs whose passive puts the event after the time of saying ("was expected/scheduled/due to arrive Thursday"):
# the expecting is past, what it dates is not, so the day may lie either side of the publication date.
_PROSPECTIVE = frozenset({"expect", "schedule", "slate", "set", "plan", "tip", "intend", "timetable"})


# Verbs and adjectives whose infinitive happened when they did ("had to leave", "managed to", "was forced to",
# "was unable to": the leaving, or its failing, is as past as the verb), unlike "asked to" or "planned to"
_IMPLICATIVE = frozenset({"have", "manage", "fail", "force", "oblige", "compel", "able", "unable"})
# Events no one schedules: named by a noun a time word dates ("February's killing", "a March bomb blast"), they have
# happened, as news cannot report one ahead
_UNFORESEEN = frozenset({
    "killing", "murder", "assassination", "slaying", "attack", "bombing", "blast", "explosion", "shooting", "massacre",
    "ambush", "raid", "crash", "collision", "accident", "disaster", "earthquake", "quake", "tsunami", "flood",
    "landslide", "avalanche", "fire", "blaze", "coup", "riot", "uprising", "kidnapping", "abduction", "death",
    "collapse", "outbreak", "derailment", "sinking", "hijacking", "stabbing", "clash", "violence", "unrest",
    "invasion", "eruption", "storm", "hurricane", "typhoon", "cyclone"})


def parse_dct(published: str | None) -> dt.date | None:
    """The date part of an ISO date/datetime string (``'2018-07-12T09:00Z'`` -> 2018-07-12), or None."""
    if not published:
        return None
    m = _ISO.match(published.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def tense(span: Span) -> str:
    """PAST, FUTURE or PRESENT for the verb governing ``span`` (PRESENT when none is found).

    Walks up the dependency tree from the span's root to the first verb, then
    reads its tag and auxiliaries: "will be held Sunday" -> FUTURE,
    "had signed ... on Monday" -> PAST.
    """
    if _since_phrase(span.root):
        return "PAST"
    before = _verb_before(span)
    verb = before or _governing_verb(span.root)
    when, future_word = _verb_tense(verb), _future_word(verb)
    if before is None and _dates_a_past_event(span.root) and not future_word:
        return "PAST"
    if (when == "FUTURE" or future_word) and before is None and _dates_a_noun(span.root):
        return "PRESENT"  # a modal perfect neither: "could have boosted morale before their Saturday game"
    if when == "PAST" and _ahead_of(span):
        return "PRESENT"
    return when


# Tokens of a short noun phrase between "ahead of" and its date: "the", "Thursday's general", "a summit"
_AHEAD_NP = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})


def happened(span: Span) -> bool:
    """Whether ``span`` dates an event the text tells as done, so its day cannot lie ahead of the DCT.

    A past clause may still take a day a few weeks ahead ("declared a
    dividend payable Dec. 7", "the court set April 29 for the hearing":
    deadlines and schedules sit in past reports), but not the day of
    something that has happened: the noun of an unforeseen event ("the
    December 26 tsunami"), or the day "on" which a simple past verb with no
    auxiliary or subordinator occurred ("On Jan. 9, a jet crashed", "the
    tariff, which took effect on Jan. 1") or a bare past participle of a
    noun did ("the summit held on January 9"), the "on" before the verb or
    at most two words after it (a longer object may hold a noun the day
    belongs to: "reviewed the agenda for the meeting on November 18").  A
    verb under "if", "as", "before" ("as they awaited an increase on May 1",
    "before they left for the Games on Dec. 1") and the verbs of planning
    (``_prospective``) are left to the tense.
    """
    root = span.root
    if _dates_a_past_event(root):
        return True
    if root.dep_ != "pobj" or root.head.lower_ != "on" or root.head.dep_ != "prep":
        return False
    on, verb = root.head, root.head.head
    if _prospective(verb) or _auxiliaries(verb) or any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.i < on.i - 3:
        return False  # "reviewed the agenda for the APEC meeting in Busan on November 18": the meeting's day
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "acl")


def _ahead_of(span: Span) -> bool:
    """Whether ``span`` dates what a clause is "ahead of": "ahead of Thursday's election", "of the vote on Monday".

    What lies ahead of a past act need not be past itself: "Jeffrey spoke
    ahead of the election Thursday", "campaign time elapsed ahead of the
    Monday balloting", "opinion polls ahead of Sunday's election" tell of a
    day after the act, before or after the publication date, so the day
    nearest that date, not the clause's past, is the one meant.  The day must
    sit in a noun phrase of at most four words after "ahead of" (a verb or a
    comma between ends it: "ahead of the talks, which ended Monday").

        >>> import spacy
        >>> doc = spacy.blank("en")("ahead of the Monday balloting")
        >>> for tok, pos in zip(doc, ["ADV", "ADP", "DET", "PROPN", "NOUN"]):
        ...     tok.pos_ = pos
        >>> _ahead_of(doc[3:4]), _ahead_of(doc[0:1])
        (True, False)
    """
    doc, i = span.doc, _before_on(span)
    words = 0
    while i >= 0 and words < 4 and doc[i].pos_ in _AHEAD_NP:
        i, words = i - 1, words + 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ == "ahead"


# Dependencies that keep a word inside the noun phrase (or the prepositional phrase in it) a time word sits in
_IN_PHRASE = frozenset({"pobj", "prep", "compound", "nmod", "poss", "amod", "nummod", "appos", "conj", "npadvmod"})


def _since_phrase(root: Token) -> bool:
    """Whether the time word sits in the object of "since": "since its historic win in the January polls".

    What a "since" phrase names has happened (it starts a stretch that runs
    to now), however deep in the phrase the time word lies; the parse is
    climbed through the noun phrase only, so a clause of its own ("since he
    said he will leave on Monday") keeps its verb's tense.
    """
    tok = root
    for _ in range(8):
        if tok.dep_ not in _IN_PHRASE:
            return False
        tok = tok.head
        if tok.lower_ == "since" and tok.dep_ == "prep":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


# Prepositions whose gerund shares the time of the verb it hangs on ("after making an emergency landing on Monday",
# "by winning on Friday"); "before", "until" and "ahead of" look forward from that verb, so they are not among them
_WITH_ITS_VERB = frozenset({"after", "while", "by", "upon", "on", "in", "during", "following", "when", "since"})
# Of those, the ones whose gerund lies before the verb: after a future act it may be past ("will take office
# after winning on October 29"), so only a past verb passes its tense down through them
_LOOKING_BACK = frozenset({"after", "following", "since"})


def _participle_tense(verb: Token, depth: int) -> str | None:
    """PAST or FUTURE for a bare gerund or participle that takes the tense of the clause it modifies, else None.

    A participle has no tense of its own; an adverbial one tells what went
    on at the time of its main verb ("Delivering a speech on Thursday
    afternoon, Spellings said ...": the Thursday just gone; "South Korea will
    fancy their chances, opening their World Cup on June 13": the coming
    June), and so does the gerund of "after", "while", "by" ("was written off
    after making an emergency landing on Monday").  One with its own
    auxiliaries, one modifying a noun ("the strike starting on Monday", "the
    event starting on Thursday": an unmarked one must be set off by a comma),
    or one after "before" or "until" is left alone; a future passes down only
    when "will" or a modal says it.
    """
    if verb.tag_ != "VBG" or _auxiliaries(verb) or verb.head.i == verb.i:
        return None
    if verb.dep_ == "advcl":
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.i < verb.i
                                                                           and c.lower_ in ("when", "while"))]
        if verb.lower_ == "following":
            marks = ["following"]  # "were freed four months later following a military operation in May"
        if marks and marks[0] not in _WITH_ITS_VERB:
            return None
        if not marks and not (verb.i == 0 or verb.is_sent_start or verb.nbor(-1).text in (",", ";", "--")):
            return None  # set off by a comma, or it is a noun's ("the team event starting on Thursday")
        word = marks[0] if marks else ""
    elif verb.dep_ == "pcomp" and verb.head.lower_ in _WITH_ITS_VERB:
        word = verb.head.lower_
    else:
        return None
    governor = _governing_verb(verb.head)  # for a gerund, the first verb above its preposition
    if governor is None:
        return None
    when = _verb_tense(governor, depth + 1)
    # not ``_future_word``, which takes a verb "going" itself for the going-to future: "going up only 7.03 points,
    # breaking the previous record ... on Monday" would go to the next Monday
    said = any(a.lower_ in _FUTURE_AUX or a.tag_ == "MD" for a in _auxiliaries(governor))
    if when == "PAST" or (when == "FUTURE" and said and word not in _LOOKING_BACK):
        return when  # a future said by "will" or a modal; a present progressive ("is slowing") tells no plan here
    return None


def _verb_tense(tok: Token | None, depth: int = 0) -> str:
    """PAST, FUTURE or PRESENT of one verb, read from its tag and auxiliaries (see ``tense``)."""
    if tok is None:
        return "PRESENT"
    if depth < 3:
        shared = _participle_tense(tok, depth)
        if shared is not None:
            return shared
    auxes = _auxiliaries(tok)
    if any(a.lower_ in _FUTURE_AUX for a in auxes) or tok.lower_ in _FUTURE_AUX:
        return "FUTURE"
    if any(a.tag_ == "MD" for a in auxes):
        if tok.tag_ == "VBN" and any(a.lower_ in ("have", "'ve") for a in auxes):
            return "PAST"  # "should have ended on Saturday", "may have died Sunday": a modal perfect looks back
        return "FUTURE" if not any(a.tag_ in ("VBD", "VBN") for a in auxes) else "PAST"
    if tok.tag_ == "VBN" and _prospective(tok) and any(a.dep_ == "auxpass" for a in auxes):
        return "PRESENT"  # "was expected in Lima early Thursday": the arrival lies after the expecting, either side
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "PAST"
    if tok.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had", "was", "were") for a in auxes):
        return "PAST"
    if tok.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am") for a in auxes):
        return "FUTURE"  # "is meeting Sunday": the present progressive of plans
    if any(a.lower_ == "to" for a in auxes):
        lead = _first_conjunct(tok)
        governor = _finite_governor(lead)
        if lead.dep_ == "xcomp" and lead.head.lemma_.lower() in _IMPLICATIVE and governor is not None \
                and _simple_past(governor):
            return "PAST"  # "had to seek medical attention on Friday", "managed to leave Sunday": it happened
        if lead.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and governor is not None and _simple_past(governor):
            # "asked the government to resign Saturday", "made it difficult to meet demand into the summer": the
            # asking is past, the resigning after it, so the day may lie either side of the DCT; take the nearer,
            # as for a clause without tense (the past verb may govern through an adjective or noun)
            return "PRESENT"
        return "FUTURE"  # "plans to vote Tuesday", "guidelines to be published in May"
    if tok.tag_ == "VBN" and any(a.lower_ in ("is", "are", "am", "be") for a in auxes):
        return "PRESENT"  # "closing is expected in December": plans and states, either side of the DCT
    if tok.tag_ == "VBN" and tok.dep_ != "amod":
        return "PAST"
    if tok.tag_ in ("VBZ", "VBP") and _scheduled(tok):
        return "FUTURE"  # "the pilgrimage, which ends on Monday", "the tournament starts on June 9": a timetable
    return "PRESENT"


# Verbs whose simple present tells a timetable, not a habit or a headline's past: "the pilgrimage ends on Monday",
# "the World Cup ... ends on July 9", "the act comes into force on Tuesday"; "comes" and "takes" only with the words
# that make them one ("The move comes days after Sunday's attack" looks back)
_TIMETABLE = frozenset({"end", "begin", "start", "open", "expire", "resume", "conclude", "kick"})
_TIMETABLE_WITH = {"come": frozenset({"into"}), "take": frozenset({"place", "effect"})}


def _scheduled(verb: Token) -> bool:
    """Whether ``verb`` (a simple present) tells when a scheduled thing begins or ends (see ``_TIMETABLE``)."""
    lemma = verb.lemma_.lower()
    if lemma in _TIMETABLE:
        return True
    words = _TIMETABLE_WITH.get(lemma)
    return words is not None and any(c.lower_ in words for c in verb.children)


def _dates_a_noun(root: Token) -> bool:
    """Whether the time word dates a noun, not a verb: "Thursday's loss", "his reelection on October 29".

    An event named by a noun has no tense of its own.  A future verb says
    nothing of it ("will take office Monday after his reelection on October
    29": the reelection is past, the taking office ahead; "may miss two
    weeks with an ankle sprained during Thursday's loss"), so such a day is
    the one nearest the publication date; a past verb still holds ("confessed
    ... in Wednesday's bombing"), as news reports events already named, and
    so does a future verb whose own subject or object the noun is ("The
    summit on Friday will bring together ..."), its goal ("will be waiting
    for the vote on Friday") or setting ("will win in Sunday's elections").
    """
    if root.dep_ in ("poss", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("on", "in") and root.head.head.tag_ in ("NN", "NNS"):
        noun = root.head.head
    else:
        return False
    # an adjunct's event ("after his reelection", "during Thursday's loss"), not the verb's own subject or object,
    # nor its goal or setting ("waiting for the vote on Friday", "will win in Sunday's elections"): those lie ahead
    return noun.dep_ == "pobj" and noun.head.lower_ not in ("for", "to", "toward", "towards", "in")


def _future_word(verb: Token | None) -> bool:
    """Whether a future auxiliary or a modal governs ``verb`` ("will investigate", "could face")."""
    if verb is None:
        return False
    auxes = _auxiliaries(verb)
    return verb.lower_ in _FUTURE_AUX or any(a.lower_ in _FUTURE_AUX or a.tag_ == "MD" for a in auxes)


def _dates_a_past_event(root: Token) -> bool:
    """Whether the time word dates a noun naming what has happened: "February's killing", "the May agreement reached".

    A clause in the present tense takes the nearer of two Februaries, but
    an event no one schedules ("killing", "blast", "earthquake") cannot be
    reported before it happens, and a noun with a past participle of its own
    ("the May peace agreement reached between ...") says it is done; the
    month or day is then the most recent one.  A future auxiliary or modal
    over it ("will ..."; not "is reeling from February's killing"), or a
    participle of planning ("the June vote scheduled for ..."), leaves the
    tense to the clause.
    """
    if root.dep_ not in ("poss", "compound", "nmod", "amod") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = root.head
    if noun.lemma_.lower() in _UNFORESEEN or noun.lower_ in _UNFORESEEN:
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and not _prospective(c) for c in noun.children)


def _prospective(verb: Token) -> bool:
    """Whether ``verb`` is one of planning (``_PROSPECTIVE``): "expected", "scheduled", "slated".

    The tagger's lemma of "slated" is "slat", so the word itself is read too.
    """
    return verb.lemma_.lower() in _PROSPECTIVE or verb.lower_ == "slated"


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``; a conjoined verb without its own shares its first conjunct's.

    "will be presented and played on Friday": the parser hangs "will be" on
    "presented" only, and "played" read alone is a bare participle (past);
    English states the auxiliaries once for both verbs.  A conjunct with a
    tense of its own ("agreed", VBD) keeps it.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and verb.tag_ in ("VB", "VBN", "VBG") and verb.head.tag_.startswith("VB"):
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return auxes


def _first_conjunct(verb: Token) -> Token:
    """The verb a conjoined bare verb shares its "to" with: "was forced to step down and offer an apology".

    The parser hangs the second verb ("offer") on the first ("step"), so
    read alone it is governed by an infinitive; what governs the pair
    ("forced") is the first conjunct's governor.  A conjunct with
    auxiliaries of its own is its own verb.
    """
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head.i == verb.i or not verb.head.tag_.startswith("VB") \
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            break
        verb = verb.head
    return verb


def _governing_verb(tok: Token) -> Token | None:
    """The first verb up the dependency tree from ``tok`` (itself included), within six steps."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _before_on(span: Span) -> int:
    """The index of the token before a time word, past an "on" ("announced on Friday", "ahead of the vote on
    Monday"); -1 at the start of the document."""
    i = span.start - 1
    return i - 1 if i >= 0 and span.doc[i].lower_ == "on" else i


def _verb_before(span: Span) -> Token | None:
    """The verb written just before a time word ("said Monday", "announced on Friday"), which it modifies.

    English puts a time adverbial right after the verb it dates; TimeML
    anchors the expression by that event (TimeML Annotation Guidelines
    1.2.1: the value of an underspecified date follows the event it
    modifies).  The parser sometimes hangs the word on the next clause
    instead ("said Monday it will cut jobs": Monday under "cut"), which
    would date a past announcement in the future.
    """
    i = _before_on(span)
    if i < 0:
        return None
    tok = span.doc[i]
    if tok.tag_.startswith("VB") and tok.dep_ not in ("aux", "auxpass") and tok.lower_ not in _FUTURE_AUX:
        return tok
    return None


def _finite_governor(verb: Token) -> Token | None:
    """The verb governing ``verb``, climbing past gerunds: "violated rules by inviting him to sit in in January".

    A gerund ("inviting") has no tense of its own; the time of the infinitive
    under it is set by the finite verb above ("violated").
    """
    governor = _governing_verb(verb.head) if verb.head.i != verb.i else None
    for _ in range(3):
        if governor is None or governor.tag_ != "VBG" or _auxiliaries(governor) or governor.head.i == governor.i:
            break
        governor = _governing_verb(governor.head)
    return governor


def _simple_past(verb: Token) -> bool:
    """'asked', 'had asked': a past verb; 'is scheduled', 'will be asked' are not."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes) and auxes[0] in ("had", "has", "have", "was",
                                                                                     "were"))


def add_months(d: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``d``."""
    n = d.year * 12 + d.month - 1 + months
    return n // 12, n % 12 + 1


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


@dataclass(frozen=True)
class Anchor:
    """The document creation date (None when unknown) and the arithmetic relative to it.

    Every method returns a TIMEX3 value; without a date it returns the same
    shape with X placeholders, so nothing is guessed.
    """

    dct: dt.date | None

    @property
    def anchored(self) -> bool:
        return self.dct is not None

    def day(self, offset: int = 0) -> str:
        d = self._plus(days=offset)
        return "XXXX-XX-XX" if d is None else d.isoformat()

    def week(self, offset: int = 0) -> str:
        d = self._plus(weeks=offset)
        return "XXXX-WXX" if d is None else iso_week(d)

    def news_week(self, offset: int, when: str) -> str:
        """The ISO week 'last week' (-1), 'this week' (0) or 'next week' (1) names, as a reader of news counts it.

        News counts weeks as working weeks, Sunday to Saturday: a Sunday
        paper's "last week" is the Monday-to-Saturday just gone, the ISO
        week the Sunday closes, and its "this week" is that same week in a
        past clause ("police said this week") but the working week ahead in
        a future one ("to be approved by parliament this week"); on any
        other day the ISO arithmetic holds.

        >>> a = Anchor(dt.date(1998, 3, 22))  # a Sunday, closing 1998-W12
        >>> a.news_week(-1, "PAST"), a.news_week(0, "PAST"), a.news_week(0, "FUTURE"), a.news_week(1, "PRESENT")
        ('1998-W12', '1998-W12', '1998-W13', '1998-W13')
        """
        if self.dct is not None and self.dct.isoweekday() == 7 and (offset < 0 or (offset == 0 and when == "FUTURE")):
            offset += 1
        return self.week(offset)

    def month(self, offset: int = 0) -> str:
        if self.dct is None:
            return "XXXX-XX"
        y, m = add_months(self.dct, offset)
        return f"{y:04d}-{m:02d}" if _YEARS[0] <= y <= _YEARS[1] else "XXXX-XX"

    def year(self, offset: int = 0) -> str:
        y = None if self.dct is None else self.dct.year + offset
        return f"{y:04d}" if y is not None and _YEARS[0] <= y <= _YEARS[1] else "XXXX"

    def quarter(self, offset: int = 0) -> str:
        if self.dct is None:
            return "XXXX-QX"
        n = self.dct.year * 4 + (self.dct.month - 1) // 3 + offset
        return f"{n // 4:04d}-Q{n % 4 + 1}" if _YEARS[0] <= n // 4 <= _YEARS[1] else "XXXX-QX"

    def decade(self, offset: int = 0) -> str:
        n = None if self.dct is None else self.dct.year // 10 + offset
        return f"{n:03d}" if n is not None and 0 <= n <= _YEARS[1] // 10 else "XXX"

    def century(self, offset: int = 0) -> str:
        n = None if self.dct is None else self.dct.year // 100 + offset
        return f"{n:02d}" if n is not None and 0 <= n <= _YEARS[1] // 100 else "XX"

    def _plus(self, days: int = 0, weeks: int = 0) -> dt.date | None:
        """The DCT moved by a number of days or weeks; None when unknown or off the calendar (year 1-9999)."""
        if self.dct is None:
            return None
        try:
            return self.dct + dt.timedelta(days=days, weeks=weeks)
        except OverflowError:
            return None

    def named_unit(self, unit: str, offset: int = 0) -> str:
        """The week/month/quarter/year/decade/century ``offset`` such units from the DCT's ("last month")."""
        return {"week": self.week, "month": self.month, "quarter": self.quarter, "year": self.year,
                "decade": self.decade, "century": self.century}[unit](offset)

    def weekday(self, iso_day: int, when: str, strict: bool = False) -> str:
        """The date of weekday ``iso_day`` (1=Monday) nearest the DCT in direction ``when``.

        PAST: the most recent such day (the DCT itself unless ``strict``);
        FUTURE: the next one (likewise); PRESENT: whichever is closer,
        preferring the past on a tie, as news mostly reports what happened.
        """
        if self.dct is None:
            return f"XXXX-WXX-{iso_day}"
        back = (self.dct.isoweekday() - iso_day) % 7
        fwd = (iso_day - self.dct.isoweekday()) % 7
        if strict:
            back, fwd = back or 7, fwd or 7
        return self.day(-back if when == "PAST" or (when == "PRESENT" and back <= fwd) else fwd)

    def month_named(self, month: int, when: str, strict: bool = False) -> str:
        """The year-month of month ``month``: most recent (PAST), next (FUTURE), else the closer one."""
        if self.dct is None:
            return f"XXXX-{month:02d}"
        y = self.dct.year
        if when == "PRESENT" and not strict:
            now = self.dct.year * 12 + self.dct.month
            y = min((self.dct.year + k for k in (0, -1, 1)), key=lambda yy: abs(yy * 12 + month - now))
        elif when == "FUTURE":
            y += month < self.dct.month or (strict and month == self.dct.month)
        else:
            y -= month > self.dct.month or (strict and month == self.dct.month)
        return f"{y:04d}-{month:02d}" if _YEARS[0] <= y <= _YEARS[1] else f"XXXX-{month:02d}"

    def quarter_named(self, q: int, when: str) -> str:
        if self.dct is None:
            return f"XXXX-Q{q}"
        cur = (self.dct.month - 1) // 3 + 1
        y = self.dct.year - (q > cur and when != "FUTURE")
        return f"{y:04d}-Q{q}"

    def month_day(self, month: int, day: int, when: str = "PRESENT") -> str:
        """A day named without a year: the most recent (PAST), the next (FUTURE), else the closest (see ``nearest``)."""
        if self.dct is None:
            return f"XXXX-{month:02d}-{day:02d}"
        days = []
        for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            try:
                days.append(dt.date(y, month, day))
            except ValueError:
                continue
        best = self.nearest(days, when)
        return best.isoformat() if best else f"XXXX-{month:02d}-{day:02d}"

    def nearest(self, days: list[dt.date], when: str) -> dt.date | None:
        """Of the yearly recurrences of a day, the one the tense points to (None without a DCT or a fit).

        DONE (see ``happened``): the most recent, never one ahead of the DCT;
        PAST: the most recent, though a past-tense clause still takes a day
        less than two months ahead ("declared a dividend payable Dec. 7"):
        deadlines and payment dates sit in past-tense reports, events from ten
        months ago rarely do; FUTURE: the next, though a future clause still
        takes a day up to a week gone ("Banks will be closed from December 30"
        in a story dated December 31 was written before it or tells of a
        period begun), not the same day a year on; else the closest.
        """
        dct = self.dct
        if dct is None:
            return None
        ahead = [(d - dct).days for d in days]
        fits = [d for d, n in zip(days, ahead, strict=True) if not ((when == "PAST" and n > 60)
                                                                    or (when == "DONE" and n > 0)
                                                                    or (when == "FUTURE" and n < -7))]
        return min(fits, key=lambda d: abs((d - dct).days), default=None)

    def shift(self, n: int, unit: str) -> str:
        """The point ``n`` units from the DCT, at that unit's granularity ("two years ago" -> 2016)."""
        if unit == "D":
            return self.day(n)
        if unit == "W":
            return self.week(n)
        if unit == "M":
            return self.month(n)
        if unit == "Q":
            return self.quarter(n)
        if unit == "DE":
            return self.decade(n)
        if unit == "CE":
            return self.century(n)
        return self.year(n)
