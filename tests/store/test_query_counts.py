"""No N+1 reads: listing, showing and exporting cost the same number of statements for 3 stories as for 12.

Each test runs on SQLite and on a real PostgreSQL server.  Statements are
counted where they reach the database: SQLite's trace callback (every
statement it runs) and, on PostgreSQL, psycopg cursors that count what they
execute (on a server each one is a round trip).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import storyline
from storyline.export import render
from storyline.store import open_store
from tests.store.linked import fill_stories


@contextmanager
def _counting(store: Any) -> Iterator[list[str]]:
    """The statements the store sends to its database while the block runs."""
    seen: list[str] = []
    if hasattr(store.db, "set_trace_callback"):  # SQLite
        store.db.set_trace_callback(seen.append)
        try:
            yield seen
        finally:
            store.db.set_trace_callback(None)
        return
    import psycopg

    class Counted(psycopg.Cursor):  # type: ignore[type-arg]
        def execute(self, query: Any, *args: Any, **kw: Any) -> Any:
            seen.append(str(query))
            return super().execute(query, *args, **kw)

        def executemany(self, query: Any, *args: Any, **kw: Any) -> Any:
            seen.append(str(query))
            return super().executemany(query, *args, **kw)

    class CountedServer(psycopg.ServerCursor):  # type: ignore[type-arg]
        def execute(self, query: Any, *args: Any, **kw: Any) -> Any:
            seen.append(str(query))
            return super().execute(query, *args, **kw)

    conn = store.db.conn
    before = conn.cursor_factory, conn.server_cursor_factory
    conn.cursor_factory, conn.server_cursor_factory = Counted, CountedServer
    try:
        yield seen
    finally:
        conn.cursor_factory, conn.server_cursor_factory = before


READS: dict[str, Callable[[Any], object]] = {
    "events": lambda st: st.events(),
    "events of a story": lambda st: st.events(story=1),
    "stories with timelines": lambda st: st.stories(),
    "a page of stories, newest first": lambda st: st.stories(with_timeline=False, order="recent", limit=50),
    "a page of stories, largest first": lambda st: st.stories(with_timeline=False, order="largest", limit=50),
    "entities": lambda st: st.entities(),
    "entity mentions": lambda st: st.entity_mentions(1),
    "annotations": lambda st: st.annotations(st.article_ids()),
    "export json": lambda st: render(st, "json"),
    "export jsonl": lambda st: render(st, "jsonl"),
    "export markdown": lambda st: render(st, "markdown"),
    "export timelinejs": lambda st: render(st, "timelinejs"),
    "export csv": lambda st: render(st, "csv"),
}


def _measure(url: str, n: int) -> dict[str, int]:
    """Statements per read in a new store of ``n`` stories at ``url``."""
    store = open_store(url)
    try:
        fill_stories(store, n)
        out = {}
        for name, read in READS.items():
            with _counting(store) as seen:
                read(store)
            out[name] = len(seen)
        with storyline.open(url) as sl, _counting(sl.store) as seen:
            assert sl.story(1) is not None
        out["story page"] = len(seen)
        return out
    finally:
        store.close()


def test_reads_cost_the_same_statements_whatever_the_number_of_stories_events_and_articles(store_url, request):
    second = store_url + "2" if "://" not in store_url else request.getfixturevalue("pg_url_2")
    small, large = _measure(store_url, 3), _measure(second, 12)
    assert small["events"] > 0 and small["export json"] > 0
    assert large == small, {k: (small[k], large[k]) for k in small if small[k] != large[k]}


def test_batched_reads_return_every_record(store_url):
    """Read a page at a time, every article keeps its annotation, every event its articles, every story its timeline."""
    store = open_store(store_url)
    fill_stories(store, 4)
    anns = store.annotations(store.article_ids())
    assert len(anns) == 14 and all(len(a.mentions) == 2 and len(a.quotes) == 1 for a in anns.values())
    assert [len(e.articles) for e in store.events()] == [2] * 7
    assert [len(s.timeline) for s in store.stories()] == [1] * 4
    assert [sorted(a.aliases) for a in store.entities()] == [["Acme", "Acme Corp"]]
    assert len(store.entity_mentions(1)) == 28
    store.close()
