"""A story id that linking merged into another sends the browser on to the story that holds its articles.

The merge is real: ECB+ reports of two firings form two stories, a later
report that speaks of both merges them (the scenario of tests/link/test_lineage.py).
"""

from __future__ import annotations

import json
import subprocess

import httpx
import pytest

import storyline
from tests.link.test_events_stories import ECB
from tests.link.test_lineage import link_with_bridge
from tests.store.test_entity_merge import BOTH, NAMED, SHORT, _ingest
from tests.web.conftest import BIN, serving

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")


def test_a_merged_story_id_redirects_to_the_story_it_was_merged_into(tmp_path, nlp):
    db = tmp_path / "s.db"
    with storyline.open(db) as sl:
        pair, alone, _, before, _ = link_with_bridge(sl)
        majority, minority = before[pair[0]], before[alone]
        assert majority != minority
        assert sl.current_id("story", minority) == majority != minority
    with serving(db) as base:
        for suffix in ("", ".json"):
            moved = httpx.get(f"{base}/story/{minority}{suffix}", timeout=30)
            assert moved.status_code == 301 and moved.headers["location"] == f"/story/{majority}{suffix}"
            assert httpx.get(f"{base}/story/{minority}{suffix}", follow_redirects=True, timeout=30).status_code == 200
            # a saved "show all" link keeps asking for all (it went on to the survivor's 40 most salient)
            moved = httpx.get(f"{base}/story/{minority}{suffix}?top=all", timeout=30)
            assert moved.status_code == 301 and moved.headers["location"] == f"/story/{majority}{suffix}?top=all"
        # the page the reader lands on says how an old link got there (it showed another title without a word)
        landed = httpx.get(f"{base}/story/{minority}.json", follow_redirects=True, timeout=30).json()["story"]
        assert [m["id"] for m in landed["merged_here"]] == [minority] and landed["merged_here"][0]["into"] == majority
        cli = subprocess.run([str(BIN), "--db", str(db), "story", str(minority), "--json"], capture_output=True,
                             text=True, timeout=300)
        assert json.loads(cli.stdout)["merged_here"] == landed["merged_here"]  # one name, one shape, CLI and web
        page = httpx.get(f"{base}/story/{minority}", follow_redirects=True, timeout=30).text
        assert f"Linking merged earlier stories into this one: story {minority} on " in page
        assert httpx.get(f"{base}/story/{majority + minority + 1000}", timeout=30).status_code == 404


def test_the_quotes_of_a_merged_story_id_go_on_to_the_survivors(tmp_path, nlp):
    """/quotes?story=OLD was a 404 "no story" where /story/OLD goes on to the story that holds its articles;
    `storyline quotes --story OLD` lists the survivor's quotes and says the move."""
    db = tmp_path / "s.db"
    with storyline.open(db) as sl:
        pair, alone, _, before, _ = link_with_bridge(sl)
        majority, minority = before[pair[0]], before[alone]
    with serving(db) as base:
        for suffix in ("", ".json"):
            moved = httpx.get(f"{base}/quotes{suffix}?story={minority}&q=fired", timeout=30)
            assert moved.status_code == 301
            went = httpx.URL(moved.headers["location"])  # the other filters kept
            assert went.path == f"/quotes{suffix}" and dict(went.params) == {"story": str(majority), "q": "fired"}
        assert httpx.get(f"{base}/quotes?story={majority + minority + 1000}", timeout=30).status_code == 404
    old, new = (subprocess.run([str(BIN), "--db", str(db), "quotes", "--story", str(s), "--json"],
                               capture_output=True, text=True, timeout=300) for s in (minority, majority))
    assert old.returncode == 0 and old.stdout == new.stdout
    assert f"story {minority} was merged into story {majority} on " in old.stderr


def test_a_merged_entity_id_redirects_to_the_entity_it_was_merged_into(tmp_path, nlp):
    db = tmp_path / "s.db"
    _ingest(str(db), [NAMED, SHORT, BOTH])  # "Injured Reserve (IR)" arrives last: the "IR" entity merges
    with storyline.open(db) as sl:
        (row,) = sl.store.lineage("entity")
    with serving(db) as base:
        for suffix in ("", ".json"):
            moved = httpx.get(f"{base}/entity/{row.old_id}{suffix}", timeout=30)
            assert moved.status_code == 301 and moved.headers["location"] == f"/entity/{row.new_id}{suffix}"
            landed = httpx.get(f"{base}/entity/{row.old_id}{suffix}", follow_redirects=True, timeout=30)
            assert landed.status_code == 200


def test_a_merged_entity_id_as_a_filter_goes_on_to_the_survivor_on_the_web_and_in_timeline(tmp_path, nlp):
    """``/stories?entity=OLD`` and ``/quotes?speaker=OLD`` were a 404 "no entity" and `storyline timeline
    --entity OLD` "no entity named like", where ``/entity/OLD`` and `storyline entity OLD` go on to the entity
    that holds its mentions."""
    db = tmp_path / "s.db"
    _ingest(str(db), [NAMED, SHORT, BOTH])  # "Injured Reserve (IR)" arrives last: the "IR" entity merges
    with storyline.open(db) as sl:
        (row,) = sl.store.lineage("entity")
        other = next(e.id for e in sl.entities() if e.id != row.new_id)  # a name holding the old id's digits
        sl.store.db.execute("INSERT INTO entity_aliases (entity_id, alias, count) VALUES (?, ?, 100)",
                            (other, f"Highway {row.old_id}"))  # must not win over the id ("Flight 240", "G20")
        sl.store.db.commit()
    with serving(db) as base:
        for path, param in (("/stories", "entity"), ("/stories.json", "entity"), ("/quotes", "speaker"),
                            ("/quotes.json", "speaker")):
            moved = httpx.get(f"{base}{path}?{param}={row.old_id}&q=reserve", timeout=30)
            assert moved.status_code == 301, path
            went = httpx.URL(moved.headers["location"])  # the other filters kept
            assert went.path == path and dict(went.params) == {param: str(row.new_id), "q": "reserve"}, path
            assert httpx.get(f"{base}{path}?{param}={row.new_id}", timeout=30).status_code == 200, path
        assert httpx.get(f"{base}/stories?entity={row.old_id + row.new_id + 1000}", timeout=30).status_code == 404
        for odd in ("/stories?entity=%C2%B2", "/quotes?speaker=%C2%B2", "/entity/%C2%B2"):  # "²".isdigit()
            assert httpx.get(f"{base}{odd}", timeout=30).status_code in (400, 404), odd
    old, new = (subprocess.run([str(BIN), "--db", str(db), "timeline", "--entity", str(e), "--json"],
                               capture_output=True, text=True, timeout=300) for e in (row.old_id, row.new_id))
    assert old.returncode == 0 and old.stdout == new.stdout, old.stderr
    assert f"entity {row.old_id} was merged into entity {row.new_id} on " in old.stderr
