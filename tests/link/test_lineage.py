"""Stable ids with lineage: a late report that bridges two stories merges them under the majority id.

Real ECB+ reports from a dev topic (a basketball team fires its head coach):
two reports of one firing form a story, a report of the other firing forms
its own; a later report that speaks of both makes them one story.  The id
that survives is the one most of the articles had, the other id is recorded
as merged into it, and ``storyline story OLD_ID`` (the real CLI) says so and
shows the survivor.
"""

from __future__ import annotations

import json
import subprocess

import pytest

import storyline
from tests.link.test_events_stories import ECB, _add
from tests.test_cli_browse import BIN

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")

PAIR = ["5/5_1ecb.xml", "5/5_3ecb.xml"]
ALONE = "5/5_8ecbplus.xml"
BRIDGE = "5/5_3ecbplus.xml"


def _story_of(sl: storyline.Storyline) -> dict[int, int]:
    return {a: e.story or 0 for e in sl.events() for a in e.articles}


def link_with_bridge(sl: storyline.Storyline) -> tuple[list[int], int, int, dict[int, int], dict[int, int]]:
    """Link the pair and the lone report, then the bridging one: (pair ids, lone id, bridge id,
    story of each article before the bridge, after it)."""
    pair = [_add(sl, ECB / name) for name in PAIR]
    alone = _add(sl, ECB / ALONE)
    sl.annotate()
    sl.link()
    before = _story_of(sl)
    bridge = _add(sl, ECB / BRIDGE)
    sl.annotate()
    sl.link()
    return pair, alone, bridge, before, _story_of(sl)


def test_a_late_article_bridging_two_stories_merges_them_under_the_majority_id(tmp_path, nlp):
    db = tmp_path / "s.db"
    with storyline.open(db) as sl:
        pair, alone, bridge, before, after = link_with_bridge(sl)
        assert before[pair[0]] == before[pair[1]] != before[alone]  # two stories before the bridge
        majority, minority = before[pair[0]], before[alone]
        assert after[pair[0]] == after[pair[1]] == after[alone] == after[bridge] == majority
        assert sl.store.story(minority) is None
        moves = [r for r in sl.lineage("story", minority) if r.relation == "merged_into"]
        assert [(r.old_id, r.new_id) for r in moves] == [(minority, majority)]
        assert moves[0].at and moves[0].why
        assert sl.current_id("story", minority) == majority
        exported = json.loads(sl.export("json"))
        assert {"kind": "story", "old_id": minority, "relation": "merged_into", "new_id": majority} .items() <= \
            next(r for r in exported["lineage"] if r["kind"] == "story").items()

    cli = subprocess.run([str(BIN), "--db", str(db), "story", str(minority)], capture_output=True, text=True,
                         timeout=300)
    assert cli.returncode == 0, cli.stderr
    assert f"story {minority} was merged into story {majority} on " in cli.stdout
    assert f"(story {majority})" in cli.stdout  # the survivor is shown
    as_json = json.loads(subprocess.run([str(BIN), "--db", str(db), "story", str(minority), "--json"],
                                        capture_output=True, text=True, timeout=300).stdout)
    assert as_json["id"] == majority and as_json["merged_from"][0]["old_id"] == minority
    # the story shown names the ids merged into it, as its web page does (Storyline.merged_here), under the same
    # name and shape as /story/N.json; merged_from stays the moves of the id asked for (none for a current id)
    assert [(m["id"], m["into"]) for m in as_json["merged_here"]] == [(minority, majority)]
    survivor = subprocess.run([str(BIN), "--db", str(db), "story", str(majority), "--json"], capture_output=True,
                              text=True, timeout=300)
    assert json.loads(survivor.stdout)["merged_here"] == as_json["merged_here"]
    assert json.loads(survivor.stdout)["merged_from"] == []
    text = subprocess.run([str(BIN), "--db", str(db), "story", str(majority)], capture_output=True, text=True,
                          timeout=300)
    assert f"merged here: story {minority} on {as_json['merged_here'][0]['at']}" in text.stdout


def test_timeline_and_export_take_a_merged_id_as_story_does(tmp_path, nlp):
    """`storyline timeline OLD_ID` and `export --story OLD_ID` said "no story with id N" (exit 2) where `story`
    and the web page say where it went: each shows the survivor and says the move on stderr."""
    db = tmp_path / "s.db"
    with storyline.open(db) as sl:
        pair, alone, _, before, _ = link_with_bridge(sl)
        majority, minority = before[pair[0]], before[alone]

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=300)

    moved = f"story {minority} was merged into story {majority} on "
    for args in (("timeline", str(minority)), ("timeline", str(minority), "--json"),
                 ("export", "--format", "markdown", "--story", str(minority))):
        old, new = cli(*args), cli(*(str(majority) if a == str(minority) else a for a in args))
        assert old.returncode == 0, old.stderr
        assert moved in old.stderr and old.stdout == new.stdout
    assert f"(story {majority})" in cli("export", "--format", "markdown", "--story", str(minority)).stdout



def test_lineage_says_a_lone_articles_move_with_a_count_and_verb_that_agree(tmp_path, nlp):
    """The lone report's event (one article) merged into the bridge's: the lineage said "1 of its 1 articles
    report the same event"; `storyline export --format json` now says "its 1 article reports the same event",
    and the minority story's two articles still "report" it."""
    db = tmp_path / "s.db"
    with storyline.open(db) as sl:
        link_with_bridge(sl)
    cli = subprocess.run([str(BIN), "--db", str(db), "export", "--format", "json"], capture_output=True,
                         text=True, timeout=300)
    assert cli.returncode == 0, cli.stderr
    whys = [r["why"] for r in json.loads(cli.stdout)["lineage"]]
    assert any(w.startswith("its 1 article reports the same event as event ") for w in whys), whys
    assert any(w.startswith("its 2 articles report the same story as story ") for w in whys), whys
    assert not any("1 articles" in w or "1 of its" in w for w in whys), whys
