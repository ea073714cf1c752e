"""Filtered and grouped listings on a large store: the old way (read every match) against a page's worth.

The quotes page grouped every quote of the store per request; the stories
listing narrowed to an entity or a source read every story that matches and
sorted them; ``storyline quotes`` sorted every quote for each page.  This
script times each old way and its replacement side by side on the same store,
SQLite and (``--postgres``) PostgreSQL holding the same rows:

- quotes page: every quote read and grouped (old) vs ``quote_group_page``, first page and the page at half;
- stories of the most named entity / of the largest source, first page of 20: the matches read and sorted
  (old, ``story_page(ids=...)``) vs ``story_page(entity=...)`` / ``story_page(source=...)``;
- the entity page's 100 stories: the same two ways;
- ``storyline quotes``: ``quotes(limit=50)`` (old, sorts every quote) vs ``quote_page``, first page and at half.

Each old and new read must list the same rows (checked before timing).
``--postgres`` starts a throwaway server, copies the SQLite file into it
(``pg_copy.py``; a copied store is freshly analysed) and measures it too.

Usage::

    .venv/bin/python benchmarks/listing_pages.py /tmp/listing-bench/after.db --reps 10 [--postgres]
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import storyline
from report import append_results, markdown_table
from store_scale import pg_database, timed
from storyline.store.quote_words import quote_key

RAW_LIMIT = 1_000_000


def old_quote_groups(sl: storyline.Storyline, offset: int, limit: int) -> list[list[tuple[int, Any]]]:
    """The quotes page as it was: every quote read, grouped by its words, the page's groups kept and their
    articles read (what web/views/quotes.py did before the store kept groups)."""
    keyed: dict[str, list[tuple[int, Any]]] = {}
    for aid, q in sl.quotes(limit=RAW_LIMIT):
        keyed.setdefault(quote_key(q.text), []).append((aid, q))
    shown = list(reversed(keyed.values()))[offset : offset + limit]
    sl.articles(ids=sorted({aid for g in shown for aid, _ in g}))
    return shown


def old_narrowed(sl: storyline.Storyline, entity: int | None, source: str | None, limit: int) -> list[Any]:
    """A story listing narrowed the old way: every matching article, then every story of them, sorted."""
    ids = sl._listing_ids(entity, source)
    return sl.store.story_page(order="recent", limit=limit, ids=ids).items


def measure(label: str, sl: storyline.Storyline, reps: int) -> list[list[object]]:
    store = sl.store
    top = sl.entities(limit=1)[0]
    source = store.db.execute("SELECT source FROM articles WHERE source IS NOT NULL GROUP BY source"
                              " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    groups = int(store.db.execute("SELECT count(*) FROM quote_groups").fetchone()[0])
    half_groups = store.quote_group_page(limit=groups // 2).next
    quotes = int(store.db.execute("SELECT count(*) FROM quotes WHERE kind <> 'scare'").fetchone()[0])
    half_quotes = store.quote_page(limit=quotes // 2).next
    checks: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = [
        ("quotes page, first (50 groups)", lambda: old_quote_groups(sl, 0, 50),
         lambda: store.quote_group_page(limit=50).items),
        ("quotes page, at half", lambda: old_quote_groups(sl, groups // 2, 50),
         lambda: store.quote_group_page(limit=50, after=half_groups).items),
        (f"stories of the most named entity ({top.articles} articles), first 20",
         lambda: old_narrowed(sl, top.id, None, 20), lambda: store.story_page(order="recent", limit=20, entity=top.id)
         .items),
        (f"stories of the largest source ({source}), first 20", lambda: old_narrowed(sl, None, source, 20),
         lambda: store.story_page(order="recent", limit=20, source=source).items),
        ("entity page's 100 stories", lambda: sl.stories(with_timeline=False, ids=sl.entity_stories(top.id),
                                                         order="recent", limit=100),
         lambda: store.story_page(order="recent", limit=100, entity=top.id).items),
        ("storyline quotes, first 50", lambda: sl.quotes(limit=50), lambda: store.quote_page(limit=50).items),
        ("storyline quotes, at half", None, lambda: store.quote_page(limit=50, after=half_quotes).items),
    ]
    rows: list[list[object]] = []
    for name, old, new in checks:
        if old is not None and "quotes page" in name:  # same groups: their first copies' texts
            same = [g[0][1].text for g in old()] == [g[0][1].text for g in new()]
        elif old is not None and "storyline quotes" in name:
            same = len(old()) == len(new())  # the old order put undated quotes first on SQLite: counts only
        elif old is not None:
            same = [s.id for s in old()] == [s.id for s in new()]
        else:
            same = True
        if not same:
            raise SystemExit(f"{label}: {name}: the old and new reads list different rows")
        t_old = timed(old, reps) if old is not None else None
        t_new = timed(new, reps)
        rows.append([label, name, f"{t_old[0]:.1f} / {t_old[1]:.1f}" if t_old else "-",
                     f"{t_new[0]:.1f} / {t_new[1]:.1f}"])
        print(*rows[-1], flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path, help="a SQLite store (it is migrated to this code's schema)")
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--postgres", action="store_true", help="also copy it into a throwaway PostgreSQL server")
    ap.add_argument("--no-results", action="store_true", help="print the table only")
    args = ap.parse_args()
    with storyline.open(args.store) as sl:
        articles = sl.store.count_articles()
        rows = measure("SQLite", sl, args.reps)
    if args.postgres:
        from pg_copy import copy_store

        with pg_database(None) as url:
            t0 = time.perf_counter()
            copy_store(str(args.store), url)
            print(f"copied into PostgreSQL in {time.perf_counter() - t0:.0f} s", flush=True)
            with storyline.open(url) as sl:
                rows += measure("PostgreSQL", sl, args.reps)
    table = markdown_table(["backend", "listing", "old way p50 / p95 ms", "page by index p50 / p95 ms"], rows)
    note = (f"Store: {articles} articles ({args.store.name}); {args.reps} reads each after one check read that the"
            " two ways list the same rows.  PostgreSQL: the same rows copied by pg_copy.py into a throwaway server"
            f" (fsync off; freshly analysed).  Load average at the end: {os.getloadavg()[0]:.1f} on"
            f" {os.cpu_count()} cores.")
    print(table)
    if not args.no_results:
        append_results("Listings narrowed or grouped: every match read vs a page by index (benchmarks/"
                       "listing_pages.py)", f"{table}\n\n{note}")


if __name__ == "__main__":
    main()
