"""Events and stories on real articles: ECB+ files, the seed articles, real SQLite files.

One store is built per module (annotation is the slow part): two ECB+ topics
with both of their happenings (``ecb`` and ``ecbplus`` files), a real wire copy
from ECB+, and the two seed articles with the publication dates the spec gives.
"""

from __future__ import annotations

import importlib
import itertools
import json
import shutil
import sys
from pathlib import Path

import pytest

import storyline
from storyline.link import update
from tests.conftest import DATA, ROOT, SHARED, needs_shared

ECB = DATA / "ecbplus"
pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")
# two dev (odd) topics, two files of each of their two happenings: a star checks in to rehab, a
# basketball team fires its head coach (one season, then another)
ECB_FILES = ["1/1_1ecb.xml", "1/1_3ecb.xml", "1/1_1ecbplus.xml", "1/1_3ecbplus.xml",
             "5/5_1ecb.xml", "5/5_2ecb.xml", "5/5_1ecbplus.xml", "5/5_2ecbplus.xml"]


def _ecb_reader():  # the benchmark's reader, so tests and benchmark read ECB+ the same way
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module("ecb_events").read_ecb_file
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def _add(sl: storyline.Storyline, path: Path) -> int:
    aid = sl.add(_ecb_reader()(path))
    assert aid is not None
    return aid


@pytest.fixture(scope="module")
def spec() -> dict:
    return json.loads((SHARED / "acceptance" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, spec: dict, nlp) -> tuple[Path, dict[str, int]]:
    """A store linked in three batches; returns its path and file/key -> article id."""
    db = tmp_path_factory.mktemp("link") / "store.db"
    ids: dict[str, int] = {}
    with storyline.open(db) as sl:
        for name in ECB_FILES[:4]:
            ids[name] = _add(sl, ECB / name)
        sl.annotate()
        sl.link()
        for name in ECB_FILES[4:]:
            ids[name] = _add(sl, ECB / name)
        sl.annotate()
        sl.link()
        for art in spec["articles"]:
            report = sl.ingest([str(SHARED / art["file"])], published=art["published"])
            ids[art["key"]] = report.ids[0]
    return db, ids


def _partition(db: Path, of: str = "event") -> dict[int, int]:
    with storyline.open(db) as sl:
        events = sl.store.events()
    return {a: (e.id if of == "event" else e.story or 0) for e in events for a in e.articles}


@needs_shared
def test_every_article_is_in_exactly_one_event_and_story(built):
    db, ids = built
    events, stories = _partition(db), _partition(db, "story")
    assert sorted(events) == sorted(ids.values())
    assert all(stories[a] for a in ids.values())


@needs_shared
def test_rebuild_gives_the_same_events_and_stories_as_linking_in_batches(built, tmp_path):
    db, _ = built
    before_ev, before_st = _partition(db), _partition(db, "story")
    copy = tmp_path / "rebuilt.db"
    shutil.copy(db, copy)
    with storyline.open(copy) as sl:
        sl.link(rebuild=True)
    assert _groups(_partition(copy)) == _groups(before_ev)  # the same partition (ids depend on history)
    assert _groups(_partition(copy, "story")) == _groups(before_st)


def _groups(labels: dict[int, int]) -> set[frozenset[int]]:
    out: dict[int, set[int]] = {}
    for a, lab in labels.items():
        out.setdefault(lab, set()).add(a)
    return {frozenset(g) for g in out.values()}


@needs_shared
def test_an_ecb_topic_keeps_its_two_happenings_apart_and_each_together(built):
    _, ids = built
    events = _partition(built[0])
    for a, b in itertools.combinations(ECB_FILES, 2):
        same_gold = a.split("/")[0] == b.split("/")[0] and a.endswith("plus.xml") == b.endswith("plus.xml")
        assert (events[ids[a]] == events[ids[b]]) == same_gold, (a, b)


@needs_shared
def test_a_wire_copy_joins_its_originals_event(tmp_path, nlp):
    # 9_9ecbplus is the same wire story as 9_3ecbplus, republished; 9_1ecb is the topic's other happening
    with storyline.open(tmp_path / "s.db") as sl:
        names = ("9_3ecbplus.xml", "9_1ecb.xml", "9_9ecbplus.xml")
        first, other, copy = (_add(sl, ECB / "9" / n) for n in names)
        assert sl.store.article(copy).duplicate_of == first
        sl.annotate()
        update(sl.store, sl.settings)
        events = {a: e.id for e in sl.store.events() for a in e.articles}
    assert events[copy] == events[first] != events[other]


@needs_shared
def test_seed_articles_follow_the_spec_for_events_and_stories(built, spec):
    db, ids = built
    events, stories = _partition(db), _partition(db, "story")
    across = spec["across"]
    for a, b in across["different_event"]:
        assert events[ids[a]] != events[ids[b]]
    for a, b in across["same_story"]:
        assert stories[ids[a]] == stories[ids[b]]
    seed_stories = {stories[ids[k]] for pair in across["same_story"] for k in pair}
    assert not seed_stories & {stories[ids[f]] for f in ECB_FILES}  # unrelated events stay out


@needs_shared
def test_stories_get_a_title_and_the_seed_story_a_timeline(built):
    db, ids = built
    with storyline.open(db) as sl:
        stories = {s.id: s for s in sl.store.stories()}
    assert stories and all(s.title for s in stories.values())
    assert stories[_partition(db, "story")[ids["A"]]].timeline  # update() rebuilt it through storyline.timeline
