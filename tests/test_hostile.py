"""Hostile input and bad arguments: one clear line and a documented exit code, safe output, never a traceback.

The store is real (a SQLite file); the hostile article goes in through the store's
own write paths: text with rich markup, ANSI escapes, HTML/JS, spreadsheet formulas.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from storyline.export import render
from storyline.records import Annotation, Article, Chain, Evidence, Mention, Quote, TimelineEntry
from storyline.store import QueryError, SqliteStore

TITLE = "[caption id=1]Boeing[/caption] \x1b[31mRED\x1b[0m [/] <script>alert(1)</script>"
TEXT = ("=HYPERLINK(\"http://evil\") Boeing said [click](javascript:alert(1)) on Monday, March 7, 2005, "
        "that <img src=x onerror=alert(1)> its tanker deal stood.\x07 The Air Force agreed.")
ENTRY = "+cmd|' /C calc'!A0 Boeing <b onmouseover=alert(1)>said</b> [x](javascript:alert(2)) \x1b[2J"
EXIT_CODES = {0, 1, 2, 3, 130}  # README, "Exit codes" (4 is a bug, never expected)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A store holding one hostile article, annotated, in a story with a hostile timeline."""
    db = tmp_path / "hostile.db"
    with storyline.open(db) as sl:
        aid = sl.store.add_article(Article(external_id="evil-1", title=TITLE, text=TEXT, published="2005-03-07",
                                           source="=SUM(A1)", url="javascript:alert(3)", content_hash="evil"))
        assert aid is not None
        start = TEXT.index("Boeing")
        chain = Chain(name="Boeing [/]", type="ORG", aliases=["Boeing [/]"], mentions=[0], keys=["org:boeing"])
        sl.store.save_annotation(Annotation(
            article_id=aid, chains=[chain], mentions=[Mention(start, start + 6, "Boeing", "ORG", chain=0)],
            quotes=[Quote(0, 30, TEXT[:30], speaker_chain=0, speaker_text="[bold]Boeing", cue="said")]), 2)
        with sl.store.transaction():
            eid = sl.store.save_event_state(None, {"c": {}, "n": 1}, "2005-03-07", "2005-03-07", [], None)
            sid = sl.store.save_story_state(None, {"c": {}, "n": 1}, "2005-03-07", "2005-03-07", [])
            sl.store.save_event_state(eid, {"c": {}, "n": 1}, "2005-03-07", "2005-03-07", [], sid)
            sl.store.add_to_event(eid, aid)
            sl.store.set_title("story", sid, TITLE)
        sl.store.save_timeline(sid, [TimelineEntry(date="2005-03-07", text=ENTRY, salience=1.0, articles=[aid],
                                                   evidence=[Evidence(aid, 0, 10)], entities=[])])
    return db


