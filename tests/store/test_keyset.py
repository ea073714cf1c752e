"""Listings paged by cursor (keyset), on a SQLite file and on a real PostgreSQL server.

Walking every page by its ``next`` cursor must give each row exactly once in
the listing's order, also when rows are added between two page loads (an
offset page would then repeat the row before it); ``prev`` cursors walk back.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.records import Article, Story
from storyline.store import open_store
from storyline.store.keyset import BadCursor, Page, encode
from storyline.store.links import STORY_KEYS
from tests.store.linked import fill_stories

N = 23


def _story(store: Any, size: int, last: str | None) -> int:
    """A bare story (no events) of ``size`` articles whose latest article is dated ``last``."""
    with store.transaction():
        return int(store.save_story_state(None, {"n": size}, "2020-01-01" if last else None, last, []))


def _stories(store: Any, rng: random.Random, n: int) -> None:
    """``n`` stories with many ties (three sizes, four dates, some undated) so the id must break them."""
    for _ in range(n):
        _story(store, rng.choice([1, 2, 5]), rng.choice([None, "2020-02-01", "2020-02-02", "2020-03-01T10:00"]))


def walk(load: Any) -> list[Page[Any]]:
    """Every page of a listing, following ``next`` from the first page; ``load(after)`` reads one."""
    pages = [load(None)]
    while pages[-1].next:
        assert len(pages) < 200, "the cursor walk does not end"
        pages.append(load(pages[-1].next))
    return pages


def ids(pages: list[Page[Any]]) -> list[int]:
    return [row.id for p in pages for row in p.items]


@pytest.fixture
def store(store_url: str) -> Any:
    s = open_store(store_url)
    yield s
    s.close()


@pytest.mark.parametrize("order", ["recent", "largest", "id"])
def test_walking_story_pages_by_cursor_gives_every_story_once_in_order(store, order):
    _stories(store, random.Random(order), N)
    want = [s.id for s in store.stories(with_timeline=False, order=order)]
    for limit in (1, 4, N, N + 5):
        pages = walk(lambda after, limit=limit: store.story_page(order=order, limit=limit, after=after))
        assert ids(pages) == want
        assert all(len(p.items) == limit for p in pages[:-1]) and pages[-1].next is None
        assert pages[0].prev is None and all(p.prev for p in pages[1:])
        back = [pages[-1]]  # and back again by the prev cursors, page for page
        while back[-1].prev:
            back.append(store.story_page(order=order, limit=limit, before=back[-1].prev))
        assert [[s.id for s in p.items] for p in back] == [[s.id for s in p.items] for p in pages][::-1]


def test_stories_added_between_page_loads_shift_no_page(store):
    rng = random.Random(5)
    _stories(store, rng, N)
    first = [s.id for s in store.stories(with_timeline=False, order="largest")]
    seen: list[int] = []
    page = store.story_page(order="largest", limit=4)
    added: list[int] = []
    while True:
        seen += [s.id for s in page.items]
        # a story of each size, landing before and after the cursor: none may repeat or push an old one out
        added += [_story(store, size, "2020-02-02") for size in (5, 2, 1)]
        if not page.next:
            break
        page = store.story_page(order="largest", limit=4, after=page.next)
    assert len(seen) == len(set(seen))
    assert [i for i in seen if i in set(first)] == first  # every story that was there, once, in order
    final = [s.id for s in store.stories(with_timeline=False, order="largest")]
    assert seen == [i for i in final if i in set(seen)]  # what was shown is in the listing's order
    assert set(seen) - set(first) and set(added) - set(seen)  # some new stories fell after the cursor, some before


def test_narrowed_and_dated_story_pages_walk_like_their_full_listing(store):
    fill_stories(store, 9)
    some = [2, 3, 5, 7, 8, 9, 9]
    for order in ("recent", "largest"):
        want = [s.id for s in store.stories(with_timeline=False, order=order, ids=some)]
        assert ids(walk(lambda after, order=order: store.story_page(order=order, limit=2, after=after, ids=some))) \
            == want
        want = [s.id for s in store.stories(with_timeline=False, order=order, since="2020-02-03", until="2020-01-07")]
        got = ids(walk(lambda after, order=order: store.story_page(order=order, limit=2, after=after,
                                                                   since="2020-02-03", until="2020-01-07")))
        assert got == want and len(want) == 5
    page = store.story_page(order="largest", limit=2, with_timeline=True)
    assert [s.articles for s in page.items] == [6, 6] and all(len(s.timeline) == 1 for s in page.items)
    assert isinstance(page.items[0], Story)


def _articles(store: Any, rng: random.Random, n: int, tag: str) -> list[int]:
    dates = [None, "2019-05-01", "2019-05-01T08:00:00", "2019-05-02", "2018-12-31"]
    return [store.add_article(Article(external_id=f"{tag}{i}", title=f"t {tag}{i}", text=f"text {tag} {i}",
                                      published=rng.choice(dates), content_hash=f"{tag}{i}"))
            for i in range(n)]


def test_walking_article_pages_gives_every_article_once_in_publication_order(store):
    _articles(store, random.Random(3), 31, "a")
    want = [a.id for a in store.articles()]
    for limit in (1, 5, 40):
        pages = walk(lambda after, limit=limit: store.article_page(limit=limit, after=after))
        assert ids(pages) == want
        back = [pages[-1]]
        while back[-1].prev:
            back.append(store.article_page(limit=limit, before=back[-1].prev))
        assert ids(back[::-1]) == want
    dated = [a.id for a in store.articles(since="2019-05")]
    assert ids(walk(lambda after: store.article_page(limit=3, after=after, since="2019-05"))) == dated


def test_articles_ingested_between_page_loads_shift_no_page(store):
    rng = random.Random(4)
    before = _articles(store, rng, 25, "a")
    seen: list[int] = []
    page = store.article_page(limit=6)
    k = 0
    while True:
        seen += [a.id for a in page.items]
        k += 1
        _articles(store, rng, 3, f"new{k}-")  # dated before, at and after the cursor, and undated
        if not page.next:
            break
        page = store.article_page(limit=6, after=page.next)
    order = [a.id for a in store.articles()]
    assert len(seen) == len(set(seen)) and set(before) <= set(seen)
    assert seen == [i for i in order if i in set(seen)]


def test_a_cursor_from_elsewhere_is_refused_with_a_reason(store):
    _stories(store, random.Random(1), 5)
    token = store.story_page(order="largest", limit=2).next
    with pytest.raises(BadCursor, match="belongs to the 'largest' order"):
        store.story_page(order="recent", after=token)
    forged = [encode(STORY_KEYS["largest"], key) for key in [(2, "7"), (2, 2**70), (True, 3), (None, 3), (2,)]]
    for bad in ("not-a-cursor", "W10", token[:-3], *forged):
        with pytest.raises(BadCursor, match="first page"):
            store.story_page(order="largest", after=bad)
    with pytest.raises(BadCursor, match="not both"):
        store.story_page(order="largest", after=token, before=token)


def test_cli_pages_stories_and_articles_by_the_cursor_it_prints(store_url):
    store = open_store(store_url)
    fill_stories(store, 7)
    store.close()
    run = CliRunner().invoke
    table = run(app, ["--db", store_url, "stories", "--limit", "3"])
    assert table.exit_code == 0 and "3 of 7 stories; next page: --after " in table.stdout
    listed: list[int] = []
    args = ["--db", store_url, "stories", "--limit", "3", "--json"]
    while True:
        res = run(app, args)
        assert res.exit_code == 0, res.stderr
        page = json.loads(res.stdout)  # the cursors are in the JSON: a script pages from standard output alone
        listed += [r["id"] for r in page["stories"]]
        assert page["schema"] == 2 and (page["before"] is None) == (len(listed) == 3), page
        if page["after"] is None:
            assert "--after" not in res.stderr
            break
        assert res.stderr.strip() == f"next page: --after {page['after']}"  # said there too, as before
        args = [*args[:6], "--after", page["after"]]
    assert listed == [3, 6, 2, 5, 1, 4, 7]
    arts = run(app, ["--db", store_url, "articles", "--limit", "5"])
    cursor = arts.stdout.split("--after ")[1].split()[0].rstrip(";")
    first = json.loads(run(app, ["--db", store_url, "articles", "--limit", "5", "--json"]).stdout)
    assert first["after"] == cursor and first["before"] is None
    rest = json.loads(run(app, ["--db", store_url, "articles", "--limit", "100", "--after", cursor, "--json"]).stdout)
    assert len(rest["articles"]) == 26 - 5 and rest["after"] is None  # 7 stories of 1, 2, 3, 1, 2, 3, 1 events of 2
    assert rest["before"]  # the page back to the first
    bad = run(app, ["--db", store_url, "stories", "--after", "garbage"])
    assert bad.exit_code == 2 and "start again from the first page" in bad.stderr and "Traceback" not in bad.stderr


class Recorder:
    """The store's own connection, noting each statement it runs (to ask the database for its plan)."""

    def __init__(self, db: Any) -> None:
        self.db, self.ran = db, []

    def execute(self, sql: str, args: Any = ()) -> Any:
        self.ran.append((sql, list(args)))
        return self.db.execute(sql, args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


def test_a_deep_page_is_an_index_seek_not_a_sort_or_a_skip(store, store_url):
    """Every statement of a page read after a deep cursor seeks an index in the listing's order (no sort of the
    table, no OFFSET); on PostgreSQL with sequential scans off, so the plan shows what the index can do."""
    rng = random.Random(9)
    _stories(store, rng, 60)
    _articles(store, rng, 60, "a")
    postgres = not store_url.endswith(".db")
    reads = {"recent": lambda a: store.story_page(order="recent", limit=7, after=a),
             "largest": lambda a: store.story_page(order="largest", limit=7, after=a),
             "id": lambda a: store.story_page(order="id", limit=7, after=a),
             "articles": lambda a: store.article_page(limit=7, after=a)}
    for name, read in reads.items():
        cursors = [p.next for p in walk(read)][3:-1]  # past the first pages: the seeks a deep page makes
        real, store.db = store.db, Recorder(store.db)
        try:
            for c in cursors:
                read(c)
            ran = [(sql, args) for sql, args in store.db.ran if "LIMIT" in sql]
        finally:
            store.db = real
        assert ran and not any("OFFSET" in sql for sql, _ in ran), name
        for sql, args in ran:
            if postgres:
                with store.transaction():
                    store.db.execute("SET LOCAL enable_seqscan = off")
                    plan = " ".join(str(r[0]) for r in store.db.execute(f"EXPLAIN {sql}", args))
                assert "Index" in plan and "Sort" not in plan and "Seq Scan" not in plan, (name, sql, plan)
            else:
                plan = " ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", args))
                assert "SEARCH" in plan and "TEMP B-TREE" not in plan, (name, sql, plan)
