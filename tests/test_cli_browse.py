"""The CLI as a user runs it: the real `storyline` entry point in a subprocess, a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import DATA, SEED_A, SEED_B, needs_shared

BIN = Path(sys.executable).with_name("storyline")


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=300)


def new_store(db: Path) -> None:
    import storyline

    with storyline.open(db):
        pass


def test_a_mistyped_db_path_is_an_error_and_creates_nothing(tmp_path):
    """Read commands on a path with no store answered from a new empty one ("no stories yet"), and left the file."""
    db = tmp_path / "typo.db"
    for args in (["stories"], ["articles"], ["show", "1"], ["search", "kim"], ["timeline", "1"], ["entities"],
                 ["quotes"], ["check"], ["annotate"], ["link"], ["export", "--format", "json"]):
        res = run(db, *args)
        assert res.returncode == 3, (args, res.stdout, res.stderr)
        assert res.stderr.strip() == (f"error: {db}: no such store; ingest articles first "
                                      f"(storyline --db {db} ingest FILES) or pass --db PATH"), args
        assert not db.exists(), args
    feed = tmp_path / "one.jsonl"
    feed.write_text(json.dumps({"id": "a", "published": "2019-06-11", "text": "Kim wrote to Trump on Monday."}) + "\n")
    assert run(db, "ingest", str(feed), "--no-link", "-q").returncode == 0 and db.is_file()  # ingest makes it


def test_every_command_has_help_with_an_example():
    out = subprocess.run([str(BIN), "--help"], capture_output=True, text=True).stdout
    commands = [line.split()[0] for line in out.split("Commands:")[1].splitlines() if line.strip()]
    assert {"ingest", "articles", "show", "search", "export"} <= set(commands)
    for cmd in commands:
        text = subprocess.run([str(BIN), cmd, "--help"], capture_output=True, text=True).stdout
        assert "Example" in text, f"{cmd} --help has no example"


@needs_shared
def test_articles_show_and_search_read_back_what_was_ingested(db):
    assert run(db, "ingest", str(SEED_A), str(SEED_B), "--published", "2019-06-11", "--no-link", "-q").returncode == 0
    rows = json.loads(run(db, "articles", "--json").stdout)["articles"]
    assert len(rows) == 2 and all(r["published"] == "2019-06-11" for r in rows)
    shown = json.loads(run(db, "show", str(rows[0]["id"]), "--json").stdout)
    assert shown["text"] and "annotation" in shown
    hits = json.loads(run(db, "search", "Pompeo", "--json").stdout)["articles"]
    assert hits and all(hits[0]["snippet"][a:b] == "Pompeo" for a, b in hits[0]["hits"]) and hits[0]["hits"]


def test_unknown_article_id_is_a_usage_error_with_one_line(db):
    new_store(db)
    res = run(db, "show", "999")
    assert res.returncode == 2
    assert res.stderr.strip().startswith("error: no article with id 999")
    assert len(res.stderr.strip().splitlines()) == 1


def test_bad_published_date_is_a_usage_error(db):
    res = run(db, "ingest", str(SEED_A), "--published", "last tuesday")
    assert res.returncode == 2
    assert "ISO date" in res.stderr


@needs_shared
def test_a_language_option_names_a_language_or_is_a_usage_error(db):
    res = run(db, "ingest", str(SEED_A), "--language", "klingonish")
    assert res.returncode == 2 and "'klingonish' names no language" in res.stderr
    assert run(db, "ingest", str(SEED_A), "--language", "German", "-q").returncode == 0
    (art,) = json.loads(run(db, "export", "--format", "json").stdout)["articles"]
    assert (art["language"], art["metadata"]["language_from"]) == ("de", "option")
    assert art["annotation_skipped"] == "language de: the English model does not read it"


def test_a_store_that_is_not_sqlite_gives_exit_3_and_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 500)
    res = run(bad, "articles")
    assert res.returncode == 3
    assert "not a usable storyline store" in res.stderr
    assert "Traceback" not in res.stderr


def test_a_long_title_made_from_a_first_sentence_takes_at_most_two_lines_in_lists(db, tmp_path):
    # a record with no title gets one from its first sentence (here 150 characters), as wire feeds often do
    first = ("Share prices on the Jakarta Stock Exchange ended lower on Thursday with the composite index down 9.12 "
             "points to close at 1,043.69 points in thin trading.")
    feed = tmp_path / "wire.jsonl"
    feed.write_text(json.dumps({"id": "w1", "published": "2005-11-03", "source": "Xinhua",
                                "text": first + "\n\nBrokers said investors stayed on the sidelines ahead of a "
                                                "long holiday weekend, and trading volume fell."}) + "\n")
    assert run(db, "ingest", str(feed), "--no-link", "-q").returncode == 0
    listed = json.loads(run(db, "articles", "--json").stdout)["articles"]
    assert listed[0]["title"] == first.rstrip(".")  # whole in JSON
    narrow = dict(os.environ, COLUMNS="80")  # a terminal of 80 columns: the title column gets about 45
    table = subprocess.run([str(BIN), "--db", str(db), "articles"], capture_output=True, text=True, env=narrow).stdout
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert len(rows) == 2 and "Share prices" in rows[0] and rows[1].rstrip(" │").endswith("…")


@needs_shared
def test_a_listing_filter_that_matches_nothing_says_so_and_exits_0(db):
    assert run(db, "ingest", str(SEED_A), "--published", "2019-06-11", "--no-link", "-q").returncode == 0
    res = run(db, "articles", "--since", "2030-01", "--source", "Reuters")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "no articles match these filters" and res.stderr == ""
    assert json.loads(run(db, "articles", "--since", "2030-01", "--json").stdout)["articles"] == []


def test_articles_on_an_empty_store_says_how_to_fill_it(db):
    new_store(db)
    res = run(db, "articles")
    assert res.returncode == 0 and "no articles yet" in res.stdout and res.stderr == ""


def test_a_limit_below_its_range_is_a_usage_error_not_an_odd_listing(db):
    """`--top 0` printed "no dated entries ()", `--top -2` every entry, `search -n -5` some hits: all exit 0."""
    for args in (["search", "kim", "-n", "0"], ["search", "kim", "-n", "-5"], ["quotes", "-n", "0"],
                 ["quotes", "-n", "-1"], ["timeline", "1", "--top", "0"], ["timeline", "1", "--top", "-2"],
                 ["entities", "-n", "-1"], ["entity", "Kim", "-n", "-1"]):
        res = run(db, *args)
        assert res.returncode == 2, (args, res.stdout, res.stderr)
        assert "Invalid value for" in res.stderr and "Traceback" not in res.stderr


def test_a_search_that_finds_nothing_says_so(db):
    new_store(db)
    res = run(db, "search", "zzyzx")
    assert res.returncode == 0 and res.stdout == "no articles match 'zzyzx'\n"
    assert json.loads(run(db, "search", "zzyzx", "--json").stdout) == {"schema": 2, "articles": [], "more": False}


@needs_shared
def test_a_search_cut_at_its_limit_says_more_articles_match(db):
    """``search`` showed its first 20 matches and stopped, as if they were every match (``entities`` and the web's
    stories page say when a limit cut the list); now one line on stderr says so, and how to see more."""
    assert run(db, "ingest", str(SEED_A), str(SEED_B), "--published", "2019-06-11", "--no-link", "-q").returncode == 0
    cut = run(db, "search", "Trump", "--limit", "1", "--json")
    assert cut.returncode == 0 and len(json.loads(cut.stdout)["articles"]) == 1 and json.loads(cut.stdout)["more"]
    assert cut.stderr == "more articles match than these 1: --limit N shows more, or add words to narrow\n"
    whole = run(db, "search", "Trump", "--limit", "2")
    assert whole.returncode == 0 and whole.stderr == ""  # both articles shown: nothing to say
    assert json.loads(run(db, "search", "Trump", "--limit", "2", "--json").stdout)["more"] is False


def test_a_story_of_one_article_says_1_article(db, tmp_path):
    """`story` and `entity` printed '1 articles, 1 events' (the exports and web pages already said '1 article')."""
    feed = tmp_path / "one.jsonl"
    feed.write_text(json.dumps({"id": "a", "published": "2019-06-11", "title": "Kim writes to Trump",
                                "text": "North Korean leader Kim Jong Un wrote to Donald Trump on Monday."}) + "\n")
    assert run(db, "ingest", str(feed), "-q").returncode == 0
    story = json.loads(run(db, "stories", "--json").stdout)["stories"][0]
    head = run(db, "story", str(story["id"])).stdout
    assert "1 article, 1 event, " in head and "1 articles" not in head
    assert "1 event, 2019-06-11" in head and "to 2019-06-11" not in head  # one day, said once
    ent = run(db, "entity", "Kim Jong Un").stdout
    assert "1 article, 1 mention," in ent, ent


@needs_shared
def test_an_empty_timeline_of_a_linked_story_says_what_its_article_lacks(db, tmp_path):
    """A dated Chinese page (dev half of the extraction benchmark) has no sentence the timeline reads: the
    reason said "timelines are built when linking; run 'storyline link'" after linking; an undated text said
    'none of its 1 articles has'."""
    import gzip

    from tests.ingest.pages import EVAL

    page = tmp_path / "xinhua.html"
    page.write_bytes(gzip.decompress((EVAL / "pages" / "archive.org.he.xinhuanet.com.25340717.html.gz").read_bytes()))
    undated = tmp_path / "undated.txt"
    undated.write_text("Kim Jong Un wrote a long letter to Donald Trump about the talks in Singapore.\n")
    assert run(db, "ingest", str(page), str(undated), "-q").returncode == 0
    said = {}
    for story in json.loads(run(db, "stories", "--json").stdout)["stories"]:
        res = run(db, "timeline", str(story["id"]))
        assert res.returncode == 0
        said[story["title"]] = " ".join(res.stdout.split())
    assert len(said) == 2
    for out in said.values():
        assert "no dated entries" in out and "run 'storyline link'" not in out and "1 articles" not in out, out
    assert any("its article is written in Chinese characters, and a timeline entry is a lead or a dated sentence"
               in out for out in said.values()), said  # what the page is, not only what it is not
    assert any("its article has no publication date and no date in its text" in out for out in said.values()), said


def test_an_empty_timeline_of_a_page_in_another_script_names_the_script_it_found(db, tmp_path):
    """A dated Arabic or Russian report gives no timeline entry (an entry needs words in Latin letters): the
    reason said only "no sentence ... in Latin letters", as if the text were English gone wrong."""
    feed = tmp_path / "scripts.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "ar", "published": "2024-12-02", "title": "فيضانات في شمال بنغلاديش",
         "text": "ارتفعت مياه الفيضانات في شمال بنغلاديش يوم الاثنين، حسبما قال مسؤولون."},
        {"id": "ru", "published": "2024-12-03", "title": "Паводок в Бангладеш",
         "text": "Во вторник вода в реках на севере Бангладеш поднялась, сообщили официальные лица."}]),
        encoding="utf-8")
    assert run(db, "ingest", str(feed), "-q").returncode == 0
    said = " ".join(" ".join(run(db, "timeline", str(s["id"])).stdout.split())
                    for s in json.loads(run(db, "stories", "--json").stdout)["stories"])
    assert "its article is written in Arabic, and a timeline entry is" in said, said
    assert "its article is written in Cyrillic, and a timeline entry is" in said, said


@needs_shared
def test_a_page_not_in_english_is_said_so_at_ingest_in_show_export_and_its_timeline(db, tmp_path):
    """An undated German page of the extraction benchmark's dev half: the English model read names, dates and
    quotes into it and nothing told the user; now ingest counts it as not read, show and the export give its
    language and why, annotate does not retry it, and its empty timeline says why."""
    import gzip

    from tests.ingest.pages import EVAL

    page = tmp_path / "lidl.html"
    page.write_bytes(gzip.decompress((EVAL / "pages" / "lidl.de-nachhaltigkeit.html.gz").read_bytes()))
    res = run(db, "ingest", str(page), str(SEED_A), "-q")
    assert res.returncode == 0, res.stderr
    assert "annotated 2 (1 not read by the model: language de 1)" in " ".join(res.stderr.split())
    arts = {a["title"]: a for a in json.loads(run(db, "export", "--format", "json").stdout)["articles"]}
    german = next(a for a in arts.values() if a["language"] == "de")
    assert german["annotation_skipped"] == "language de: the English model does not read it"
    assert german["mentions"] == german["timexes"] == german["quotes"] == [] and german["published"] is None
    assert [a["language"] for a in arts.values()].count("en") == 1
    shown = " ".join(run(db, "show", str(german["id"])).stdout.split())
    assert "language de" in shown and "not annotated: language de: the English model does not read it" in shown
    assert "annotated 0" in run(db, "annotate").stderr  # skipped, not retried
    story = next(s for s in json.loads(run(db, "stories", "--json").stdout)["stories"] if s["title"] == german["title"])
    said = " ".join(run(db, "timeline", str(story["id"])).stdout.split())
    assert "its article is not annotated (language de: the English model does not read it) and has no " \
           "publication date" in said, said


@needs_shared
def test_a_chinese_page_holding_a_few_latin_words_gives_no_lead_entry(db, tmp_path):
    """A dated Chinese biography (dev half of the extraction benchmark) kept a Chinese sentence as its timeline's
    lead because it holds four Latin words ("CHIJ Saint Nicholas Girls' School"): a lead is written in Latin
    letters, so the timeline is empty and says what the page is written in."""
    import gzip

    from tests.ingest.pages import EVAL

    page = tmp_path / "tanya.html"
    page.write_bytes(gzip.decompress((EVAL / "pages" / "baike.baidu.com.tanya.html.gz").read_bytes()))
    assert run(db, "ingest", str(page), "--published", "2020-02-14", "-q").returncode == 0
    (story,) = json.loads(run(db, "stories", "--json").stdout)["stories"]
    entries = json.loads(run(db, "timeline", str(story["id"]), "--json").stdout)["entries"]
    assert not any("\u4e00" <= c <= "\u9fff" for e in entries for c in e["text"]), entries
    said = " ".join(run(db, "timeline", str(story["id"])).stdout.split())
    assert "its article is written in Chinese characters" in said, said


@needs_shared
def test_the_article_list_keeps_its_id_column_beside_a_long_outlet_name_and_a_page_stamp(db, tmp_path):
    """Two dev pages of the extraction set whose site names run to 53 and 70 characters and whose stamps carry a
    time and zone: printed whole they pushed an 80-column table past the terminal and it dropped the id column."""
    import gzip

    pages = DATA / "trafilatura-eval" / "pages"
    for name in ("breakingbelizenews.com-paho.html", "laprensagrafica.com.fiscal.html"):
        (tmp_path / name).write_bytes(gzip.decompress((pages / f"{name}.gz").read_bytes()))
        assert run(db, "ingest", str(tmp_path / name), "--no-annotate", "-q").returncode == 0
    listed = json.loads(run(db, "articles", "--json").stdout)["articles"]
    assert max(len(a["source"]) for a in listed) > 50 and all("T" in a["published"] for a in listed)
    narrow = dict(os.environ, COLUMNS="80")
    table = subprocess.run([str(BIN), "--db", str(db), "articles"], capture_output=True, text=True, env=narrow).stdout
    rows = [line.split("│") for line in table.splitlines() if line.startswith("│") and line[1:].strip(" │")]
    firsts = [r for r in rows if r[2].strip()]  # a row's first line: its day is set
    assert sorted(int(r[1]) for r in firsts) == sorted(a["id"] for a in listed), table
    assert sorted(r[2].strip() for r in firsts) == sorted(a["published"][:10] for a in listed)
    assert all(len(line) <= 80 for line in table.splitlines())
