"""Ingest into a real store: exact and near duplicates, idempotent re-runs, per-article progress."""

from __future__ import annotations

import json

import storyline
from storyline.api import ProgressEvent
from tests.conftest import SEED_A, needs_shared
from tests.ingest.pages import NEWSWIRE, newswire, write_jsonl

pytestmark = needs_shared

WIRE_ORIGINAL, WIRE_UPDATE = "AFP_ENG_20061201.0411", "AFP_ENG_20061201.0416"  # a real story and its re-send


def _ingest(db, *paths, **kw):
    with storyline.open(db) as sl:
        return sl.ingest([str(p) for p in paths], annotate=False, link=False, **kw)


def _wire_copy(text: str) -> str:
    """How another site scrapes the same wire story: its own chrome and byline, one sentence edited."""
    paras = text.split("\n\n")
    head, body = paras[0], paras[1:]
    body[2] = body[2].replace(".", ", officials said.", 1)
    return "\n\n".join(["Skip to main content", "World News", head, "By Wire Staff", *body, "Related Stories",
                        "Sign up for our newsletter"])


def test_a_wire_copy_with_other_chrome_and_an_edited_sentence_is_stored_as_a_copy(db, tmp_path):
    original = tmp_path / "original.txt"
    copy = tmp_path / "copy.txt"
    raw = SEED_A.read_text(encoding="utf-8")
    original.write_text(raw, encoding="utf-8")
    copy.write_text(_wire_copy(raw), encoding="utf-8")
    first = _ingest(db, original)
    report = _ingest(db, copy)
    assert (report.stored, report.near_duplicates) == (1, 1)
    with storyline.open(db) as sl:
        assert sl.article(report.ids[0]).duplicate_of == first.ids[0]


def test_a_real_wire_update_is_marked_and_different_articles_are_not(db, tmp_path):
    recs = {r["id"]: r for r in map(json.loads, NEWSWIRE.read_text(encoding="utf-8").splitlines())}
    path = write_jsonl(tmp_path / "wire.jsonl", newswire(100) + [recs[WIRE_ORIGINAL], recs[WIRE_UPDATE]])
    report = _ingest(db, path)
    assert (report.stored, report.near_duplicates) == (102, 1)
    with storyline.open(db) as sl:
        marked = [a for a in sl.articles() if a.duplicate_of is not None]
        assert [a.external_id for a in marked] == [WIRE_UPDATE]
        assert sl.article(marked[0].duplicate_of).external_id == WIRE_ORIGINAL


def test_exact_duplicates_are_not_stored_twice_and_reingest_is_idempotent(db, tmp_path):
    path = write_jsonl(tmp_path / "wire.jsonl", newswire(20))
    again = write_jsonl(tmp_path / "again.jsonl", newswire(20))
    assert _ingest(db, path).stored == 20
    report = _ingest(db, path, again)
    assert (report.stored, report.duplicates) == (0, 40)
    with storyline.open(db) as sl:
        assert sl.store.count_articles() == 20


def test_a_jsonl_stream_reports_progress_for_every_article(db, tmp_path):
    path = write_jsonl(tmp_path / "wire.jsonl", newswire(30), bad_line=10)
    events: list[ProgressEvent] = []
    _ingest(db, path, progress=events.append)
    assert [e.done for e in events] == list(range(1, 32))
    assert [e.status for e in events].count("stored") == 30 and events[10].status == "failed"
    assert events[0].item == newswire(1)[0]["id"]
