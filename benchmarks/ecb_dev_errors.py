"""ECB+ dev topics only: which reports linking gets wrong, and what evidence a reader has about them.

Question: where do the dev (odd-topic) event and story errors come from, and which
kinds of evidence (the day a lead names, a shared quote, a shared count) tell two
reports of one story apart or together?  Three parts, over the store linked once
in one batch (consolidation is free of arrival order, so this is the partition of
every order):

- a loss budget: how much dev B-cubed F1 (events, stories vs gold topic) each
  topic would add if its articles were placed as gold places them;
- the evidence table: pairs of dev reports in one linked story, by kind of
  evidence, counted by whether gold puts them in one event and whether linking
  did;
- with ``--list``, every dev topic with an error: the gold events across system
  events and stories, the reports placed away from their gold event (with their
  titles and their mean similarity to each side), and the features that join two
  gold events or two topics (each feature's share of the mean cosine).

Held-out (even) topics are never scored or shown: their articles are linked with
the rest (as in ``ecb_events.py``) but every figure and listing keeps to odd topics.

Usage::

    .venv/bin/python benchmarks/ecb_dev_errors.py ../shared/data/ecbplus --cache /tmp/ecb.db [--list]

A fourth part relinks the store at a few story thresholds (``--story-thresholds``) and
gives the dev event and story figures at each: how wide the setting's good range is.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from ecb_events import bcubed, bootstrap, build_store, ecb_arguments, linked_once, parity_f1
from report import append_results, markdown_table
from storyline.link.events import day_number
from storyline.link.features import Vector, cosine
from storyline.link.stories import story_vector
from storyline.settings import Settings

consolidation = importlib.import_module("storyline.link.consolidate")  # the module, not link.consolidate()


def loss_budget(pred: dict[int, Any], gold_of: dict[int, str], topic: dict[int, str]) -> dict[str, float]:
    """Per dev topic, the dev B-cubed F1 gained if that topic's articles were labelled as gold labels them.

    >>> loss_budget({1: "a", 2: "b", 3: "c"}, {1: "x", 2: "x", 3: "y"}, {1: "1", 2: "1", 3: "3"})
    {'1': 0.2}
    """
    base = parity_f1(pred, gold_of, topic, 1)
    out = {}
    for t in sorted({topic[a] for a in pred if int(topic[a]) % 2}, key=int):
        fixed = {a: (("gold", gold_of[a]) if topic[a] == t else p) for a, p in pred.items()}
        gain = parity_f1(fixed, gold_of, topic, 1) - base
        if gain > 0.0005:
            out[t] = round(gain, 4)
    return out


def error_pairs(event_of: dict[int, Any], story_of: dict[int, Any], gold: dict[int, tuple[str, str]],
                published: dict[int, str | None], window: int = 10) -> list[list[object]]:
    """Every pair of dev reports linking places other than gold does, counted per kind and topic: a gold event
    cut between two linked events ("event split"), two gold events in one linked event ("event joined"), a gold
    topic cut between two stories ("story split"), two gold topics in one story ("story joined"); each with how
    many of its pairs are both dated and at most ``window`` days apart (the event window), both dated and further
    apart, or have an undated side.  Only odd (dev) topics are read.

    >>> gold = {1: ("1a", "1"), 2: ("1a", "1"), 3: ("1b", "1"), 4: ("2a", "2")}
    >>> error_pairs({1: 10, 2: 11, 3: 11, 4: 12}, {1: 5, 2: 5, 3: 5, 4: 6}, gold,
    ...             {1: "2013-05-02", 2: "2013-06-13", 3: None, 4: None})
    [['event joined', '1', 1, 0, 0, 1], ['event split', '1', 1, 0, 1, 0]]
    """
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    odd = sorted(a for a in gold if int(gold[a][1]) % 2)
    day = {a: day_number(published.get(a)) for a in odd}
    for i, a in enumerate(odd):
        for b in odd[i + 1:]:
            (ea, ta), (eb, tb) = gold[a], gold[b]
            kinds = [k for k, wrong in (("event split", ea == eb and event_of[a] != event_of[b]),
                                        ("event joined", ea != eb and event_of[a] == event_of[b]),
                                        ("story split", ta == tb and story_of[a] != story_of[b]),
                                        ("story joined", ta != tb and story_of[a] == story_of[b])) if wrong]
            da, db = day[a], day[b]
            gap = abs(da - db) if da is not None and db is not None else None
            for kind in kinds:
                row = counts[(kind, ta if ta == tb else "+".join(sorted((ta, tb), key=int)))]
                row[0] += 1
                row[1 if gap is not None and gap <= window else 2 if gap is not None else 3] += 1
    return [[kind, t, *row] for (kind, t), row in
            sorted(counts.items(), key=lambda kv: (kv[0][0], [int(x) for x in kv[0][1].split("+")]))]


def lead_days(lead: Iterable[str]) -> list[int]:
    """Day numbers of the ``d:`` keys of a lead (the days its first sentences name)."""
    return sorted({dt.date.fromisoformat(k[2:]).toordinal() for k in lead if k.startswith("d:")})


def evidence(a: Any, b: Any) -> list[str]:
    """The kinds of evidence a pair of members (``consolidate.Member``) has, as the table counts them."""
    out = []
    da, db = lead_days(a.lead), lead_days(b.lead)
    if da and db:
        gap = min(abs(x - y) for x in da for y in db)
        out.append("leads name days <= 10 apart" if gap <= 10 else
                   "leads name days 11-60 apart" if gap <= 60 else "leads name days > 60 apart")
    else:
        out.append("a lead names no day")
    for prefix, name in (("q:", "a shared quote (6+ words)"), ("n:", "a shared count (number + noun)")):
        if {k for k in a.lead if k.startswith(prefix)} & {k for k in b.lead if k.startswith(prefix)}:
            out.append(name)
    return out


def evidence_rows(stories: dict[int, list[Any]], gold_event: dict[int, str], event_of: dict[int, int]
                  ) -> list[list[object]]:
    """Pairs of reports in one story by evidence: how many gold puts in one event, how many not, and how
    many of the former linking keeps apart."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for members in stories.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                same = gold_event[a.aid] == gold_event[b.aid]
                for kind in evidence(a, b):
                    counts[kind]["same" if same else "different"] += 1
                    if same and event_of[a.aid] != event_of[b.aid]:
                        counts[kind]["kept apart"] += 1
    order = ["leads name days <= 10 apart", "leads name days 11-60 apart", "leads name days > 60 apart",
             "a lead names no day", "a shared quote (6+ words)", "a shared count (number + noun)"]
    rows: list[list[object]] = []
    for kind in order:
        c = counts[kind]
        total = c["same"] + c["different"]
        rows.append([kind, total, c["same"], c["different"], f"{c['same'] / total:.3f}" if total else "-",
                     c["kept apart"]])
    return rows


