"""Does the ``--top 8`` view read like an editor's chronology?  A seeded sample of stories, judged by reading.

Question: issue 10 asks that a reader's ``storyline timeline STORY --top N`` show, per entry, a happening of
the story on that date reported as news: background (geography, biography, history) out of the top entries,
plans shown as planned (``status``), one happening on one date, no page chrome or bylines in the text.  The
Wikinews trial corpus scores days, not how entries read; this script draws a seeded sample of stories of
``--min-articles`` (4) or more articles (and at most ``--max-articles``, to keep a sample of small stories apart
from the larger ones once those are all judged) and prints each one's ``--top 8`` entries (date, status, text,
sources) under the story's title, to be judged entry by entry.

Pools (``--pool``), each ingested, annotated and linked once into a scratch store cached under
``/tmp/tlsample`` (``--cache``; the timelines shown are always rebuilt by the code at hand from the cached
annotations and stories, so only timeline changes move them):

- ``newswire``: the 2,452 records of ``../shared/data/newswire-1997-1998.jsonl`` (``storyline ingest``);
- ``ecb``: the ECB+ news of ``../shared/data/ecbplus``, **dev topics only** (odd topic folders; an even
  topic's file is never opened), each file read as ``ecb_events.read_ecb_file`` reads it: its text as
  ``ecb_text.py`` rebuilds it, dated as ``storyline ingest`` dates that text (a leading date line).

A reader judges every entry (the TSV's ``verdict`` column):

- ``ok``: a happening of the story on that date, reported as news, that reads alone;
- ``background``: geography, biography, history or a standing description, not a happening of the story;
- ``plan-as-happened``: a plan, schedule or forecast shown with status happened/recalled;
- ``wrong-date``: the entry's happening is not on the date shown (a misread or misanchored date);
- ``duplicate``: tells the same happening as another entry of the view;
- ``chrome``: page furniture, a byline or dateline, a caption or a list heading as the entry's text;
- ``fragment``: does not read alone (opens mid-sentence on a pronoun or relative, cut clause);
- ``not-the-story``: a happening, but of another story the linking put in.

The share ``ok`` (with a 95% Wilson interval) is the figure; the other kinds are counted.

Usage::

    python benchmarks/timeline_sample.py --pool newswire --seed 1 --n 10 --out FILE.tsv  # draw, print, to judge
    python benchmarks/timeline_sample.py --judged FILE.tsv [--append]    # re-run, tally, flag changed rows
    python benchmarks/timeline_sample.py --judged FILE.tsv --update      # write the new views, to re-judge
    python benchmarks/timeline_sample.py --pool newswire --dump FILE.txt --min-articles 5   # every view, to diff
    python benchmarks/timeline_sample.py --pool ecb --seed 2 --exclude OLD.tsv --out NEW.tsv  # a fresh sample
    python benchmarks/timeline_sample.py --min-articles 3 --max-articles 3 --exclude OLD*.tsv --out NEW.tsv  # 3 only

A fresh sample (``--exclude``) draws no story that shares an article with a judged TSV's stories: those were
read while the code was tuned.

With ``--judged`` the sampled stories' views are rebuilt by the current code; an entry whose date is new, or
whose status or text differs from the one judged, is flagged ``CHANGED`` and left out of the tally until it is
judged again (``--update`` writes the new views, unchanged entries keeping their verdicts).  ``--dump`` writes
the ``--top 8`` view of every story of ``--min-articles`` or more articles, for a before/after diff.
"""

from __future__ import annotations

import argparse
import collections
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data"
NEWSWIRE = SHARED / "newswire-1997-1998.jsonl"
ECB = SHARED / "ecbplus"
CACHE = Path("/tmp/tlsample")
sys.path.insert(0, str(HERE))

TOP = 8
KINDS = ["ok", "background", "plan-as-happened", "wrong-date", "duplicate", "chrome", "fragment", "not-the-story"]
COLUMNS = ["story", "date", "status", "text", "sources", "verdict", "note"]


@dataclass
class Row:
    """One entry of a sampled story's ``--top 8`` view and the reader's verdict."""

    story: int
    date: str
    status: str
    text: str
    sources: str
    verdict: str = ""
    note: str = ""


