"""The CLI on the odd things an analyst's pile and fingers hold: a search typed as words, a folder or an
empty file as --db, a date that is no date, a name several entities share, an interrupted run.

Everything runs the real `storyline` entry point on a real store built from a JSONL of written reports.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import storyline
from tests.conftest import DATA, jsonl_store, needs_shared

BIN = Path(sys.executable).with_name("storyline")

REPORTS = [
    {"id": "flood-1", "published": "2024-12-02", "source": "Wire", "title": "Floods rise in northern Bangladesh",
     "text": "Flood waters rose across northern Bangladesh on Monday, officials said. Prime Minister Sheikh Hasina "
             "ordered the army to help with rescue work. \"It's the worst flood since COVID-19 closed the schools,\" "
             "said Enamur Rahman, the disaster management minister. At least 14 people have died since Thursday."},
    {"id": "flood-2", "published": "2024-12-04", "source": "Wire", "title": "Flood waters recede in Sylhet",
     "text": "Flood waters in northern Bangladesh began to recede on Wednesday, officials said. Sheikh Mujibur "
             "Rahman's daughter, Prime Minister Sheikh Hasina, visited Sylhet on Wednesday. \"The worst is over,\" "
             "Enamur Rahman said."},
]


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return jsonl_store(tmp_path_factory.mktemp("odd"), REPORTS)


def test_a_search_typed_as_words_finds_them_in_articles_and_quotes(store):
    """FTS5 read COVID-19 as a column filter ("no such column: 19") and it's as bad syntax: a typed word
    was an error; a quote query it could not parse ended in "the store cannot be written" (exit 3)."""
    for query in ("COVID-19", "it's"):
        res = run(store, "search", query, "--json")
        assert res.returncode == 0, (query, res.stderr)
        assert [h["title"] for h in json.loads(res.stdout)["articles"]] == ["Floods rise in northern Bangladesh"], query
        res = run(store, "quotes", query, "--json")
        assert res.returncode == 0, (query, res.stderr)
        assert ["COVID-19" in q["text"] for q in json.loads(res.stdout)["quotes"]] == [True], query
    res = run(store, "quotes", '"unterminated')
    assert res.returncode == 0 and "cannot be written" not in res.stderr, res.stderr
    assert res.stdout.strip() == "no quotes matching '\"unterminated'"



def test_a_search_with_no_word_says_so_in_one_line(store):
    """A blank query or quote marks alone got FTS5's 'syntax error near ""' and a hint to quote phrases; a pair
    of quote marks, typographic ones or ``*`` alone found nothing with exit 0 (review r47c): no letter or digit
    is no word, whatever FTS5 makes of it."""
    for command, query in (("search", ""), ("search", "   "), ("search", '"'), ("quotes", "   "), ("quotes", '"'),
                           ("search", '""'), ("search", "\u201c\u201d"), ("quotes", "\u00ab\u00bb"), ("search", "*")):
        res = run(store, command, query, "--json")
        assert res.returncode == 2 and res.stdout == "", (command, query, res.stdout)
        assert res.stderr.startswith(f"error: {'quote' if command == 'quotes' else 'search'} query "), res.stderr
        assert res.stderr.count("\n") == 1, res.stderr
        assert res.stderr.endswith(" holds no word to search for; give one or more words\n"), (command, res.stderr)


def test_an_id_that_is_no_id_is_refused_in_one_line_saying_what_ids_look_like(store):
    """``show -1`` got click's "No such option: -1" under a usage block (a negative number read as an option),
    and ``story 1.5`` "Invalid value ... unable to parse string as an integer": one line naming the word, what
    ids look like and where to list them, exit 2 (README: a bad argument), nothing on standard output."""
    article, story = ("an article", "articles"), ("a story", "stories")
    cases = [(("show", "-1"), "-1", article), (("story", "-12", "--json"), "-12", story),
             (("timeline", "-1", "--top", "3"), "-1", story), (("story", "1.5"), "1.5", story),
             (("show", "abc", "--json"), "abc", article), (("show", "--", "-1"), "-1", article),
             (("quotes", "--story", "1_0"), "1_0", story), (("quotes", "--story=1e3"), "1e3", story),
             (("entity", "-1"), "-1", ("an entity", "entities")), (("entity", "-3", "--json"), "-3",
                                                                   ("an entity", "entities")),
             (("export", "--story", "abc"), "abc", story),
             (("export", "--format", "csv", "--story", "-2"), "-2", story)]
    for args, word, (kind, listing) in cases:
        res = run(store, *args)
        assert res.returncode == 2 and res.stdout == "", (args, res.stdout, res.stderr)
        assert res.stderr == (f"error: {word!r} is not {kind} id: ids are whole numbers (1, 2, 3 ...); list them"
                              f" with 'storyline {listing}'\n"), args
    res = run(store, "show", "--jsno", "1")  # a mistyped option is still click's usage error, naming the option
    assert res.returncode == 2 and "No such option: --jsno" in res.stderr, res.stderr
    res = run(store, "show", " 1 ", "--json")  # the digits of an id, spaces around them, are still the id
    assert res.returncode == 0 and json.loads(res.stdout)["id"] == 1, res.stderr


def test_a_negative_number_after_the_id_is_said_to_be_a_word_too_many_not_a_bad_id(store):
    """``show 1 -2`` said "'-2' is not an article id" when the id given was 1: the word is one too many, and the
    line says so and what the command takes, exit 2, as ``show 1 2`` is a usage error."""
    for args, command, kind in ((("show", "1", "-2"), "show", "article"), (("story", "1", "-3", "--json"), "story",
                                                                           "story"),
                                (("timeline", "--top", "3", "1", "-1"), "timeline", "story"),
                                (("entity", "1", "-1"), "entity", "entity id or name")):
        res = run(store, *args)
        assert res.returncode == 2 and res.stdout == "", (args, res.stdout, res.stderr)
        takes = kind if kind.endswith("name") else f"{kind} id"
        assert res.stderr == (f"error: {args[-2] if args[-1] == '--json' else args[-1]!r} is one word too many:"
                              f" 'storyline {command}' takes one {takes} (see 'storyline {command} --help')\n"), args


def test_any_word_past_the_id_is_one_word_too_many_in_one_line(store):
    """r49f: ``show 1 2`` got click's usage block ("Got unexpected extra argument") where ``show 1 -2`` got one
    line, and ``show 1 -2 -3`` the usage block again ("No such option: -2"): the first word past the id is said to
    be one too many, a number or not, however many follow; a real mistake beside it is still click's, naming it."""
    for args, word in ((("show", "1", "2"), "2"), (("show", "1", "-2", "-3"), "-2"), (("show", "--", "1", "-2"), "-2"),
                       (("show", "1", "--json", "-2", "7"), "-2")):
        res = run(store, *args)
        assert (res.returncode, res.stdout) == (2, ""), (args, res.stdout, res.stderr)
        assert res.stderr == (f"error: {word!r} is one word too many: 'storyline show' takes one article id"
                              " (see 'storyline show --help')\n"), args
    res = run(store, "story", "1", "9")
    assert res.stderr.startswith("error: '9' is one word too many: 'storyline story' takes one story id"), res.stderr
    res = run(store, "show", "1", "-2", "--bogus")
    assert res.returncode == 2 and "No such option: --bogus" in res.stderr, res.stderr


