"""How close are our entity timelines to the SemEval-2015 Task 4 gold timelines (dates)?

For each corpus (a folder holding ``TimeLines_Gold_Standard/*.txt`` and a folder of raw
TimeML texts, ``corpus_trackA_TimeML/``), the script turns the texts into articles
(title from ``<EXTRAINFO>``, publication date from the creation time, body detokenized as
``scripts/make_demo_data.py`` does), runs the real pipeline (stored in a fresh SQLite store
and annotated through the Python API: the spaCy model, entities, timexes), finds the
store entities named like each gold target entity, builds our timeline for them
(``build_entity_timeline``) and compares the *set of dates* with the gold timeline's dates:

* exact: a date counts when the same string is in the other set, at the gold's granularity
  (gold ``2003-XX-XX`` is ``2003``, ``2007-05-XX`` is ``2007-05``; undated ``XXXX-XX-XX`` events
  are left out);
* relaxed: also a day of ours inside a gold month or year (and, for recall, a gold month or year
  holding a day of ours) counts.

Micro-averaged over the target entities of each corpus.  A target is looked up as a user would:
an entity with that exact name or alias, else what ``storyline timeline --entity NAME`` picks; a
target with no entity (our NER names "S&P", not "S&P 500") counts with no dates, and the last
column gives recall over the targets that were found.  Side by side in the same run, on the
same store: ``ours, dates only`` (no publication-day entries), and two baselines over the
articles that mention the entity — ``baseline: publication days`` and ``baseline: every date``
(every normalized date in those articles).

Salience is checked by ranking: the share of gold dates among the top 5 dates of each entity
timeline (more than 5 dates), and among the top 10 of each corpus taken as one story (every article
in one ``build_timeline``, against every gold date of the corpus), each beside the same timeline's
first dates in date order.

Date F1 (news-tls's protocol) scores the days each system picks, beside two baselines: the most-published days,
and rankings after news-tls's "datewise" date rankers (Gholipour Ghalandari and Ifrim 2020, after Tran et al.
2013): the days the most sentences name (as ``MentionCountDateRanker``, though a sentence here counts for every
day it names, where news-tls gives each sentence one date) and the days the most articles published on other days
name (its ``docs_before``/``docs_after`` features: a day later reports recall, or earlier ones anticipate).

Usage::

    .venv/bin/python benchmarks/wikinews_timeline.py [FOLDER ...] [--texts DIR --gold DIR] [--entities] [--no-append]

FOLDER is a corpus folder or a folder of corpus folders (default:
../shared/data/wikinews-timeline/SemEval_Task4_data).  A corpus laid out otherwise, such as the
trial data, is given as a pair: ``--texts .../Corpus-trial-data_task4_TimeML --gold
.../TimeLines_trial_data_task4_v1.2``.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import storyline
from report import append_results, markdown_table
from storyline.records import Annotation, Article, Entity, TimelineEntry
from storyline.settings import Settings
from storyline.store import SqliteStore
from storyline.timeline import build_entity_timeline, build_timeline, unfolded
from storyline.timeline.dates import DAY, granularity, sort_key, timeline_date, within
from storyline.timeline.overview import find_entity
from storyline.timeline.top import day_scores, top_entries

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_demo_data import convert  # noqa: E402  (the one detokenizer, shared with the demo corpus)

DEFAULT = ROOT.parent / "shared/data/wikinews-timeline/SemEval_Task4_data"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    rtp_sys: int = 0  # relaxed: our dates inside a gold date
    rtp_gold: int = 0  # relaxed: gold dates holding one of ours
    n_sys: int = 0
    n_gold: int = 0
    gold_found: int = 0  # gold dates of the targets we found an entity for
    found: int = 0
    targets: int = 0
    rows: list[list[object]] = field(default_factory=list)

    def add(self, ours: set[str], gold: set[str]) -> None:
        self.tp += len(ours & gold)
        self.fp += len(ours - gold)
        self.fn += len(gold - ours)
        self.rtp_sys += sum(any(within(d, g) for g in gold) for d in ours)
        self.rtp_gold += sum(any(within(d, g) for d in ours) for g in gold)
        self.n_sys += len(ours)
        self.n_gold += len(gold)

    def figures(self) -> list[float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        p = self.tp / self.n_sys if self.n_sys else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        rp = self.rtp_sys / self.n_sys if self.n_sys else 0.0
        rr = self.rtp_gold / self.n_gold if self.n_gold else 0.0
        return [p, r, f1(p, r), rp, rr, f1(rp, rr)]


@dataclass
class Ranking:
    """Does salience put gold dates first?  Share of gold dates among each timeline's top K dates,
    ranked by salience, against the same timeline's first K dates in date order (recency-neutral peer)."""

    k: int = 5
    hits: dict[str, int] = field(default_factory=lambda: {"salience": 0, "date order": 0})
    n: int = 0

    def add(self, entries: list[TimelineEntry], gold: set[str]) -> None:
        best: dict[str, float] = {}
        for e in entries:
            best[e.date] = max(best.get(e.date, 0.0), e.salience)
        if len(best) <= self.k:  # nothing to rank
            return
        orders = {"salience": sorted(best, key=lambda d: -best[d]), "date order": sorted(best, key=sort_key)}
        for name, order in orders.items():
            self.hits[name] += len(set(order[: self.k]) & gold)
        self.n += self.k