def build_store(pool: str, db: Path) -> None:
    """Ingest, annotate and link the pool into ``db`` unless it holds it already (then only bring it up to date)."""
    import storyline

    db.parent.mkdir(parents=True, exist_ok=True)
    with storyline.open(db) as sl:
        if sl.store.count_articles() == 0:
            if pool == "newswire":
                sl.ingest([NEWSWIRE], link=False)
            else:
                from ecb_events import read_ecb_file

                for folder in sorted(d for d in ECB.iterdir() if d.is_dir() and d.name.isdigit()
                                     and int(d.name) % 2 == 1):  # dev topics only: an even topic is never opened
                    for path in sorted(folder.glob("*.xml")):
                        sl.add(read_ecb_file(path))
        if sl.annotate():
            print(f"timeline_sample: annotated {db}", file=sys.stderr)
        sl.link()


def views(db: Path, story_ids: list[int] | None = None, min_articles: int = 4
          ) -> tuple[dict[int, str], dict[int, list[Row]], dict[int, dict[int, Any]]]:
    """Per story (those of ``story_ids``, or all of ``min_articles`` or more): its title and its ``--top 8``
    view as rebuilt by the current timeline code; and per story its articles (id -> Article), for context."""
    import storyline
    from storyline.settings import Settings
    from storyline.timeline import build_story_timeline, story_title, story_top

    settings = Settings()
    titles: dict[int, str] = {}
    rows: dict[int, list[Row]] = {}
    arts: dict[int, dict[int, Any]] = {}
    with storyline.open(db, settings) as sl:
        stories = sl.stories(with_timeline=False, ids=story_ids)
        for st in sorted(stories, key=lambda s: s.id):
            if story_ids is None and st.articles < min_articles:
                continue
            # the view a user sees (history folded first), rebuilt by the code at hand
            entries = story_top(sl.store, st, TOP, build_story_timeline(sl.store, st.id, settings))
            ids = sorted({a for e in entries for a in e.articles})
            by_id = {a.id: a for a in sl.store.articles(ids=ids) if a.id is not None} if ids else {}
            titles[st.id] = " ".join(story_title(sl.store, st).split())
            arts[st.id] = by_id
            rows[st.id] = [Row(st.id, e.date, e.status, " ".join(e.text.split()),
                               ",".join(by_id[a].external_id for a in e.articles if a in by_id))
                           for e in entries]
    return titles, rows, arts


def eligible(db: Path, min_articles: int, max_articles: int | None = None) -> list[int]:
    """The stories a sample may draw: ``min_articles`` or more articles, and at most ``max_articles`` if given."""
    import storyline

    with storyline.open(db) as sl:
        return sorted(s.id for s in sl.stories(with_timeline=False)
                      if s.articles >= min_articles and (max_articles is None or s.articles <= max_articles))


def sources_of(db: Path, story_ids: list[int]) -> dict[int, set[str]]:
    """Per story: the external ids of its articles (what a judged TSV's ``sources`` column names)."""
    import storyline

    with storyline.open(db) as sl:
        members = {sid: set(sl.store.story_article_ids(sid)) for sid in story_ids}
        every = sorted(set().union(*members.values()))
        external = {a.id: a.external_id for a in sl.store.articles(ids=every)} if every else {}
    return {sid: {external[a] for a in ids if a in external} for sid, ids in members.items()}


def read_tsv(path: Path) -> tuple[str, list[Row]]:
    from report import read_judged

    header, cells = read_judged(path, COLUMNS)
    return header, [Row(int(c[0]), c[1], c[2], c[3], c[4], c[5], c[6]) for c in cells]