def test_quotes_by_an_entity_id_are_that_entitys_as_for_a_timeline(store):
    """``quotes --speaker 331`` (an id ``entities`` prints) was "no entity named like '331'", exit 2, where
    ``entity 331`` and ``timeline --entity 331`` take the id: it selects the entity's quotes as its name does."""
    (rahman,) = json.loads(run(store, "entities", "--name", "Enamur", "--json").stdout)["entities"]
    by_name = run(store, "quotes", "--speaker", "Enamur Rahman", "--json")
    by_id = run(store, "quotes", "--speaker", str(rahman["id"]), "--json")
    assert by_id.returncode == 0, by_id.stderr
    quoted = json.loads(by_id.stdout)["quotes"]
    assert quoted and quoted == json.loads(by_name.stdout)["quotes"]
    assert {q["speaker_id"] for q in quoted} == {rahman["id"]} and {q["speaker_name"] for q in quoted} == {
        "Enamur Rahman"}
    assert "Enamur Rahman" in run(store, "quotes", "--speaker", str(rahman["id"])).stdout
    res = run(store, "quotes", "--speaker", "99999")
    assert (res.returncode, res.stderr) == (2, "error: no entity with id 99999; list them with 'storyline entities'\n")


def test_quotes_by_a_speaker_no_entity_is_named_like_is_a_usage_error_as_for_a_timeline(store):
    """``quotes --speaker Nobody`` said "no quotes by 'Nobody'" with exit 0, as if Nobody were a speaker who said
    nothing, where ``timeline --entity Nobody`` and the web's ``/quotes?speaker=Nobody`` say no such name (exit 2,
    404); a speaker named but quoted for nothing still gets the empty list."""
    res = run(store, "quotes", "--speaker", "Zbigniew", "--json")
    assert res.returncode == 2 and res.stdout == "", res.stdout
    assert res.stderr == "error: no entity named like 'Zbigniew'; list them with 'storyline entities --name ...'\n"
    res = run(store, "quotes", "--speaker", "Sylhet", "--json")  # a place named in the reports, quoted for nothing
    assert res.returncode == 0 and json.loads(res.stdout)["quotes"] == [], res.stderr