def _cli(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    out, err = result.stdout, result.stderr
    assert result.exit_code in EXIT_CODES, (args, result.exit_code, err, result.exception)
    assert "Traceback" not in out + err
    return result.exit_code, out, err


@pytest.mark.parametrize("args", [
    ["articles"], ["show", "1"], ["search", "Boeing"], ["timeline", "1"], ["stories"], ["story", "1"],
    ["entity", "Boeing"], ["entities"], ["quotes"], ["timeline", "--entity", "Boeing"],
])
def test_article_text_prints_as_plain_text_without_markup_or_control_characters(hostile, args):
    code, out, err = _cli(hostile, *args)
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    if args[0] in ("articles", "show", "search"):
        assert "[caption id=1]" in out  # shown as written, not taken as a style


@pytest.mark.parametrize(("args", "code", "says"), [
    (["show", "99999999999999999999"], 2, "no article with id"),
    (["story", "99999999999999999999"], 2, "no story with id"),
    (["timeline", "99999999999999999999"], 2, "no story with id"),
    (["entity", "99999999999999999999"], 2, "no entity with id"),
    (["search", "Boeing", "--limit", "99999999999999999999"], 0, ""),
    (["articles", "--limit", "99999999999999999999"], 0, ""),
    (["quotes", "--limit", "99999999999999999999"], 0, ""),
    (["search", '"'], 2, "holds no word to search for"),  # no words in it: a query that is only syntax
    (["quotes", '"'], 2, "holds no word to search for"),
    (["search", '"unbalanced'], 0, ""),  # FTS5 cannot parse it: searched as the words it holds
    (["quotes", "AND OR"], 0, ""),
    (["timeline", "--entity", "%"], 2, "no entity named like '%'"),
    (["export", "--story", "99999999999999999999"], 2, "no story with id"),
])
def test_bad_arguments_end_in_one_line_and_a_documented_code(hostile, args, code, says):
    got, out, err = _cli(hostile, *args)
    assert got == code, err
    if says:
        assert says in err and len(err.strip().splitlines()) == 1


def test_like_wildcards_in_names_are_literal(hostile):
    code, _, err = _cli(hostile, "quotes", "--speaker", "_", "--json")  # '_' names no entity (not a wildcard)
    assert code == 2 and "no entity named like '_'" in err, err
    assert json.loads(_cli(hostile, "quotes", "--speaker", "Boeing", "--json")[1])["quotes"]
    assert json.loads(_cli(hostile, "entities", "--name", "%", "--json")[1])["entities"] == []


def test_export_to_a_folder_or_a_missing_folder_is_one_line_and_leaves_no_part_file(hostile, tmp_path):
    code, _, err = _cli(hostile, "export", "--output", str(tmp_path))
    assert code == 2 and "is a folder" in err
    code, _, err = _cli(hostile, "export", "--output", str(tmp_path / "no" / "x.json"))
    assert code == 2 and "does not exist; create it or give a path in a folder that does" in err  # what to do
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
    code, _, err = _cli(hostile, "export", "--output", str(tmp_path / "ok.json"))
    assert code == 0 and json.loads((tmp_path / "ok.json").read_text())["articles"][0]["title"] == TITLE
    assert not list(tmp_path.glob(".*.part"))


def test_api_arguments_of_the_wrong_kind_say_which(hostile, tmp_path):
    with storyline.open(hostile) as sl:
        assert sl.article(2**63) is None and sl.store.story(2**70) is None
        with pytest.raises(TypeError, match="sources"):
            sl.ingest(None)  # type: ignore[arg-type]
        one = tmp_path / "one.txt"
        one.write_text("The tanker lease was cancelled by the Air Force on Monday after a long review of costs.")
        report = sl.ingest(str(one), annotate=False, link=False)  # a str is one path, not its characters
        assert report.stored == 1 and report.problems == []


def test_markdown_export_escapes_html_and_links_only_to_the_web(hostile):
    with storyline.open(hostile) as sl:
        md = render(sl.store, "markdown")
    assert "<script" not in md and "<b " not in md and "<img" not in md
    assert not re.search(r"(?<!\\)\]\(<?javascript:", md)  # a link needs an unescaped "](": none to javascript:
    assert "\x1b" not in md
    assert "&lt;b onmouseover=alert(1)&gt;" in md  # the text is there, harmless


def test_csv_export_neutralizes_formulas(hostile):
    with storyline.open(hostile) as sl:
        rows = list(csv.reader(io.StringIO(render(sl.store, "csv"))))
    assert len(rows) == 2
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@")), cell
    assert rows[1][3].startswith("'+cmd")


def test_timelinejs_escapes_what_it_renders_and_json_escapes_control_characters(hostile):
    with storyline.open(hostile) as sl:
        tl = json.loads(render(sl.store, "timelinejs"))
        doc = render(sl.store, "json")
        lines = render(sl.store, "jsonl").splitlines()
    ev = tl["events"][0]
    for value in (ev["text"]["headline"], ev["text"]["text"], ev["group"], tl["title"]["text"]["headline"]):
        assert "<script" not in value and "<b " not in value and "<img" not in value
    assert "\x1b" not in doc and "\x07" not in doc  # escaped as \u001b, \u0007
    assert json.loads(doc)["articles"][0]["text"] == TEXT
    assert all(json.loads(line) for line in lines)


def test_wrong_json_types_are_one_line_naming_the_field_and_a_list_title_is_joined(tmp_path):
    text = "The dam on the river opened on Monday after years of work by thousands of people from the region."
    feed = tmp_path / "typed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "title": ["Dam", "opens"], "text": text},
        {"id": {"nested": 1}, "text": text + " Again."},
        {"id": "c", "text": ["not", "a", "string"]},
    ]) + "\n", encoding="utf-8")
    code, _, err = _cli(tmp_path / "s.db", "ingest", str(feed), "--no-annotate", "--no-link")
    assert code == 1
    assert "the 'id' field must be a string, not an object" in err
    assert "the 'text' field must be a string, not a list" in err
    with storyline.open(tmp_path / "s.db") as sl:
        assert [a.title for a in sl.articles()] == ["Dam opens"]


def _peak_ingest(db: Path, path: Path) -> tuple[dict, float]:
    """The --json report and peak RSS (MB) of one ``storyline ingest`` process."""
    import os
    import subprocess

    from tests.crash import STORYLINE

    proc = subprocess.Popen([STORYLINE, "--db", str(db), "ingest", str(path), "--no-annotate", "--no-link", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return json.loads(out), usage.ru_maxrss / 1024


def test_a_huge_line_inside_a_small_gzip_is_skipped_without_holding_it_in_memory(tmp_path):
    """300 MB of one line compress to about 300 KB; reading it whole would cost more than 300 MB."""
    import gzip

    good = b'{"id": "ok", "text": "The dam on the river opened on Monday after years of work by many."}\n'
    small = tmp_path / "small.jsonl.gz"
    small.write_bytes(gzip.compress(good))
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as f:
        f.write(b'{"id": "big", "text": "')
        for _ in range(300):
            f.write(b"a" * 1_000_000)
        f.write(b'"}\n' + good.replace(b'"ok"', b'"ok2"').replace(b"many", b"thousands"))
    _, base = _peak_ingest(tmp_path / "base.db", small)
    report, peak = _peak_ingest(tmp_path / "s.db", bomb)
    assert report["stored"] == 1 and report["skipped"] == 1
    assert peak - base < 120, (base, peak)  # MB over the same command on one line: the cap is read, never the line


def test_a_schema_fault_while_searching_is_the_stores_failure_not_the_users_syntax(tmp_path):
    """SQLite says 'no such column' of a column filter FTS5 reads in the query (``COVID-19`` is column ``19``)
    and of a column the store's own SQL names and the schema lacks: only the first is the user's to fix; the
    second was reported as their syntax and retried as words."""
    store = SqliteStore(tmp_path / "fine.db")
    with pytest.raises(QueryError, match="not valid FTS5 syntax"):
        store.search("COVID-19")
    store.close()
    broken = SqliteStore(tmp_path / "broken.db")
    broken.db.execute("ALTER TABLE articles RENAME COLUMN dateline TO place")  # a schema the store's SQL does not fit
    with pytest.raises(sqlite3.OperationalError, match="no such column: a.dateline"):
        broken.search("floods")
    broken.close()
