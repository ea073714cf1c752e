"""What issue 10 item 3 asks of the ``--top 8`` views, counted over every story, and two dumps' views compared.

Question: a judged sample (timeline_sample.py) reads a dozen stories; issue 10 item 3 names kinds of defect a
reader sees in any view: bare periods (a year, month, week or quarter) as entries, background, plans shown as
happened, adjacent-day duplicates, the day most later articles recall missing, stories with no title or an empty
timeline, page chrome.  ``count`` tallies what can be told from the entries alone, over every view of a store's
stories of ``--min-articles`` or more (and, for titles and empty timelines, over all its stories), and writes each
view with the kinds flagged, to read.  The flags are candidates to read, not verdicts: a lead telling a plan made
that day ("X will visit Japan, Kyodo reported Tuesday") is its day's news, and a figure beside a month is not
always a tally.

``diff`` compares two ``timeline_sample.py --dump`` files (the code before and after a change, on one store) row
by row and names the judged TSVs holding each changed story's articles, so every changed row can be read and the
judged ones re-judged.

Usage::

    python benchmarks/timeline_views.py count --cache /tmp/tlsample/newswire.db --min-articles 5 --out FLAGS.txt
    python benchmarks/timeline_views.py diff BEFORE.txt AFTER.txt benchmarks/data/timeline_sample_newswire*.tsv
"""

from __future__ import annotations

import argparse
import collections
import itertools
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

RECALLED_BY = 2
"""A day named by this many later articles or more is a day the story turned on (the press recalls it)."""
ADJACENT_OVERLAP = 0.3
"""Two adjacent days' entries sharing this share of their content words (Jaccard) may tell one happening."""


def count(db: Path, min_articles: int, out: Path) -> collections.Counter[str]:
    """Tally the kinds over every view (see the module docstring) and write the flagged views to ``out``."""
    import storyline
    from storyline.settings import Settings
    from storyline.timeline import build_story_timeline, story_title, story_top
    from storyline.timeline.candidates import content_words
    from storyline.timeline.dates import DAY, granularity, sort_key
    from storyline.timeline.status import BACKGROUND, EXPECTED, PLANNED, status_of

    tally: collections.Counter[str] = collections.Counter()
    lines: list[str] = []
    with storyline.open(db, Settings()) as sl:
        every = sl.stories(with_timeline=False)
        tally["stories (all sizes)"] = len(every)
        tally["stories with no title (all sizes)"] = sum(1 for s in every if not s.title.strip())
        for st in sorted(every, key=lambda s: s.id):
            full = build_story_timeline(sl.store, st.id, Settings())
            tally["stories with an empty timeline (all sizes)"] += not full
            if st.articles < min_articles:
                continue
            view = story_top(sl.store, st, 8, full)  # as `storyline timeline ID --top 8` shows it
            tally["views"] += 1
            tally["entries"] += len(view)
            ids = sorted({a for e in full for a in e.articles})
            published = {a.id: (a.published or "")[:10] for a in sl.store.iter_articles(ids)}
            lines.append(f"== story {st.id} ({st.articles} articles): {story_title(sl.store, st)}")
            for e in view:
                kinds = [k for k, hit in (
                    ("bare-period", granularity(e.date) < DAY),
                    ("background", e.status == BACKGROUND),
                    # a plan's or forecast's wording under a happened status: read it (a lead's plan is its news)
                    ("plan-wording", e.status not in (PLANNED, EXPECTED)
                     and status_of(e.text, e.date, None) in (PLANNED, EXPECTED)),
                    ("opens-mid-sentence", e.text.startswith("\u2026 "))) if hit]
                tally.update(kinds)
                lines.append(f"  {e.date:10} {e.status:9} {' '.join(kinds):24} {e.text}")
            days = sorted((e for e in view if granularity(e.date) == DAY), key=lambda e: e.date)
            for a, b in itertools.pairwise(days):
                wa, wb = content_words(a.text), content_words(b.text)
                if ((sort_key(b.date)[0] - sort_key(a.date)[0]).days == 1
                        and len(wa & wb) >= ADJACENT_OVERLAP * max(1, len(wa | wb))):
                    tally["adjacent days sharing words"] += 1
                    lines.append(f"  ADJACENT {a.date} / {b.date}")
            later: collections.Counter[str] = collections.Counter()
            for e in full:
                if granularity(e.date) == DAY:
                    later[e.date] += len({a for a in e.articles if published.get(a, "") > e.date})
            day, k = later.most_common(1)[0] if later else ("", 0)
            if k >= RECALLED_BY:
                tally["views with a day recalled by later articles"] += 1
                if day not in {e.date for e in view}:
                    tally["... that day missing from the view"] += 1
                    lines.append(f"  MISSING {day}, recalled by {k} later articles")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tally


def parse_dump(path: Path) -> tuple[dict[str, dict[str, str]], dict[str, set[str]]]:
    """Per story header of a ``--dump`` file: its entries (date -> status and text) and its articles' ids."""
    rows: dict[str, dict[str, str]] = {}
    sources: dict[str, set[str]] = {}
    story = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== story"):
            story = line
            rows[story], sources[story] = {}, set()
        elif line.startswith("      [") and story:
            sources[story] |= set(re.findall(r"([\w.-]+) \(", line))
        elif line.startswith("  ") and not line.startswith("   ") and story:
            rows[story][line[2:13].strip()] = line[13:].strip()
    return rows, sources


def diff(before: Path, after: Path, judged: list[Path]) -> int:
    """Print every changed row of two dumps, with the judged TSVs that hold the story's articles; the count."""
    from report import read_judged

    holds: dict[str, set[str]] = {}
    for path in judged:
        for cells in read_judged(path, ["story", "date", "status", "text", "sources"])[1]:
            for source in filter(None, cells[4].split(",")):
                holds.setdefault(source, set()).add(path.name)
    old, old_sources = parse_dump(before)
    new, new_sources = parse_dump(after)
    changed = stories = 0
    for story in sorted(set(old) | set(new)):
        a, b = old.get(story, {}), new.get(story, {})
        if a == b:
            continue
        stories += 1
        ids = old_sources.get(story, set()) | new_sources.get(story, set())
        files = sorted(set().union(*(holds.get(i, set()) for i in ids)))
        print(f"{story}  [judged in: {', '.join(files) or '-'}]")
        for date in sorted(set(a) | set(b)):
            if a.get(date) != b.get(date):
                changed += 1
                print(f"   - {date} {a.get(date, '')}\n   + {date} {b.get(date, '')}")
    print(f"{changed} rows changed in {stories} of {len(set(old) | set(new))} stories")
    return changed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count", help="tally the kinds over every view of a store")
    c.add_argument("--cache", type=Path, required=True, help="a store timeline_sample.py built (its --cache)")
    c.add_argument("--min-articles", type=int, default=5)
    c.add_argument("--out", type=Path, required=True, help="where the flagged views are written, to read")
    d = sub.add_parser("diff", help="compare two timeline_sample.py --dump files row by row")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("judged", type=Path, nargs="*", help="judged TSVs whose stories are named")
    args = ap.parse_args()
    if args.command == "diff":
        diff(args.before, args.after, args.judged)
        return 0
    if not args.cache.is_file():
        print(f"timeline_views: {args.cache} not found; build it with timeline_sample.py --cache", file=sys.stderr)
        return 2
    for kind, n in count(args.cache, args.min_articles, args.out).items():
        print(f"{kind}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