def joined_by(a_vecs: list[Vector], b_vecs: list[Vector], name: Callable[[str], str], n: int = 8) -> str:
    """The features that make up most of the mean cosine between two groups of vectors.

    >>> joined_by([{"a": 3.0, "b": 4.0}], [{"a": 1.0}], str)
    'mean cosine 0.600: a 0.600'
    """
    sa: Counter[str] = Counter()
    sb: Counter[str] = Counter()
    for vecs, total in ((a_vecs, sa), (b_vecs, sb)):
        for v in vecs:
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            total.update({k: x / norm for k, x in v.items()})
    share = {k: sa[k] * sb[k] / (len(a_vecs) * len(b_vecs)) for k in sa if k in sb}
    top = sorted(share.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return f"mean cosine {sum(share.values()):.3f}: " + ", ".join(f"{name(k)} {x:.3f}" for k, x in top)


def mean_sim(vec: Vector, others: list[Vector]) -> str:
    return f"{np.mean([cosine(vec, o) for o in others]):.3f}" if others else "-"


def list_topic(t: str, ids: list[int], ctx: dict[str, Any]) -> None:
    """Print one dev topic's errors (see the module docstring); ``ctx`` holds the labels and vectors."""
    gold, ev, st, disc, svec, title, name = (ctx[k] for k in ("gold", "event", "story", "disc", "svec",
                                                              "title", "name"))
    ids = [a for a in ids if a in disc]  # copies sit with their original: listed through it
    table: dict[str, Counter[int]] = defaultdict(Counter)
    for a in ids:
        table[gold[a][0]][ev[a]] += 1
    f1 = bcubed({a: ev[a] for a in ids}, {a: gold[a][0] for a in ids})[2]
    print(f"\n=== topic {t}: {len(ids)} articles, event B3 F1 within the topic {f1:.3f}")
    for g, c in sorted(table.items()):
        print(f"  gold {g}: " + ", ".join(f"event {e} x{k}" for e, k in c.most_common()))
        main = c.most_common(1)[0][0]
        home = [disc[b] for b in ids if gold[b][0] == g and ev[b] == main]
        for a in (a for a in ids if gold[a][0] == g and ev[a] != main):
            there = [disc[b] for b in ctx["odd"] if ev[b] == ev[a] and b != a]
            print(f"    away: {title(a)} -> event {ev[a]} (story {st[a]}); mean similarity to its gold event's "
                  f"main part {mean_sim(disc[a], home)}, to the reports it sits with {mean_sim(disc[a], there)}")
    golds = sorted(table)
    if len(golds) == 2:
        parts = [[disc[a] for a in ids if gold[a][0] == g] for g in golds]
        print(f"  {golds[0]} vs {golds[1]} (event vectors less what the story shares): "
              f"{joined_by(parts[0], parts[1], name)}")
    for s in sorted({st[a] for a in ids}):
        mine = [a for a in ids if st[a] == s]
        for t2 in sorted({gold[b][1] for b in ctx["odd"] if st[b] == s} - {t}, key=int):
            theirs = [b for b in ctx["odd"] if st[b] == s and gold[b][1] == t2]
            print(f"  story {s} joins topic {t} to topic {t2}, story vectors "
                  f"{joined_by([svec[a] for a in mine], [svec[b] for b in theirs], name)}")
    parts_st = sorted({st[a] for a in ids})
    for i, s1 in enumerate(parts_st):
        for s2 in parts_st[i + 1:]:
            print(f"  topic {t} split between stories {s1} and {s2}, story vectors " + joined_by(
                [svec[a] for a in ids if st[a] == s1], [svec[a] for a in ids if st[a] == s2], name))
    for a in ids:
        print(f"     {title(a)}  event {ev[a]} story {st[a]}")


def story_row(cache: Path, settings: Settings, gold: dict[int, tuple[str, str]]) -> list[object]:
    """Dev event and story B-cubed F1 with the store linked once under ``settings``."""
    with linked_once(cache, settings) as sl:
        events = sl.store.events()
    event_of = {a: e.id for e in events for a in e.articles}
    story_of = {a: e.story or -e.id for e in events for a in e.articles}
    gold_event = {a: g[0] for a, g in gold.items()}
    topic = {a: g[1] for a, g in gold.items()}
    lo, hi = bootstrap(story_of, topic, topic, 1)
    return [settings.consolidate_story_threshold, parity_f1(event_of, gold_event, topic, 1),
            parity_f1(story_of, topic, topic, 1), f"{lo:.3f}-{hi:.3f}",
            len({story_of[a] for a in gold if int(topic[a]) % 2})]


def main() -> None:
    ap = ecb_arguments(__doc__, "annotated store shared with ecb_events.py (linked here in a copy)")
    ap.add_argument("--list", action="store_true", help="also list every dev topic with an error")
    ap.add_argument("--story-thresholds", default="0.04,0.045,0.05,0.055,0.06,0.07",
                    help="story thresholds to relink the dev topics at (comma-separated; '' for none)")
    args = ap.parse_args()
    settings = Settings()
    gold = build_store(args.folder, args.cache, settings, not args.undated)
    odd = sorted(a for a, g in gold.items() if int(g[1]) % 2)
    with linked_once(args.cache, settings) as sl:
        events = sl.store.events()
        event_of = {a: e.id for e in events for a in e.articles}
        story_of = {a: e.story or -e.id for e in events for a in e.articles}
        group = consolidation.members(sl.store, settings, sorted({story_of[a] for a in odd if story_of[a] > 0}))
        df = sl.store.document_frequencies(sorted({k for m in group for k in m.raw}))
        vecs = consolidation.vectors(group, df, sl.store.linked_originals(), settings)
        disc: dict[int, Vector] = {}
        by_story: dict[int, list[Any]] = defaultdict(list)
        for m in group:
            by_story[m.story].append(m)
        for members in by_story.values():  # what cluster_events compares: less what the whole story shares
            keep = consolidation.story_counts([vecs[m.aid] for m in members]).common(settings.event_story_discount)
            disc.update((m.aid, {k: x * keep.get(k, 1.0) for k, x in vecs[m.aid].items()}) for m in members)
        odd_articles = sl.store.articles(ids=odd)
        titles = {a.id: a.title for a in odd_articles}
        published = {a.id: a.published for a in odd_articles if a.id is not None}
        ents = sl.store.entity_names(sorted({int(k[2:]) for v in vecs.values() for k in v if k[:2] == "e:"}))
    gold_event = {a: g[0] for a, g in gold.items()}
    topic = {a: g[1] for a, g in gold.items()}
    ev_odd = {a: event_of[a] for a in odd}
    st_odd = {a: story_of[a] for a in odd}
    budget = [("events", loss_budget(ev_odd, gold_event, topic)), ("stories", loss_budget(st_odd, topic, topic))]
    topics = sorted(set(budget[0][1]) | set(budget[1][1]), key=int)
    rows: list[list[object]] = [[t, budget[0][1].get(t, 0.0), budget[1][1].get(t, 0.0)] for t in topics]
    odd_set = set(odd)
    dev_stories = {s: [m for m in ms if m.aid in odd_set] for s, ms in by_story.items()}
    body = (f"Dev (odd) topics only, the store linked once in one batch: events "
            f"{parity_f1(ev_odd, gold_event, topic, 1):.3f}, stories {parity_f1(st_odd, topic, topic, 1):.3f} "
            f"({len(odd)} articles).\n\nLoss budget: dev B-cubed F1 gained if one topic were placed as gold places "
            f"it (topics that would gain under 0.0005 left out).\n\n"
            f"{markdown_table(['topic', 'events', 'stories'], rows)}\n\n"
            "Every pair of dev reports linking places other than gold does (see ``error_pairs``):\n\n"
            + markdown_table(["error", "topic", "pairs", f"both dated, <= {settings.event_window_days} days apart",
                              "both dated, further", "an undated side"],
                             error_pairs(event_of, story_of, gold, published, settings.event_window_days))
            + "\n\n"
            "Pairs of dev reports in one linked story, by the evidence they have (a pair counts once per kind):\n\n"
            + markdown_table(["evidence", "pairs", "one gold event", "two gold events", "share in one gold event",
                              "one gold event, kept apart by linking"],
                             evidence_rows(dev_stories, gold_event, event_of))
            + "\n\nLead days: the days the title and first 3 sentences name (anchored timexes; "
            f"{'no article dated' if args.undated else 'articles dated as storyline ingest dates them'}).  "
            "Quotes: the first 6 words of a quote of at least 6 words.  Counts: a number and the noun after it "
            "in the lead.")
    sweep = [float(x) for x in args.story_thresholds.split(",") if x]
    if sweep:
        body += ("\n\nThe story threshold (``consolidate_story_threshold``; evidence margin "
                 f"{settings.consolidate_story_evidence}), dev topics, the store linked once at each:\n\n"
                 + markdown_table(["story threshold", "events", "stories", "stories: bootstrap 95%", "dev stories"],
                                  [story_row(args.cache, replace(settings, consolidate_story_threshold=t), gold)
                                   for t in sweep]))
    print(body)
    if args.list:
        def name(k: str) -> str:
            return f"e:{ents.get(int(k[2:]), '?')}" if k.startswith("e:") else k

        ctx = {"gold": gold, "event": event_of, "story": story_of, "disc": disc, "name": name,
               "odd": [a for a in odd if a in disc],
               "svec": {a: story_vector(vecs[a]) for a in odd if a in vecs},
               "title": lambda a: f"[{a} {gold[a][0]}] {titles[a][:80]!r}"}
        for t in topics:
            list_topic(t, [a for a in odd if topic[a] == t], ctx)
    append_results("ECB+ dev topics: where the errors are, and the evidence for them (ecb_dev_errors.py)", body)


if __name__ == "__main__":
    main()
