"""Stories on real dated news without gold: sizes, the largest stories, and pairs to check by hand.

Question: on the 2,452 dated newswire articles (AFP/APW, 1997-2006), do stories
look like running topics (a few large, many small) rather than one blob or
dust?  There is no gold, so the script reports the story size distribution,
the largest stories with their titles and date spans, the most frequent
lead-name features (``p:``; weekdays and titles must not be among them), and
prints 30 random pairs of articles that share a story, for a reader to judge.

Usage::

    .venv/bin/python benchmarks/newswire_stories.py ../shared/data/newswire-1997-1998.jsonl [--cache DB] [--seed N]

A hand check draws its pairs with a seed no earlier check used (``--seed``) and reads both
leads from the linked store kept with ``--keep``.

The annotated store is the one ``link_scale.py`` caches; it is copied, and the
copy is linked from scratch (``rebuild``), so the cache is not changed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import storyline
from link_scale import base_store
from report import append_results, check_store, markdown_table
from storyline.link import update
from storyline.link.features import article_features
from storyline.settings import Settings

BINS = [(1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 50), (51, 10**9)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline_newswire_annotated.db")
    ap.add_argument("--pairs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0, help="seed of the random pairs (a fresh one for a fresh sample)")
    ap.add_argument("--keep", type=Path, help="keep the linked store here (to read the pairs' leads)")
    args = ap.parse_args()
    settings = Settings()
    base_store(args.jsonl, args.cache, settings)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "news.db"
        shutil.copy(args.cache, db)
        with storyline.open(db, settings) as sl:
            t0 = time.perf_counter()
            update(sl.store, settings, rebuild=True, timelines=False)
            took = time.perf_counter() - t0
            stories = sl.stories(with_timeline=False)
            members = {s.id: sl.store.story_article_ids(s.id) for s in stories}
            arts = {a.id: a for a in sl.articles()}
            names = Counter(k for a in arts.values() if a.id is not None
                            for k in article_features(a, sl.annotation(a.id)).lead if k.startswith("p:"))
        if args.keep:
            shutil.copy(db, args.keep)
    sizes = Counter(len(v) for v in members.values())
    dist = [[f"{lo}" if lo == hi else (f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}"),
             sum(n for size, n in sizes.items() if lo <= size <= hi),
             sum(size * n for size, n in sizes.items() if lo <= size <= hi)] for lo, hi in BINS]
    largest = sorted(stories, key=lambda s: (-len(members[s.id]), s.id))[:10]
    top_rows = [[s.id, len(members[s.id]), len(s.events), s.title, f"{s.first} to {s.last}"] for s in largest]
    rng = random.Random(args.seed)
    shared = [s.id for s in stories if len(members[s.id]) > 1]
    pairs = []
    for _ in range(args.pairs):
        a, b = rng.sample(members[rng.choice(shared)], 2)
        pairs.append([f"{a}: {arts[a].title[:90]}", f"{b}: {arts[b].title[:90]}"])
    body = (f"{len(arts)} articles linked from scratch in {took:.0f} s: {len(stories)} stories.\n\n"
            + markdown_table(["story size", "stories", "articles"], dist) + "\n\n"
            + markdown_table(["story", "articles", "events", "title", "dates"], top_rows) + "\n\n"
            + "Most frequent lead names (articles): "
            + ", ".join(f"{k[2:]} {n}" for k, n in names.most_common(12)) + ".\n\n"
            + f"{args.pairs} random article pairs sharing a story (seed {args.seed}), for a hand check:\n\n"
            + markdown_table(["article A (id: title)", "article B (id: title)"], pairs))
    print(body)
    check_store(args.cache)
    append_results("Stories on the dated newswire, no gold (newswire_stories.py)", body)


if __name__ == "__main__":
    main()
