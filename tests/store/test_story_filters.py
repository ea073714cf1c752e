"""Story listings narrowed to an entity or a source, on a SQLite file and on a real PostgreSQL server.

Each filter is read two ways (``store/story_filters.py``): a rare one reads
its stories, a frequent one is a condition checked on the listing's index
walk.  Both must list what reading every match did, page for page.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from storyline.records import Annotation, Article, Chain, Mention
from storyline.store import open_store, story_filters
from tests.store.test_keyset import Recorder, ids, walk

NAMES = ["Kim", "Lee", "Park", "Cho"]
SOURCES = ["Wire", "Herald", "Post"]


def _fill(store: Any, rng: random.Random, n_stories: int) -> None:
    """Stories of one to three events of one or two articles, each article from a source and naming one or
    two people, with tied and undated story dates."""
    aid = 0
    for _ in range(n_stories):
        last = rng.choice([None, "2020-02-01", "2020-02-02", "2020-03-01"])
        with store.transaction():
            sid = store.save_story_state(None, {"n": 1}, "2020-01-01" if last else None, last, [])
        for _event in range(rng.randint(1, 3)):
            arts = []
            for _ in range(rng.randint(1, 2)):
                aid += 1
                new = store.add_article(Article(external_id=f"a{aid}", title=f"t{aid}", text=f"text {aid}",
                                                published=last, source=rng.choice(SOURCES), content_hash=f"h{aid}"))
                named = rng.sample(NAMES, rng.randint(1, 2))
                store.save_annotation(Annotation(
                    article_id=new,
                    mentions=[Mention(5 * i, 5 * i + 3, n, "PERSON", chain=i) for i, n in enumerate(named)],
                    chains=[Chain(name=n, type="PERSON", aliases=[n], mentions=[i], keys=[n.lower()])
                            for i, n in enumerate(named)]), 1)
                arts.append(new)
            with store.transaction():
                eid = store.save_event_state(None, {"n": len(arts)}, last, last, [], sid)
                for a in arts:
                    store.add_to_event(eid, a)


def reference(store: Any, order: str, entity: int | None, source: str | None) -> list[int]:
    """The old way: every matching article read, then their stories, sorted."""
    keep: set[int] | None = None
    if entity is not None:
        keep = set(store.stories_of_articles(store.entity_article_ids(entity)))
    if source is not None:
        found = set(store.stories_of_articles(store.article_ids(source=source)))
        keep = found if keep is None else keep & found
    return [s.id for s in store.stories(with_timeline=False, order=order, ids=sorted(keep or []))]


@pytest.fixture
def store(store_url: str) -> Any:
    s = open_store(store_url)
    yield s
    s.close()


@pytest.mark.parametrize("sparse", [0, 10**6], ids=["walked", "read"])
def test_entity_and_source_filtered_story_pages_list_every_match_once_in_order(store, monkeypatch, sparse):
    monkeypatch.setattr(story_filters, "SPARSE_MATCHES", sparse)
    _fill(store, random.Random(11), 40)
    people = {e.name: e.id for e in store.entities()}
    cases = [(people["Kim"], None), (None, "Herald"), (people["Park"], "Wire"), (None, "Nowhere")]
    for order in ("recent", "largest"):
        for entity, source in cases:
            want = reference(store, order, entity, source)
            got = ids(walk(lambda after, e=entity, s=source, o=order: store.story_page(
                order=o, limit=3, after=after, entity=e, source=s)))
            assert got == want, (order, entity, source)
            assert source == "Nowhere" or 0 < len(want) < 40  # the filters keep some stories, not all


def test_a_frequent_entity_filter_is_checked_on_the_index_walk_not_read_whole(store, store_url, monkeypatch):
    """With the entity frequent, a deep page's statements walk the listing's index and probe each story's
    articles by index; none reads the entity's mentions (PostgreSQL: sequential and bitmap scans off)."""
    monkeypatch.setattr(story_filters, "SPARSE_MATCHES", 0)
    _fill(store, random.Random(12), 40)
    kim = next(e.id for e in store.entities() if e.name == "Kim")
    cursors = [p.next for p in walk(lambda after: store.story_page(order="recent", limit=3, after=after,
                                                                   entity=kim))][2:-1]
    real, store.db = store.db, Recorder(store.db)
    try:
        for c in cursors:
            store.story_page(order="recent", limit=3, after=c, entity=kim)
        ran = [(sql, args) for sql, args in store.db.ran if "EXISTS" in sql]
    finally:
        store.db = real
    assert ran
    for sql, args in ran:
        if not store_url.endswith(".db"):
            with store.transaction():
                store.db.execute("SET LOCAL enable_seqscan = off")
                store.db.execute("SET LOCAL enable_bitmapscan = off")
                plan = " ".join(str(r[0]) for r in store.db.execute(f"EXPLAIN {sql}", args))
            assert "stories_recent" in plan and "Sort" not in plan and "Seq Scan" not in plan, (sql, plan)
            assert "mentions_entity" not in plan and "mentions_by_entity" not in plan, plan
        else:
            plan = " ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", args))
            assert "stories_recent" in plan and "TEMP B-TREE" not in plan and "mentions_by_entity" not in plan, plan
            assert "USING INDEX mentions_article" in plan, plan


def test_the_entities_listing_ranks_from_the_mentions_index_and_reads_articles_only_for_its_page(store, store_url):
    """Counting and dating every entity to keep fifty read every mention's article: 2.4 s at 10,000 articles.
    The ranking now reads the (entity, article) index alone; the page's entities alone are dated."""
    _fill(store, random.Random(5), 30)
    want = [(e.name, e.articles, e.mentions) for e in store.entities()]
    assert sorted(n for n, _, _ in want) == sorted(NAMES) and want == sorted(want, key=lambda w: (-w[1], -w[2]))
    real, store.db = store.db, Recorder(store.db)
    try:
        top = store.entities(limit=2)
    finally:
        store.db, ran = real, store.db.ran
    assert [(e.name, e.articles, e.mentions) for e in top] == want[:2]
    ranking = next((sql, args) for sql, args in ran if "GROUP BY m.entity_id" in sql)
    if store_url.endswith(".db"):
        plan = " ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {ranking[0]}", ranking[1]))
        assert "COVERING INDEX mentions_by_entity" in plan and "articles" not in plan, plan
    dated = [(sql, args) for sql, args in ran if "JOIN articles" in sql]
    assert dated and all(len(args) <= 2 for _, args in dated)  # only the page's two entities are dated
