"""One story as a reader meets it through the real `storyline` entry point: the North Korea talks and food aid
of April 1997, seven AFP records of the newswire corpus (../shared/data/newswire-1997-1998.jsonl), ingested,
annotated by the real model and linked.

What a user tripped on (branch usersweep4): the story's top quotes printed reported speech in quotation marks
as if the speaker's words and cut a quote at 200 characters inside its closing mark; one story's JSON export
held every entity of the store; markdown, CSV and TimelineJS mixed the history the story's articles recall
(the Korean War, the 1995 floods) into the story's own days, where `storyline timeline` and the story page set
it apart.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.plain import shorten
from tests.conftest import SHARED, TALKS_1997, needs_shared

BIN = Path(sys.executable).with_name("storyline")
NEWSWIRE = SHARED / "data" / "newswire-1997-1998.jsonl"
OTHER = "AFP_ENG_19970401.0006"  # Malaysian share prices: another story, other entities

pytestmark = needs_shared


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def talks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The store and the id of the story holding the talks."""
    folder = tmp_path_factory.mktemp("talks")
    feed, db = folder / "talks.jsonl", folder / "store.db"
    records = [line for line in NEWSWIRE.read_text(encoding="utf-8").splitlines()
               if json.loads(line)["id"] in TALKS_1997 | {OTHER}]
    assert len(records) == len(TALKS_1997) + 1
    feed.write_text("\n".join(records) + "\n", encoding="utf-8")
    run(db, "ingest", str(feed))
    stories = json.loads(run(db, "stories", "--json").stdout)["stories"]
    return db, stories[0]["id"]


def test_the_top_quotes_mark_reported_speech_and_cut_at_a_word(talks):
    db, sid = talks
    quotes = json.loads(run(db, "story", str(sid), "--json").stdout)["quotes"]
    shown = run(db, "story", str(sid)).stdout.split("Top quotes", 1)[1]
    reported = [q for q in quotes if q["kind"] in ("indirect", "mixed")]
    assert reported, "the story's top quotes hold reported speech"
    for q in reported:  # the article's words, not the speaker's: no quotation marks round them
        assert f"[{q['kind']}] {' '.join(q['text'].split())[:60]}" in " ".join(shown.split())
        assert f"“{q['text'][:60]}" not in shown
    long = [q for q in quotes if len(q["text"]) > 200]
    assert long, "a quote longer than the 200 characters shown"
    for q in long:
        cut = shorten(q["text"], 200)  # at a word, the ellipsis within the 200
        assert cut.endswith(" …") and " ".join(cut.split()) in " ".join(shown.split())


def test_one_storys_json_export_holds_the_entities_its_articles_name_only(talks):
    db, sid = talks
    whole = json.loads(run(db, "export", "--format", "json").stdout)
    one = json.loads(run(db, "export", "--format", "json", "--story", str(sid)).stdout)
    named = {m["entity"] for a in one["articles"] for m in a["mentions"] if m["entity"] is not None}
    assert {e["id"] for e in one["entities"]} == named
    assert len(one["entities"]) < len(whole["entities"])
    # each entity record is the store's own, ranked as the whole store's are
    rank = [e["id"] for e in whole["entities"] if e["id"] in named]
    assert [e["id"] for e in one["entities"]] == rank
    records = {e["id"]: e for e in whole["entities"]}
    assert all(e == records[e["id"]] for e in one["entities"])
    jsonl = run(db, "export", "--format", "jsonl", "--story", str(sid)).stdout
    lines = [json.loads(line) for line in jsonl.splitlines()]
    assert {r["id"] for r in lines if r["kind"] == "entity"} == named


def test_the_timeline_exports_set_history_apart_as_the_cli_does(talks):
    db, sid = talks
    entries = json.loads(run(db, "timeline", str(sid), "--json").stdout)["entries"]
    old = [e for e in entries if e["history"]]
    assert old and len(old) < len(entries), "the story recalls history (the Korean War, the 1995 floods)"

    rows = list(csv.DictReader(io.StringIO(run(db, "export", "--format", "csv", "--story", str(sid)).stdout)))
    assert [(r["date"], r["history"]) for r in rows] == [(e["date"], "yes" if e["history"] else "no")
                                                          for e in entries]

    text = run(db, "export", "--format", "markdown", "--story", str(sid)).stdout
    head, story = text.split("### The story", 1)
    assert f"### Earlier history its articles recall ({len(old)} entr" in head
    assert head.count("\n- **") == len(old) and story.count("\n- **") == len(entries) - len(old)

    tl = json.loads(run(db, "export", "--format", "timelinejs", "--story", str(sid)).stdout)
    groups = [ev["group"] for ev in tl["events"]]
    assert sum(g.endswith(": earlier history its articles recall") for g in groups) == len(old)
    for ev, e in zip(tl["events"], entries, strict=True):  # a plan or a recalled day says so, as markdown does
        assert (f"<em>({e['status']})</em>" in ev["text"]["text"]) == (e["status"] != "happened")


def test_quotes_takes_a_story_as_the_web_quotes_page_does(talks):
    """`storyline quotes` had no --story (the web's /quotes?story= has): an analyst could not list one story's
    quotes from the CLI."""
    db, sid = talks
    exported = json.loads(run(db, "export", "--format", "json", "--story", str(sid)).stdout)
    members = {a["id"] for a in exported["articles"]}
    everything = json.loads(run(db, "quotes", "--json", "--kind", "all", "--limit", "1000").stdout)["quotes"]
    mine = json.loads(run(db, "quotes", "--story", str(sid), "--json", "--kind", "all", "--limit", "1000").stdout
                      )["quotes"]
    assert mine and len(mine) < len(everything)
    assert [(q["article"], q["start"]) for q in mine] == [(q["article"], q["start"]) for q in everything
                                                          if q["article"] in members]
    two = run(db, "quotes", "--story", str(sid), "--limit", "2", "--json", "--kind", "all")  # a page, then the next
    cursor = json.loads(two.stdout)["after"]
    rest = json.loads(run(db, "quotes", "--story", str(sid), "--json", "--kind", "all", "--limit", "1000",
                          "--after", cursor).stdout)["quotes"]
    pairs = [(q["article"], q["start"]) for q in [*json.loads(two.stdout)["quotes"], *rest]]
    assert pairs == [(q["article"], q["start"]) for q in mine]


def test_the_top_quotes_as_json_name_the_speaker_the_text_shows(talks):
    """``story --json`` put the speaker's name under ``speaker`` and then the quote record's own ``speaker`` (the
    entity id) over it, so a script got an id and never the name the text output prints before each quote."""
    db, sid = talks
    quotes = json.loads(run(db, "story", str(sid), "--json").stdout)["quotes"]
    shown = run(db, "story", str(sid)).stdout.split("Top quotes", 1)[1]
    named = [q for q in quotes if q["speaker"] is not None]
    assert named, "the story's top quotes have named speakers"
    for q in quotes:
        assert isinstance(q["speaker_name"], str) and q["speaker_name"], q
        assert f"{q['speaker_name']} (article {q['article']}):" in shown, q["speaker_name"]
    for q in named:
        assert isinstance(q["speaker"], int), q