@dataclass
class DateF1:
    """news-tls date selection (Gholipour Ghalandari & Ifrim 2020): with l gold days, a system's top-l days
    against the gold days; P, R and F1 per timeline, macro-averaged over timelines."""

    runs: dict[str, list[tuple[float, float, float]]] = field(default_factory=dict)

    def add(self, system: str, chosen: list[str], gold: set[str]) -> None:
        hit = len(set(chosen) & gold)
        p = hit / len(chosen) if chosen else 0.0
        r = hit / len(gold) if gold else 0.0
        self.runs.setdefault(system, []).append((p, r, 2 * p * r / (p + r) if p + r else 0.0))

    def rows(self, name: str) -> list[list[object]]:
        return [[name, k, len(v), *(sum(x[i] for x in v) / len(v) for i in range(3))] for k, v in self.runs.items()]


def sentence_days(ann: Annotation) -> list[set[str]]:
    """Per sentence of an annotated article, the days its TIMEX3s name (news-tls ranks days only: its sentences
    dated to a month or year count for no date)."""
    days: list[set[str]] = [set() for _ in ann.sentences]
    starts = [s.start for s in ann.sentences]
    for t in ann.timexes:
        d = timeline_date(t.type, t.value, t.anchored)
        i = bisect.bisect_right(starts, t.start) - 1
        if d and granularity(d) == DAY and i >= 0 and t.start < ann.sentences[i].end:
            days[i].add(d)
    return days


def datewise_days(arts: list[Article], anns: Mapping[int, Annotation]) -> dict[str, list[str]]:
    """news-tls's datewise date rankings of a set of articles, best first (ties: the earlier day).

    ``mentions``: the days the most sentences name (``MentionCountDateRanker``); ``referrals``: the days
    the most articles published on another day name, then the most such sentences (a day's own reports do
    not count: what other days' articles recall or anticipate is the signal).  Only days inside the articles'
    publication span are ranked (news-tls clips to the gold timeline's span, which a system cannot know); an
    undated article has no day of its own to tell "other days" from, so it is left out.
    """
    pub = {a.id: a.published[:10] for a in arts if a.id is not None and a.published}
    days = list(pub.values())
    if not days:
        return {"mentions": [], "referrals": []}
    first, last = min(days), max(days)
    sentences: Counter[str] = Counter()
    other_sentences: Counter[str] = Counter()
    other_articles: Counter[str] = Counter()
    for aid, day in pub.items():
        named: set[str] = set()
        for ds in sentence_days(anns[aid]):
            ds = {d for d in ds if first <= d <= last}
            sentences.update(ds)
            other_sentences.update(ds - {day})
            named |= ds - {day}
        other_articles.update(named)
    return {"mentions": sorted(sentences, key=lambda d: (-sentences[d], d)),
            "referrals": sorted(other_articles, key=lambda d: (-other_articles[d], -other_sentences[d], d))}


