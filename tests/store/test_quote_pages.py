"""The quotes listing paged by cursor, copies grouped, on a SQLite file and on a real PostgreSQL server.

The reference each test compares with is the old way, written out here: read
every quote, fold its words, group, order the groups by their first copy.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.records import Annotation, Article, Chain, Mention, Quote
from storyline.store import SqliteStore, open_store
from storyline.store.base import QueryError
from storyline.store.keyset import BadCursor
from storyline.store.quote_words import quote_key
from storyline.store.schema import MIGRATIONS
from tests.store.old_schema import copy_as_of
from tests.store.test_keyset import Recorder, walk

WORDS = ["We will meet again", "Prices will rise", "No comment", "The dam held", "It is over", "Vote no"]
DATES = [None, "2019-05-01", "2019-05-01T08:00:00", "2019-05-02", "2018-12-31", "2020-01-01"]
SPELLINGS = [lambda t: t, str.upper, lambda t: f"\u201c{t},\u201d", lambda t: "  ".join(t.split()) + "."]


def _annotation(aid: int, rng: random.Random, n: int) -> Annotation:
    """``n`` quotes drawn from a small pool (so most have copies elsewhere), spelt differently, some scare
    quotes (never listed by default), some said by the article's one named entity."""
    quotes = []
    for i in range(n):
        text = rng.choice(SPELLINGS)(rng.choice(WORDS) + (f" {rng.randrange(8)}" if rng.random() < 0.5 else ""))
        kind = "scare" if rng.random() < 0.15 else rng.choice(["direct", "indirect"])
        quotes.append(Quote(10 * i, 10 * i + 5, text, speaker_chain=0 if kind != "scare" and rng.random() < 0.5
                            else None, cue="said", confidence=0.8, kind=kind))
    return Annotation(article_id=aid, mentions=[Mention(0, 4, "Kim", "PERSON", chain=0)],
                      chains=[Chain(name="Kim", type="PERSON", aliases=["Kim"], mentions=[0], keys=["kim"])],
                      quotes=quotes)


def _fill(store: Any, seed: int, n: int) -> list[int]:
    rng = random.Random(seed)
    ids = []
    for i in range(n):
        aid = store.add_article(Article(external_id=f"a{seed}-{i}", title=f"t{i}", text=f"text {seed} {i}",
                                        published=rng.choice(DATES), content_hash=f"{seed}-{i}"))
        store.save_annotation(_annotation(aid, rng, rng.randrange(4)), 1)
        ids.append(aid)
    return ids


def reference(store: Any, speaker: int | None = None, articles: list[int] | None = None) -> list[list[tuple]]:
    """Every group the old way: all quotes read, folded, grouped; newest first copy first."""
    dates = {a.id: a.published for a in store.articles()}
    rows = [(aid, q) for aid, q in store.quotes(limit=10**6, speaker=speaker, articles=articles)]
    order = {id(q): i for i, (_, q) in enumerate(rows)}  # the store reads an article's quotes in text order
    groups: dict[str, list[tuple[int, Any]]] = {}
    for aid, q in sorted(rows, key=lambda r: (dates[r[0]] is None, dates[r[0]] or "", r[0], order[id(r[1])])):
        groups.setdefault(quote_key(q.text), []).append((aid, q))
    ranked = sorted(groups.values(), key=lambda g: (dates[g[0][0]] is not None, dates[g[0][0]] or "", g[0][0],
                                                    order[id(g[0][1])]), reverse=True)
    return [[(aid, q.text, q.start) for aid, q in g] for g in ranked]


def shown(pages: list[Any]) -> list[list[tuple]]:
    return [[(aid, q.text, q.start) for aid, q in g] for p in pages for g in p.items]


def deep_statements(store: Any, read: Any, limit: int) -> list[tuple[str, list[Any]]]:
    """The statements (and arguments) the store runs to read the pages past the first three by cursor."""
    cursors = [p.next for p in walk(lambda after: read(limit=limit, after=after))][3:-1]
    real, store.db = store.db, Recorder(store.db)
    try:
        for c in cursors:
            read(limit=limit, after=c)
        return list(store.db.ran)
    finally:
        store.db = real


@pytest.fixture
def store(store_url: str) -> Any:
    s = open_store(store_url)
    yield s
    s.close()


def test_walking_quote_pages_gives_every_group_once_newest_first_with_its_copies(store):
    _fill(store, 1, 40)
    want = reference(store)
    assert len(want) > 10 and any(len(g) > 2 for g in want)
    for limit in (1, 7, 200):
        pages = walk(lambda after, limit=limit: store.quote_group_page(limit=limit, after=after))
        assert shown(pages) == want
        back = [pages[-1]]  # and back again by the prev cursors
        while back[-1].prev:
            back.append(store.quote_group_page(limit=limit, before=back[-1].prev))
        assert shown(back[::-1]) == want


