"""The same articles give the same events and stories in any arrival order and batch sizes.

Real articles through the real API (``Storyline.ingest`` of JSONL batches, the
path of ``storyline ingest``): two ECB+ dev topics (odd: settings are chosen on
them) with both of their happenings, and a slice of the dated newswire.  Each
order ends in its own store; partitions are compared as sets of sets of
external ids, since ids depend on history.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import storyline
from tests.conftest import DATA
from tests.link.test_events_stories import ECB, _ecb_reader

pytestmark = pytest.mark.skipif(not (ECB.is_dir() and (DATA / "newswire-1997-1998.jsonl").is_file()),
                                reason="needs ../shared/data (ECB+ and the newswire JSONL)")

# two dev topics, three reports of each of their two happenings
ECB_FILES = [f"{t}/{t}_{n}{kind}.xml" for t in (1, 3) for kind in ("ecb", "ecbplus") for n in (1, 2, 3)]
NEWSWIRE_SLICE = slice(0, 24)

Titled = frozenset[tuple[frozenset[str], str]]  # clusters as (external ids, title)


def _records() -> list[dict[str, str]]:
    read = _ecb_reader()
    out = []
    for name in ECB_FILES:
        art = read(ECB / name)
        out.append({"id": art.external_id, "title": art.title, "text": art.text})
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()[NEWSWIRE_SLICE]
    out += [{k: rec[k] for k in ("id", "text", "published", "source")} for rec in map(json.loads, lines)]
    return out


def _ingest(tmp: Path, records: list[dict[str, str]], batch: int) -> tuple[Titled, Titled]:
    db = tmp / "store.db"
    with storyline.open(db) as sl:
        for i in range(0, len(records), batch):
            path = tmp / f"batch{i}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in records[i : i + batch]), encoding="utf-8")
            report = sl.ingest([str(path)])
            assert report.stored + report.near_duplicates == len(records[i : i + batch])
        return _titled(sl)


def _titled(sl: storyline.Storyline) -> tuple[Titled, Titled]:
    """Events and stories as (external ids, title): a title, too, must not depend on arrival order."""
    ext = {a.id: a.external_id for a in sl.articles()}
    events: dict[int, set[str]] = {}
    stories: dict[int, set[str]] = {}
    for e in sl.events():
        events.setdefault(e.id, set()).update(ext[a] for a in e.articles)
        stories.setdefault(e.story or 0, set()).update(ext[a] for a in e.articles)
    event_titles = {e.id: e.title for e in sl.events()}
    story_titles = {s.id: s.title for s in sl.stories()}
    return (frozenset((frozenset(m), event_titles[i]) for i, m in events.items()),
            frozenset((frozenset(m), story_titles.get(i, "")) for i, m in stories.items()))


def test_three_orders_and_batch_sizes_give_the_same_events_and_stories(tmp_path, nlp):
    records = _records()
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    runs = {"in order, one batch": (records, len(records)), "reversed, batches of 5": (records[::-1], 5),
            "shuffled, batches of 11": (shuffled, 11)}
    results = {}
    for name, (recs, batch) in runs.items():
        folder = tmp_path / name.replace(" ", "_").replace(",", "")
        folder.mkdir()
        results[name] = _ingest(folder, recs, batch)
    (events, stories), *others = results.values()
    assert all(ev == events for ev, _ in others), "events or their titles differ between arrival orders"
    assert all(st == stories for _, st in others), "stories or their titles differ between arrival orders"
    # not trivially one cluster or all singletons: the two happenings of each topic are told apart
    assert 4 <= len(events) < len(records) and 2 <= len(stories) < len(events)
    assert all(title for _, title in stories)
    with storyline.open(tmp_path / "reversed_batches_of_5" / "store.db") as sl:
        sl.link(rebuild=True)
        assert _titled(sl) == (events, stories)  # a rebuild gives the same partition and titles


# 200 dated reports of one month (2005-10-16 to 2005-11-16), dense enough that a report's consolidation region
# changes with the arrival order: main's burst weights counted the region's own articles and split 61 pairs
# of this stream, article by article (seed 34), from the stories of one batch
STREAM = slice(1200, 1400)


def _stories(folder: Path, lines: list[str], batch: int) -> frozenset[frozenset[str]]:
    folder.mkdir()
    with storyline.open(folder / "store.db") as sl:
        for i in range(0, len(lines), batch):
            path = folder / f"batch{i}.jsonl"
            path.write_text("\n".join(lines[i : i + batch]) + "\n", encoding="utf-8")
            sl.ingest([str(path)])
        return _story_sets(sl)


def _story_sets(sl: storyline.Storyline) -> frozenset[frozenset[str]]:
    ext = {a.id: a.external_id for a in sl.articles()}
    stories: dict[int, set[str]] = {}
    for e in sl.events():
        stories.setdefault(e.story or 0, set()).update(ext[a] for a in e.articles)
    return frozenset(frozenset(m) for m in stories.values())


def test_a_month_of_newswire_article_by_article_gives_the_stories_of_one_batch_and_of_a_rebuild(tmp_path, nlp):
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()[STREAM]
    shuffled = lines[:]
    random.Random(34).shuffle(shuffled)
    one = _stories(tmp_path / "one", lines, len(lines))
    assert 50 < len(one) < len(lines) - 50  # stories of several reports, not one cluster or all singletons
    assert _stories(tmp_path / "each", shuffled, 1) == one
    with storyline.open(tmp_path / "each" / "store.db") as sl:
        sl.link(rebuild=True)
        assert _story_sets(sl) == one


# the last 252 reports of the newswire (2006-11-21 to 2006-11-30) with one in five given no publication date
UNDATED_STREAM = slice(2200, 2452)


def test_a_stream_with_undated_reports_article_by_article_gives_the_stories_of_one_batch(tmp_path, nlp):
    records = [json.loads(line) for line in
               (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()[UNDATED_STREAM]]
    drop = random.Random(7)
    for rec in records:
        if drop.random() < 0.2:  # a feed that gives some reports no date: its order must not matter either
            rec.pop("published", None)
    lines = [json.dumps(rec) for rec in records]
    shuffled = lines[:]
    random.Random(74).shuffle(shuffled)
    one = _stories(tmp_path / "one", lines, len(lines))
    assert 50 < len(one) < len(lines) - 50
    assert _stories(tmp_path / "each", shuffled, 1) == one


# 136 reports: 85 of 2006-12-25..30, then 51 of 2005-11-01..04; then 34 more of 2005-11-04/05, each more than
# story_window_days (400) before every 2006 report, so none can share a story with one of them
ERAS, LATER = slice(1000, 1136), slice(1136, 1170)


@pytest.mark.xfail(strict=True, reason="open (RESULTS.md, notes on issue 7, branch drift17): the idf's article "
                   "count and document frequencies are the whole store's, so reports a year away move the cosines "
                   "of stories no batch touches; consolidation looks at those again only when the store has grown "
                   "1.5 times since (consolidate_stale_factor)")
def test_reports_a_year_away_from_every_story_leave_its_stories_as_one_batch_has_them(tmp_path, nlp):
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()
    one = _stories(tmp_path / "one", lines[ERAS] + lines[LATER], len(lines[ERAS]) + len(lines[LATER]))
    assert 60 < len(one) < 150  # stories of several reports, not one cluster or all singletons
    folder = tmp_path / "two"
    folder.mkdir()
    with storyline.open(folder / "store.db") as sl:
        for name, part in (("first", lines[ERAS]), ("later", lines[LATER])):
            path = folder / f"{name}.jsonl"
            path.write_text("\n".join(part) + "\n", encoding="utf-8")
            sl.ingest([str(path)])
        assert _story_sets(sl) == one  # on main's code 40 article pairs differ: the 2006 reports' stories
