"""Linking cost as the store grows: does the time per article stay flat from 1k to 10k stored?

Real articles: the newswire JSONL (2,452 AFP/APW articles, 1997-2006), annotated
once through the real pipeline (cached in ``--cache``).  To reach 10,000, the
stream repeats them as copies whose publication dates and timex values are
shifted by whole 20-year steps (era k: +20k years, so eras never
share a time window) and whose ids and hashes change;
their annotations are reused, so annotation is not part of the cost measured.
Articles arrive in date order, ``--batch`` at a time; after each batch only
``storyline.link.update`` is timed (events, stories, titles, and the
consolidation of the touched stories), in wall and CPU time.  The last batch is linked
``--repeat`` times from the same store state (copies taken before it), since one
run's CPU time on a shared machine moves with the load of its neighbours.

``--undated-share 0.3`` makes the stream mixed, as ECB+-style feeds are: a seeded
share of the base articles (``--seed``; the same ones in every era, so eras stay
comparable) arrive without their publication date.  Only the date goes: their
annotations, timex values included, are those of the dated reading.

Usage::

    .venv/bin/python benchmarks/link_scale.py ../shared/data/newswire-1997-1998.jsonl [--total 10000 --batch 500]
    .venv/bin/python benchmarks/link_scale.py ../shared/data/newswire-1997-1998.jsonl --undated-share 0.3
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import storyline
from report import append_results, check_store, markdown_table
from storyline.link import refresh_timelines, update
from storyline.nlp import ANNOTATION_VERSION
from storyline.records import Annotation, Article
from storyline.settings import Settings

_YEAR = re.compile(r"^(\d{4})")
ERA_YEARS = 20  # longer than the corpus (1997-2006) plus the story window, so eras never meet in time


def base_store(jsonl: Path, db: Path, settings: Settings) -> None:
    """Store and annotate every article of the JSONL once (stored when ``db`` is empty).

    The records go through ``storyline ingest``'s own reading, as a user's would: a record stored raw kept
    its wire byline as title and text ("by Xinhua Writer Pan Xiaoyan" titled a 16-article story in the
    storymix reading), and the byline's name entered the linking features.  A cache filled raw by the
    old version of this function is refused (delete it).  A filled cache annotated by an older
    ``ANNOTATION_VERSION`` is annotated again: linking a stale cache would time the old annotators'
    features (stop 21 found a run on a version-9 cache at version 10).
    """
    with storyline.open(db, settings) as sl:
        if not sl.store.count_articles():
            sl.ingest([jsonl], annotate=False, link=False)
        elif raw_cache(db):
            raise SystemExit(f"{db} holds the records uncleaned (made by an older base_store); delete it and "
                             "run again to store them as `storyline ingest` does")
        t0 = time.perf_counter()
        n = sl.annotate()
        if n:
            print(f"annotated {n} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def shifted(value: str | None, years: int) -> str | None:
    """A date or TIMEX3 value moved by whole years (``1997-04-01`` -> ``2007-04-01``)."""
    if not value or not years:
        return value
    return _YEAR.sub(lambda m: str(int(m[1]) + years), value)


def raw_cache(db: Path) -> bool:
    """Whether ``db`` was filled by the old ``base_store``, which stored each record's text uncleaned, its
    first line as title (those articles have the records' default format, never the JSONL reader's)."""
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT 1 FROM articles WHERE format = 'text' LIMIT 1").fetchone() is not None
    finally:
        con.close()


def base_count(db: Path) -> int:
    with storyline.open(db) as sl:
        return sl.store.count_articles()


def stream(db: Path, total: int, undated_share: float = 0.0, seed: int = 0) -> Iterator[tuple[Article, Annotation]]:
    """``total`` (article, annotation) pairs: the base articles in date order, then their shifted copies.

    ``undated_share``: that share of the base articles, drawn with ``seed`` (:func:`undated_picks`), comes
    without a publication date, in every era.  Made as they are read, so a 50,000-article run holds the
    base and one batch, not every copy."""
    with storyline.open(db) as sl:
        base = [(a, sl.store.annotation(a.id or 0)) for a in sl.store.articles()]
    undated = undated_picks(len(base), undated_share, seed)
    made = 0
    era = 0
    while made < total:
        years = era * ERA_YEARS
        for k, (art, ann) in enumerate(base[: total - made]):
            a2 = copy.deepcopy(art)
            a2.id, a2.duplicate_of = None, None
            a2.external_id = f"{art.external_id}#era{era}"
            a2.content_hash, a2.input_hash = a2.external_id, ""  # a copy, not the same input read again
            a2.published = shifted(art.published, years)
            if k in undated:
                a2.published, a2.published_from = None, None
            ann2 = copy.deepcopy(ann)
            for t in ann2.timexes:
                t.value = shifted(t.value, years) or t.value
            made += 1
            yield a2, ann2
        era += 1


def undated_picks(n: int, share: float, seed: int) -> set[int]:
    """Which of ``n`` base articles (by position) lose their publication date: ``round(share * n)`` of them,
    drawn with ``seed``.

    >>> sorted(undated_picks(10, 0.3, 0)), undated_picks(10, 0.0, 0)
    ([0, 6, 9], set())
    """
    return set(random.Random(seed).sample(range(n), round(share * n))) if share > 0 else set()


REFERENCE_WPS = 5000
"""Words a second one core of the reference machine parses with spaCy's English model (parser and NER): the
project brief's measure, the yardstick a CPU figure of this shared machine is scaled to."""