def write_tsv(path: Path, rows: list[Row], header: str) -> None:
    from report import write_judged

    write_judged(path, header, COLUMNS, [[str(r.story), r.date, r.status, r.text, r.sources, r.verdict, r.note]
                                         for r in rows])


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a share ``k / n``.

    >>> [round(x, 3) for x in wilson(8, 10)]
    [0.49, 0.943]
    """
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def show(title: str, rows: list[Row], arts: dict[int, Any], flags: dict[tuple[int, str], str]) -> str:
    pubs = {a.external_id: (a.published or "")[:10] for a in arts.values()}
    out = [f"== story {rows[0].story if rows else '?'}: {title}"]
    for r in rows:
        src = ", ".join(f"{s} ({pubs.get(s, '?')})" for s in r.sources.split(",") if s)
        flag = flags.get((r.story, r.date), "")
        out.append(f"  {r.date:<10} {r.status:<10} {r.text}\n      [{src}]{flag}")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", choices=["newswire", "ecb"], default="newswire")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=10, help="stories to draw")
    ap.add_argument("--min-articles", type=int, default=4)
    ap.add_argument("--max-articles", type=int,
                    help="draw only stories of at most this many articles (e.g. 3 with --min-articles 3)")
    ap.add_argument("--cache", type=Path, help="the pool's scratch store (default /tmp/tlsample/POOL.db)")
    ap.add_argument("--out", type=Path, help="write the drawn sample here, to judge")
    ap.add_argument("--judged", type=Path, help="a judged TSV to re-run and tally")
    ap.add_argument("--update", action="store_true", help="with --judged: write the new views to re-judge")
    ap.add_argument("--append", action="store_true", help="append the tally to benchmarks/RESULTS.md")
    ap.add_argument("--dump", type=Path, help="write every eligible story's view here (for a before/after diff)")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="judged TSVs whose stories are not drawn again (a story sharing an article with one of them)")
    args = ap.parse_args()
    header, old_rows = "", list[Row]()
    if args.judged:
        if not args.judged.is_file():
            print(f"timeline_sample: {args.judged} not found; draw one with --out first", file=sys.stderr)
            return 2
        header, old_rows = read_tsv(args.judged)
        args.pool = "ecb" if "--pool ecb" in header else "newswire"
    data = ECB if args.pool == "ecb" else NEWSWIRE
    if not data.exists():
        print(f"timeline_sample: {data} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    db = args.cache or CACHE / f"{args.pool}.db"
    build_store(args.pool, db)
    if args.dump:
        titles, rows, arts = views(db, min_articles=args.min_articles)
        args.dump.write_text("\n\n".join(show(titles[s], rows[s], arts[s], {}) for s in sorted(rows)) + "\n",
                             encoding="utf-8")
        print(f"wrote {args.dump}: {len(rows)} stories of {args.min_articles}+ articles")
        return 0
    if args.judged:
        ids = sorted({r.story for r in old_rows})
    else:
        pool = eligible(db, args.min_articles, args.max_articles)
        seen = {s for path in args.exclude for r in read_tsv(path)[1] for s in r.sources.split(",") if s}
        if seen:  # a fresh sample: no story judged before (its ids may differ after a relink, its articles not)
            pool = [sid for sid, srcs in sources_of(db, pool).items() if not srcs & seen]
        ids = sorted(random.Random(args.seed).sample(pool, min(args.n, len(pool))))
        upto = f" --max-articles {args.max_articles}" if args.max_articles is not None else ""
        header = (f"timeline_sample.py --pool {args.pool} --seed {args.seed} --n {args.n} --min-articles "
                  f"{args.min_articles}{upto}{''.join(f' --exclude {p.name}' for p in args.exclude)}; "
                  f"verdicts: {' / '.join(KINDS)}")
    titles, rows, arts = views(db, ids)
    before = {(r.story, r.date): r for r in old_rows}
    new_rows: list[Row] = []
    flags: dict[tuple[int, str], str] = {}
    for sid in ids:
        for r in rows.get(sid, []):
            old = before.get((r.story, r.date))
            if old is not None and (old.status, old.text) == (r.status, r.text):
                r.verdict, r.note = old.verdict, old.note
            elif args.judged:
                was = f"was {old.status} {old.verdict}: {old.text}" if old else "new date"
                flags[(r.story, r.date)] = f"  CHANGED ({was[:200]})"
                r.note = was
            new_rows.append(r)
    gone = [r for r in old_rows if (r.story, r.date) not in {(n.story, n.date) for n in new_rows}]
    for sid in ids:
        if args.judged is None or any(k[0] == sid for k in flags):
            print(show(titles.get(sid, "?"), rows.get(sid, []), arts.get(sid, {}), flags) + "\n")
    for r in gone:
        print(f"  GONE from story {r.story}: {r.date} {r.status} {r.verdict}: {r.text[:160]}")
    out = args.out or (args.judged if args.update else None)
    if out:
        write_tsv(out, new_rows, header)
        print(f"wrote {out}: {len(new_rows)} entries of {len(ids)} stories")
        return 0
    judged = [r for r in new_rows if (r.story, r.date) not in flags]
    counts = collections.Counter(r.verdict or "not judged" for r in judged)
    n = sum(counts[k] for k in KINDS)
    lo, hi = wilson(counts["ok"], n)
    from report import append_results, markdown_table

    body = markdown_table(["sample", "stories", "entries", *KINDS, "changed (to re-judge)", "share ok",
                           "95% (Wilson)"],
                          [[args.judged.name if args.judged else "-", len(ids), len(new_rows),
                            *(counts[k] for k in KINDS), len(flags) + len(gone), counts["ok"] / n if n else 0.0,
                            f"{lo:.2f}-{hi:.2f}"]])
    print(body)
    if args.append:
        source = "ECB+ news (dev topics)" if args.pool == "ecb" else "newswire"
        append_results(f"Timeline --top 8 views on {source}: a seeded sample of stories judged by reading", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