def test_a_folder_or_an_empty_file_as_db_is_an_error_and_is_left_alone(tmp_path):
    """An empty file given as --db was answered from (rc 0) and had a new store's tables written into it."""
    empty = tmp_path / "notes.txt"
    empty.write_text("")
    res = run(empty, "stories")
    assert (res.returncode, res.stderr.strip()) == (
        3, f"error: {empty}: an empty file, not a store; ingest articles into it first or pass another --db")
    assert empty.stat().st_size == 0
    res = run(tmp_path, "stories")
    assert res.returncode == 3 and res.stderr.startswith(f"error: {tmp_path}: a folder, not a store"), res.stderr


def test_ingest_into_a_folder_as_db_says_it_is_a_folder_and_what_to_pass(tmp_path):
    """`ingest` alone answered a folder given as --db with SQLite's "unable to open database file"."""
    feed, folder = tmp_path / "reports.jsonl", tmp_path / "stores"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    folder.mkdir()
    res = run(folder, "ingest", str(feed), "--no-annotate", "--no-link")
    assert (res.returncode, res.stderr.strip()) == (
        3, f"error: {folder}: a folder, not a store; pass --db FILE (e.g. --db {folder / 'storyline.db'})")
    assert list(folder.iterdir()) == []


def test_a_date_filter_that_is_no_date_is_a_usage_error(store):
    """--since garbage listed nothing and said only "no articles match these filters" (exit 0)."""
    for value in ("garbage", "2024-13", "12/02/2024"):
        res = run(store, "articles", "--since", value)
        assert res.returncode == 2 and "is not an ISO date" in res.stderr, (value, res.stderr)
    listed = json.loads(run(store, "articles", "--since", "2024-12-03", "--json").stdout)["articles"]
    assert [a["id"] for a in listed] == [2]


def test_a_name_several_entities_share_lists_them_as_json_with_json(store):
    """`entity Sheikh --json` printed the candidates as a drawn table on stdout, where a script reads JSON."""
    res = run(store, "entity", "Sheikh", "--json")
    assert res.returncode == 2 and "entities match 'Sheikh'" in res.stderr
    found = json.loads(res.stdout)["entities"]  # as 'entities --json' lists them
    assert len(found) >= 2 and all("sheikh" in " ".join(e["aliases"]).lower() for e in found)


def test_link_says_how_many_stories_as_json(store):
    """`link --json` was "No such option" (exit 2) though ingest and annotate take --json."""
    res = run(store, "link", "--json")
    assert res.returncode == 0, res.stderr
    stories = len(json.loads(run(store, "stories", "--all", "--json").stdout)["stories"])
    assert json.loads(res.stdout) == {"schema": 1, "stories": stories, "interrupted": False}


