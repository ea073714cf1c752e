"""The hand-judged newswire pairs and the ECB+ dev figures under a swept story setting (dev only).

Question: does one value of a consolidation setting split the judged wrong newswire pairs (two reports
in one story that a reader says tell two stories) without splitting the right ones, and at what cost
on ECB+ dev events and stories?  Every judged pair file (``benchmarks/data/newswire_pairs_seed*``, pairs
drawn from one story by ``newswire_stories.py`` and judged RIGHT / UNSURE / WRONG) is looked up in the
newswire store linked from scratch at each value: both in one event, in one story but two events, or
split.  The pairs were drawn joined, so splitting can only help a wrong pair and hurt a right one; the
sample says nothing about pairs the setting would join.  ECB+ is scored on the odd (dev) topics only,
linked once in one batch as ``ecb_dev_errors.py`` links it.

Usage::

    .venv/bin/python benchmarks/judged_pairs.py ../shared/data/newswire-1997-1998.jsonl ../shared/data/ecbplus \\
        --setting consolidate_story_evidence --values 0.05,0.08,0.12,0.17 --news /tmp/news.db --ecb /tmp/ecb.db

``--news`` and ``--ecb`` are the annotated caches ``link_scale.py`` and ``ecb_events.py`` keep (copied,
never changed).  Prints one table; nothing is appended to RESULTS.md (its notes cite the table).
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import storyline
from ecb_dev_errors import story_row
from ecb_events import build_store
from link_scale import base_store
from newswire_stories import BINS
from report import markdown_table
from storyline.link import update
from storyline.settings import Settings

DATA = Path(__file__).parent / "data"
PLACES = ("event", "story", "split")
DEFAULT = ["seed21_main", "seed22_main", "seed23_amend35e", "seed47_main"]  # the draws on the code of stop 35 on


def judged_pairs(files: list[Path]) -> list[tuple[str, str, str, str]]:
    """(file, verdict, external id A, external id B) of every judged pair in the pair files, each pair once
    (a pair drawn again, or judged again in a later file, keeps its first file's verdict).

    >>> pairs = judged_pairs([DATA / f"newswire_pairs_{f}.txt" for f in DEFAULT])
    >>> len(pairs), sorted({v for _, v, _, _ in pairs})
    (112, ['RIGHT', 'UNSURE', 'WRONG'])
    """
    pair = re.compile(r"^\d+\. (RIGHT|WRONG|UNSURE)\b.*?\n\s+A: \[(\S+)\].*?\n\s+B: \[(\S+)\]", re.M | re.S)
    out, seen = [], set()
    for f in files:
        for m in pair.finditer(f.read_text()):
            key = frozenset(m.groups()[1:])
            if key not in seen:
                seen.add(key)
                out.append((f.stem.removeprefix("newswire_pairs_"), m[1], m[2], m[3]))
    return out


def placed(settings: Settings, cache: Path, pairs: list[tuple[str, str, str, str]]
           ) -> tuple[Counter[tuple[str, str, str]], list[int]]:
    """Each judged pair's place (event / story / split) by file and verdict, and the story size bins, with
    the newswire linked from scratch under ``settings``."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "news.db"
        shutil.copy(cache, db)
        with storyline.open(db, settings) as sl:
            update(sl.store, settings, rebuild=True, timelines=False)
            ext = {a.external_id: a.id for a in sl.articles() if a.id is not None}
            events = sl.store.events()
    event = {a: e.id for e in events for a in e.articles}
    story = {a: e.story for e in events for a in e.articles}
    tally: Counter[tuple[str, str, str]] = Counter()
    for name, verdict, xa, xb in pairs:
        a, b = ext[xa], ext[xb]
        tally[name, verdict, "event" if event[a] == event[b] else "story" if story[a] == story[b] else "split"] += 1
    sizes = Counter(story.values()).values()
    return tally, [sum(1 for n in sizes if lo <= n <= hi) for lo, hi in BINS]


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("jsonl", type=Path, help="the dated newswire records")
    ap.add_argument("ecbplus", type=Path, help="ECB+ data folder (dev topics scored only)")
    ap.add_argument("--setting", required=True, help="a float field of Settings, e.g. consolidate_story_evidence")
    ap.add_argument("--values", required=True, help="comma-separated values (at most 4: a sweep, not a search)")
    ap.add_argument("--news", type=Path, required=True, help="annotated newswire cache (link_scale.py's)")
    ap.add_argument("--ecb", type=Path, required=True, help="annotated ECB+ cache (ecb_events.py's, dated)")
    ap.add_argument("--pairs", nargs="+", type=Path, default=[DATA / f"newswire_pairs_{f}.txt" for f in DEFAULT],
                    help="judged pair files (default: seeds 21, 22, 23 and 47)")
    args = ap.parse_args()
    values = [float(v) for v in args.values.split(",")]
    if len(values) > 4 or not hasattr(Settings(), args.setting):
        ap.error("give at most 4 values of one Settings field")
    base = Settings()
    base_store(args.jsonl, args.news, base)
    gold = build_store(args.ecbplus, args.ecb, base)
    pairs = judged_pairs(args.pairs)
    names = list(dict.fromkeys(p[0] for p in pairs))
    rows: list[list[object]] = []
    for v in values:
        change: dict[str, Any] = {args.setting: v}
        settings = replace(base, **change)
        tally, bins = placed(settings, args.news, pairs)
        ecb = story_row(args.ecb, settings, gold)
        split = {verdict: " / ".join(str(tally[n, verdict, "split"]) for n in names) for verdict in ("WRONG", "RIGHT")}
        where = {verdict: "/".join(str(sum(tally[n, verdict, p] for n in names)) for p in PLACES)
                 for verdict in ("WRONG", "UNSURE", "RIGHT")}
        rows.append([v, split["WRONG"], split["RIGHT"], where["WRONG"], where["UNSURE"], where["RIGHT"],
                     sum(bins), " ".join(map(str, bins)), f"{ecb[1]:.4f}", f"{ecb[2]:.4f}"])
        print(f"{args.setting}={v} done", flush=True)
    print(f"files: {', '.join(names)}; pairs {Counter(p[1] for p in pairs)}; story bins {BINS[:-1]} and larger")
    print(markdown_table([args.setting, "wrong split (by file)", "right split (by file)",
                          "wrong event/story/split", "unsure", "right", "stories", "story sizes by bin",
                          "ECB+ dev events", "ECB+ dev stories"], rows))


if __name__ == "__main__":
    main()
