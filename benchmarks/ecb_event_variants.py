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

A second figure guards against variants that win only because every ECB+ topic
holds two happenings (so cutting more pays): each dev gold event alone is taken
as a story of one happening and cut into events by the variant; its B-cubed F1
(1.0: every such story stays one event) falls when a variant splits what one
happening's reports say.  Real news has many stories of one happening, so a
variant must not lower this figure to raise the first.  Two variants that
raised the first and failed the second stay here as dropped: second-order
similarity (two reports resemble the same other reports of the story) and
who-did-what keys (each name word of the lead paired with each key term of it).

Consolidation is free of arrival order, so the annotated articles are linked
once, in one batch, and each story's articles are then cut into events again
with each variant; the stories stay as linking made them.  Held-out (even)
topics are never scored here: ``ecb_events.py`` reports them once.

Usage::

    .venv/bin/python benchmarks/ecb_event_variants.py ../shared/data/ecbplus [--embed]

``--embed`` needs the ``bench`` extra (``pip install -e '.[bench]'``; the embeddings: ``minilm.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ecb_events import bcubed, build_store, ecb_arguments, linked_once, parity_f1
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


def fragment_bar(share: float) -> Variant:
    """The event step with the fragment rule's bar at ``share`` of the event threshold (default: half)."""
    c = consolidation()

    def cluster_events(story: list, vecs: dict, settings: Settings) -> list:
        sims = c.event_similarities(story, vecs, settings)
        labels = c.attach_fragments(c.linkage_labels(sims, settings.consolidate_event_threshold), sims,
                                    settings.consolidate_event_min_reports,
                                    max(1e-9, share * settings.consolidate_event_threshold))
        return c._grouped(story, labels)

    return cluster_events


def second_order(w: float) -> Variant:
    """The event step with ``w`` of each pair's second-order similarity added: the correlation of
    their rows of the story's similarity matrix (how alike the other reports they resemble are)."""
    c = consolidation()

    def cluster_events(story: list, vecs: dict, settings: Settings) -> list:
        sims = c.event_similarities(story, vecs, settings)
        if len(story) >= 3:
            rows = sims.copy()
            np.fill_diagonal(rows, np.nan)
            rows = np.nan_to_num(rows - np.nanmean(rows, axis=1, keepdims=True))
            rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)
            sims = sims + w * (rows @ rows.T)
            np.fill_diagonal(sims, 1.0)
        return c.events_from(story, sims, settings)

    return cluster_events


def who_did_what(store, group: list, settings: Settings) -> tuple[list, dict[str, int]]:
    """Members with ``p:name+term`` keys added (each name word of the lead with each key term of
    it, weighed with the names, counts and quotes), and those keys' document frequencies."""
    from storyline.link.features import NAME_TYPES

    out, df = [], Counter()
    for m in group:
        art, ann = store.article(m.aid), store.annotation(m.aid)
        n = min(settings.event_lead_sentences, len(ann.sentences))
        end = ann.sentences[n - 1].end if n else 0
        words = set(re.findall(r"[a-z]+", f"{art.title}\n{art.text[:end]}".lower()))
        stems = {w[:i] for w in words for i in range(1, len(w) + 1)}
        names = {w.lower() for x in ann.mentions if x.type in NAME_TYPES and x.start < end
                 for w in re.findall(r"[^\W\d_]+", x.text)}
        keys = sorted(f"p:{name}+{t}" for name in names for t in ann.terms if t in stems and t not in names)
        df.update(keys)
        out.append(replace(m, raw=m.raw + Counter(keys), lead=[*m.lead, *keys]))
    return out, dict(df)


def _vectors(store, settings: Settings, extra: tuple[list, dict[str, int]] | None) -> tuple[list, dict]:
    """Members of every story and their event vectors (``extra``: members and frequencies to use instead)."""
    c = consolidation()
    group = c.members(store, settings, sorted({e.story for e in store.events() if e.story}))
    df = store.document_frequencies(sorted({k for m in group for k in m.raw}))
    if extra:
        group, more = extra
        df = {**df, **more}
    return group, c.vectors(group, df, store.linked_originals(), settings)


