"""Does a wrong story link rest on who alone?  The who and the what of each judged pair's story cosine.

Question (issue 7 through issue 10's largest timeline defect): the judged newswire timeline views keep finding,
as the largest kind of miss, entries of another story the linking put in ("not-the-story"), and those intruders
name the story's people and places.  If a story join that rests on shared names (who) without shared
happening words (what) were the cause, the what part of a story cosine would tell the intruders from the story's
own articles, while ECB+ gold stories (two happenings of one kind, different actors) rest on what.

A pair's story cosine is a sum of products, one per shared feature of the two story vectors
(:func:`storyline.link.consolidate.story_inputs`, burst-weighed as consolidation weighs them:
:func:`storyline.link.stories.bursty`; plain when either article is undated).  Its **who** part sums the products
of entities and of terms that are words of an entity's name around the articles
(:func:`storyline.link.name_spread.name_partners`); its **what** part sums the other terms (a fire, a summit, a
resolution).  The cosine consolidation compares with its bar (``cos``) is the same cosine less the name spread
(:func:`storyline.link.name_spread.spread_cosines`), so ``who + what`` can exceed it.

Across a time gap (issue 7, branch gap43): ECB+ gold stories join two happenings of one kind that can be years
apart, newswire intruders are often a year from their story; if a link across a gap needed what evidence while one
close in time could rest on who, the what share would part right from wrong links *within* a bin of days apart
although it does not overall.  Each set of pairs is also given by bins of days apart (publication days; for both
sets together also the least distance between the days the two articles report: publication day and day-precise
dates), with AUCs over pairs and with each judged view's pairs weighing one in all; and every ECB+ dev gold pair,
linked or not, by how far apart it is.

Labels (dev only):

- ``--newswire DB``: a store of the 2,452 newswire records (``timeline_sample.py --pool newswire --cache DB``).
  Timeline pairs: in each judged view (``benchmarks/data/timeline_sample_newswire*.tsv``) the articles of ``ok``
  entries are the story, those only of ``not-the-story`` entries intruders; a pair of two story articles is
  right, a story article with an intruder wrong.  Hand-judged pairs: ``benchmarks/data/newswire_pairs_*.txt``
  (RIGHT / WRONG; these chose earlier story settings, so they are in-sample for those).  Only pairs the store
  now puts in one story are counted: the links that hold.  Articles: each judged article's mean over the other
  articles of its present story, when that story holds ok articles of its view.
- ``--ecb DB``: a store of the ECB+ dev topics (``timeline_sample.py --pool ecb --cache DB``): pairs within one
  gold topic and one of its two happenings, pairs across its two happenings (one gold story, two actors), and
  pairs of two topics the store put in one story.

Usage::

    python benchmarks/story_evidence.py --newswire /tmp/nw.db --ecb /tmp/ecb.db
    python benchmarks/story_evidence.py --newswire /tmp/nw.db --cases benchmarks/data/timeline_sample_newswire_7.tsv
"""

from __future__ import annotations

import argparse
import collections
import datetime
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import numpy as np

import storyline
from storyline.link.burst_uses import UsesReader
from storyline.link.consolidate import burst_similarities, members, story_inputs
from storyline.link.eras import written_after
from storyline.link.events import day_number
from storyline.link.stories import bursty
from storyline.settings import Settings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from timeline_sample import read_tsv  # noqa: E402

_PAIR = re.compile(r"^\d+\.\s+(RIGHT|WRONG|UNSURE)\b.*?\n\s+A: \[(\S+)\].*?\n\s+B: \[(\S+)\]", re.M)


Pair = tuple[float, float, float, float, float]
"""cos, who, what, days apart (publication days), days apart of the days the two report (NaN: unknown)"""

_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def reported_days(store: object, aids: list[int]) -> dict[int, set[int]]:
    """Each article's publication day and the days its DATE timexes name to the day: what it reports on."""
    out: dict[int, set[int]] = {}
    for aid, (_, timexes) in store.sentences_timexes(aids).items():  # type: ignore[attr-defined]
        days = {t.value for t in timexes if t.type == "DATE" and _DAY.match(t.value)}
        out[aid] = {d for d in map(_ordinal, days) if d is not None}
    return out


