"""Stories no batch touches come due by their own times, not all in the batch that is 1.5 times the last.

Real newswire reports through the real API into a real SQLite store: records 1000-1136 are 85 AFP reports of
2006-12-25..30 and 51 Xinhua reports of 2005-11-01..04, two spans of ``story_window_days`` (400) apart, linked in
one batch.  Measured from the store size at which a region was settled, every story of the store would come
due in one later batch (the stale wave of RESULTS.md, notes on issue 7, branch cost40); the checkpoints
(``link.checkpoints``) give each span of time its own store sizes.
"""

from __future__ import annotations

from pathlib import Path

import storyline
from tests.conftest import DATA, needs_shared

pytestmark = needs_shared

FIRST, MORE = slice(1000, 1136), slice(1136, 1150)  # then 14 more Xinhua reports of 2005-11-04


def _ingest(sl: storyline.Storyline, folder: Path, name: str, records: slice) -> None:
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()[records]
    path = folder / f"{name}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sl.ingest([str(path)])


def _settled_by_year(sl: storyline.Storyline) -> dict[int, dict[int, int]]:
    """Per year of a story's first report, each story's settled count (what ``stale_stories`` reads)."""
    published = {a.id: a.published or "" for a in sl.articles()}
    first: dict[int, str] = {}
    for e in sl.events():
        assert e.story is not None
        first[e.story] = min([first.get(e.story, "9999"), *(published[a] for a in e.articles)])
    settled = dict(sl.store.db.execute("SELECT id, settled FROM stories").fetchall())
    out: dict[int, dict[int, int]] = {}
    for story, day in first.items():
        out.setdefault(int(day[:4]), {})[story] = settled[story]
    return out


def test_stories_first_reported_a_year_apart_come_due_at_different_store_sizes(tmp_path, nlp):
    with storyline.open(tmp_path / "store.db") as sl:
        _ingest(sl, tmp_path, "first", FIRST)
        by_year = _settled_by_year(sl)
        assert sorted(by_year) == [2005, 2006] and all(len(v) > 20 for v in by_year.values())
        marks = {year: set(stories.values()) for year, stories in by_year.items()}
        assert all(len(m) == 1 for m in marks.values())  # a span's stories due together: one region, once
        assert marks[2005] != marks[2006]  # on main every story is settled at 136: all due at once
        n_docs = sl.store.linked_originals()
        assert n_docs == 136 and all(0 < m <= n_docs < 1.5 * m for ms in marks.values() for m in ms)
        early = 1.5 * min(marks[2005] | marks[2006])  # the first store size past which some story is due
        due = set(sl.store.stale_stories(int(early) + 1, 1.5))
        year = 2005 if marks[2005] < marks[2006] else 2006
        assert due == set(by_year[year])  # the stories of one time, not every story of the store


def test_a_story_consolidated_again_before_its_next_checkpoint_keeps_its_due_point(tmp_path, nlp):
    with storyline.open(tmp_path / "store.db") as sl:
        _ingest(sl, tmp_path, "first", FIRST)
        (mark,) = set(_settled_by_year(sl)[2005].values())
        _ingest(sl, tmp_path, "more", MORE)  # Xinhua's next day: its stories are touched and consolidated again
        assert sl.store.linked_originals() == 150 < 1.5 * mark
        after = _settled_by_year(sl)[2005]
        assert len(after) > 20 and set(after.values()) == {mark}  # on main the touched ones are settled at 150
