"""The short chronology a reader asks for with ``--top N``: the N days that matter most, one happening each.

Days are chosen first, as a step of their own, as news timeline
summarization does ("datewise" selection: Chieu & Lee 2004, Tran et al.
2013, Gholipour Ghalandari & Ifrim 2020): a day matters when articles
published on it report it, and above all when later articles look back to it by its
day ("on June 24, Apple told customers ..."), which is how the press
itself marks the days a story turned on.  A day's score is a count of
distinct articles (:func:`day_scores`), so it stays cheap however many
articles a story has; ties go to the day whose best entry is the more
salient.  Each chosen day then shows its most salient happening.

Only happenings dated to the day take a day slot: plans and expectations
(see :mod:`storyline.timeline.status`), background (descriptions,
biography) and bare years, months or weeks come in only when there are
fewer than N such days.  A day next to a chosen day that merely repeats its
happening (their entries share most of their content words) counts half, so the list
spans the story instead of telling one verdict twice.  The chosen entries
are shown in date order.

Example::

    >>> from storyline.records import TimelineEntry
    >>> es = [TimelineEntry("2011-02-11", "Mubarak resigned.", articles=[2, 3], salience=0.9),
    ...       TimelineEntry("2011-03-28", "The trial is set to begin.", salience=1.0, status="planned"),
    ...       TimelineEntry("2011", "Protests in 2011.", salience=0.95),
    ...       TimelineEntry("2011-01-25", "Protests began.", articles=[1], salience=0.5),
    ...       TimelineEntry("2011-01-26", "Police cleared the square.", articles=[1], salience=0.6)]
    >>> [e.date for e in top_entries(es, 2, {1: "2011-01-26", 2: "2011-02-11", 3: "2011-02-20"})]
    ['2011-01-26', '2011-02-11']
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Mapping

from storyline.records import TimelineEntry
from storyline.timeline.candidates import content_words
from storyline.timeline.clauses import RELATIVE
from storyline.timeline.dates import DAY, granularity, sort_key
from storyline.timeline.display import opens_mid_clause
from storyline.timeline.merge import is_happening_day, is_history, story_span
from storyline.timeline.status import BACKGROUND

REPEAT_OVERLAP = 0.5
"""Share of their content words (Jaccard) an adjacent day's entry must share with a chosen day's to tell
its happening again.  Sharing a few words is not enough: a story's own words ("coalition", "India's",
"Mobutu") are in most of its entries: on five 1997 newswire stories, two shared words marked 8 of the
50 days chosen as repeats, all on such words; this share marks none of them."""
REPEAT_FACTOR = 0.5
"""Share of its score kept by a day that repeats the happening of an adjacent chosen day."""


# a piece that is a name and the relative clause describing it, with no verb before the relative word ("… London
# hotel where Litvinenko met three Russian contacts on November 1.", "… Bulent Ecevit who died over the weekend"):
# a noun phrase, not a sentence
_ANTECEDENT_PIECE = re.compile(
    r"[A-Z](?:[^\s,;:]*\s+(?!(?:is|are|was|were|has|have|had|will|would|said|says)\s)){1,7}"
    rf"{RELATIVE.pattern}\s")


def reads_alone(e: TimelineEntry) -> bool:
    """Whether an entry's text reads alone: it does not open mid-sentence ("… ") on a lower-case word other
    than a determiner, the tail of a clause cut off its subject or its main clause ("… had been arrested for
    the Monday attack.", "… and general manager on May 26, 2003.", "… when it ships Oct. 18.").  A piece
    opening on its own subject ("… the Texas Department of Criminal Justice found itself on the defensive")
    reads alone.

    >>> reads_alone(TimelineEntry("2003-05-26", "… and general manager on May 26, 2003."))
    False
    >>> reads_alone(TimelineEntry("2009-11-24", "… the department found itself on the defensive Tuesday."))
    True

    Nor does a name cut off with the relative clause that describes it, no verb of its own before:

    >>> reads_alone(TimelineEntry("2006-11-01", "… London hotel where Litvinenko met three contacts on November 1."))
    False
    >>> reads_alone(TimelineEntry("1997-04-07", "… Tayan would visit Israel between April 7 and 9, who ..."))
    True
    """
    if not e.text.startswith("\u2026 "):
        return True
    return not opens_mid_clause(e.text) and not _ANTECEDENT_PIECE.match(e.text, 2)


def day_scores(entries: list[TimelineEntry], published: Mapping[int, str | None] | None) -> Counter[str]:
    """Per day: the articles published on it that report it, plus the articles published after it that name it.

    ``published`` maps article ids to their publication dates; an article
    it does not date counts as a later one naming the day (with no map at
    all, a day scores the articles that name it).  Plans (an article naming
    a day still ahead of it) add nothing.  An article published on the day
    counts only when an entry of that day cites it: one whose news went to
    another day (its lead tells of "yesterday", or its lead was merged into
    the next day's happening) does not vouch for its publication day, which
    would otherwise take a slot and show a stray sentence ("Even items from
    2,000 years ago still make vogue artwork today." for a day whose three
    articles reported arrivals dated to the next).

    >>> es = [TimelineEntry("2010-06-24", "t", articles=[1, 2, 3]), TimelineEntry("2010-06-25", "t", articles=[2])]
    >>> day_scores(es, {1: "2010-06-20", 2: "2010-07-02", 3: "2010-06-24", 4: "2010-06-25"})
    Counter({'2010-06-24': 2, '2010-06-25': 1})
    """
    pub = {a: (p or "")[:10] for a, p in (published or {}).items()}
    scores: Counter[str] = Counter({e.date: 0 for e in entries if granularity(e.date) == DAY})
    cited: dict[str, set[int]] = {}  # per day: the articles published on it or later that its entries cite
    for e in entries:
        if e.date in scores:
            cited.setdefault(e.date, set()).update(a for a in e.articles if not pub.get(a) or pub[a] >= e.date)
    scores.update({d: len(a) for d, a in cited.items()})
    return scores


def _repeats(e: TimelineEntry, chosen: dict[str, TimelineEntry], words: dict[str, set[str]]) -> bool:
    """Whether ``e`` tells again the happening of a chosen entry one day before or after it."""
    key, mine = sort_key(e.date)[0], words[e.date]
    return any(abs((sort_key(d)[0] - key).days) == 1
               and len(words[d] & mine) >= REPEAT_OVERLAP * max(1, len(words[d] | mine)) for d in chosen)


def choose_days(entries: list[TimelineEntry], n: int,
                published: Mapping[int, str | None] | None = None) -> list[TimelineEntry]:
    """The best happening of each of the ``n`` top-scoring happening days (see :func:`day_scores`).

    A day whose best entry does not read alone (:func:`reads_alone`: a piece cut off its clause, "… but
    foreign investors helped the index climb the following day") comes after every day whose entry does.
    """
    best: dict[str, TimelineEntry] = {}
    for e in entries:
        if is_happening_day(e) and (e.date not in best or (reads_alone(e), e.salience) >
                                    (reads_alone(best[e.date]), best[e.date].salience)):
            best[e.date] = e
    scores = day_scores(entries, published)
    words = {d: content_words(e.text) for d, e in best.items()}
    heap = [(not reads_alone(e), -float(scores[d]), -e.salience, d, False) for d, e in best.items()]
    heapq.heapify(heap)
    chosen: dict[str, TimelineEntry] = {}
    while heap and len(chosen) < n:
        cut, score, sal, d, checked = heapq.heappop(heap)
        if not checked and _repeats(best[d], chosen, words):
            heapq.heappush(heap, (cut, score * REPEAT_FACTOR, sal, d, True))  # once: it may still fill a slot later
            continue
        chosen[d] = best[d]
    return list(chosen.values())


def _fills(e: TimelineEntry, start: str | None, size: int) -> bool:
    """Whether an entry may fill a slot left when fewer than N days hold a happening: one that reads alone
    (:func:`reads_alone`), not a description (status ``background``: geography, biography) and not history
    the story's articles recall (a year, month or day that ended over a year before the story's first
    article, told by fewer than a quarter of its articles, or by one: "The first Summit of the Americas was held in
    December, 1994 at Miami" in a 2005 summit story).  A short list reads better than one padded with the
    story's background.  ``start``: the story's first publication day; ``size``: its number of articles.

    >>> es = [TimelineEntry("1994-12", "The first summit was held in Miami.", articles=[1]),
    ...       TimelineEntry("2005-11", "Protests grew.", articles=[1, 2, 3, 4, 5]),
    ...       TimelineEntry("2005-11-04", "Miami is a city.", articles=[2], status="background")]
    >>> [_fills(e, "2005-11-03", 5) for e in es]
    [False, True, False]
    """
    return e.status != BACKGROUND and reads_alone(e) and not is_history(e, start, size)


def top_entries(entries: list[TimelineEntry], n: int,
                published: Mapping[int, str | None] | None = None, articles: int | None = None,
                span: tuple[str | None, int] | None = None) -> list[TimelineEntry]:
    """The ``n`` days that matter most, one happening each, in date order (see the module docstring).

    ``published`` maps the entries' article ids to their publication dates
    (``Article.published``); without it days are scored by the articles that
    name them.  When fewer than ``n`` days hold a happening, the rest of the
    list is filled with the most salient other entries: plans and
    background on a day first, then bare years, months and weeks.
    ``articles``: the story's number of articles (``Story.articles``), of which
    history is told by under a quarter, or by one only (:data:`~storyline.timeline.merge.ABOUT_IT_MIN`); by
    default those its entries cite (an article whose only dates were its page's stamps cites none, yet is the
    story's).
    History ended over a year before the story's first publication day, or when
    none of its articles has one, the last day it reports (:func:`~storyline.timeline.merge.story_span`).
    ``span``: that (start, size) as the caller measured it for the whole story (the story page and
    ``storyline timeline`` fold history by it), so the days chosen here and the entries they fold agree.
    """
    chosen = choose_days(entries, n, published)
    taken = {e.date for e in chosen}
    start, size = span or story_span(entries, min((p for p in (published or {}).values() if p), default=None),
                                     articles or 0)

    def days_first(e: TimelineEntry) -> tuple[bool, float]:
        return granularity(e.date) != DAY, -e.salience

    rest = sorted((e for e in entries if e.date not in taken and _fills(e, start, size)), key=days_first)
    if not chosen and not rest:  # a story told only by background and old dates: they are what it has
        rest = sorted(entries, key=days_first)
    for e in rest:  # one entry a date, days before coarser dates
        if len(chosen) == n:
            break
        if e.date not in taken:
            chosen.append(e)
            taken.add(e.date)
    return sorted(chosen, key=lambda e: (sort_key(e.date), -e.salience))