def _ordinal(day: str) -> int | None:
    try:
        return datetime.date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


class Parts:
    """Per pair of a group of articles: the story cosine consolidation compares (``cos``) and its who and what
    parts before the name spread (``who``, ``what``), as square matrices in the group's order."""

    def __init__(self, store: object, settings: Settings, aids: Iterable[int], story_of: dict[int, int]) -> None:
        wanted = set(aids)
        n_docs = store.linked_originals()  # type: ignore[attr-defined]
        group = [m for m in members(store, settings, sorted({story_of[a] for a in wanted})) if m.aid in wanted]
        _, plain, uses, partners = story_inputs(store, settings, group, n_docs,
                                                UsesReader(store, settings.story_burst_reach))
        days = [day_number(m.published) for m in group]
        floors = [None if m.published else written_after(m.raw) for m in group]
        rows = [plain[m.aid] for m in group]
        self.index = {m.aid: i for i, m in enumerate(group)}
        self.days = days
        self.reported = reported_days(store, [m.aid for m in group])
        for m in group:
            if m.published and (day := _ordinal(m.published)) is not None:
                self.reported[m.aid].add(day)
        self.cos = burst_similarities(rows, days, settings, uses.days, floors, partners)
        burst = [bursty(v, d, uses.days, settings.story_burst_days, settings.story_burst_power,
                        settings.story_burst_reach) for v, d in zip(rows, days, strict=True)]
        named = set(partners or {})
        dated = np.array([d is not None for d in days])
        both = dated[:, None] & dated[None, :]
        self.who, self.what = (np.where(both, b, p) for b, p in zip(_split(burst, named), _split(rows, named),
                                                                     strict=True))

    def pair(self, a: int, b: int) -> Pair:
        """(cos, who, what, days apart: NaN when either is undated, reported days apart: the least distance
        between a day one reports and a day the other does) of two articles of the group."""
        i, j = self.index[a], self.index[b]
        di, dj = self.days[i], self.days[j]
        gap = float(abs(di - dj)) if di is not None and dj is not None else float("nan")
        ra, rb = self.reported[a], self.reported[b]
        near = float(min(abs(x - y) for x in ra for y in rb)) if ra and rb else float("nan")
        return float(self.cos[i, j]), float(self.who[i, j]), float(self.what[i, j]), gap, near


