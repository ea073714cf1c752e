"""Do story titles name the happening as an editor would?  A seeded sample of stories, each title judged by reading.

Question: issue 10 asks that every story listed by ``storyline stories`` have a title a reader recognises: the
happening in a few words, as an editor heads a report ("China-Africa summit opens in Beijing"), not the first
sentence of one member cut at 160 characters.  This script draws a seeded sample of stories of a pool and
prints each one's title as the code at hand makes it (``link.titles.cluster_titles`` over the stored stories,
nothing written), with its size and its members' first titles for context, to be judged title by title.

Pools and their scratch stores are those of ``timeline_sample.py`` (``--pool newswire``: the 2,452 newswire
records, which have no headlines; ``--pool ecb``: the ECB+ news of the **dev (odd) topics** only); pass the
store with ``--cache`` (built once if empty: ingested, annotated and linked by the code at hand).

A reader judges every title (the TSV's ``verdict`` column):

- ``good``: names the story's happening, reads as a title, an editor's length (about 80 characters or less);
- ``too-long``: names it, but at a lead's length or cut with "…" (what a list of stories cannot show);
- ``wrong-happening``: names a side report or another story's happening, not what the story is about;
- ``attribution``: the reporting frame leads ("X said here Saturday that ..."), not the happening;
- ``chrome``: a date only, a dateline, a byline, page furniture, a label of names and terms;
- ``garbled``: does not read (cut inside a phrase, a word lost that the sense needs).

The share ``good`` (with a 95% Wilson interval) is the figure; the other kinds are counted.

Usage::

    python benchmarks/title_sample.py --pool newswire --cache DB --seed 1 --n 60 --out FILE.tsv   # draw, to judge
    python benchmarks/title_sample.py --judged FILE.tsv --cache DB [--append]    # re-run, tally, flag changed rows
    python benchmarks/title_sample.py --judged FILE.tsv --cache DB --update      # write the new titles, to re-judge
    python benchmarks/title_sample.py --pool newswire --cache DB --seed 2 --exclude OLD.tsv --out NEW.tsv  # fresh

A fresh sample (``--exclude``) draws no story that shares an article with a judged TSV's stories.  With
``--judged`` a title that differs from the one judged is flagged ``CHANGED`` and left out of the tally until it
is judged again (``--update`` writes the new titles, the old verdict and title kept in ``note``).
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

KINDS = ["good", "too-long", "wrong-happening", "attribution", "chrome", "garbled"]
COLUMNS = ["story", "articles", "sources", "title", "verdict", "note"]


def titles_now(db: Path, story_ids: list[int]) -> tuple[dict[int, str], dict[int, list[Any]]]:
    """Per story: the title the code at hand makes, and its articles (for context), nothing written."""
    import storyline

    try:
        from storyline.link.titles import cluster_titles
    except ImportError:  # code from before link.titles (2026-12-05): the titles its linking stored
        def cluster_titles(store: Any, ids: list[int]) -> dict[tuple[str, int], str]:
            return {("story", s.id): s.title for s in store.stories(with_timeline=False, ids=ids)}

    with storyline.open(db) as sl:
        found = cluster_titles(sl.store, story_ids)
        arts = {sid: sl.store.articles(ids=sl.store.story_article_ids(sid)) for sid in story_ids}
    return {sid: " ".join(found.get(("story", sid), "").split()) for sid in story_ids}, arts


def read_tsv(path: Path) -> tuple[str, list[list[str]]]:
    from report import read_judged

    return read_judged(path, COLUMNS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", choices=["newswire", "ecb"], default="newswire")
    ap.add_argument("--cache", type=Path, required=True, help="the pool's scratch store (built once if empty)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=60, help="stories to draw")
    ap.add_argument("--min-articles", type=int, default=1)
    ap.add_argument("--out", type=Path, help="write the drawn sample here, to judge")
    ap.add_argument("--judged", type=Path, help="a judged TSV to re-run and tally")
    ap.add_argument("--update", action="store_true", help="with --judged: write the new titles to re-judge")
    ap.add_argument("--append", action="store_true", help="append the tally to benchmarks/RESULTS.md")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="judged TSVs whose stories are not drawn again (a story sharing an article with one of them)")
    args = ap.parse_args()
    from timeline_sample import build_store, eligible, sources_of

    header, old = "", list[list[str]]()
    if args.judged:
        header, old = read_tsv(args.judged)
        args.pool = "ecb" if "--pool ecb" in header else "newswire"
    build_store(args.pool, args.cache)
    if args.judged:
        ids = [int(r[0]) for r in old]
    else:
        pool = eligible(args.cache, args.min_articles)
        seen = {s for p in args.exclude for r in read_tsv(p)[1] for s in r[2].split(",") if s}
        if seen:
            pool = [sid for sid, held in sources_of(args.cache, pool).items() if not held & seen]
        ids = sorted(random.Random(args.seed).sample(pool, min(args.n, len(pool))))
        header = (f"title_sample.py --pool {args.pool} --seed {args.seed} --n {args.n} --min-articles "
                  f"{args.min_articles}{''.join(f' --exclude {p.name}' for p in args.exclude)}; "
                  f"verdicts: {' / '.join(KINDS)}")
    titles, arts = titles_now(args.cache, ids)
    before = {int(r[0]): r for r in old}
    rows, changed = [], 0
    for sid in ids:
        members = sorted(arts[sid], key=lambda a: (a.published or "", a.id))
        row = [str(sid), str(len(members)), ",".join(a.external_id for a in members), titles[sid], "", ""]
        prev = before.get(sid)
        if prev is not None and prev[3] == row[3]:
            row[4:] = prev[4:6]
        elif prev is not None:
            changed += 1
            row[5] = f"was {prev[4]}: {prev[3]}"
        rows.append(row)
        if args.judged is None or (prev is not None and prev[3] != row[3]):
            flag = f"\n   CHANGED (was {prev[4]}: {prev[3]})" if prev is not None and prev[3] != row[3] else ""
            print(f"== story {sid} ({len(members)} articles): {titles[sid]}{flag}")
            for a in members[:4]:
                print(f"     {(a.published or '')[:10]:<10} {a.title[:150]}")
    out = args.out or (args.judged if args.update else None)
    if out:
        from report import write_judged

        write_judged(out, header, COLUMNS, rows)
        print(f"wrote {out}: {len(rows)} stories")
        return 0
    print(tally(args.judged.name if args.judged else "-", rows, changed, args.pool if args.append else None))
    return 0


def tally(name: str, rows: list[list[str]], changed: int, append_pool: str | None = None) -> str:
    """The verdicts counted (a changed title not judged again is left out), the share good with its interval."""
    from report import append_results, markdown_table
    from timeline_sample import wilson

    counts = collections.Counter(r[4] or "not judged" for r in rows if not r[5].startswith("was ") or r[4])
    n = sum(counts[k] for k in KINDS)
    lo, hi = wilson(counts["good"], n)
    lengths = sorted(len(r[3]) for r in rows)
    header = ["sample", "stories", *KINDS, "changed (to re-judge)", "median length", "share good", "95% (Wilson)"]
    cells = [name, len(rows), *(counts[k] for k in KINDS), changed, lengths[len(lengths) // 2] if rows else 0,
             counts["good"] / n if n else 0.0, f"{lo:.2f}-{hi:.2f}"]
    body = markdown_table(header, [cells])
    if append_pool:
        source = "ECB+ news (dev topics)" if append_pool == "ecb" else "newswire"
        append_results(f"Story titles on {source}: a seeded sample judged by reading", body)
    return body


if __name__ == "__main__":
    sys.exit(main())
