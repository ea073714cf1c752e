"""`storyline quotes --speaker` finds what unnamed people said for a body, by the body's id (review r36d's probes).

The real `storyline` entry point on a real SQLite store built from written reports: the speaker of "Pentagon
officials said" is the description, the Pentagon its body, and `--speaker Pentagon` finds it, as it finds "An
official at the Pentagon said".  (A short name that matches many entities, r36d's "US", "Ma", "Al", is guarded by
tests/store/test_quote_bodies.py's 40,000-id store: this one-article store could not fail as r36d did.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline
from tests.cli.test_analyst_lists import run
from tests.conftest import jsonl_store, needs_shared, newswire_store

REPORTS = [
    {"id": "base-1", "published": "2024-03-04", "source": "Wire", "title": "Pentagon to close a base in Ohio",
     "text": "The Pentagon will close a base in Ohio next year, Pentagon officials said on Monday.\n\n"
             "\"We will respond to every question from the town,\" an official at the Pentagon said.\n\n"
             "\"The base has served the country well,\" said Pentagon spokesman John Kirby.\n\n"
             "Ma Ying-jeou and Al Gore were not told, a US official said."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return jsonl_store(tmp_path_factory.mktemp("bodies"), REPORTS)


def test_speaker_finds_the_unnamed_officials_of_a_body_in_every_form_by_id(store: Path) -> None:
    res = run(store, "quotes", "--speaker", "Pentagon", "--json", columns=80)
    assert res.returncode == 0, res.stderr
    rows = [(r["speaker_text"], r["speaker_id"], r["body_name"]) for r in json.loads(res.stdout)["quotes"]]
    assert ("Pentagon officials", None, "Pentagon") in rows
    assert ("an official", None, "Pentagon") in rows  # "An official at the Pentagon said" (r36d: was lost)


def test_the_listing_says_whom_an_unnamed_speaker_speaks_for_at_80_columns(store: Path) -> None:
    res = run(store, "quotes", "--speaker", "Pentagon", columns=80)
    assert res.returncode == 0, res.stderr
    assert "Pentagon officials (for Pentagon)" in res.stdout
    assert all(len(line) <= 80 for line in res.stdout.splitlines() if "(for " in line)


def test_the_export_gives_a_quote_its_body(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    res = run(store, "export", "--output", str(out))
    assert res.returncode == 0, res.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    entities = {e["id"]: e["name"] for e in data["entities"]}
    quotes = [q for a in data["articles"] for q in a["quotes"]]
    assert any(q["speaker"] is None and entities.get(q.get("body")) == "Pentagon" for q in quotes), quotes


def test_the_web_pages_say_whom_an_unnamed_speaker_speaks_for(store: Path) -> None:
    """The entity page lists what its officials and its named spokesman said ("said for"), not as said by it;
    the quotes page's speaker filter finds them; each page's JSON twin carries the body."""
    import httpx

    from tests.web.conftest import serving

    with serving(store) as base:
        pentagon = next(e for e in httpx.get(f"{base}/entities.json?q=Pentagon").json()["entities"]
                        if e["name"] == "Pentagon")
        page = httpx.get(f"{base}/entity/{pentagon['id']}.json").json()
        assert [q["speaker"] for q in page["quotes_by"]] == []
        assert {(q["speaker"], q["body"]) for q in page["quotes_for"]} == {
            ("Pentagon officials", "Pentagon"), ("an official", "Pentagon"), ("John Kirby", "Pentagon")}
        html = httpx.get(f"{base}/quotes?speaker=Pentagon").text
        assert f'<a href="/entity/{pentagon["id"]}">Pentagon</a>' in html
        listed = httpx.get(f"{base}/quotes.json?speaker=Pentagon").json()["quotes"]
        assert {q["body_id"] for q in listed} == {pentagon["id"]}


def test_a_storys_top_quotes_say_whom_an_unnamed_speaker_speaks_for(store: Path) -> None:
    story = json.loads(run(store, "stories", "--json").stdout)["stories"][0]["id"]
    res = run(store, "story", str(story))
    assert res.returncode == 0, res.stderr
    assert "an official (for Pentagon)" in res.stdout


def test_the_story_page_names_the_body_of_an_unnamed_speaker_once(store: Path) -> None:
    """Final read fr37: the story page's quote rows had body_id set and body None, and printed "for None"."""
    import httpx

    from tests.web.conftest import serving

    story = json.loads(run(store, "stories", "--json").stdout)["stories"][0]["id"]
    with serving(store) as base:
        rows = httpx.get(f"{base}/story/{story}.json").json()["quotes"]
        html = httpx.get(f"{base}/story/{story}").text
    unnamed = [q for q in rows if q["speaker_id"] is None and q["body_id"] is not None]
    assert unnamed and all(q["body"] == "Pentagon" and "(for" not in q["speaker"] for q in unnamed), unnamed
    assert "None</a>" not in html and '<span class="meta">for</span>' in html


