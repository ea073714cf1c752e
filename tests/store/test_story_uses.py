"""The story feature uses kept per feature and day (``store/story_uses.py``, migration 24): filled from an older
store's cached link features on both backends, and kept equal to a count made afresh from the articles as real
newswire reports are linked, annotated again, linked again, rebuilt, and as an older store is upgraded.

The real reports are four of one November 2006 week of ``../shared/data/newswire-1997-1998.jsonl``
(as tests/link/test_burst_uses.py).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import storyline
from storyline.store import open_store
from storyline.store.schema import MIGRATIONS
from storyline.story_features import day_number, is_story_feature
from tests.conftest import DATA, newswire_store
from tests.store.old_schema import copy_as_of, store_as_of

BEFORE = next((i for i, sql in enumerate(MIGRATIONS) if "story_uses" in sql), len(MIGRATIONS))  # (on older code: all)
WEEK = {"XIN_ENG_20061127.0010", "XIN_ENG_20061129.0318", "XIN_ENG_20061122.0143", "XIN_ENG_20061123.0017"}
D1 = date(2020, 1, 1).toordinal()
LAST = "XIN_ENG_20061127.0010"

_OLD_ROWS = """
INSERT INTO articles (id, external_id, title, text, format, content_hash, published, linked, duplicate_of) VALUES
  (1, 'a', 'a', 'x', 'text', 'h1', '2020-01-01', 1, NULL),
  (2, 'b', 'b', 'x', 'text', 'h2', '2020-01-01T09:00', 1, NULL),
  (3, 'c', 'c', 'x', 'text', 'h3', '2020-01-03', 1, 1),
  (4, 'd', 'd', 'x', 'text', 'h4', NULL, 1, NULL),
  (5, 'e', 'e', 'x', 'text', 'h5', '2020-01-03', 0, NULL),
  (6, 'f', 'f', 'x', 'text', 'h6', '2020-01-04', 1, NULL);
INSERT INTO link_features (article_id, data) VALUES
  (1, '{"r":{"e:7":2,"t:fire":1,"d:2020-01":1},"l":[],"p":"2020-01-01"}'),
  (2, '{"r":{"e:7":1},"l":[],"p":"2020-01-01"}'),
  (3, '{"r":{"e:7":1,"t:fire":1},"l":[],"p":"2020-01-03"}'),
  (4, '{"r":{"e:7":1,"t:fire":1},"l":[],"p":null}'),
  (5, '{"r":{"e:7":1,"t:fire":1},"l":[],"p":"2020-01-03"}'),
  (6, '{"r":{"t:fire":3,"p:monday":1},"l":[],"p":"2020-01-04"}');
