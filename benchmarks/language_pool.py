"""What the English model does to pages not in English: a store's figures by page language.

Reads a store made by ``storyline --db S ingest PAGES/`` (the dev half of the extraction benchmark's pages,
``split_of`` in ``ingest_extraction.py``, gunzipped) and prints: pages not in English (by
``quotes_sample.is_english``, a function-word share, independent of the detector; and by
``storyline.ingest.language.detect``), entities found only on pages not in English, mentions / quotes /
timexes on English and other pages, stories joining 2+ pages with their pages' languages, and the pages
where the two judges disagree (read them).

Usage:
    PYTHONPATH=src python benchmarks/language_pool.py STORE.db
"""

from __future__ import annotations

import collections
import sqlite3
import sys

from quotes_sample import is_english
from storyline.ingest.language import detect


def main(path: str) -> None:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    arts = {r["id"]: r for r in db.execute("SELECT id, title, text FROM articles WHERE duplicate_of IS NULL")}
    eng = {a: is_english(r["text"]) for a, r in arts.items()}
    lang = {a: detect(r["text"]) for a, r in arts.items()}
    ent_arts: dict[int, set[int]] = collections.defaultdict(set)
    for r in db.execute("SELECT article_id, entity_id FROM mentions WHERE entity_id IS NOT NULL"):
        ent_arts[r[1]].add(r[0])
    by_judge = {}
    for name, judge in (("function words", eng), ("detector", {a: v == "en" for a, v in lang.items()})):
        junk = sum(1 for s in ent_arts.values() if not any(judge.get(a) for a in s))
        rows = {t: collections.Counter(judge.get(r[0]) for r in db.execute(f"SELECT article_id FROM {t}"))
                for t in ("mentions", "quotes", "timexes")}
        by_judge[name] = (sum(not v for v in judge.values()), junk, rows)
    print(f"{path}: {len(arts)} pages, {len(ent_arts)} entities")
    print("| pages not in English by | pages | entities only from them | mentions on them | quotes | timexes |")
    print("|---|---|---|---|---|---|")
    for name, (n, junk, rows) in by_judge.items():
        print(f"| {name} | {n} | {junk} | {rows['mentions'][False]} | {rows['quotes'][False]} "
              f"| {rows['timexes'][False]} |")
    stories: dict[int, list[int]] = collections.defaultdict(list)
    for r in db.execute("SELECT e.story_id, ea.article_id FROM event_articles ea JOIN events e ON e.id = ea.event_id"):
        stories[r[0]].append(r[1])
    multi = {s: a for s, a in stories.items() if len(a) > 1}
    print(f"stories {len(stories)}, of 2+ pages {len(multi)}, of pages in 2+ languages "
          f"{sum(len({lang[x] for x in a}) > 1 for a in multi.values())}")
    for s, a in sorted(multi.items()):
        print(f"  story {s}: " + "; ".join(f"{lang[x]} {arts[x]['title'][:45]!r}" for x in a))
    print("judges disagree:")
    for a in arts:
        if (lang[a] == "en") != eng[a]:
            print(f"  {a} detector {lang[a]}, function words {'en' if eng[a] else 'not en'}: {arts[a]['title'][:60]!r}")


if __name__ == "__main__":
    main(sys.argv[1])