def spacy_rate(texts: list[str], model: str) -> float:
    """Words a CPU second bare spaCy ``nlp.pipe`` parses of ``texts`` here, now (the same model as annotation)."""
    import spacy

    nlp = spacy.load(model)
    list(nlp.pipe(texts[:5]))  # warm
    c0 = time.process_time()
    words = sum(len(doc) for doc in nlp.pipe(texts))
    return words / (time.process_time() - c0)


def run(jsonl: Path, cache: Path, total: int, batch: int, repeat: int = 1, undated_share: float = 0.0,
        seed: int = 0) -> tuple[list[list[object]], str | None, list[float], list[float]]:
    """The table's rows, the timeline stage's failure if any, the last batch's CPU ms/article linked ``repeat``
    times from the same store (the first in the run's own store, the others in copies of it taken before that
    batch was linked, each opened afresh as a ``storyline link`` process opens it), and spaCy's words per CPU
    second measured just before and just after those (:func:`spacy_rate`, on the last batch's texts).
    ``undated_share`` and ``seed``: as :func:`stream`."""
    settings = Settings()
    base_store(jsonl, cache, settings)
    items = stream(cache, total, undated_share, seed)
    rows: list[list[object]] = []
    timeline_error: str | None = None
    last: list[float] = []
    rates: list[float] = []
    texts: list[str] = []
    tmp = tempfile.TemporaryDirectory()
    snapshot = Path(tmp.name) / "before-last.db"
    with storyline.open(Path(tmp.name) / "scale.db", settings) as sl:
        for i in range(0, total, batch):
            pending = list(islice(items, batch))
            for art, ann in pending:
                ann.article_id = sl.store.add_article(art)
                sl.store.save_annotation(ann, ANNOTATION_VERSION)
            if i + batch >= total:
                texts = [a.text for a, _ in pending]
                rates.append(spacy_rate(texts, settings.model))
                if repeat > 1:
                    with sqlite3.connect(snapshot) as copy_to:
                        sl.store.db.backup(copy_to)  # type: ignore[attr-defined]
            t0, c0 = time.perf_counter(), time.process_time()
            changed = update(sl.store, settings, timelines=False)
            t1, c1 = time.perf_counter(), time.process_time()
            if timeline_error is None:
                try:
                    refresh_timelines(sl.store, settings, changed)
                except Exception as exc:  # the timeline stage's bug must not hide the linking figures
                    timeline_error = f"timeline building failed at {i + batch} stored: {exc!r}"
                    print(timeline_error, file=sys.stderr)
            t2 = time.perf_counter()
            n = min(i + batch, total)
            done = len(pending)
            evs = sl.store.events()
            events, stories = len(evs), len({e.story for e in evs})
            rows.append([n, done, round(1000 * (t1 - t0) / done, 2), round(1000 * (c1 - c0) / done, 2), len(changed),
                         round(1000 * (t2 - t1) / done, 2) if timeline_error is None else "-", events, stories])
            print(*rows[-1], flush=True)
        last.append(float(rows[-1][3]))  # type: ignore[arg-type]
    for k in range(1, repeat):
        again = Path(tmp.name) / f"again{k}.db"
        shutil.copy(snapshot, again)
        with storyline.open(again, settings) as sl:
            c0 = time.process_time()
            update(sl.store, settings, timelines=False)
            last.append(round(1000 * (time.process_time() - c0) / len(pending), 2))
        again.unlink()
        print(f"last batch again ({k + 1} of {repeat}): {last[-1]} ms/article CPU", flush=True)
    rates.append(spacy_rate(texts, settings.model))
    tmp.cleanup()
    return rows, timeline_error, last, rates


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline_newswire_annotated.db")
    ap.add_argument("--total", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3,
                    help="link the last batch this many times from the same store; its min and median are reported")
    ap.add_argument("--undated-share", type=float, default=0.0,
                    help="this share of the articles (the same ones each era) arrive without a publication date")
    ap.add_argument("--seed", type=int, default=0, help="which articles --undated-share strips of their date")
    ap.add_argument("--no-append", action="store_true", help="print only; leave RESULTS.md alone")
    args = ap.parse_args()
    if not 0.0 <= args.undated_share <= 1.0:
        ap.error("--undated-share is a share of the articles, from 0 to 1")
    rows, timeline_error, last, rates = run(args.jsonl, args.cache, args.total, args.batch, args.repeat,
                                            args.undated_share, args.seed)
    header = ["stored after batch", "batch", "link ms/article (wall)", "link ms/article (CPU)", "stories changed",
              "timelines ms/article",
              "events", "stories"]
    table = markdown_table(header, rows)
    print(table)
    first = next(r for r in rows if int(r[0]) >= 1000)  # type: ignore[call-overload]
    summary = (f"Per-article link time (events, stories, titles, consolidation) at {first[0]} stored: {first[2]} ms "
               f"wall / {first[3]} ms CPU; at {rows[-1][0]} stored: {rows[-1][2]} ms wall / {rows[-1][3]} ms CPU "
               "(the machine's 2 cores are shared, so wall time includes waiting).  Timeline rebuilds of the "
               "changed stories are timed apart (storyline.timeline).  Articles past the real ones are copies "
               f"of them with ids, hashes, publication dates and timex values shifted by {ERA_YEARS}-year steps; "
               f"their annotations are reused.")
    if args.undated_share:
        summary += (f"  A mixed stream: {args.undated_share:.0%} of the base articles (seed {args.seed}; the same ones"
                    " each era) arrive without a publication date, their annotations as in the dated reading.")
    per_era: dict[int, list[float]] = {}
    for r in rows:
        per_era.setdefault((int(r[0]) - 1) // base_count(args.cache), []).append(float(r[3]))  # type: ignore[arg-type]
    summary += "  Mean link CPU ms/article by era (the same articles each era): " + ", ".join(
        f"era {k}: {sum(v) / len(v):.2f}" for k, v in sorted(per_era.items())) + "."
    if len(last) > 1:
        summary += (f"  The last batch linked {len(last)} times from the same store (the run's, then copies opened"
                    f" afresh): {', '.join(f'{x:.2f}' for x in last)} ms/article CPU, min {min(last):.2f}, median"
                    f" {statistics.median(last):.2f}: on a shared machine CPU time grows with what else runs on"
                    " the cores (caches, a hyperthread's sibling), so the min is the cost of the work itself.")
    rate = statistics.mean(rates)
    summary += (f"  Bare spaCy nlp.pipe on the last batch's texts, just before and after it: "
                f"{', '.join(f'{r:,.0f}' for r in rates)} tokens per CPU second (spaCy's words per second);"
                " the reference core of the brief "
                f"parses {REFERENCE_WPS:,}, so on it the last batch costs {min(last) * rate / REFERENCE_WPS:.2f}"
                f" (min) / {statistics.median(last) * rate / REFERENCE_WPS:.2f} (median) ms/article: this"
                " machine's CPU time, scaled by how fast spaCy ran on it in the same minutes.")
    if timeline_error:
        summary += f"  {timeline_error}; later batches ran without timelines."
    check_store(args.cache)
    if args.no_append:
        print(summary)
        return
    title = "Linking cost as the store grows" + (", a mixed stream" if args.undated_share else "")
    append_results(f"{title} (link_scale.py)", f"{table}\n\n{summary}")


if __name__ == "__main__":
    main()