WHO = ("speaker_id", "speaker_name", "speaker_text", "body_id", "body_name")


def test_who_said_a_quote_has_one_shape_in_the_clis_json_and_the_webs(store: Path) -> None:
    """``story --json`` gave ``speaker_name`` and the story page's JSON ``speaker_id``, ``speaker`` an id in one and
    a name in the other: a script written against one could not read the other.  Every JSON output now gives the
    same fields, with the same values, for the same quote (``speaker``/``body`` stay as they were)."""
    import httpx

    from tests.web.conftest import serving

    story = json.loads(run(store, "stories", "--json").stdout)["stories"][0]["id"]
    cli_story = json.loads(run(store, "story", str(story), "--json").stdout)["quotes"]
    cli_quotes = json.loads(run(store, "quotes", "--kind", "all", "--json").stdout)["quotes"]
    with serving(store) as base:
        web_story = httpx.get(f"{base}/story/{story}.json").json()["quotes"]
        web_quotes = httpx.get(f"{base}/quotes.json").json()["quotes"]
        web_article = httpx.get(f"{base}/article/1.json").json()["quotes"]

    def who(rows: list[dict[str, object]]) -> dict[tuple[object, object], tuple[object, ...]]:
        return {(q["article"] if "article" in q else 1, q["start"]): tuple(q[k] for k in WHO) for q in rows}

    assert who(cli_story) and who(cli_story) == who(web_story)
    assert who(web_quotes).items() <= who(cli_quotes).items() and who(web_article) == who(cli_quotes)
    unnamed = [q for q in cli_quotes if q["speaker_id"] is None and q["body_id"] is not None]
    assert unnamed and all(q["speaker_name"] == f"{q['speaker_text']} (for {q['body_name']})" for q in unnamed)
    assert "Pentagon officials (for Pentagon)" in {q["speaker_name"] for q in unnamed}, unnamed
    kirby = next(q for q in cli_quotes if q["speaker_text"] and "Kirby" in q["speaker_text"])
    assert kirby["speaker_id"] == kirby["speaker"] and kirby["speaker_name"] == "John Kirby", kirby


