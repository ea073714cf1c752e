"""``since`` means overlap, on both backends: a date stored coarser than the since (a day for a since with a
time, a month, a year) overlaps it though its string sorts before it, in the article and story listings, by
offset and by cursor, counted alike, and each listing by cursor stays index seeks."""

from __future__ import annotations

from pathlib import Path

from storyline.records import Article
from storyline.store import open_store

DATES = ["2024", "2024-11", "2024-12", "2024-12-01T23:00:00", "2024-12-02", "2024-12-02T10:00:00",
         "2024-12-03", "2025-01-03", None]
OVERLAP = ["2024", "2024-12", "2024-12-02", "2024-12-02T10:00:00", "2024-12-03", "2025-01-03"]
"""Of DATES, those that overlap a since of 2024-12-02T00:00 (or 2024-12-02T09:00), in publication order."""


def _filled(url: str):  # type: ignore[no-untyped-def]
    store = open_store(url)
    for n, date in enumerate(DATES):
        store.add_article(Article(external_id=f"a{n}", title=f"Title {n}", text=f"Body {n}.", content_hash=f"h{n}",
                                  published=date))
        with store.transaction():
            store.save_story_state(None, {"n": n}, date, date, [])
    return store


def _walk(listing, limit: int) -> tuple[list[str | None], list[str | None]]:  # type: ignore[no-untyped-def]
    """Every page forward from the first, then back from the last page: the dates read each way."""
    ahead, page = [], listing(limit, None, None)
    while True:
        ahead += [x.published if hasattr(x, "published") else x.last for x in page.items]
        if page.next is None:
            break
        page = listing(limit, page.next, None)
    back, cursor = [x.published if hasattr(x, "published") else x.last for x in page.items], page.prev
    while cursor is not None:
        page = listing(limit, None, cursor)
        back = [x.published if hasattr(x, "published") else x.last for x in page.items] + back
        cursor = page.prev
    return ahead, back


def test_an_article_dated_a_day_overlaps_a_since_with_a_time(store_url):
    store = _filled(store_url)
    for since in ("2024-12-02T00:00", "2024-12-02T09:00"):
        assert [a.published for a in store.articles(since=since)] == OVERLAP
        for limit in (1, 2, 4):
            ahead, back = _walk(lambda n, after, before, since=since: store.article_page(
                limit=n, after=after, before=before, since=since), limit)
            assert ahead == OVERLAP and back == OVERLAP
    assert [a.published for a in store.articles(since="2024-12-02T09:00", until="2024-12-02")] == OVERLAP[:4]
    assert [a.published for a in store.articles(since="2024-12-02")] == OVERLAP
    assert [a.published for a in store.articles(since="2024")] == [d for d in DATES if d]
    store.close()


def test_a_story_whose_last_date_is_a_day_overlaps_a_since_with_a_time(store_url):
    store = _filled(store_url)
    newest = OVERLAP[::-1]
    since = "2024-12-02T09:00"
    assert [s.last for s in store.stories(with_timeline=False, order="recent", since=since)] == newest
    assert [s.last for s in store.stories(with_timeline=False, order="recent", since=since, limit=2, offset=3)] == (
        newest[3:5])
    assert store.count_stories(since=since) == len(OVERLAP)
    assert store.count_stories(since=since, ids=[1, 2, 3, 5]) == 3  # 2024, 2024-12 and 2024-12-02; not 2024-11
    for order in ("recent", "largest", "id"):
        for limit in (1, 3):
            ahead, back = _walk(lambda n, after, before, order=order: store.story_page(
                order=order, limit=n, after=after, before=before, since=since), limit)
            assert sorted(ahead) == sorted(OVERLAP) and ahead == back
            assert order != "recent" or ahead == newest
    narrowed = store.story_page(order="recent", limit=10, since=since, ids=[1, 3, 5, 6])
    assert [s.last for s in narrowed.items] == ["2024-12-02T10:00:00", "2024-12-02", "2024-12", "2024"]
    store.close()


def test_a_since_page_is_index_seeks_on_sqlite(tmp_path: Path):
    """Each range of the since (its coarser dates, then the dates after it) is one seek of
    ``articles_published`` / ``stories_recent``: no statement scans the table or sorts it."""
    store = _filled(str(tmp_path / "s.db"))
    ran: list[str] = []
    store.db.set_trace_callback(ran.append)  # type: ignore[attr-defined]
    first = store.article_page(limit=2, since="2024-12-02T09:00")
    store.article_page(limit=2, since="2024-12-02T09:00", after=first.next)
    store.story_page(order="recent", limit=2, since="2024-12-02T09:00")
    store.stories(with_timeline=False, order="recent", limit=2, offset=1, since="2024-12-02T09:00")
    store.db.set_trace_callback(None)  # type: ignore[attr-defined]
    listed = [q for q in ran if q.startswith("SELECT") and ("FROM articles WHERE" in q or "FROM stories s WHERE" in q)]
    assert len(listed) >= 4
    for sql in listed:
        plan = " ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))  # type: ignore[attr-defined]
        assert "SEARCH" in plan and "SCAN" not in plan and "TEMP B-TREE" not in plan, (sql, plan)
    store.close()


def test_a_listing_without_since_or_cursor_adds_no_placeholder_condition(tmp_path: Path):
    """A listing with nothing to filter says no ``WHERE 1 = 1``: each condition in a statement filters."""
    store = _filled(str(tmp_path / "s.db"))
    ran: list[str] = []
    store.db.set_trace_callback(ran.append)  # type: ignore[attr-defined]
    for since in (None, "2024-12-02T09:00"):
        first = store.article_page(limit=2, since=since)
        store.article_page(limit=2, since=since, after=first.next)
        for order in ("recent", "largest", "id"):
            store.story_page(order=order, limit=2, since=since)
        store.story_page(order="recent", limit=2, since=since, ids=[1, 3, 5])
        store.stories(with_timeline=False, order="recent", limit=2, since=since)
        store.articles(since=since)
    store.db.set_trace_callback(None)  # type: ignore[attr-defined]
    assert len(ran) > 10
    assert not [q for q in ran if "1 = 1" in q]
    store.close()
