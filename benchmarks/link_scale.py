"""Linking cost as the store grows: does the time per article stay flat from 1k to 10k stored?

Real articles: the newswire JSONL (2,452 AFP/APW articles, 1997-2006), annotated
once through the real pipeline (cached in ``--cache``).  To reach 10,000, the
stream repeats them as copies whose publication dates and timex values are
shifted by whole decades (era k: +10k years) and whose ids and hashes change;
their annotations are reused, so annotation is not part of the cost measured.
Articles arrive in date order, ``--batch`` at a time; after each batch only
``storyline.link.update`` is timed (events, stories, titles, timelines).

Usage::

    .venv/bin/python benchmarks/link_scale.py ../shared/data/newswire-1997-1998.jsonl [--total 10000 --batch 500]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from report import append_results, markdown_table

import storyline
from storyline.link import update
from storyline.nlp import ANNOTATION_VERSION
from storyline.records import Annotation, Article
from storyline.settings import Settings

_YEAR = re.compile(r"^(\d{4})")
ERA_YEARS = 10


def base_store(jsonl: Path, db: Path, settings: Settings) -> None:
    """Store and annotate every article of the JSONL once (skipped when ``db`` is filled)."""
    with storyline.open(db, settings) as sl:
        if sl.store.count_articles():
            return
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            art = Article(external_id=rec["id"], title=rec["text"].split("\n")[0][:120], text=rec["text"],
                          published=rec["published"], published_from="input", source=rec.get("source"),
                          content_hash=rec["id"])
            sl.store.add_article(art)
        t0 = time.perf_counter()
        n = sl.annotate()
        print(f"annotated {n} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def shifted(value: str | None, years: int) -> str | None:
    """A date or TIMEX3 value moved by whole years (``1997-04-01`` -> ``2007-04-01``)."""
    if not value or not years:
        return value
    return _YEAR.sub(lambda m: str(int(m[1]) + years), value)


def stream(db: Path, total: int) -> list[tuple[Article, Annotation]]:
    """``total`` (article, annotation) pairs: the base articles in date order, then their shifted copies."""
    with storyline.open(db) as sl:
        base = [(a, sl.store.annotation(a.id or 0)) for a in sl.store.articles()]
    out: list[tuple[Article, Annotation]] = []
    era = 0
    while len(out) < total:
        years = era * ERA_YEARS
        for art, ann in base[: total - len(out)]:
            a2 = copy.deepcopy(art)
            a2.id, a2.duplicate_of = None, None
            a2.external_id = f"{art.external_id}#era{era}"
            a2.content_hash = a2.external_id
            a2.published = shifted(art.published, years)
            ann2 = copy.deepcopy(ann)
            for t in ann2.timexes:
                t.value = shifted(t.value, years) or t.value
            out.append((a2, ann2))
        era += 1
    return out


def run(jsonl: Path, cache: Path, total: int, batch: int) -> list[list[object]]:
    settings = Settings()
    base_store(jsonl, cache, settings)
    items = stream(cache, total)
    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as tmp, storyline.open(Path(tmp) / "scale.db", settings) as sl:
        for i in range(0, len(items), batch):
            for art, ann in items[i : i + batch]:
                ann.article_id = sl.store.add_article(art)
                sl.store.save_annotation(ann, ANNOTATION_VERSION)
            t0 = time.perf_counter()
            update(sl.store, settings)
            took = time.perf_counter() - t0
            n = min(i + batch, len(items))
            events, stories = (sl.store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                               for t in ("events", "stories"))
            rows.append([n, len(items[i : i + batch]), round(took, 2), round(1000 * took / batch, 2), events, stories])
            print(*rows[-1], flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline_newswire_annotated.db")
    ap.add_argument("--total", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=500)
    args = ap.parse_args()
    rows = run(args.jsonl, args.cache, args.total, args.batch)
    header = ["stored after batch", "batch", "link s", "link ms/article", "events", "stories"]
    table = markdown_table(header, rows)
    print(table)
    first = next(r for r in rows if int(r[0]) >= 1000)  # type: ignore[call-overload]
    summary = (f"Per-article link time at {first[0]} stored: {first[3]} ms; at {rows[-1][0]} stored: {rows[-1][3]} ms. "
               f"Copies beyond the {ERA_YEARS}-year eras reuse the real articles' annotations with dates shifted.")
    append_results("Linking cost as the store grows (link_scale.py)", f"{table}\n\n{summary}")


if __name__ == "__main__":
    main()
