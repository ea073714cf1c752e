"""ECB+ dev topics only: which ways of cutting a story into events help?

Question: on the odd (dev) ECB+ topics, what does each variant of the event step
of consolidation (``link.consolidate.cluster_events``) give, over a range of
event thresholds, so that a setting is kept only when it helps across the range
and not by a hair at one point?  Variants: average linkage alone; with the
fragment rule (``consolidate_event_min_reports``: a lone report or two joins the
well-reported event of its story it resembles most); and, with ``--embed``, the
optional all-MiniLM-L6-v2 sentence embeddings mixed into the pairwise similarity
(``w`` of the embedding cosine, ``1 - w`` of the sparse one), less what the whole
story shares (as the sparse vectors discount it): either the story's mean pairwise
cosine, or its mean vector (centred).

Consolidation is free of arrival order, so the annotated articles are linked
once, in one batch, and each story's articles are then cut into events again
with each variant; the stories stay as linking made them.  Held-out (even)
topics are never scored here: ``ecb_events.py`` reports them once.

Usage::

    .venv/bin/python benchmarks/ecb_event_variants.py ../shared/data/ecbplus [--embed]

``--embed`` needs the ``bench`` (or ``embed``) extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from ecb_events import build_store, ecb_arguments, parity_f1
from report import append_results, markdown_table
from storyline.settings import Settings

THRESHOLDS = (0.08, 0.09, 0.1, 0.11, 0.12)
Variant = Callable[[list, dict, Settings], list]


def consolidation():  # the module, not the function ``storyline.link.consolidate``
    import importlib

    return importlib.import_module("storyline.link.consolidate")


def with_embeddings(dense: dict[int, np.ndarray], w: float, centre: bool) -> Variant:
    """The event step with ``w`` of the embedding cosine mixed into each pair's similarity."""
    c = consolidation()

    def cluster_events(story: list, vecs: dict, settings: Settings) -> list:
        sims = c.event_similarities(story, vecs, settings)
        x = np.stack([dense[m.aid] for m in story]).astype(np.float64)
        if centre:  # less the story's mean vector: what tells its reports apart
            x = x - x.mean(axis=0)
            x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
        cos = x @ x.T
        if not centre and len(story) > 1:  # less the story's mean pairwise cosine (~0.5 between any two reports)
            cos -= (cos.sum() - len(story)) / (len(story) * (len(story) - 1))
        return c.events_from(story, (1 - w) * sims + w * cos, settings)

    return cluster_events


def score(store, settings: Settings, gold: dict[int, tuple[str, str]], cluster_events: Variant) -> float:
    """Event B3 F1 on the odd topics when every story is cut into events by ``cluster_events``."""
    c = consolidation()
    story_ids = sorted({e.story for e in store.events() if e.story})
    group = c.members(store, settings, story_ids)
    df = store.document_frequencies(sorted({k for m in group for k in m.raw}))
    vecs = c.vectors(group, df, store.linked_originals(), settings)
    by_story: dict[int, list] = {}
    for m in group:
        by_story.setdefault(m.story, []).append(m)
    event_of: dict[int, tuple[int, int]] = {}
    for sid, story in by_story.items():
        for i, ev in enumerate(cluster_events(story, vecs, settings)):
            event_of.update((m.aid, (sid, i)) for m in ev)
    for e in store.events():  # copies sit with their original
        for a in e.articles:
            if a not in event_of:
                event_of[a] = event_of.get(store.article(a).duplicate_of or -1, (-1, a))
    ev_gold = {a: g[0] for a, g in gold.items()}
    topic = {a: g[1] for a, g in gold.items()}
    return parity_f1(event_of, ev_gold, topic, 1)


def main() -> None:
    ap = ecb_arguments(__doc__, "annotated store shared with ecb_events.py")
    ap.add_argument("--embed", action="store_true", help="also the MiniLM variants (needs the bench extra)")
    args = ap.parse_args()
    import storyline
    from storyline.link import update

    base = Settings()
    gold = build_store(args.folder, args.cache, base)
    c = consolidation()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "linked.db"
        shutil.copy(args.cache, db)
        with storyline.open(db, base) as sl:
            update(sl.store, base, rebuild=True, timelines=False)
            variants: list[tuple[str, int, Variant]] = [("average linkage alone", 1, c.cluster_events),
                                                        ("+ fragment rule (default)", 3, c.cluster_events),
                                                        ("+ fragment rule, min 4 reports", 4, c.cluster_events)]
            if args.embed:
                from storyline.link.embed import embed

                arts = sl.store.articles(ids=sorted(gold))
                dense = dict(zip([a.id for a in arts], embed([f"{a.title}\n{a.text}" for a in arts]), strict=True))
                for w in (0.2, 0.4):
                    for centre in (False, True):
                        how = "centred" if centre else "less the mean cosine"
                        variants.append((f"+ fragment rule + MiniLM w={w}, {how}", 3,
                                         with_embeddings(dense, w, centre)))
            rows: list[list[object]] = []
            for name, min_reports, fn in variants:
                f1s = [score(sl.store, replace(base, consolidate_event_threshold=t,
                                               consolidate_event_min_reports=min_reports), gold, fn)
                       for t in THRESHOLDS]
                rows.append([name, *f1s, sum(f1s) / len(f1s)])
                print(*rows[-1], flush=True)
    header = ["event step", *(f"threshold {t}" for t in THRESHOLDS), "mean"]
    body = (f"{markdown_table(header, rows)}\n\nEvent B-cubed F1 on the odd (dev) ECB+ topics only; stories as "
            f"linking made them (story threshold {base.consolidate_story_threshold}); the default event threshold "
            f"is {base.consolidate_event_threshold}.")
    print(body)
    append_results("ECB+ dev topics: event-step variants over a range of thresholds (ecb_event_variants.py)", body)


if __name__ == "__main__":
    main()
