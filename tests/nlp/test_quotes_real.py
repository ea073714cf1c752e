"""Quotes on real text: newswire spans stay sane, and `storyline quotes` lists stored quotes by speaker."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.nlp.quotes.spans import MAX_CLOSED, MAX_UNCLOSED, find_spans, paragraphs
from tests.conftest import DATA, needs_shared

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"


@needs_shared
def test_newswire_quotes_stay_inside_their_paragraph_and_between_their_marks() -> None:
    texts = [json.loads(line)["text"] for line in NEWSWIRE.read_text(encoding="utf-8").splitlines()[:400]]
    spans = closed = 0
    for text in texts:
        paras = paragraphs(text)
        for s in find_spans(text):
            spans += 1
            closed += s.closed
            assert text[s.start:s.end] == s.text
            assert any(a <= s.open_at and s.end <= b for a, b in paras), s.text
            assert len(s.text) <= (MAX_CLOSED if s.closed else MAX_UNCLOSED)
            if s.closed:
                assert text[s.close_at] in "\"”'’»"
    assert spans > 500  # AFP/APW quote a lot: finding few means marks are being missed
    assert closed / spans > 0.95


def test_quotes_command_lists_quotes_by_speaker_as_json(tmp_path: Path) -> None:
    article = tmp_path / "vote.txt"
    article.write_text("Council votes to rebuild bridge\n\n"
                       "The city council voted on Monday to rebuild the old river bridge.\n\n"
                       '"The bridge will reopen in May," said Laura Chen, a city engineer.\n\n'
                       '"We expect heavy traffic for a few weeks," she added.\n', encoding="utf-8")
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    ingested = runner.invoke(app, ["--db", db, "ingest", str(article), "--published", "2020-03-02", "--no-link"])
    assert ingested.exit_code == 0, ingested.stderr
    listed = runner.invoke(app, ["--db", db, "quotes", "--speaker", "Laura Chen", "--json"])
    assert listed.exit_code == 0, listed.stderr
    rows = json.loads(listed.stdout)["quotes"]
    assert [(r["speaker_name"], r["cue"]) for r in rows] == [("Laura Chen", "said"), ("Laura Chen", "added")]
    searched = runner.invoke(app, ["--db", db, "quotes", "traffic"])
    assert "We expect heavy traffic" in searched.stdout and "Laura Chen" in searched.stdout