def one_happening(store, settings: Settings, gold: dict[int, tuple[str, str]], cluster_events: Variant,
                  extra: tuple[list, dict[str, int]] | None = None) -> float:
    """B3 F1 when each dev gold event alone is a story cut into events by ``cluster_events`` (1.0: none cut)."""
    group, vecs = _vectors(store, settings, extra)
    by_event: dict[str, list] = {}
    for m in group:
        if m.aid in gold and int(gold[m.aid][1]) % 2 == 1:
            by_event.setdefault(gold[m.aid][0], []).append(m)
    pred, truth = {}, {}
    for ev, reports in by_event.items():
        for i, part in enumerate(cluster_events(reports, vecs, settings)):
            pred.update((m.aid, (ev, i)) for m in part)
            truth.update((m.aid, ev) for m in part)
    return bcubed(pred, truth)[2]


def score(store, settings: Settings, gold: dict[int, tuple[str, str]], cluster_events: Variant,
          extra: tuple[list, dict[str, int]] | None = None) -> float:
    """Event B3 F1 on the odd topics when every story is cut into events by ``cluster_events``."""
    group, vecs = _vectors(store, settings, extra)
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
    base = Settings()
    gold = build_store(args.folder, args.cache, base, not args.undated)
    c = consolidation()
    with linked_once(args.cache, base) as sl:
        variants: list[tuple[str, int, Variant, tuple | None]] = [
            ("average linkage alone", 1, c.cluster_events, None),
            ("+ fragment rule (default)", 3, c.cluster_events, None),
            ("+ fragment rule, min 4 reports", 4, c.cluster_events, None),
            ("+ fragment rule, bar a quarter of the threshold", 3, fragment_bar(0.25), None),
            ("+ fragment rule, bar any similarity", 3, fragment_bar(0.0), None),
            ("+ fragment rule + second-order similarity w=0.1 (dropped)", 3, second_order(0.1), None),
            ("+ fragment rule + who-did-what keys (dropped)", 3, c.cluster_events,
             who_did_what(sl.store, c.members(sl.store, base, sorted({e.story for e in sl.store.events()
                                                                      if e.story})), base))]
        if args.embed:
            from minilm import embed

            arts = sl.store.articles(ids=sorted(gold))
            dense = dict(zip([a.id for a in arts], embed([f"{a.title}\n{a.text}" for a in arts]), strict=True))
            for w in (0.2, 0.4):
                for centre in (False, True):
                    how = "centred" if centre else "less the mean cosine"
                    variants.append((f"+ fragment rule + MiniLM w={w}, {how}", 3,
                                     with_embeddings(dense, w, centre), None))
        rows: list[list[object]] = []
        for name, min_reports, fn, extra in variants:
            runs = [replace(base, consolidate_event_threshold=t, consolidate_event_min_reports=min_reports)
                    for t in THRESHOLDS]
            f1s = [score(sl.store, st, gold, fn, extra) for st in runs]
            whole = [one_happening(sl.store, st, gold, fn, extra) for st in runs]
            rows.append([name, *f1s, sum(f1s) / len(f1s), sum(whole) / len(whole), min(whole)])
            print(*rows[-1], flush=True)
    header = ["event step", *(f"threshold {t}" for t in THRESHOLDS), "mean", "one happening: mean", "worst"]
    body = (f"{markdown_table(header, rows)}\n\nEvent B-cubed F1 on the odd (dev) ECB+ topics only; stories as "
            f"linking made them (story threshold {base.consolidate_story_threshold}); the default event threshold "
            f"is {base.consolidate_event_threshold}.  'One happening': each dev gold event alone as a story, cut by "
            f"the variant (B-cubed F1, 1.0 = never cut), mean and worst over the same thresholds; a variant that "
            f"lowers it splits single-happening stories, which real news is full of.")
    print(body)
    append_results("ECB+ dev topics: event-step variants over a range of thresholds (ecb_event_variants.py)", body)


if __name__ == "__main__":
    main()
