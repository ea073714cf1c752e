"""Quotes on real text: newswire spans stay sane, and `storyline quotes` lists stored quotes by speaker."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import storyline.api
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


def _stored(tmp_path: Path, text: str) -> str:
    """A real SQLite store holding one article of ``text`` (ingested by the CLI, annotated, not linked)."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = str(tmp_path / "store.db")
    ingested = CliRunner().invoke(app, ["--db", db, "ingest", str(article), "--published", "2020-03-02", "--no-link"])
    assert ingested.exit_code == 0, ingested.stderr
    return db


def test_quotes_command_lists_quotes_by_speaker_as_json(tmp_path: Path) -> None:
    db = _stored(tmp_path, "Council votes to rebuild bridge\n\n"
                           "The city council voted on Monday to rebuild the old river bridge.\n\n"
                           '"The bridge will reopen in May," said Laura Chen, a city engineer.\n\n'
                           '"We expect heavy traffic for a few weeks," she added.\n')
    runner = CliRunner()
    listed = runner.invoke(app, ["--db", db, "quotes", "--speaker", "Laura Chen", "--json"])
    assert listed.exit_code == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["speaker_name"], r["cue"]) for r in rows] == [("Laura Chen", "said"), ("Laura Chen", "added")]
    searched = runner.invoke(app, ["--db", db, "quotes", "traffic"])
    assert "We expect heavy traffic" in searched.stdout and "Laura Chen" in searched.stdout


def test_a_speaker_filter_also_finds_the_unnamed_officials_of_that_body(tmp_path: Path) -> None:
    """"Pentagon officials said" is given to no entity (the description speaks, not the Pentagon), yet a
    reader following the Pentagon wants it: ``quotes --speaker`` and the web's speaker filter
    (``quote_group_page``) keep the unnamed speakers whose phrase holds the entity's name as whole words,
    and no other body's officials."""
    db = _stored(tmp_path, "Missile test fails\n\n"
                           "The Pentagon said on Monday it would review the missile test.\n\n"
                           "Pentagon officials said the missile test had failed over the Pacific.\n\n"
                           '"It was a setback," said the Pentagon\'s officials.\n\n'
                           "White House officials said the president had been told.\n")
    listed = CliRunner().invoke(app, ["--db", db, "quotes", "--speaker", "Pentagon", "--json"])
    assert listed.exit_code == 0, listed.stderr
    rows = [(r["speaker_name"], r["speaker_text"]) for r in json.loads(listed.stdout)]
    assert rows == [("Pentagon", "The Pentagon"), (None, "Pentagon officials"),
                    (None, "the Pentagon's officials")], rows
    with storyline.api.open(db) as sl:
        pentagon = [e for e in sl.entities(name="Pentagon") if e.name == "Pentagon"][0]
        groups = sl.quote_group_page(speaker=pentagon.id).items
    assert sorted(q.speaker_text for g in groups for _, q in g) == ["Pentagon officials", "The Pentagon",
                                                                      "the Pentagon's officials"]