def day_choices(entries: list[TimelineEntry], arts: list[Article], anns: Mapping[int, Annotation],
                gold_days: set[str], f1: DateF1) -> None:
    """Score the ``--top l`` view, all days by salience, the view's day scores alone, and the baselines
    (most-published days, news-tls's datewise mentions and referrals) for one timeline.

    The ``--top l`` view is scored twice: on the whole timeline (the row every earlier figure used), and
    with the history its articles recall folded away first, as ``storyline timeline ID --top l`` and the
    story page show it (:func:`storyline.timeline.unfolded`); the second is the view a user reads."""
    n = len(gold_days)
    if not n:
        return
    published = {a.id: a.published for a in arts if a.id is not None}  # what top_timeline reads from the store
    f1.add("ours: --top l view", [e.date for e in top_entries(entries, n, published)], gold_days)
    first = min((a.published[:10] for a in arts if a.published), default=None)
    kept, span = unfolded(entries, first, len(arts))  # as `storyline timeline ID --top l` shows the story
    f1.add("ours: --top l view a user sees (history folded)",
           [e.date for e in top_entries(kept, n, published, span[1], span)], gold_days)
    best: dict[str, float] = {}
    for e in entries:
        if len(e.date) == 10:
            best[e.date] = max(best.get(e.date, 0.0), e.salience)
    f1.add("ours: days by salience", sorted(best, key=lambda d: -best[d])[:n], gold_days)
    scores = day_scores(entries, published)  # the view's own referral count, without salience to break its ties
    f1.add("ours: day scores alone", sorted(scores, key=lambda d: (-scores[d], d))[:n], gold_days)
    per_day: dict[str, int] = {}
    for a in arts:
        if day := timeline_date("DATE", (a.published or "")[:10]):
            per_day[day] = per_day.get(day, 0) + 1
    f1.add("baseline: most-published days", sorted(per_day, key=lambda d: (-per_day[d], d))[:n], gold_days)
    datewise = datewise_days(arts, anns)
    f1.add("baseline: datewise mentions (after news-tls)", datewise["mentions"][:n], gold_days)
    f1.add("baseline: datewise referrals (other days' articles)", datewise["referrals"][:n], gold_days)


def gold_date(value: str) -> str | None:
    """``2003-XX-XX`` -> ``2003``, ``2007-05-XX`` -> ``2007-05``; None when the year is unknown."""
    parts = value.split("-")
    known = [p for p in parts if p and "X" not in p]
    return "-".join(known) if known and parts[: len(known)] == known and len(known[0]) == 4 else None