@needs_shared
def test_a_quote_names_its_speaker_as_the_entity_in_the_story_as_in_the_quotes_list(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """r49f: ``story --json`` and the story page took ``speaker_name`` from the story's chains, the spelling its
    articles use ("Shen Guofang" in AFP_ENG_19970401.0099, "US" in AFP_ENG_19970413.0013), while ``quotes --json``
    and the article and quotes pages give the entity's name ("Shen Goufang", "United States"): one quote, two
    names.  Every output now takes the name from the entity."""
    import httpx

    from tests.web.conftest import serving

    store = newswire_store(tmp_path_factory.mktemp("names"),
                           {"AFP_ENG_19970401.0099", "AFP_ENG_19970413.0013", "AFP_ENG_19970415.0373"})

    def who(rows: list[dict[str, object]]) -> dict[tuple[object, object], tuple[object, ...]]:
        return {(q["article"], q["start"]): tuple(q[k] for k in WHO) for q in rows}

    cli_quotes = who(json.loads(run(store, "quotes", "--kind", "all", "--limit", "1000", "--json").stdout)["quotes"])
    named = 0
    with serving(store) as base:
        web_quotes = who(httpx.get(f"{base}/quotes.json?kind=all&limit=200").json()["quotes"])
        for s in json.loads(run(store, "stories", "--all", "--json").stdout)["stories"]:
            cli_story = who(json.loads(run(store, "story", str(s["id"]), "--json").stdout)["quotes"])
            web_story = who(httpx.get(f"{base}/story/{s['id']}.json").json()["quotes"])
            assert cli_story.items() <= cli_quotes.items(), s
            assert web_story == cli_story
            named += sum(w[0] is not None for w in cli_story.values())
    assert web_quotes.items() <= cli_quotes.items()
    assert named >= 3  # the stories' quotes do name speakers: the comparison above is not empty


def test_a_quote_said_by_one_matched_entity_for_another_is_listed_once(store: Path) -> None:
    """r37a: "Pentagon" matches the Pentagon (the body) and an entity whose alias holds it (the speaker): the
    API asked the store once per entity and returned such a quote twice."""
    rows = storyline.open(store).quotes(speaker="Pentagon", limit=100)
    keys = [(aid, q.start, q.end) for aid, q in rows]
    assert len(keys) == len(set(keys)), [q.speaker_text for _, q in rows]


COPIES = [
    {"id": "copy-1", "published": "2024-03-01", "source": "Paper", "title": "Base to close",
     "text": "The base in Ohio will close next year.\n\n\"We will respond to every question from the town.\"\n\n"
             "The town council meets on Friday."},
    {"id": "copy-2", "published": "2024-03-02", "source": "Wire", "title": "Pentagon to close a base",
     "text": "The Pentagon will close a base in Ohio next year.\n\n\"We will respond to every question from the "
             "town,\" Pentagon officials said on Monday.\n\nThe town council meets on Friday."},
]


def test_a_quote_group_takes_the_body_with_the_speaker_of_a_later_copy(tmp_path: Path) -> None:
    """The quotes page groups copies of one quote under the first run; when that copy names no speaker, the
    speaker comes from a later one, and the body he speaks for must come with him (r37a: it did not)."""
    import httpx

    from tests.web.conftest import serving

    with serving(jsonl_store(tmp_path, COPIES)) as base:
        rows = httpx.get(f"{base}/quotes.json").json()["quotes"]
    assert [(q["speaker"], q["body"]) for q in rows if q["text"].startswith("We will respond")] == [
        ("Pentagon officials", "Pentagon")]


@needs_shared
def test_a_scare_quote_is_listed_as_a_term_with_no_speaker(tmp_path: Path) -> None:
    """`quotes --kind scare` printed a scare quote ("dismayed", a word set off in quotation marks) in quotation
    marks like direct speech, under "(speaker not said)" as if someone had said it unnamed: it is marked
    `[scare]` and given no speaker, as the web's quotes page shows it; a direct quote keeps no mark."""
    db = newswire_store(tmp_path, {"AFP_ENG_19970401.0421", "AFP_ENG_19970402.0390"})  # as tests/web's marks
    with storyline.open(db) as sl:
        quotes = [q for a in sl.articles() for q in sl.annotation(a.id).quotes]
    scare = {q.text for q in quotes if q.kind == "scare"}
    assert scare and any(q.kind == "direct" for q in quotes), "no scare and direct quotes to show: proves nothing"
    res = run(db, "quotes", "--kind", "all", "--limit", "1000", columns=400)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    for text in scare:
        [at] = [i for i, line in enumerate(lines) if line.endswith(f"“{text}”")]
        assert lines[at].lstrip(" …").startswith("[scare] “"), lines[at]
        assert lines[at - 1].startswith("(no speaker: read as a term in quotation marks)"), lines[at - 1]
    direct = [line for line in lines if line.startswith("  “")]
    assert direct and not any("[scare]" in line for line in direct)
