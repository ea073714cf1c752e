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


Pair = tuple[float, float, float, float]
"""cos, who, what, days apart"""


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
        self.cos = burst_similarities(rows, days, settings, uses.days, floors, partners)
        burst = [bursty(v, d, uses.days, settings.story_burst_days, settings.story_burst_power,
                        settings.story_burst_reach) for v, d in zip(rows, days, strict=True)]
        named = set(partners or {})
        dated = np.array([d is not None for d in days])
        both = dated[:, None] & dated[None, :]
        self.who, self.what = (np.where(both, b, p) for b, p in zip(_split(burst, named), _split(rows, named),
                                                                     strict=True))

    def pair(self, a: int, b: int) -> Pair:
        """(cos, who, what, days apart: NaN when either is undated) of two articles of the group."""
        i, j = self.index[a], self.index[b]
        di, dj = self.days[i], self.days[j]
        gap = float(abs(di - dj)) if di is not None and dj is not None else float("nan")
        return float(self.cos[i, j]), float(self.who[i, j]), float(self.what[i, j]), gap


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


def stories_of(sl: storyline.Storyline) -> tuple[dict[str, int], dict[int, int]]:
    ext = {a.external_id: a.id for a in sl.articles() if a.id is not None and a.external_id}  # every article
    story_of: dict[int, int] = {}
    for st in sl.stories(with_timeline=False):
        for aid in sl.store.story_article_ids(st.id):
            story_of[aid] = st.id
    return ext, story_of


def newswire(db: Path, settings: Settings) -> str:
    judged: dict[tuple[str, str], str] = {}  # article pair (external ids, sorted) -> its label
    articles: dict[str, tuple[bool, list[str]]] = {}  # judged article -> (ok?, its view's ok articles)
    for path in sorted((HERE / "data").glob("timeline_sample_newswire*.tsv")):
        by: dict[int, list] = collections.defaultdict(list)
        for r in read_tsv(path)[1]:
            by[r.story].append(r)
        for rows in by.values():
            core = sorted({x for r in rows if r.verdict == "ok" for x in r.sources.split(",") if x})
            intr = sorted({x for r in rows if r.verdict == "not-the-story" for x in r.sources.split(",") if x}
                          - set(core))
            articles.update({x: (True, core) for x in core} | {x: (False, core) for x in intr})
            judged.update({(a, b): "tl right" for i, a in enumerate(core) for b in core[i + 1:]})
            judged.update({tuple(sorted((x, c))): "tl wrong" for x in intr for c in core})  # type: ignore[misc]
    for path in sorted((HERE / "data").glob("newswire_pairs_*.txt")):
        for m in _PAIR.finditer(path.read_text(encoding="utf-8")):
            if m[1] != "UNSURE":
                judged[tuple(sorted((m[2], m[3])))] = f"hand {m[1].lower()}"  # type: ignore[assignment]
    out: dict[str, list[Pair]] = collections.defaultdict(list)
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
            for x in mine & set(articles):
                ok, core = articles[x]
                if not mine & set(core) - {x}:
                    continue  # not (or no longer) in the story of its view's ok articles
                others = [parts.pair(ext[x], o) for o in parts.index if o != ext[x]]
                if others:
                    cos, who, what, gap = (float(np.nanmean(c)) if not np.isnan(c).all() else float("nan")
                                           for c in map(np.array, zip(*others, strict=True)))
                    art[ok].append((cos, who, what, gap))
    return "\n".join([HEADER, row("timeline views: story / intruder pairs", out["tl right"], out["tl wrong"]),
                      row("hand-judged random pairs", out["hand right"], out["hand wrong"]),
                      row("articles: mean with their story (ok / intruder)", art[True], art[False])])


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
    lines = ["| ECB+ dev pairs the store put in one story | n | cos (median) | who | what | what share | "
             "what share < 0.1 |", "|" + "---|" * 7]
    for kind in ("one happening", "two happenings", "other topic"):
        items = kinds[kind]
        if items:
            shares = [share(t[1], t[2]) for t in items]
            lines.append(f"| {kind} | {len(items)} | {np.median([t[0] for t in items]):.3f} | "
                         f"{np.median([t[1] for t in items]):.3f} | {np.median([t[2] for t in items]):.3f} | "
                         f"{np.median(shares):.3f} | {np.mean(np.array(shares) < 0.1):.2f} |")
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