"""


def test_a_store_from_before_the_use_counts_is_filled_from_its_cached_link_features(store_url):
    """Both backends: only linked dated originals count (not a copy, an undated or an unlinked article), each
    once per e:/t: feature on the day of its date; a later write of features moves the counts."""
    store_as_of(store_url, BEFORE, _OLD_ROWS)
    st = open_store(store_url)
    try:
        assert st.schema_version == len(MIGRATIONS)
        keys = ["e:7", "t:fire", "d:2020-01", "p:monday", "t:none"]
        assert st.story_use_days(keys, D1 - 1, D1 + 5) == {"e:7": [(D1, 2)], "t:fire": [(D1, 1), (D1 + 3, 1)]}
        assert st.story_use_days(keys, D1 + 1, D1 + 5) == {"t:fire": [(D1 + 3, 1)]}
        assert st.story_uses_together([("e:7", "t:fire"), ("t:fire", "e:7")], D1, D1 + 5) == {
            ("e:7", "t:fire"): 1, ("t:fire", "e:7"): 1}
        with st.transaction():
            st.save_many_link_features({2: {"r": {"t:fire": 1}, "l": [], "p": "2020-01-01"}})
        assert st.story_use_days(keys, D1 - 1, D1 + 5) == {"e:7": [(D1, 1)], "t:fire": [(D1, 2), (D1 + 3, 1)]}
    finally:
        st.close()


def _counted(store: Any) -> tuple[Counter[tuple[str, int]], set[tuple[int, str, int]]]:
    """What the tables must hold, counted afresh from the articles and their cached link features."""
    uses: Counter[tuple[str, int]] = Counter()
    rows: set[tuple[int, str, int]] = set()
    for aid, data in store.db.execute(
            "SELECT a.id, lf.data FROM articles a JOIN link_features lf ON lf.article_id = a.id"
            " WHERE a.linked = 1 AND a.duplicate_of IS NULL AND a.published IS NOT NULL"):
        feats = json.loads(data)
        if feats["p"]:
            day = date.fromisoformat(feats["p"][:10]).toordinal()
            for k in feats["r"]:
                if k.startswith(("e:", "t:")):
                    uses[k, day] += 1
                    rows.add((aid, k, day))
    return uses, rows


def _kept(store: Any) -> tuple[Counter[tuple[str, int]], set[tuple[int, str, int]]]:
    uses = Counter({(f, int(d)): int(n) for f, d, n in store.db.execute("SELECT feature, day, n FROM story_uses")})
    rows = {(int(a), f, int(d)) for a, f, d in store.db.execute("SELECT * FROM story_use_articles")}
    return uses, rows


def _stories(store: Any) -> list[list[int]]:
    return sorted(sorted(store.story_article_ids(s.id)) for s in store.stories(with_timeline=False))


@pytest.mark.skipif(not (DATA / "newswire-1997-1998.jsonl").is_file(), reason="needs ../shared newswire")
def test_the_use_counts_stay_those_of_the_linked_articles_through_reannotation_relinks_and_an_upgrade(
        tmp_path: Path, nlp):
    (tmp_path / "now").mkdir()
    db = newswire_store(tmp_path / "now", WEEK - {LAST})
    with storyline.open(db) as sl:
        st = sl.store
        assert _kept(st) == _counted(st) and sum(_kept(st)[0].values()) > 100
        aid = next(a.id for a in sl.articles() if a.external_id == "XIN_ENG_20061129.0318")
        st.save_annotation(st.annotation(aid), 1)  # annotated again: unlinked, its uses stop counting
        assert _kept(st) == _counted(st) and not any(a == aid for a, _, _ in _kept(st)[1])
        sl.link()
        assert _kept(st) == _counted(st) and any(a == aid for a, _, _ in _kept(st)[1])
        linked = _kept(st)
        sl.link(rebuild=True)
        assert _kept(st) == _counted(st) == linked
    old = tmp_path / "old.db"
    copy_as_of(db, old, BEFORE)
    feed = tmp_path / "last.jsonl"
    feed.write_text(next(line for line in (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()
                         if json.loads(line)["id"] == LAST) + "\n", encoding="utf-8")
    after = []
    for path in (db, old):  # the upgraded store counts the same uses and links the next report the same
        with storyline.open(path) as sl:
            assert _kept(sl.store) == linked
            sl.ingest([str(feed)])
            assert _kept(sl.store) == _counted(sl.store)
            last = next(a.id for a in sl.articles() if a.external_id == LAST)
            assert any(last in s for s in _stories(sl.store))  # the next report was linked, its uses counted
            assert any(a == last for a, _, _ in _kept(sl.store)[1])
            after.append((_kept(sl.store), _stories(sl.store)))
    assert after[0] == after[1]


DATES = ["0001-01-01", "1899-12-31", "1970-01-01", "2000-02-29", "2019-03-01T23:59:00-05:00", "2024-12-31"]
KEYS = ["e:1", "t:riot", "d:2019-03", "p:monday", "n:3", "a:5", "q:x", "ev:2"]


def test_the_upgrade_counts_the_days_and_features_linking_weighs(store_url):
    """Migration 24 fills the counts in SQL (its own day arithmetic and feature test, on either backend); linking
    weighs features by :func:`~storyline.story_features.day_number` and
    :func:`~storyline.story_features.is_story_feature`.  The two must agree on every date, a leap day, a year 1
    and a time with an offset among them, or an upgraded store would count uses on other days than new ones."""
    data = {i: {"r": dict.fromkeys(KEYS, 1), "l": [], "p": day} for i, day in enumerate(DATES, start=1)}
    rows = ",".join(f"({i}, 'x{i}', 'x', 'x', 'text', 'h{i}', '{d['p']}', 1, NULL)" for i, d in data.items())
    features = ",".join(f"({i}, '{json.dumps(d)}')" for i, d in data.items())
    store_as_of(store_url, BEFORE, "INSERT INTO articles (id, external_id, title, text, format, content_hash,"
                f" published, linked, duplicate_of) VALUES {rows};"
                f" INSERT INTO link_features (article_id, data) VALUES {features};")
    st = open_store(store_url)
    try:
        assert _kept(st)[1] == {(i, k, day_number(d["p"])) for i, d in data.items() for k in KEYS
                                if is_story_feature(k)}
    finally:
        st.close()