def read_gold(path: Path) -> tuple[str, set[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    name = lines[0].strip()
    dates = {d for line in lines[1:] if "\t" in line for d in [gold_date(line.split("\t")[1])] if d}
    return name, dates


def corpora(folders: list[Path]) -> list[tuple[Path, Path]]:
    """(texts folder, gold folder) for every corpus under the given folders."""
    out = []
    for top in folders:
        for gold in sorted(top.glob("**/TimeLines_Gold_Standard")):
            texts = sorted(p for p in gold.parent.iterdir() if p.is_dir() and p.name.endswith("TimeML"))
            if texts:  # track A (raw texts) when there is a choice
                out.append((next((t for t in texts if "trackA" in t.name), texts[0]), gold))
    return out


def corpus_name(gold: Path) -> str:
    return gold.parent.name if gold.name == "TimeLines_Gold_Standard" else gold.name


def norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", name.lower()).split())


def matching_entities(store: SqliteStore, target: str) -> list[Entity]:
    """The entities a user gets for the target name: every entity with that exact name or alias, else
    what ``storyline timeline --entity NAME`` picks (the most mentioned entity whose alias contains it)."""
    want = norm(target)
    exact = [e for e in store.entities(name=target) if want in {norm(a) for a in [e.name, *e.aliases]}]
    if exact:
        return exact
    ent = find_entity(store, target)
    return [ent] if ent else []


def baselines(store: SqliteStore, ids: list[int]) -> tuple[set[str], set[str]]:
    """Publication days, and every normalized date, of the articles that mention the entities."""
    arts = {a.id for e in ids for a, _ in store.entity_mentions(e)}
    pub, every = set(), set()
    for aid in arts:
        art = store.article(aid)
        if art is None or aid is None:
            continue
        if day := timeline_date("DATE", (art.published or "")[:10]):
            pub.add(day)
        every |= {d for t in store.annotation(aid).timexes if (d := timeline_date(t.type, t.value, t.anchored))}
    return pub, pub | every


def run_corpus(texts: Path, gold_dir: Path, tmp: Path, scores: dict[str, Score], ranking: Ranking,
               show: bool, story_ranking: Ranking | None = None,
               date_f1: dict[str, DateF1] | None = None) -> None:
    with storyline.open(tmp / f"{corpus_name(gold_dir)}.db") as sl:
        for path in sorted(texts.glob("*.tml")):
            rec = convert(path, whole=True)  # the lead too: it tells the article's news
            sl.store.add_article(Article(external_id=rec["id"], title=rec["title"], text=rec["text"],
                                         published=rec["published"], published_from="input", source=rec["source"],
                                         url=rec["url"], content_hash=hashlib.sha1(rec["text"].encode()).hexdigest()))
        sl.annotate()
        arts = [a for a in sl.store.articles() if a.id is not None]
        anns = {a.id: sl.store.annotation(a.id) for a in arts if a.id is not None}
        if story_ranking is not None:  # the corpus as one story: its timeline's top dates vs every gold date
            items = [(a, anns[a.id]) for a in arts if a.id is not None]
            every_gold = {d for p in gold_dir.glob("*.txt") for d in read_gold(p)[1]}
            story_tl = build_timeline(items)
            story_ranking.add(story_tl, every_gold)
            if date_f1 is not None:
                day_choices(story_tl, arts, anns, {d for d in every_gold if len(d) == 10},
                            date_f1["corpus as one story"])
        for path in sorted(gold_dir.glob("*.txt")):
            target, gold = read_gold(path)
            ents = matching_entities(sl.store, target)
            ids = [e.id for e in ents]
            runs = {
                "ours": Settings(),
                "ours, dates only": Settings(timeline_lead=False),
            }
            timelines = {k: [t for e in ids for t in build_entity_timeline(sl.store, e, s)] for k, s in runs.items()}
            got = {k: {t.date for t in entries} for k, entries in timelines.items()}
            ranking.add(timelines["ours"], gold)
            if date_f1 is not None and ids:
                mentioning = {a.id for e in ids for a, _ in sl.store.entity_mentions(e)}
                day_choices(timelines["ours"], [a for a in arts if a.id in mentioning], anns,
                            {d for d in gold if len(d) == 10}, date_f1["entity timelines"])
            got["baseline: publication days"], got["baseline: every date"] = baselines(sl.store, ids)
            for k, ours in got.items():
                sc = scores.setdefault(k, Score())
                sc.add(ours, gold)
                sc.targets += 1
                sc.found += bool(ids)
                sc.gold_found += len(gold) if ids else 0
            if show:
                mine = got["ours"]
                print(f"{corpus_name(gold_dir):9} {target[:28]:28} ents={len(ids):2} gold={len(gold):2}"
                      f" ours={len(mine):2} hit={len(mine & gold):2}"
                      f" missed={sorted(gold - mine)[:5]} extra={sorted(mine - gold)[:5]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--texts", type=Path, action="append", default=[],
                    help="a folder of TimeML texts laid out otherwise (with --gold, in the same order)")
    ap.add_argument("--gold", type=Path, action="append", default=[], help="its folder of gold timelines")
    ap.add_argument("--entities", action="store_true", help="print one line per target entity")
    ap.add_argument("--no-append", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args()
    if not args.folders and not args.texts:
        args.folders = [DEFAULT]
    if len(args.texts) != len(args.gold):
        sys.exit("give --texts and --gold in pairs")
    found = corpora(args.folders) + list(zip(args.texts, args.gold, strict=True))
    if not found:
        sys.exit(f"no corpus (TimeLines_Gold_Standard/ next to a *TimeML/ folder) under {args.folders}")
    ranking = Ranking()
    story_ranking = Ranking(k=10)
    per_corpus: dict[str, dict[str, Score]] = {}
    total: dict[str, Score] = {}
    date_f1: dict[str, dict[str, DateF1]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for texts, gold in found:
            scores: dict[str, Score] = {}
            f1s = date_f1.setdefault(corpus_name(gold), {"corpus as one story": DateF1(), "entity timelines": DateF1()})
            run_corpus(texts, gold, Path(tmp), scores, ranking, args.entities, story_ranking, f1s)
            per_corpus[corpus_name(gold)] = scores
            for k, sc in scores.items():
                t = total.setdefault(k, Score())
                for f in ("tp", "fp", "fn", "rtp_sys", "rtp_gold", "n_sys", "n_gold", "gold_found", "found", "targets"):
                    setattr(t, f, getattr(t, f) + getattr(sc, f))
    header = ["corpus", "system", "targets found", "gold dates", "our dates", "P", "R", "F1",
              "relaxed P", "relaxed R", "relaxed F1", "R, found targets"]
    rows = []
    for name, scores in [*per_corpus.items(), ("all", total)]:
        for k, sc in scores.items():
            r_found = sc.tp / sc.gold_found if sc.gold_found else 0.0
            rows.append([name, k, f"{sc.found}/{sc.targets}", sc.n_gold, sc.n_sys, *sc.figures(), r_found])
    table = markdown_table(header, rows)
    table += "\n\n" + markdown_table(
        [f"ours: top {ranking.k} dates of each timeline (longer than {ranking.k})", "share in gold", "dates ranked"],
        [[f"by {name}", h / ranking.n if ranking.n else 0.0, ranking.n] for name, h in ranking.hits.items()]
        + [[f"corpus as one story, top {story_ranking.k}, by {name}", h / story_ranking.n if story_ranking.n else 0.0,
            story_ranking.n] for name, h in story_ranking.hits.items()])
    f1_rows = []
    for corpus, kinds in date_f1.items():
        for kind, f1 in kinds.items():
            f1_rows += [[f"{corpus}, {r[0]}", *r[1:]] for r in f1.rows(kind)]
    for kind in ("corpus as one story", "entity timelines"):
        pooled = DateF1()
        for kinds in date_f1.values():
            for system, v in kinds[kind].runs.items():
                pooled.runs.setdefault(system, []).extend(v)
        f1_rows += [[f"all, {r[0]}", *r[1:]] for r in pooled.rows(kind)]
    table += "\n\n" + markdown_table(["timelines", "system", "timelines scored", "date P", "date R", "date F1"],
                                      f1_rows)
    table += ("\n\nDate F1 as in news-tls: l = number of gold days of a timeline (gold days only: the union of the "
              "corpus's target timelines for 'corpus as one story', the target's own for 'entity timelines'), a "
              "system's top-l days against them, macro-averaged.  Dev corpus (choices made on it): the trial "
              "corpus; corpus_1-3 are held out.")
    print(table)
    if not args.no_append:
        n = sum(len(list(t.glob("*.tml"))) for t, _ in found)
        title = f"Entity timeline dates vs SemEval-2015 Task 4 gold ({len(found)} corpora, {n} Wikinews articles)"
        append_results(title, table)


if __name__ == "__main__":
    main()
