"""Story listings a page at a time, the same on SQLite and PostgreSQL: store, API, CLI and web order agree."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from storyline.store import open_store
from tests.store.linked import fill_stories
from tests.web.conftest import serving
from tests.web.test_pages import valid

N = 7  # story s (id s+1) has 2 * (1 + s % 3) articles and its last article on 2020-02-(s+1)


@pytest.fixture
def filled(store_url: str) -> str:
    store = open_store(store_url)
    fill_stories(store, N)
    store.close()
    return store_url


def test_pages_walk_every_story_once_in_each_order(filled):
    store = open_store(filled)
    newest = [7, 6, 5, 4, 3, 2, 1]
    largest = [3, 6, 2, 5, 1, 4, 7]  # 6 articles, then 4, then 2; ties by id
    for order, want in (("recent", newest), ("largest", largest), ("id", sorted(newest))):
        assert [s.id for s in store.stories(with_timeline=False, order=order)] == want
        pages = [store.stories(with_timeline=False, order=order, limit=3, offset=k) for k in (0, 3, 6, 9)]
        assert [[s.id for s in p] for p in pages] == [want[:3], want[3:6], want[6:], []]
        some = [2, 3, 5, 7]
        assert [s.id for s in store.stories(ids=some, order=order, limit=2, offset=1)] == [
            i for i in want if i in some][1:3]
    page = store.stories(order="largest", limit=2)
    assert [s.articles for s in page] == [6, 6] and all(len(s.timeline) == 1 for s in page)
    assert store.count_stories() == N
    store.close()


def test_date_filters_page_and_count_alike(filled):
    store = open_store(filled)
    kept = store.stories(with_timeline=False, order="recent", since="2020-02-03", until="2020-01-05")
    assert [s.id for s in kept] == [5, 4, 3]
    assert store.count_stories(since="2020-02-03", until="2020-01-05") == 3
    assert store.count_stories(since="2020-02-03", ids=[1, 3, 4, 4]) == 2
    with pytest.raises(ValueError, match="largest"):
        store.stories(order="size")
    store.close()


def test_cli_lists_a_page_the_next_page_or_everything(filled):
    run = CliRunner().invoke
    first = json.loads(run(app, ["--db", filled, "stories", "--limit", "3", "--json"]).stdout)["stories"]
    second = json.loads(run(app, ["--db", filled, "stories", "--limit", "3", "--offset", "3", "--json"]).stdout
                        )["stories"]
    every = json.loads(run(app, ["--db", filled, "stories", "--all", "--json"]).stdout)["stories"]
    assert [r["id"] for r in first + second] == [3, 6, 2, 5, 1, 4]  # largest first, as before
    assert [r["id"] for r in every] == [3, 6, 2, 5, 1, 4, 7] and every[0]["timeline_entries"] == 1
    recent = json.loads(run(app, ["--db", filled, "stories", "--sort", "recent", "-n", "2", "--json"]).stdout
                        )["stories"]
    assert [r["id"] for r in recent] == [7, 6]
    table = run(app, ["--db", filled, "stories", "--limit", "3"])
    assert table.exit_code == 0 and "3 of 7 stories; next page: --after " in table.stdout
    table = run(app, ["--db", filled, "stories", "--limit", "3", "--offset", "3"])
    assert table.exit_code == 0 and "stories 4-6 of 7; next page: --offset 6" in table.stdout
    bad = run(app, ["--db", filled, "stories", "--sort", "size"])
    assert bad.exit_code == 2 and "--sort must be one of" in bad.stderr


def test_the_web_listing_pages_newest_first_with_totals(filled):
    with storyline.open(filled) as sl:
        page, total = sl.story_listing(limit=3, offset=3)
        assert [s.id for s in page] == [4, 3, 2] and total == N
        assert all(len(s.timeline) == 1 for s in page)
        page, total = sl.story_listing(since="2020-02-06", limit=1)
        assert [s.id for s in page] == [7] and total == 2


def test_the_web_listing_links_to_the_next_page_by_cursor_and_keeps_numbered_links(filled):
    """The stories page (HTML and its JSON twin) links on with ?after=; following the links walks every story
    once, newest first; the previous links walk back; an old ?page=N link still answers."""
    with serving(filled) as base:  # type: ignore[arg-type]
        seen: list[int] = []
        path: str | None = "/stories.json?limit=3"
        pages = []
        while path:
            data = valid(httpx.get(base + path, timeout=60).json())
            pages.append(path)
            seen += [s["id"] for s in data["stories"]]
            assert data["pagination"]["total"] == N and data["pagination"]["page"] is None
            path = data["pagination"]["next"]
            assert path is None or "after=" in path and "limit=3" in path
        assert seen == [7, 6, 5, 4, 3, 2, 1] and len(pages) == 3
        html = httpx.get(base + pages[1].replace(".json", ""), timeout=60).text
        nxt = re.search(r'<a href="([^"]+)" rel="next">', html)
        prev = re.search(r'<a href="([^"]+)" rel="prev">', html)
        assert nxt and prev and "after=" in nxt.group(1) and "before=" in prev.group(1)
        back = valid(httpx.get(base + prev.group(1).replace("&amp;", "&").replace("/stories", "/stories.json"),
                               timeout=60).json())
        assert [s["id"] for s in back["stories"]] == [7, 6, 5] and back["pagination"]["prev"] is None
        old = valid(httpx.get(base + "/stories.json?page=2&limit=3", timeout=60).json())
        assert [s["id"] for s in old["stories"]] == [4, 3, 2] and old["pagination"]["page"] == 2
        assert "page=3" in old["pagination"]["next"]
        bad = httpx.get(base + "/stories?after=garbage", timeout=60)
        assert bad.status_code == 400 and "start again from the first page" in bad.text


def test_the_newest_first_page_walks_an_index_instead_of_sorting_every_story(tmp_path):
    """SQLite's plan for the query the web's listing runs: an index walk (a page costs the same at any size)."""
    store = open_store(str(tmp_path / "s.db"))
    ran: list[str] = []
    store.db.set_trace_callback(ran.append)  # type: ignore[attr-defined]
    store.stories(with_timeline=False, order="recent", limit=50, offset=100, since="2020")
    store.db.set_trace_callback(None)  # type: ignore[attr-defined]
    page = next(q for q in ran if "FROM stories s" in q and "LIMIT" in q)
    plan = " ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {page}"))  # type: ignore[attr-defined]
    assert "INDEX stories_recent" in plan and "TEMP B-TREE" not in plan, plan
    store.close()
