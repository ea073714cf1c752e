"""From dated sentences of many articles to one ranked, ordered timeline.

Candidates (see ``candidates.py``) with the same date that talk about the same
happening — they share an entity and a content word, or several content
words — become one entry that keeps every article and evidence span.  An
entry's salience grows with the number of articles and sentences behind it,
with how central its entities are to the articles at hand and with how
precise its date is; it ignores how recent the date is, so a recalled summit can outrank this morning's
news.

Example::

    >>> from storyline.records import Annotation, Article, Sentence, Timex
    >>> def one(aid, text, value):
    ...     art = Article(external_id=str(aid), title="t", text=text, id=aid, published=f"2019-06-1{aid}")
    ...     i = text.index("June")
    ...     return art, Annotation(aid, sentences=[Sentence(0, len(text))],
    ...                            timexes=[Timex(i, i + 13, text[i:i + 13], "DATE", value)])
    >>> items = [one(1, "Leaders met at the Singapore summit on June 12, 2018.", "2018-06-12"),
    ...          one(2, "After the Singapore summit on June 12, 2018, talks stalled.", "2018-06-12")]
    >>> [(e.date, e.articles) for e in build_timeline(items)]  # leads dated by their own dates: no publication day
    [('2018-06-12', [1, 2])]
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.records import Annotation, Article, Evidence, TimelineEntry
from storyline.timeline.candidates import Candidate, article_candidates
from storyline.timeline.dates import DAY, granularity, sort_key, span, within
from storyline.timeline.salience import score
from storyline.timeline.status import BACKGROUND, EXPECTED, HAPPENED, PLANNED, RECALLED, entry_status, far_before

MIN_SHARED_WORDS = 2
"""Same-date sentences sharing this many content words tell of one happening even with no shared entity."""

@dataclass(frozen=True)
class Common:
    """Entities and words most articles share: in a long story they tell no two happenings apart."""

    entities: frozenset[int] = frozenset()
    words: frozenset[str] = frozenset()


COMMON_SHARE = 0.6
"""With at least COMMON_MIN_ARTICLES articles, a feature found in more than this share of them is common."""
COMMON_MIN_ARTICLES = 5


def common_features(cands: list[Candidate], n_articles: int) -> Common:
    """What more than ``COMMON_SHARE`` of the articles' dated sentences name (nothing for small sets).

    >>> c = [Candidate("2019", a, 0, 9, "", entities=[7], words={"korea"}) for a in range(5)]
    >>> common_features(c, 5)
    Common(entities=frozenset({7}), words=frozenset({'korea'}))
    """
    if n_articles < COMMON_MIN_ARTICLES:
        return Common()
    per_article: dict[int, tuple[set[int], set[str]]] = {}
    for c in cands:
        e, w = per_article.setdefault(c.article, (set(), set()))
        e.update(c.entities)
        w.update(c.words)
    ents: Counter[int] = Counter(e for es, _ in per_article.values() for e in es)
    words: Counter[str] = Counter(w for _, ws in per_article.values() for w in ws)
    cut = COMMON_SHARE * n_articles
    return Common(frozenset(e for e, k in ents.items() if k > cut), frozenset(w for w, k in words.items() if k > cut))


def same_happening(a: Candidate, b: Candidate, common: Common = Common()) -> bool:
    """Whether two candidates with one date tell of one happening (``common`` features do not count).

    >>> x = Candidate("2019-05", 1, 0, 9, "", entities=[7], words={"missile", "launch"})
    >>> same_happening(x, Candidate("2019-05", 2, 0, 9, "", entities=[7], words={"missile"}))
    True
    >>> same_happening(x, Candidate("2019-05", 2, 0, 9, "", entities=[8], words={"missile", "test"}))
    False
    """
    if a.article == b.article and a.start == b.start:
        return True
    if a.article == b.article and a.words & b.words:  # one article naming one date twice: one happening
        return True
    shared = len((a.words & b.words) - common.words)
    entity = bool((set(a.entities) & set(b.entities)) - common.entities)
    return (entity and shared >= 1) or shared >= MIN_SHARED_WORDS


def _retold(a: Candidate, b: Candidate, common: Common) -> bool:
    """Whether two candidates whose dates differ (a month and a day in it, two adjacent days) tell one happening.

    Their dates agree less than one date does, so it takes more than
    :func:`same_happening`'s entity and one word: one sentence, or two shared
    content words.  On the 2,452 newswire articles' stories, folding a month or
    year into a day on one shared word or none ("Only last month, 16 miners
    were killed in a gas explosion" into "last Sunday's explosion at the
    Dongfeng coal mine") was wrong in 29 of 31 folds read.

    >>> x = Candidate("2005-11", 1, 0, 9, "", entities=[7], words={"explosion", "miners"})
    >>> _retold(x, Candidate("2005-11-27", 2, 0, 9, "", entities=[7], words={"explosion"}), Common())
    False
    >>> _retold(x, Candidate("2005-11-27", 2, 0, 9, "", words={"explosion", "miners", "killed"}), Common())
    True
    """
    if a.article == b.article and a.start == b.start:
        return True
    return len((a.words & b.words) - common.words) >= MIN_SHARED_WORDS and same_happening(a, b, common)


def _same_deed(a: Candidate, b: Candidate, common: Common) -> bool:
    """Whether two candidates share a word of what happened, not only of who was involved or who said it: a
    word outside their names and reporting frames (:attr:`Candidate.named`).  Two reports a day apart
    that share only "Mongolian Prime Minister Miegombyn Enkhbold said" ("Mongolia is willing to further
    cooperation with China, said ... Enkhbold here on Tuesday"; "Enkhbold started his official visit to China
    on Nov. 22") tell two happenings.

    >>> named = {"mongolian", "prime", "minister", "enkhbold", "china", "said"}
    >>> x = Candidate("2006-11-21", 1, 0, 9, "", words={*named, "said", "willing"}, named=named)
    >>> y = Candidate("2006-11-22", 2, 0, 9, "", words={*named, "said", "started", "visit"}, named=named)
    >>> _same_deed(x, y, Common()), _same_deed(x, x, Common())
    (False, True)
    """
    return bool((a.words & b.words) - common.words - a.named - b.named)


def _single_link(items: list[Candidate], common: Common) -> list[list[Candidate]]:
    """Connected components of :func:`same_happening` over one date's candidates (union-find)."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if root(i) != root(j) and same_happening(items[i], items[j], common):
                parent[root(j)] = root(i)
    clusters: dict[int, list[Candidate]] = {}
    for i, c in enumerate(items):
        clusters.setdefault(root(i), []).append(c)
    return list(clusters.values())


def group_candidates(cands: list[Candidate], common: Common = Common()) -> list[list[Candidate]]:
    """Groups of same-date candidates linked by :func:`same_happening` (single link).

    A month, week, season or year told of in one group is folded into the
    one finer group inside it that tells of the same happening ("their summit
    last month" joins "the summit on June 12", "the 2003 invasion" joins "the
    March 2003 invasion"); when several finer groups match, it stays apart.
    """
    by_date: dict[str, list[Candidate]] = {}
    for c in cands:
        by_date.setdefault(c.date, []).append(c)
    groups = [g for same in by_date.values() for g in _single_link(same, common)]
    kept: list[list[Candidate]] = []
    by_start: list[tuple[dt.date, int]] = []  # (first day, index in kept), sorted: what lies inside a span
    for g in sorted(groups, key=lambda g: -granularity(g[0].date)):  # finest first: a month folds before its year
        g_rank = granularity(g[0].date)
        if g_rank < DAY:
            lo, hi = span(g[0].date)
            inside = (kept[k] for _, k in by_start[bisect.bisect_left(by_start, (lo, -1)):
                                                   bisect.bisect_right(by_start, (hi, len(kept)))])
            into = [d for d in inside if granularity(d[0].date) > g_rank and within(d[0].date, g[0].date)
                    and any(_retold(a, b, common) for a in g for b in d)]
            if len(into) == 1:
                into[0].extend(g)
                continue
        bisect.insort(by_start, (span(g[0].date)[0], len(kept)))
        kept.append(g)
    return kept


def _is_plan(c: Candidate) -> bool:
    """Whether a candidate tells of something not (yet) done: a plan or a forecast."""
    return c.status in (PLANNED, EXPECTED)


def merge_adjacent_days(groups: list[list[Candidate]], common: Common = Common()) -> list[list[Candidate]]:
    """One happening told under two adjacent days (a verdict late on Monday, reported as Tuesday's) becomes one.

    Two day groups one day apart merge when sentences of different articles
    in them tell of one happening (:func:`same_happening`, two shared content
    words at least); the merged entry keeps the day more articles give
    (the earlier on a tie).  A plan or forecast (planned, expected) links
    only with another one, and a report only with a report: a plan for Monday
    and Tuesday's report of a different happening that shares its words ("trading
    sentiment would be cautious when the market opens Monday" and Tuesday's
    close) made one entry shown as happened with the plan's text, while a plan
    kept apart from the next day's "passed the bill" shows both, the plan as
    planned and the passage as happened.

    >>> a = Candidate("2011-02-11", 1, 0, 9, "", words={"mubarak", "resigned", "president"})
    >>> b = Candidate("2011-02-12", 2, 0, 9, "", words={"mubarak", "resigned", "cairo"})
    >>> [[c.date for c in g] for g in merge_adjacent_days([[a], [b]])]
    [['2011-02-11', '2011-02-12']]
    """
    days = sorted((g for g in groups if granularity(g[0].date) == DAY), key=lambda g: g[0].date)
    gone: set[int] = set()
    for i, g in enumerate(days):
        if id(g) in gone:
            continue
        for h in days[i + 1:]:
            gap = (dt.date.fromisoformat(h[0].date) - dt.date.fromisoformat(g[0].date)).days
            if gap > 1:
                break
            if gap == 1 and id(h) not in gone and any(
                    a.article != b.article and _is_plan(a) == _is_plan(b) and _retold(a, b, common)
                    and _same_deed(a, b, common) for a in g for b in h):
                keep, drop = (g, h) if len({c.article for c in g}) >= len({c.article for c in h}) else (h, g)
                keep.extend(drop)
                gone.add(id(drop))
                if drop is g:
                    break
    return [g for g in groups if id(g) not in gone]


BACKGROUND_FACTOR = 0.4
"""Salience kept by an entry that is background: described, not reported, or history long before the story."""
STORY_ABOUT_IT = 0.25
"""Share of a story's articles that must tell of an old date for the story to be about it (not background)."""
ABOUT_IT_MIN = 2
"""Articles that must tell of an old date for the story to be about it, however small the story: one article's
recollection is its own background ("the Big Goose Pagoda ... built more than 1,300 years ago", "established a
good-neighborly partnership in 2003" each told by one of a 2006 visit's four articles)."""


def is_history(entry: TimelineEntry, story_start: str | None, n_articles: int) -> bool:
    """Whether an entry is history the story's articles recall, not a part of it: it ended long before the
    story's first article and fewer than a quarter of the articles, or fewer than two, tell of it (else the
    story is about it).

    >>> is_history(TimelineEntry("1963-12-14", "Relations established.", articles=[4]), "2006-11-02", 20)
    True
    >>> is_history(TimelineEntry("2006-11-04", "The summit opened.", articles=[4]), "2006-11-02", 20)
    False
    """
    return far_before(entry.date, story_start) and len(entry.articles) < max(ABOUT_IT_MIN,
                                                                             STORY_ABOUT_IT * n_articles)


HISTORY_HEADING = "Earlier history its articles recall"
"""The name of the entries ``storyline timeline``, the story page and the timeline exports set apart as history."""


def history_heading(count: int) -> str:
    """The heading over a story's history entries, as the CLI and markdown print it.

    >>> history_heading(1)
    'Earlier history its articles recall (1 entry over a year before the story)'
    """
    return f"{HISTORY_HEADING} ({count} entr{'y' if count == 1 else 'ies'} over a year before the story)"


def history_flags(entries: Sequence[TimelineEntry], first: str | None, articles: int = 0,
                  span: tuple[str | None, int] | None = None) -> list[bool]:
    """Per entry of a story's timeline, whether it is the history its articles recall (:func:`is_history`,
    against :func:`story_span`, or the ``span`` a caller measured already): what ``storyline timeline``, the
    story page and the exports set apart.

    A story told only by its old dates has nothing to set them apart from: none is history then.

    >>> es = [TimelineEntry("1963", "Relations established.", articles=[4]),
    ...       TimelineEntry("2006-11-04", "The summit opened.", articles=[1, 2, 3, 4, 5])]
    >>> history_flags(es, "2006-11-02", 20), history_flags(es[:1], "2006-11-02", 20)
    ([True, False], [False])
    """
    start, size = span or story_span(entries, first, articles)
    old = [is_history(e, start, size) for e in entries]
    return [False] * len(entries) if all(old) else old


def is_happening_day(e: TimelineEntry) -> bool:
    """Whether an entry may take a day slot: a happening (not a plan, forecast or background) dated to the day."""
    return granularity(e.date) == DAY and e.status in (HAPPENED, RECALLED)


def story_span(entries: Sequence[TimelineEntry], first: str | None, articles: int = 0) -> tuple[str | None, int]:
    """What :func:`is_history` measures a story's entries against: its start and its number of articles.

    The start is the story's first publication day (``first``); when none of its
    articles has one (pages that print no date), the last day it reports as a
    happening: the story is at least that late ("her 1999 breakthrough" in a story
    of December 2008).  The size is ``articles`` (``Story.articles``), or the
    articles its entries cite when they are more.

    >>> es = [TimelineEntry("2008-12-09", "Reid entered rehab.", articles=[1, 2]),
    ...       TimelineEntry("1999", "Her breakthrough came.", articles=[3])]
    >>> story_span(es, "2008-12-01T10:00", 5), story_span(es, None)
    (('2008-12-01', 5), ('2008-12-09', 3))
    """
    start = (first or "")[:10] or max((e.date for e in entries if is_happening_day(e)), default=None)
    return start, max(articles, len({a for e in entries for a in e.articles}))


def background_factor(entry: TimelineEntry, story_start: str | None, n_articles: int) -> float:
    """How much of its salience an entry keeps: less when all its sentences describe, or it is history.

    A year or month long before the story ("1918 — ...") is history unless a
    quarter of the story's articles, and two at least, tell of it (then the story is about it);
    an old day stays, since later articles recall the days that made the
    story (demoting them cost 2 of 23 gold days on the Wikinews trial
    corpus); a birth date is caught as description ("was born").  A planned or
    expected entry is no happening yet, so it also ranks below happenings.
    """
    factor = 1.0
    if entry.status == BACKGROUND:  # every sentence of it describes (see to_entry)
        factor *= BACKGROUND_FACTOR
    if granularity(entry.date) < DAY and is_history(entry, story_start, n_articles):
        factor *= BACKGROUND_FACTOR
    if entry.status in (PLANNED, EXPECTED):
        factor *= BACKGROUND_FACTOR
    return factor


def centrality(items: list[tuple[Article, Annotation]]) -> dict[int, float]:
    """Share of the articles that mention each entity: 1.0 for an entity every article names."""
    counts: Counter[int] = Counter()
    for _, ann in items:
        counts.update({m.entity for m in ann.mentions if m.entity is not None})
    n = max(1, len(items))
    return {e: k / n for e, k in counts.items()}


def to_entry(group: list[Candidate], central: dict[int, float]) -> TimelineEntry:
    """One entry from a group: the most telling sentence as text, every source as evidence."""

    date = group[0].date  # a group's first candidate carries its date (folded coarser ones come after)
    status = entry_status([c.status for c in group], background=all(c.background for c in group))

    def telling(c: Candidate) -> tuple[float, int, int]:
        """A lead (news is written top-down), a whole sentence, central entities, the first article to report it."""
        whole = 0.0 if c.text.startswith("…") or c.text.endswith("…") else 0.5
        lead = 0.5 if c.published else 0.0
        ents = sorted((central.get(e, 0.0) for e in set(c.entities)), reverse=True)[:3]
        return (round(sum(ents) / 3 + whole + lead, 2), -c.article, -c.start)

    # the text is a sentence that gives the entry's own date: a folded "last week" or "in 2003" says nothing
    # of the day it is shown under
    best = max(group, key=lambda c: (c.date == date, not c.background, c.status == status, *telling(c)))
    articles = sorted({c.article for c in group})
    evidence = sorted({(c.article, c.start, c.end) for c in group})
    ents: Counter[int] = Counter(e for c in group for e in set(c.entities))
    ranked = sorted(ents, key=lambda e: (-central.get(e, 0.0), -ents[e], e))
    return TimelineEntry(date=date, text=best.text, articles=articles, evidence=[Evidence(*e) for e in evidence],
                         salience=score(group, central), entities=ranked, status=status)


def build_timeline(items: list[tuple[Article, Annotation]], only_entity: int | None = None,
                   lead: bool = True) -> list[TimelineEntry]:
    """The timeline of a set of annotated articles, in display order (date, then salience).

    Salience is scaled so the top entry has 1.0; sort by it for an editor's
    short chronology.  With ``only_entity``, only sentences naming that entity
    count (an entity's timeline).
    """
    cands = [c for art, ann in items for c in article_candidates(art, ann, only_entity=only_entity, lead=lead)]
    central = centrality(items)
    common = common_features(cands, len(items))
    groups = merge_adjacent_days(group_candidates(cands, common), common)
    entries = [to_entry(g, central) for g in groups]
    start, size = story_span(entries, min((a.published for a, _ in items if a.published), default=None), len(items))
    for e in entries:
        e.salience *= background_factor(e, start, size)
    top = max((e.salience for e in entries), default=1.0) or 1.0
    for e in entries:
        e.salience = round(e.salience / top, 4)
    entries.sort(key=lambda e: (sort_key(e.date), -e.salience, e.articles))
    return entries