def test_reannotating_an_article_regroups_its_quotes(store):
    ids = _fill(store, 2, 30)
    first = store.quote_group_page(limit=3).items[0][0][0]  # the article of the newest group's first copy
    store.save_annotation(Annotation(article_id=first), 1)  # its quotes are gone: the next copy leads
    assert shown(walk(lambda after: store.quote_group_page(limit=4, after=after))) == reference(store)
    rng = random.Random(7)
    for aid in rng.sample(ids, 8):  # and new quotes, joining groups or opening them
        store.save_annotation(_annotation(aid, rng, 3), 2)
    assert shown(walk(lambda after: store.quote_group_page(limit=4, after=after))) == reference(store)


def test_narrowed_quote_pages_group_the_quotes_the_filter_keeps(store):
    ids = _fill(store, 3, 30)
    speaker = store.quotes(limit=10**6)[0][1].speaker or store.entities()[0].id
    got = shown(walk(lambda after: store.quote_group_page(limit=3, after=after, speaker=speaker)))
    assert got == reference(store, speaker=speaker) and got
    some = ids[::3]
    assert shown(walk(lambda after: store.quote_group_page(limit=3, after=after, articles=some))) \
        == reference(store, articles=some)
    with pytest.raises(BadCursor, match="first page"):
        store.quote_group_page(after="garbage")


def test_a_deep_quote_page_is_an_index_seek_not_a_sort_or_a_scan(store, store_url):
    """Every statement of a page after a deep cursor seeks the groups' date index or probes ``words``;
    on PostgreSQL with sequential and bitmap scans off, so the plan shows what the indexes can do."""
    _fill(store, 4, 60)
    ran = [(sql, args) for sql, args in deep_statements(store, store.quote_group_page, 3)
           if sql.lstrip().startswith("SELECT")]
    assert ran and any("quote_groups" in sql for sql, _ in ran) and any("words IN" in sql for sql, _ in ran)
    for sql, args in ran:
        if not store_url.endswith(".db"):
            with store.transaction():
                store.db.execute("SET LOCAL enable_seqscan = off")
                store.db.execute("SET LOCAL enable_bitmapscan = off")  # a bitmap scan gives no order
                plan = " ".join(str(r[0]) for r in store.db.execute(f"EXPLAIN {sql}", args))
            assert "Index" in plan and "Sort" not in plan and "Seq Scan" not in plan, (sql, plan)
        else:
            plan = " ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", args))
            assert "TEMP B-TREE" not in plan and " SCAN " not in f" {plan} ".replace("SCAN CONSTANT", ""), (sql, plan)


def test_quotes_stored_before_the_groups_existed_are_grouped_when_the_store_migrates(tmp_path: Path):
    today, db = tmp_path / "today.db", tmp_path / "old.db"
    with SqliteStore(today) as new:  # the same quotes written by today's store, for the reference
        _fill(new, 5, 25)
        want = reference(new)
    # a store as migration 13 (quote_groups, quote words) found it
    copy_as_of(today, db, next(i for i, sql in enumerate(MIGRATIONS) if "CREATE TABLE quote_groups" in sql))
    with SqliteStore(db) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert shown(walk(lambda after: store.quote_group_page(limit=4, after=after))) == want


def every_quote(store: Any, **filters: Any) -> list[tuple]:
    """Every quote the old listing read, in publication order (undated last), article id, text order."""
    dates = {a.id: a.published for a in store.articles()}
    rows = store.quotes(limit=10**6, **filters)
    return [(aid, q.text, q.start) for aid, q in sorted(rows, key=lambda r: (dates[r[0]] is None, dates[r[0]] or "",
                                                                               r[0], r[1].start))]


def test_walking_every_quote_by_cursor_gives_each_once_in_publication_order(store):
    _fill(store, 6, 40)
    pairs = lambda pages: [(aid, q.text, q.start) for p in pages for aid, q in p.items]  # noqa: E731
    for limit in (1, 6, 500):
        pages = walk(lambda after, limit=limit: store.quote_page(limit=limit, after=after))
        assert pairs(pages) == every_quote(store)
        back = [pages[-1]]
        while back[-1].prev:
            back.append(store.quote_page(limit=limit, before=back[-1].prev))
        assert pairs(back[::-1]) == every_quote(store)
    kim = store.entities()[0].id
    assert pairs(walk(lambda after: store.quote_page(limit=4, after=after, speakers=[kim]))) \
        == every_quote(store, speaker=kim)
    assert pairs(walk(lambda after: store.quote_page(limit=4, after=after, query="prices", kinds=["direct"]))) \
        == every_quote(store, query="prices", kinds=["direct"])