def _split(vectors: list[dict[str, float]], named: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """Products of the unit vectors summed over who features (entities, name words) and over the other terms."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    data, rows, cols = [], [], []
    for i, vec in enumerate(vectors):
        norm = float(np.sqrt(sum(x * x for x in vec.values()))) or 1.0
        for k, x in vec.items():
            data.append(x / norm)
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
    m = csr_matrix((data, (rows, cols)), shape=(len(vectors), max(1, len(vocab))))
    is_who = np.zeros(max(1, len(vocab)), dtype=bool)
    for k, c in vocab.items():
        is_who[c] = k.startswith("e:") or k in named
    who, what = m.multiply(is_who[None, :]).tocsr(), m.multiply(~is_who[None, :]).tocsr()
    return np.asarray((who @ who.T).todense()), np.asarray((what @ what.T).todense())


def auc(pos: list[float], neg: list[float]) -> float:
    """Chance that a right item scores above a wrong one (ties half)."""
    p, n = np.array(pos)[:, None], np.array(neg)[None, :]
    return float(((p > n).sum() + 0.5 * (p == n).sum()) / (p.size * n.size)) if p.size and n.size else float("nan")


def share(who: float, what: float) -> float:
    return what / (who + what) if who + what > 0 else 0.0


def row(name: str, right: list[Pair], wrong: list[Pair]) -> str:
    """One table row: medians of cos, who, what and what share for right and wrong, the AUCs of each, and the
    AUC of being fewer days apart (dated pairs)."""
    def measures(t: Pair) -> list[float]:
        return [t[0], t[1], t[2], share(t[1], t[2])]

    r, w = [measures(t) for t in right], [measures(t) for t in wrong]
    cells = [name, f"{len(right)} / {len(wrong)}"]
    for f in range(4):
        cells.append(" / ".join(f"{np.median([x[f] for x in xs]):.3f}" if xs else "-" for xs in (r, w)))
    cells += [f"{auc([x[f] for x in r], [x[f] for x in w]):.3f}" for f in range(4)]
    gaps = [[-t[3] for t in items if t[3] == t[3]] for items in (right, wrong)]  # NaN: undated
    cells.append(f"{auc(*gaps):.3f}")
    for bar in (0.05, 0.1):
        low = [np.mean([share(t[1], t[2]) < bar for t in items]) if items else float("nan") for items in (right, wrong)]
        cells.append(f"{low[0]:.2f} / {low[1]:.2f}")
    return "| " + " | ".join(cells) + " |"


HEADER = ("| pairs | n right / wrong | cos (median, right / wrong) | who | what | what share | AUC cos | AUC who | "
          "AUC what | AUC what share | AUC fewer days apart | what share < 0.05 (right / wrong) | < 0.1 |\n|"
          + "---|" * 13)


BINS = ((0, 7), (8, 30), (31, 60), (61, 180), (181, 100000), (31, 100000), (61, 100000))
"""Days apart: the bins of :func:`binned` (the last two, every pair past 30 and past 60 days)."""


def weighted_auc(pos: list[tuple[float, float]], neg: list[tuple[float, float]]) -> float:
    """:func:`auc` with a weight on each (score, weight) item: the chance over weighted pairs."""
    if not pos or not neg:
        return float("nan")
    (p, wp), (n, wn) = (np.array(xs).T for xs in (pos, neg))
    w = wp[:, None] * wn[None, :]
    hit = (p[:, None] > n[None, :]) + 0.5 * (p[:, None] == n[None, :])
    return float((w * hit).sum() / w.sum())


def binned(right: list[tuple[Pair, str]], wrong: list[tuple[Pair, str]], field: int = 3) -> list[str]:
    """Rows of the AUCs of cos, what and what share within each bin of days apart (undated pairs left out): does
    the what share part right links from wrong ones once the two articles are far apart in time?  Each pair comes
    with its group (a judged view; a hand-judged pair is its own): one long story's pairs can fill a bin, so the
    AUCs are also given with each group's pairs weighing one in all (``by view``).  ``field`` 3 bins by days
    apart of publication, 4 by days apart of the days the two articles report."""
    lines = []
    for lo, hi in BINS:
        r, w = ([(t, g) for t, g in xs if t[field] == t[field] and lo <= t[field] <= hi] for xs in (right, wrong))
        label = f"{lo}-{hi}" if hi < 100000 else f"over {lo - 1}"
        size = collections.Counter(g for _, g in r + w)
        cells = [label, f"{len(r)} / {len(w)}", f"{len({g for _, g in r})} / {len({g for _, g in w})}"]
        for f in (lambda t: t[0], lambda t: t[2], lambda t: share(t[1], t[2])):
            by_view = weighted_auc([(f(t), 1 / size[g]) for t, g in r], [(f(t), 1 / size[g]) for t, g in w])
            cells.append(f"{auc([f(t) for t, _ in r], [f(t) for t, _ in w]):.3f} / {by_view:.3f}")
        sh = [[share(t[1], t[2]) for t, _ in xs] for xs in (r, w)]
        cells.append(" / ".join(f"{np.median(x):.3f}" if x else "-" for x in sh))
        cells.append(" / ".join(f"{np.mean(np.array(x) < 0.1):.2f}" if x else "-" for x in sh))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def far_floor(right: list[tuple[Pair, str]], wrong: list[tuple[Pair, str]], days: int = 30) -> list[str]:
    """For the pairs more than ``days`` apart (publication): the by-view AUCs with a 95% bootstrap interval over
    the groups (2,000 draws of the groups with replacement, seed 43: pairs of one story are not independent), and
    what a floor on the what share would cut, in pairs and in groups, of the right links and of the wrong."""
    far = [(t, g, ok) for xs, ok in ((right, True), (wrong, False)) for t, g in xs if t[3] == t[3] and t[3] > days]
    by: dict[str, list[tuple[Pair, str, bool]]] = collections.defaultdict(list)
    for item in far:
        by[item[1]].append(item)
    keys = sorted(by)
    rng = np.random.default_rng(43)

    def view_auc(items: list[tuple[Pair, str, bool]], f: int) -> float:
        size = collections.Counter((g, ok) for _, g, ok in items)
        score = (lambda t: share(t[1], t[2])) if f < 0 else (lambda t: t[f])
        return weighted_auc(*([(score(t), 1 / size[(g, ok)]) for t, g, ok in items if ok is side]
                              for side in (True, False)))

    lines = [f"pairs over {days} days apart: {len(keys)} groups; by-view AUC (95% interval over groups):"]
    for name, f in (("cos", 0), ("what", 2), ("what share", -1)):
        draws = [view_auc([x for k in rng.choice(keys, len(keys)) for x in by[k]], f) for _ in range(2000)]
        low, high = np.nanpercentile(draws, [2.5, 97.5])
        lines.append(f"- {name}: {view_auc(far, f):.3f} ({low:.3f}-{high:.3f})")
    for bar in (0.05, 0.1, 0.15, 0.2):
        cells = []
        for side in (True, False):
            items = [(t, g) for t, g, ok in far if ok is side]
            cut = [(t, g) for t, g in items if share(t[1], t[2]) < bar]
            cells.append(f"{len(cut)} of {len(items)} pairs ({len({g for _, g in cut})} of "
                         f"{len({g for _, g in items})} groups)")
        lines.append(f"- a what-share floor of {bar} cuts right {cells[0]}, wrong {cells[1]}")
    return lines


BIN_HEADER = ("| days apart | n right / wrong | groups right / wrong | AUC cos (pairs / by view) | AUC what | "
              "AUC what share | what share (median, right / wrong) | what share < 0.1 |\n|" + "---|" * 8)


def stories_of(sl: storyline.Storyline) -> tuple[dict[str, int], dict[int, int]]:
    ext = {a.external_id: a.id for a in sl.articles() if a.id is not None and a.external_id}  # every article
    story_of: dict[int, int] = {}
    for st in sl.stories(with_timeline=False):
        for aid in sl.store.story_article_ids(st.id):
            story_of[aid] = st.id
    return ext, story_of


def newswire(db: Path, settings: Settings) -> str:
    judged: dict[tuple[str, str], str] = {}  # article pair (external ids, sorted) -> its label
    view: dict[tuple[str, str], str] = {}  # a timeline pair -> its judged view (a hand pair is its own)
    articles: dict[str, tuple[bool, list[str]]] = {}  # judged article -> (ok?, its view's ok articles)
    for path in sorted((HERE / "data").glob("timeline_sample_newswire*.tsv")):
        by: dict[int, list] = collections.defaultdict(list)
        for r in read_tsv(path)[1]:
            by[r.story].append(r)
        for sid, rows in by.items():
            core = sorted({x for r in rows if r.verdict == "ok" for x in r.sources.split(",") if x})
            intr = sorted({x for r in rows if r.verdict == "not-the-story" for x in r.sources.split(",") if x}
                          - set(core))
            articles.update({x: (True, core) for x in core} | {x: (False, core) for x in intr})
            judged.update({(a, b): "tl right" for i, a in enumerate(core) for b in core[i + 1:]})
            judged.update({tuple(sorted((x, c))): "tl wrong" for x in intr for c in core})  # type: ignore[misc]
            view.update({pair: f"{path.stem}:{sid}" for pair in judged if pair not in view})
    for path in sorted((HERE / "data").glob("newswire_pairs_*.txt")):
        for m in _PAIR.finditer(path.read_text(encoding="utf-8")):
            if m[1] != "UNSURE":
                judged[tuple(sorted((m[2], m[3])))] = f"hand {m[1].lower()}"  # type: ignore[assignment]
    out: dict[str, list[Pair]] = collections.defaultdict(list)
    groups: dict[str, list[str]] = collections.defaultdict(list)  # per label, the view of each pair of out
    art: dict[bool, list[Pair]] = {True: [], False: []}
    with storyline.open(db, settings) as sl:
        ext, story_of = stories_of(sl)
        linked = collections.defaultdict(set)
        for x in {x for pair in judged for x in pair} | set(articles):
            if x in ext and ext[x] in story_of:
                linked[story_of[ext[x]]].add(ext[x])
        for sid in sorted(linked):
            aids = sl.store.story_article_ids(sid)
            parts = Parts(sl.store, settings, aids, story_of)
            mine = {x for x in ext if ext[x] in parts.index}
            for (a, b), lab in judged.items():
                if a in mine and b in mine:
                    out[lab].append(parts.pair(ext[a], ext[b]))
                    groups[lab].append(view.get((a, b), f"{a} {b}"))
            for x in mine & set(articles):
                ok, core = articles[x]
                if not mine & set(core) - {x}:
                    continue  # not (or no longer) in the story of its view's ok articles
                others = [parts.pair(ext[x], o) for o in parts.index if o != ext[x]]
                if others:
                    cos, who, what, gap, near = (float(np.nanmean(c)) if not np.isnan(c).all() else float("nan")
                                                 for c in map(np.array, zip(*others, strict=True)))
                    art[ok].append((cos, who, what, gap, near))
    lines = [HEADER, row("timeline views: story / intruder pairs", out["tl right"], out["tl wrong"]),
             row("hand-judged random pairs", out["hand right"], out["hand wrong"]),
             row("articles: mean with their story (ok / intruder)", art[True], art[False])]
    for name, kinds in (("timeline views: story / intruder pairs", ("tl",)), ("hand-judged random pairs", ("hand",)),
                        ("both", ("tl", "hand"))):
        right, wrong = ([(t, g) for k in kinds for t, g in zip(out[f"{k} {lab}"], groups[f"{k} {lab}"], strict=True)]
                        for lab in ("right", "wrong"))
        lines += ["", f"{name}, by days apart:", BIN_HEADER, *binned(right, wrong)]
        if kinds == ("tl", "hand"):
            lines += ["", f"{name}, by days apart of the days they report:", BIN_HEADER, *binned(right, wrong, 4),
                      "", *far_floor(right, wrong)]
    return "\n".join(lines)


def cases(db: Path, tsv: Path, settings: Settings) -> str:
    """Per judged view of ``tsv``: each intruder's mean cos / who / what with the view's ok articles, and the ok
    articles' mean among themselves, where the store still holds them in one story."""
    by: dict[int, list] = collections.defaultdict(list)
    for r in read_tsv(tsv)[1]:
        by[r.story].append(r)
    lines = ["| view | pairs | n | cos | who | what | what share |", "|" + "---|" * 7]
    with storyline.open(db, settings) as sl:
        ext, story_of = stories_of(sl)
        for view, rows in sorted(by.items()):
            core = sorted({ext[x] for r in rows if r.verdict == "ok" for x in r.sources.split(",") if x in ext})
            intr = sorted({ext[x] for r in rows if r.verdict == "not-the-story" for x in r.sources.split(",")
                           if x in ext} - set(core))
            home = collections.Counter(story_of.get(a) for a in core).most_common(1)
            if not intr or not home:
                continue
            sid = home[0][0]
            parts = Parts(sl.store, settings, sl.store.story_article_ids(sid), story_of)
            name = {aid: x for x, aid in ext.items()}
            core = [a for a in core if a in parts.index]
            groups = [(f"{name[x]} with the ok articles", [parts.pair(x, c) for c in core]) for x in intr
                      if x in parts.index]
            groups.append(("ok articles among themselves", [parts.pair(a, b) for i, a in enumerate(core)
                                                            for b in core[i + 1:]]))
            lines += [f"| {view} | {label} | {len(ps)} | " + " | ".join(
                f"{float(np.mean([t[f] for t in ps])):.3f}" for f in range(3)) + " | "
                f"{share(float(np.mean([t[1] for t in ps])), float(np.mean([t[2] for t in ps]))):.2f} |"
                for label, ps in groups if ps]
            lines += [f"| {view} | {name[x]}: not in the story's store story | - | - | - | - | - |" for x in intr
                      if x not in parts.index]
    return "\n".join(lines)


def ecb(db: Path, settings: Settings) -> str:
    kinds: dict[str, list[Pair]] = collections.defaultdict(list)
    with storyline.open(db, settings) as sl:
        ext, story_of = stories_of(sl)
        name = {aid: x for x, aid in ext.items()}
        for sid in sorted(set(story_of.values())):
            parts = Parts(sl.store, settings, sl.store.story_article_ids(sid), story_of)
            ids = sorted(parts.index)
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    (ta, ka), (tb, kb) = (re.match(r"(\d+)_\d+(ecbplus|ecb)", name[x]).groups()  # type: ignore[union-attr]
                                          for x in (a, b))
                    kind = "other topic" if ta != tb else "one happening" if ka == kb else "two happenings"
                    kinds[kind].append(parts.pair(a, b))
        gold: dict[str, list[Pair]] = collections.defaultdict(list)  # every pair of a gold topic, linked or not
        topic = collections.defaultdict(list)
        for aid in story_of:
            topic[re.match(r"(\d+)_", name[aid])[1]].append(aid)  # type: ignore[index]
        for aids in topic.values():
            parts = Parts(sl.store, settings, aids, story_of)
            ids = sorted(parts.index)
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    one = ("ecbplus" in name[a]) == ("ecbplus" in name[b])
                    gold["one happening" if one else "two happenings"].append(parts.pair(a, b))
    lines = ["| ECB+ dev pairs the store put in one story | n | cos (median) | who | what | what share | "
             "what share < 0.1 |", "|" + "---|" * 7]
    for kind in ("one happening", "two happenings", "other topic"):
        items = kinds[kind]
        if items:
            shares = [share(t[1], t[2]) for t in items]
            lines.append(f"| {kind} | {len(items)} | {np.median([t[0] for t in items]):.3f} | "
                         f"{np.median([t[1] for t in items]):.3f} | {np.median([t[2] for t in items]):.3f} | "
                         f"{np.median(shares):.3f} | {np.mean(np.array(shares) < 0.1):.2f} |")
    lines += ["", "| ECB+ dev pairs by days apart | kind | n | what share (median) | what share < 0.1 | < 0.05 |",
              "|" + "---|" * 6]
    bins = [(f"{lo}-{hi}" if hi < 100000 else f"over {lo - 1}", lo, hi) for lo, hi in BINS]
    for label, lo, hi in [*bins, ("undated", -1, -1)]:
        for kind in ("one happening", "two happenings", "other topic"):
            items = [t for t in kinds[kind] if (t[3] != t[3] if lo < 0 else lo <= t[3] <= hi)]
            if items:
                in_bin = np.array([share(t[1], t[2]) for t in items])
                lines.append(f"| {label} | {kind} | {len(items)} | {np.median(in_bin):.3f} | "
                             f"{np.mean(in_bin < 0.1):.2f} | {np.mean(in_bin < 0.05):.2f} |")
    lines += ["", "| every ECB+ dev gold pair (linked or not) | n | both dated | dated, over 30 days apart | their "
              "what share (median) | < 0.1 | reported days over 30 apart | their what share (median) | < 0.1 |",
              "|" + "---|" * 9]
    for kind, items in sorted(gold.items()):
        cells = [kind, str(len(items)), str(sum(t[3] == t[3] for t in items))]
        for f in (3, 4):
            far = np.array([share(t[1], t[2]) for t in items if t[f] == t[f] and t[f] > 30])
            cells += [str(far.size), f"{np.median(far):.3f}" if far.size else "-",
                      f"{np.mean(far < 0.1):.2f}" if far.size else "-"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--newswire", type=Path, help="a store built by timeline_sample.py --pool newswire")
    ap.add_argument("--ecb", type=Path, help="a store built by timeline_sample.py --pool ecb (dev topics)")
    ap.add_argument("--cases", type=Path, help="with --newswire: a judged view TSV whose intruders to list")
    args = ap.parse_args()
    settings = Settings()
    if args.newswire:
        print(newswire(args.newswire, settings))
        if args.cases:
            print(cases(args.newswire, args.cases, settings))
    if args.ecb:
        print(ecb(args.ecb, settings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
