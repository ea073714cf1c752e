"""Timeline exports (markdown, csv, TimelineJS3) of a real linked store: the two seed articles.

Each format is parsed back the way its consumer reads it: csv with the csv
module, TimelineJS with the keys TimelineJS3 requires (``events[].start_date.year``,
``text``), markdown as a chronology with sources.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

import storyline
from storyline.export import ExportError, render
from storyline.timeline.dates import display_date, granularity
from storyline.timeline.version import TIMELINE_VERSION
from tests.conftest import SHARED, needs_shared, shared_json

SPEC = shared_json("acceptance/seeds.json")
pytestmark = needs_shared


@pytest.fixture(scope="module")
def linked(tmp_path_factory, nlp):
    with storyline.open(tmp_path_factory.mktemp("export") / "store.db") as sl:
        for art in SPEC["articles"]:
            sl.ingest([str(SHARED / art["file"])], published=art["published"])
        assert any(s.timeline for s in sl.stories())
        yield sl


def test_csv_has_one_parsable_row_per_timeline_entry(linked):
    rows = list(csv.DictReader(io.StringIO(render(linked.store, "csv"))))
    stories = linked.stories()
    assert len(rows) == sum(len(s.timeline) for s in stories)
    assert set(rows[0]) == {"story_id", "story_title", "date", "text", "articles", "salience", "status", "history"}
    known = {a.id for a in linked.articles()}
    titles = {str(s.id): s.title for s in stories}
    for r in rows:
        assert r["story_title"] == titles[r["story_id"]] and r["text"]
        assert {int(a) for a in r["articles"].split()} <= known
        assert 0 < float(r["salience"]) <= 1


def test_timelinejs_has_the_keys_timelinejs3_requires(linked):
    sid = linked.stories()[0].id
    data = json.loads(render(linked.store, "timelinejs", story=sid))
    assert data["title"]["text"]["headline"]
    entries = linked.store.timeline(sid)
    assert len(data["events"]) == len(entries)
    for ev, entry in zip(data["events"], entries, strict=True):
        start = ev["start_date"]
        assert isinstance(start["year"], int) and ev["text"]["headline"] and ev["text"]["text"] and ev["group"]
        assert str(start["year"]) == entry.date[:4]
        g = granularity(entry.date)
        assert ("month" in start) == (g > 0) and ("day" in start) == (g >= 3)  # a month stays a month
        assert ev["display_date"] == display_date(entry.date)
        # a TimelineJS headline is one line of a slide: within 80 characters, ellipsis included, cut at a word
        words = " ".join(entry.text.split())
        head = ev["text"]["headline"]
        assert len(head) <= 80 and (head == words or (head.endswith(" …") and words.startswith(head[:-2])))
    assert any(len(" ".join(e.text.split())) > 80 for e in entries)  # the seeds' entries include long ones
    assert len({ev["unique_id"] for ev in data["events"]}) == len(data["events"])


def test_markdown_reads_as_a_chronology_with_sources(linked):
    story = linked.stories()[0]
    text = render(linked.store, "markdown", story=story.id)
    assert f"## {story.title}" in text
    lines = [line for line in text.splitlines() if line.startswith("- **")]
    assert [line.split("**")[1] for line in lines] == [display_date(e.date) for e in story.timeline]
    assert text.count("Sources:") == len(story.timeline)


def test_every_format_takes_a_story_and_refuses_an_unknown_one(linked):
    for fmt in ("json", "jsonl", "markdown", "csv", "timelinejs"):
        with pytest.raises(ExportError, match="no story with id 999"):
            render(linked.store, fmt, story=999)
    sid = linked.stories()[0].id
    rows = list(csv.DictReader(io.StringIO(render(linked.store, "csv", story=sid))))
    assert rows and {r["story_id"] for r in rows} == {str(sid)}


def test_a_story_of_one_article_reads_1_article_not_1_articles(tmp_path, nlp):
    with storyline.open(tmp_path / "one.db") as sl:
        art = SPEC["articles"][0]
        sl.ingest([str(SHARED / art["file"])], published=art["published"])
        md = render(sl.store, "markdown")
        tl = json.loads(render(sl.store, "timelinejs", story=sl.stories()[0].id))
    assert f"*1 article, {art['published']}" in md and "1 articles" not in md
    assert tl["title"]["text"]["text"].startswith("1 article, ")


GERMAN_PAGE = {"id": "de-1", "title": "Der Steinkauz ist der Vogel des Jahres",
               "text": "Der Naturschutzbund hat den Steinkauz zum Vogel des Jahres gewählt. Die kleine Eule lebt in "
                       "Streuobstwiesen und alten Bäumen am Rand der Dörfer."}


def test_a_story_without_dated_entries_says_why_in_markdown(tmp_path):
    """Markdown said only "No dated entries yet." where `storyline timeline` and the web page say why."""
    page = tmp_path / "page.jsonl"
    page.write_text(json.dumps(GERMAN_PAGE) + "\n")
    with storyline.open(tmp_path / "de.db") as sl:
        sl.ingest([str(page)])
        md = render(sl.store, "markdown")
    assert "No dated entries: its article is not annotated (language de" in md, md


def test_markdown_says_an_empty_timeline_waits_for_link_or_was_built_by_an_older_release(tmp_path):
    """Markdown told what the articles lack of a story whose empty timeline an older release built, or that
    waits for `storyline link` (a linker stopped between a story and its timeline), where `storyline timeline`
    and the story page say that (timeline_note)."""
    page = tmp_path / "page.jsonl"
    page.write_text(json.dumps(GERMAN_PAGE) + "\n")
    with storyline.open(tmp_path / "de.db") as sl:
        sl.ingest([str(page)])
        sid = sl.stories()[0].id
        sl.store.save_timeline(sid, [], version=TIMELINE_VERSION - 1)
        old = render(sl.store, "markdown")
        with sl.store.transaction():
            sl.store.mark_dirty([sid])
        waiting = render(sl.store, "markdown")
    assert "No dated entries: built by an older storyline" in old, old
    assert "No dated entries: timelines are built when linking" in waiting, waiting