def test_an_ingest_interrupted_while_annotating_counts_what_it_stored(tmp_path):
    """Ctrl-C during annotation said "annotated 0" though every article before it was annotated and stored."""
    import storyline
    from storyline.api import ProgressEvent

    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps({**r, "id": f"{r['id']}-{i}", "text": r["text"] + f" Report {i}."}) + "\n"
                            for i in range(2) for r in REPORTS), encoding="utf-8")

    def stop_after_two(ev: ProgressEvent) -> None:  # the user's Ctrl-C, after two articles are annotated
        if ev.stage == "annotate" and ev.done == 2:
            raise KeyboardInterrupt

    with storyline.open(tmp_path / "s.db") as sl:
        report = sl.ingest([str(feed)], progress=stop_after_two)
    assert report.interrupted and report.stored == 4
    with sqlite3.connect(tmp_path / "s.db") as con:
        assert con.execute("SELECT count(*) FROM annotations").fetchone()[0] == 2
    assert report.annotated == 2


@needs_shared
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_annotate_interrupted_by_sigint_or_sigterm_says_how_many_it_annotated(tmp_path, sig):
    """Ctrl-C during `annotate --json` printed one error line and no JSON, and no count.  SIGTERM (`kill`,
    `timeout`, a service's stop) ended it silently with the shell's 143: no JSON, no word of resuming."""
    db = tmp_path / "s.db"
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[:80]
    (tmp_path / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    assert run(db, "ingest", str(tmp_path / "news.jsonl"), "--no-annotate", "--no-link", "-q").returncode == 0
    proc = subprocess.Popen([str(BIN), "--db", str(db), "annotate", "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        with sqlite3.connect(db, timeout=30) as con:
            if con.execute("SELECT count(*) FROM annotations").fetchone()[0] >= 3:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "annotate finished before it could be interrupted"
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    summary = json.loads(out)
    with sqlite3.connect(db) as con:
        stored = con.execute("SELECT count(*) FROM annotations").fetchone()[0]
    assert summary["interrupted"] is True and 3 <= summary["annotated"] == stored < 80


def test_annotate_json_reports_a_problem_in_the_shape_ingest_json_does(tmp_path):
    """A record holding a whole crawl (over 100,000 words) is stored unannotated either way; `ingest --json`
    listed it as {input, reason, kind} but `annotate --json` as {input, reason}, so one script could not read both.
    Its kind is "unannotated": "failed" is bad input that gave no article, counted apart (`failed` against
    `unannotated` in the summary), and a stored article is retried by the next `annotate`."""
    book = {"id": "crawl", "published": "2024-12-05", "source": "Wire", "title": "A whole crawl in one record",
            "text": " ".join([REPORTS[0]["text"]] * (100_000 // len(REPORTS[0]["text"].split()) + 1))}
    feed = tmp_path / "crawl.jsonl"
    feed.write_text(json.dumps(book) + "\n", encoding="utf-8")
    at_ingest = run(tmp_path / "one.db", "ingest", str(feed), "--json")
    assert run(tmp_path / "two.db", "ingest", str(feed), "--no-annotate", "--json").returncode == 0
    later = run(tmp_path / "two.db", "annotate", "--json")
    assert at_ingest.returncode == later.returncode == 1, (at_ingest.stderr, later.stderr)
    problems = json.loads(later.stdout)["problems"]
    assert problems == json.loads(at_ingest.stdout)["problems"]
    assert [sorted(p) for p in problems] == [["input", "kind", "reason"]] and problems[0]["kind"] == "unannotated"
    summary = json.loads(at_ingest.stdout)
    assert (summary["failed"], summary["unannotated"]) == (0, 1)


def _stories(db: Path) -> int:
    with sqlite3.connect(db, timeout=30) as con:
        return con.execute("SELECT count(*) FROM stories").fetchone()[0]


def _rebuild_interrupted(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`link --rebuild ARGS` signalled (SIGINT) once the rebuild has cleared the stories; skips the test when
    the signal came after linking had ended (nothing left to link, no story waiting for its timeline): then
    there was nothing to interrupt, and it may land after the summary is printed."""
    linked = _stories(db)
    proc = subprocess.Popen([str(BIN), "--db", str(db), "link", "--rebuild", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and _stories(db) == linked:  # until the rebuild runs
        time.sleep(0.02)
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    with storyline.open(db) as sl:
        if not sl.store.links_to_do() and not sl.store.dirty_stories():
            pytest.skip("link finished before it could be interrupted")
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@needs_shared
def test_link_interrupted_by_sigint_still_prints_its_json_and_says_how_to_finish_a_rebuild(tmp_path):
    """Ctrl-C during `link --json` printed one line on stderr and nothing on stdout, where `ingest --json` and
    `annotate --json` print their summary with "interrupted": true; a script had no JSON to read.  An
    interrupted `link --rebuild` said "run the same command again", but a second --rebuild starts over: a
    plain `link` finishes the relink."""
    db = tmp_path / "s.db"
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[:60]
    (tmp_path / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    assert run(db, "ingest", str(tmp_path / "news.jsonl"), "-q").returncode == 0
    linked = json.loads(run(db, "link", "--json").stdout)["stories"]

    res = _rebuild_interrupted(db, "--json")
    assert res.returncode == 130, res.stderr
    assert json.loads(res.stdout) == {"schema": 1, "stories": _stories(db), "interrupted": True}
    res = _rebuild_interrupted(db)
    assert res.returncode == 130 and "without --rebuild to finish it" in res.stderr, res.stderr
    assert "run the same command again" not in res.stderr, res.stderr
    assert run(db, "link", "--json").returncode == 0  # what the message says finishes it
    assert json.loads(run(db, "link", "--json").stdout) == {"schema": 1, "stories": linked, "interrupted": False}


def test_an_entity_timeline_by_a_shared_name_says_which_entity_it_is(store):
    """`timeline --entity NAME` showed one of several matching entities as if it were the only one."""
    res = run(store, "timeline", "--entity", "Sheikh", "--json")
    assert res.returncode == 0, res.stderr
    json.loads(res.stdout)
    assert "entities match 'Sheikh'; this is #" in res.stderr and "others: #" in res.stderr, res.stderr
    shown = res.stderr.split("this is #")[1].split(",")[0]
    assert run(store, "timeline", "--entity", shown).stderr == ""


def test_a_speaker_written_but_not_named_is_not_called_unsaid(store):
    """"officials said" listed as "(speaker not said) (as 'officials', said)": a contradiction."""
    out = run(store, "quotes", "--kind", "all").stdout
    assert "officials (no name) (said)" in out, out
    assert "(speaker not said) (as" not in out


def test_a_story_of_undated_pages_reads_undated_not_question_marks(tmp_path):
    """`storyline story ID` of a page with no date read "1 article, 1 event, ? to ?"."""
    feed = tmp_path / "page.jsonl"
    feed.write_text(json.dumps({"id": "p", "title": "Roasted Chicken with Rice",
                                "text": "Roast the chicken for an hour. Cook the rice in the stock and serve it with "
                                        "the chicken and a green salad."}) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run(db, "ingest", str(feed), "-q").returncode == 0
    out = run(db, "story", str(json.loads(run(db, "stories", "--json").stdout)["stories"][0]["id"])).stdout
    assert "1 article, 1 event, undated" in out and "?" not in out, out


def test_articles_until_before_since_is_a_usage_error(store):
    """``--since 2024 --until 2023`` said "no articles match these filters", exit 0, as if the store were empty."""
    res = run(store, "articles", "--since", "2024-12-05", "--until", "2024-11")
    assert res.returncode == 2 and "swap them" in res.stderr and res.stderr.count("\n") == 1, res.stderr
    for since, until in (("2024-12-02T09:00", "2024-12-02"), ("2024-12-05", "2024-12")):  # they overlap
        assert run(store, "articles", "--since", since, "--until", until).returncode == 0


@needs_shared
def test_output_cut_short_by_its_reader_ends_quietly(tmp_path):
    """``storyline export | head`` ended in "error: internal error BrokenPipeError ... (a bug ...)", exit 4."""
    feed, db = tmp_path / "wire.jsonl", tmp_path / "store.db"
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as fh:
        feed.write_text("".join(next(fh) for _ in range(300)), encoding="utf-8")
    assert run(db, "ingest", str(feed), "-q", "--no-annotate", "--no-link").returncode == 0
    proc = subprocess.Popen([str(BIN), "--db", str(db), "export", "--format", "jsonl"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())  # the reader takes one line and goes
    proc.stdout.close()
    assert proc.wait(timeout=300) == 141
    assert proc.stderr.read() == b""


@needs_shared
def test_a_listing_cut_short_by_its_reader_ends_as_export_does(tmp_path):
    """``storyline articles | head`` on a store of more than a page (any rich-printed listing whose reader has
    gone before its last line) exited 1, the code for failed inputs, where ``export | head`` exits 141: rich's
    own broken-pipe handler ended the process first."""
    feed, db = tmp_path / "wire.jsonl", tmp_path / "store.db"
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as fh:
        feed.write_text("".join(next(fh) for _ in range(1000)), encoding="utf-8")
    assert run(db, "ingest", str(feed), "-q", "--no-annotate", "--no-link").returncode == 0
    proc = subprocess.Popen([str(BIN), "--db", str(db), "articles", "--limit", "500"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # a page, then the next page's cursor
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()  # the reader takes one line and goes
    proc.stdout.close()
    assert proc.wait(timeout=300) == 141
    assert proc.stderr.read() == b""


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs Linux's /dev/full")
def test_output_to_a_full_disk_is_exit_3_saying_so_not_an_internal_error(store):
    """``storyline stories --json > out.json`` on a full disk ended in "internal error OSError: [Errno 28] ... (a
    bug ...)", exit 4; README gives a full disk exit 3 with the reason."""
    for args in (("stories", "--json"), ("export", "--format", "jsonl")):
        with open("/dev/full", "w") as full:  # every write: no space left on device
            res = subprocess.run([str(BIN), "--db", str(store), *args], stdout=full, stderr=subprocess.PIPE,
                                 text=True, timeout=300)
        assert (res.returncode, res.stderr.strip()) == (
            3, "error: the disk is full: the output could not be written; free space and run again"), args


def test_export_to_a_named_pipe_writes_through_it_and_leaves_it_a_pipe(store, tmp_path):
    """``export --output`` wrote a temporary file and renamed it over the output: a named pipe (or a device,
    ``--output /dev/stdout``) was replaced by a plain file and its reader got nothing."""
    fifo = tmp_path / "export.jsonl"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        res = run(store, "export", "--format", "jsonl", "--output", str(fifo))
        assert res.returncode == 0, res.stderr
        out, _ = reader.communicate(timeout=60)
    finally:
        reader.kill()
    assert fifo.is_fifo() and not (tmp_path / ".export.jsonl.part").exists()
    assert {json.loads(line)["kind"] for line in out.splitlines()} >= {"article", "story"}


def test_export_over_a_symbolic_link_replaces_the_file_it_names_and_keeps_the_link(store, tmp_path):
    """The finished export was renamed over the link itself: ``latest.json`` stopped pointing at the dated file
    a script kept it pointing at, and that file kept the old export."""
    dated, link = tmp_path / "export-2024-12-04.json", tmp_path / "latest.json"
    dated.write_text("{}", encoding="utf-8")
    link.symlink_to(dated.name)
    res = run(store, "export", "--format", "json", "--output", str(link))
    assert res.returncode == 0, res.stderr
    assert link.is_symlink() and link.readlink() == Path(dated.name)
    assert json.loads(dated.read_text(encoding="utf-8"))["format"] == "storyline-export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export-2024-12-04.json", "latest.json"]


def test_export_to_dev_stdout_held_by_the_shell_as_a_file_keeps_what_the_file_held(store, tmp_path):
    """``--output /dev/stdout`` with stdout a file (``>> log``, or a script's temporary file) is this process's
    descriptor: renaming the export over the file ``/dev/stdout`` resolves to left the descriptor on an unlinked
    file (the header written before was gone, the script read nothing)."""
    log = tmp_path / "log.txt"
    log.write_text("header\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as out:
        res = subprocess.run([str(BIN), "--db", str(store), "export", "--format", "jsonl", "--output", "/dev/stdout"],
                             stdout=out, stderr=subprocess.PIPE, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    first, *rest = log.read_text(encoding="utf-8").splitlines()
    assert first == "header" and {json.loads(line)["kind"] for line in rest} >= {"article", "story"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.txt"]


def test_export_over_a_symbolic_link_loop_replaces_the_loop_not_an_internal_error(store, tmp_path):
    """Resolving the link to keep it raised on a loop ("internal error RuntimeError: Symlink loop", exit 4); a
    link that names no file is replaced by the export, as before links were kept."""
    loop = tmp_path / "loop.jsonl"
    loop.symlink_to(loop.name)
    res = run(store, "export", "--format", "jsonl", "--output", str(loop))
    assert res.returncode == 0, res.stderr
    assert not loop.is_symlink() and "article" in {json.loads(x)["kind"] for x in loop.read_text().splitlines()}


def test_a_bad_file_whose_name_holds_a_line_break_is_still_one_problem_line(tmp_path):
    """A file name may hold a line break; its problem line was printed as two ("failed: pile/cut" and
    "reports.jsonl.gz: truncated ..."), so a script reading one problem a line misread it."""
    import gzip

    pile = tmp_path / "pile"
    pile.mkdir()
    packed = gzip.compress("".join(json.dumps(r) + "\n" for r in REPORTS).encode())
    (pile / "cut\nreports.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    res = run(tmp_path / "s.db", "ingest", str(pile), "--no-annotate", "--no-link")
    assert res.returncode == 1, res.stderr
    lines = res.stderr.splitlines()
    summary = "stored 0 (near-duplicates 0), duplicates 0, skipped 0, failed 1, annotated 0"
    assert [line.split(":")[0] for line in lines] == ["failed", summary], lines
    assert lines[0].startswith(f"failed: {pile}/cut\\nreports.jsonl.gz: truncated or corrupt compressed file")


def test_a_word_too_many_on_a_command_with_no_id_argument_is_one_line_too(store):
    """``export --story 8 -9`` and ``quotes --story 8 -3`` printed click's usage block ("No such option: -9": the id
    is an option's value there, and the word after it read as an option), as ``stories 5`` did ("Got unexpected
    extra argument"): one line naming the word and what the command takes, exit 2, as ``show 1 -2`` says it; a
    query that starts with '-' is told to go after '--'."""
    cases = [(("export", "--story", "1", "-9"), "'-9' is one word too many: 'storyline export' takes no word"
              " besides its options (see 'storyline export --help')"),
             (("stories", "5", "--json"), "'5' is one word too many: 'storyline stories' takes no word besides its"
              " options (see 'storyline stories --help')"),
             (("search", "Sheikh", "Hasina"), "'Hasina' is one word too many: 'storyline search' takes one query, in"
              " quotes when it has several words (see 'storyline search --help')"),
             (("quotes", "--story", "1", "-3"), "'-3' reads as an option and 'storyline quotes' has none of that"
              " name: put '--' before a query that starts with '-' (storyline quotes --story 1 -- -3)"),
             # review r50e: a '--' typed after an option was read as its value; '=' is what that needs
             (("quotes", "--speaker", "--", "-3"), "'-3' reads as an option: the '--' after --speaker was taken as"
              " its value; write --speaker=-3 for a value that starts with '-'")]
    for args, line in cases:
        res = run(store, *args)
        assert (res.returncode, res.stdout, res.stderr) == (2, "", f"error: {line}\n"), args
    res = run(store, "quotes", "--story", "1", "--json", "--", "-3")  # as the line says: a query, read as one
    assert res.returncode == 0 and json.loads(res.stdout)["schema"] == 2, res.stderr


def test_a_negative_number_is_no_entity_for_any_command_that_takes_one(store):
    """``-1`` was read three ways: ``entity -1`` refused it as an id, while ``entity -- -1`` and ``timeline --entity
    -1`` took it for a part of an alias ("COVID-19" here) and ``quotes --speaker -1`` listed that entity's quotes
    as "by '-1'".  One reading now, one line: it is no entity id; and a name or id no entity has gets the same
    line from each command."""
    refused = ("error: '-1' is not an entity id: ids are whole numbers (1, 2, 3 ...); list them with"
               " 'storyline entities'\n")
    for args in (("entity", "--", "-1"), ("timeline", "--entity", "-1"), ("quotes", "--speaker", "-1"),
                 ("entity", "-1")):
        res = run(store, *args)
        assert (res.returncode, res.stdout, res.stderr) == (2, "", refused), args
    for ref, line in (("Nobody Atall", "no entity named like 'Nobody Atall'; list them with 'storyline entities"
                       " --name ...'"), ("987654", "no entity with id 987654; list them with 'storyline entities'")):
        for args in (("entity", ref), ("timeline", "--entity", ref), ("quotes", "--speaker", ref)):
            res = run(store, *args)
            assert (res.returncode, res.stderr) == (2, f"error: {line}\n"), args


def test_stories_json_says_how_many_stories_the_store_holds_on_every_page(store):
    """``stories --json`` gave a page and its cursors but not how many stories there are, where the text says
    "1 of 2 stories": ``total`` is the store's count, whatever the page, the offset or --all."""
    with sqlite3.connect(store) as con:
        (count,) = con.execute("SELECT count(*) FROM stories").fetchone()
    assert count >= 1
    for args in (("--limit", "1"), ("--all",), ("--offset", str(count)), ("--sort", "recent", "--limit", "1")):
        res = run(store, "stories", "--json", *args)
        assert res.returncode == 0, (args, res.stderr)
        listing = json.loads(res.stdout)
        assert listing["total"] == count and len(listing["stories"]) <= count, args


def test_a_mistake_click_finds_is_one_line_naming_the_help_to_read(store):
    """A value out of range (``stories --limit 0``), a mistyped option, a missing argument or an unknown command
    printed click's usage block of four lines where every other mistake is one line: one line now, click's reason
    and the help to read, exit 2; ``--debug`` still shows click's block."""
    cases = [(("stories", "--limit", "0"), "Invalid value for '--limit' / '-n': Input should be greater than or"
              " equal to 1 (see 'storyline stories --help')"),
             (("timeline", "1", "--top", "0"), "Invalid value for '--top': Input should be greater than or equal to 1"
              " (see 'storyline timeline --help')"),
             (("show",), "Missing argument 'article_id' (see 'storyline show --help')"),
             (("export", "--format"), "Option '--format' requires an argument (see 'storyline export --help')"),
             (("storys",), "No such command 'storys'. Did you mean 'story', 'stories'? (see 'storyline --help')")]
    for args, line in cases:
        res = run(store, *args)
        assert (res.returncode, res.stdout, res.stderr) == (2, "", f"error: {line}\n"), args
    res = run(store, "show", "--jsno", "1")
    assert res.returncode == 2 and res.stderr.startswith("error: No such option: --jsno"), res.stderr
    assert res.stderr.count("\n") == 1, res.stderr
    res = run(store, "--debug", "stories", "--limit", "0")
    assert res.returncode == 2 and "Usage:" in res.stderr, res.stderr
    res = run(store, "--debug", "storys")  # review r50e: no command made yet to read --debug from
    assert res.returncode == 2 and "Usage:" in res.stderr, res.stderr


def test_stories_all_from_an_offset_is_refused_not_listed_from_the_first(store):
    """``stories --all --offset 27`` listed every story from the first, the offset unread, as if it had skipped
    27: refused in one line, as ``articles --all --after`` is."""
    res = run(store, "stories", "--all", "--offset", "1", "--json")
    assert (res.returncode, res.stdout) == (2, ""), res.stdout
    assert res.stderr == "error: --all lists every story from the first: leave out --offset\n"