def test_a_deep_page_of_every_quote_seeks_the_date_index(store, store_url):
    """The unfiltered quotes listing walks articles by their (published, id) index and each article's
    quotes by quotes_article: SQLite sorts nothing; PostgreSQL sorts at most one article's quotes
    (an Incremental Sort on the presorted article key, or the tier inside one article), never the listing.
    PostgreSQL is asked with sequential, bitmap and full sorts off: its plan shows what the indexes can do,
    not what a tiny test table makes cheapest."""
    _fill(store, 8, 60)
    ran = [(sql, args) for sql, args in deep_statements(store, store.quote_page, 4) if "LIMIT" in sql]
    assert ran
    walks: list[bool] = []
    for sql, args in ran:
        if not store_url.endswith(".db"):
            with store.transaction():
                store.db.execute("SET LOCAL enable_seqscan = off")
                store.db.execute("SET LOCAL enable_bitmapscan = off")
                store.db.execute("SET LOCAL enable_sort = off")  # a full sort only where nothing else can order
                plan = "\n".join(str(r[0]) for r in store.db.execute(f"EXPLAIN {sql}", args))
            assert "Index" in plan and "Seq Scan" not in plan, (sql, plan)
            walks.append("articles_published" in plan)
            one_article = "a.id = ?" in sql  # the tier after a quote of one article: only its quotes to sort
            assert one_article or all("Incremental Sort" in line for line in plan.splitlines()
                                      if "Sort" in line and "Sort Key" not in line and "Presorted" not in line), plan
        else:
            steps = [str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", args)]
            assert all("USING" in step for step in steps) and "TEMP B-TREE" not in " ".join(steps), (sql, steps)
            walks.append("articles_published" in " ".join(steps))
    assert any(walks)  # the statements that cross articles walk their date index


def test_cli_pages_quotes_by_the_cursor_it_prints(store, store_url):
    _fill(store, 9, 20)
    want = [(aid, text) for aid, text, _ in every_quote(store)]
    run = CliRunner().invoke
    listed: list[tuple[int, str]] = []
    args = ["--db", store_url, "quotes", "--limit", "4", "--json"]
    while True:
        res = run(app, args)
        assert res.exit_code == 0, res.stderr
        page = json.loads(res.stdout)  # the next page's cursor is in the JSON, as on the web's JSON twin
        listed += [(r["article"], r["text"]) for r in page["quotes"]]
        if page["after"] is None:
            break
        args = [*args[:6], "--after", page["after"]]
    assert listed == want
    table = run(app, ["--db", store_url, "quotes", "--limit", "2"])
    assert table.exit_code == 0 and "next page: --after " in table.stdout
    bad = run(app, ["--db", store_url, "quotes", "--after", "garbage"])
    assert bad.exit_code == 2 and "start again from the first page" in bad.stderr and "Traceback" not in bad.stderr


def test_quote_pages_by_words_group_the_quotes_the_search_finds(store):
    """The web's ``/quotes?q=`` reads these pages: a full-text query narrows them as it does ``quotes()``."""
    _fill(store, 5, 30)
    rows = store.quotes(limit=10**6, query="dam")
    assert rows and all("dam" in q.text.lower() for _, q in rows)
    got = shown(walk(lambda after: store.quote_group_page(limit=2, after=after, query="dam")))
    assert sorted(x for g in got for x in g) == sorted((aid, q.text, q.start) for aid, q in rows)
    assert all({quote_key(t) for _, t, _ in g} == {quote_key(g[0][1])} for g in got)


def test_a_quote_search_in_a_script_written_without_spaces_finds_its_words_inside_the_quote(store):
    """``storyline quotes 北京`` and ``/quotes?q=北京`` found nothing: the index keeps a Chinese sentence as one
    word; such a query is found as written, as an article search finds it, and its operators are refused."""
    aid = store.add_article(Article(external_id="zh", title="北京", text="x", published="2024-12-01",
                                    content_hash="zh"))
    said = ["北京将继续推进改革", "上海的情况很好", "北京和上海都下雪了"]
    store.save_annotation(Annotation(article_id=aid, quotes=[Quote(10 * i, 10 * i + 5, t, cue="说", kind="direct")
                                                             for i, t in enumerate(said)]), 1)
    assert sorted(q.text for _, q in store.quotes(query="北京")) == ["北京和上海都下雪了", "北京将继续推进改革"]
    assert [q.text for _, q in store.quotes(query="北京 上海")] == ["北京和上海都下雪了"]
    paged = store.quote_group_page(limit=10, query="上海")
    assert sorted(q.text for g in paged.items for _, q in g) == ["上海的情况很好", "北京和上海都下雪了"]
    assert [q.text for g in store.quote_page(query="改革").items for q in [g[1]]] == ["北京将继续推进改革"]
    with pytest.raises(QueryError, match="cannot be used"):
        store.quotes(query="北京 NOT 上海")
