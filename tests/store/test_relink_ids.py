"""A full relink keeps the ids: the rebuilt events and stories take back the ids their articles had.

A full relink (an article annotated again, as after an upgrade of the annotators, or ``link --rebuild``)
forgot every event and story and numbered them afresh, so a bookmarked story id named another story and
the lineage of merged ids was gone.  Real ECB+ reports of three dev topics (a jail escape, a star checks
in to rehab, a basketball team fires its head coach), linked in four runs, the last bridging two stories
(the minority id is merged into the majority's), on both backends.  Linked in one pass, the jail escape's
reports open more events than consolidation keeps, so a relink numbered every later event otherwise.
"""

from __future__ import annotations

import subprocess
from typing import Any

import httpx
import pytest

import storyline
from storyline.settings import Settings
from storyline.store import open_store
from storyline.store.schema import MIGRATIONS
from tests.link.test_events_stories import ECB, _add
from tests.link.test_lineage import ALONE, BRIDGE, PAIR
from tests.store.old_schema import store_as_of
from tests.test_cli_browse import BIN
from tests.web.conftest import serving

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")

Links = dict[int, tuple[int, int | None]]


def _links(db: str) -> Links:
    """Article -> (event, story)."""
    with storyline.open(db) as sl:
        return _of(sl)


def _of(sl: storyline.Storyline) -> Links:
    return {a: (e.id, e.story) for e in sl.events() for a in e.articles}


ESCAPE = [f"3/3_{n}{kind}.xml" for kind in ("ecb", "ecbplus") for n in range(1, 5)]
REHAB = ["1/1_1ecb.xml", "1/1_3ecb.xml", "1/1_1ecbplus.xml"]


def _build(db: str) -> tuple[int, int]:
    """Link topic 3, then topic 1, then the pair and the lone report of topic 5, then the bridge; returns
    the (majority, minority) story ids of the bridged stories."""
    with storyline.open(db) as sl:
        for batch in (ESCAPE, REHAB, [*PAIR, ALONE], [BRIDGE]):
            added = [_add(sl, ECB / name) for name in batch]
            sl.annotate()
            sl.link()
            if batch[0] == PAIR[0]:
                pair_story, alone_story = _of(sl)[added[0]][1], _of(sl)[added[2]][1]
    return pair_story, alone_story


def _cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "--db", db, *args], capture_output=True, text=True, timeout=600)


def _moved(before: Links, after: Links, at: int) -> set[int]:
    """Ids (events ``at`` 0, stories 1) whose articles are not the same set under the same id after."""
    def members(links: Links) -> dict[Any, set[int]]:
        out: dict[Any, set[int]] = {}
        for aid, ids in links.items():
            out.setdefault(ids[at], set()).add(aid)
        return out
    old, new = members(before), members(after)
    return {cid for cid, arts in old.items() if new.get(cid) != arts}


def test_link_rebuild_keeps_every_event_and_story_id_and_the_merged_id_still_redirects_on_cli_and_web(store_url):
    majority, minority = _build(store_url)
    before = _links(store_url)
    assert minority != majority and minority not in {s for _, s in before.values()}  # merged by the bridge

    done = _cli(store_url, "link", "--rebuild")
    assert done.returncode == 0, done.stderr
    after = _links(store_url)
    assert after == before  # the same partition under the same ids
    shown = _cli(store_url, "story", str(minority))
    assert shown.returncode == 0, shown.stderr
    assert f"story {minority} was merged into story {majority} on " in shown.stdout
    with serving(store_url) as base:  # a PostgreSQL URL serves as --db takes it
        page = httpx.get(f"{base}/story/{minority}", timeout=30)
        assert (page.status_code, page.headers["location"]) == (301, f"/story/{majority}")
    with storyline.open(store_url) as sl:
        assert sl.store.previous_links() == {}  # the relink is over: nothing kept for a resume
        assert sl.check() == []


def test_an_article_annotated_again_keeps_every_story_id_whose_articles_did_not_move(store_url):
    _build(store_url)
    before = _links(store_url)
    store = open_store(store_url)
    try:  # one article read by an older annotator, as after an upgrade: linking relinks the whole store
        with store.transaction() as db:
            db.execute("UPDATE articles SET annotated = annotated - 1 WHERE id = ?", (min(before),))
    finally:
        store.close()
    with storyline.open(store_url) as sl:
        sl.annotate()
        sl.link()
    after = _links(store_url)
    moved_stories, moved_events = _moved(before, after, 1), _moved(before, after, 0)
    assert len(moved_stories) <= 1 and len(moved_events) <= 1  # at most the re-read article's own
    stay = [a for a in before if before[a][1] not in moved_stories]
    assert stay and all(after[a][1] == before[a][1] for a in stay)


def test_a_relink_cut_short_resumes_and_still_gives_the_ids_back(tmp_path):
    db = str(tmp_path / "s.db")
    _build(db)
    before = _links(db)

    def stop_after_two(event: Any) -> None:
        if event.stage == "link" and event.done == 2:
            raise KeyboardInterrupt

    settings = Settings(link_articles_per_commit=1)
    with storyline.open(db, settings) as sl, pytest.raises(KeyboardInterrupt):
        sl.link(progress=stop_after_two, rebuild=True)
    with storyline.open(db, settings) as sl:
        sl.link()
    assert _links(db) == before


def test_a_store_from_before_link_previous_migrates_and_relinks_with_its_ids(store_url):
    """Both backends: a store of schema 20 gains the table and a relink keeps the ids it held."""
    before = next(i for i, sql in enumerate(MIGRATIONS) if "link_previous" in sql)
    store_as_of(store_url, before, "SELECT 1;")
    store = open_store(store_url)
    try:
        assert store.schema_version == len(MIGRATIONS) and store.previous_links() == {}
    finally:
        store.close()
    _build(store_url)
    linked = _links(store_url)
    assert _cli(store_url, "link", "--rebuild").returncode == 0
    assert _links(store_url) == linked
