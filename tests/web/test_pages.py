"""Every page over HTTP from the real server: JSON twins validate, errors are pages, nothing unsafe is sent."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import subprocess

import httpx
import jsonschema
import pytest
from markupsafe import escape

from tests.conftest import ROOT
from tests.web.conftest import BIN, XSS_URL, serving

SCHEMA = json.loads((ROOT / "schema" / "web.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def get(server: str, path: str) -> httpx.Response:
    return httpx.get(server + path, timeout=30)


def valid(data: dict) -> dict:
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message[:300]}" for e in errors[:5]]
    return data


def every_page(server: str) -> list[str]:
    """The path of every page the store has: each story, entity named in a story, quote listing, article."""
    stories = get(server, "/stories.json?limit=200").json()["stories"]
    paths = ["/stories", "/quotes", "/stories?q=letter", "/stories?since=2019&until=2019-12", "/entities",
             "/entities?type=PERSON", "/entities?q=kim&type=person", "/entities?limit=3&page=2"]
    for s in stories:
        paths.append(f"/story/{s['id']}")
        story = get(server, f"/story/{s['id']}.json").json()
        paths += [f"/entity/{n['id']}" for kind in story["entities"].values() for n in kind]
        paths += [f"/article/{a['id']}" for e in story["events"] for a in e["articles"]]
        paths.append(f"/quotes?story={s['id']}")
    return list(dict.fromkeys(paths))


def test_every_json_twin_validates_against_the_schema_and_matches_its_page(server):
    paths = every_page(server)
    kinds = {p.split("/")[1].split("?")[0] for p in paths}
    assert kinds == {"stories", "story", "entities", "entity", "quotes", "article"}
    for path in paths:
        base, _, query = path.partition("?")
        data = valid(get(server, f"{base}.json" + (f"?{query}" if query else "")).json())
        page = get(server, path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        title = (data.get("story") or data.get("entity") or data.get("article") or {})
        name = title.get("title") or title.get("name")
        if name:  # the HTML page shows what its twin says (escaped)
            assert str(escape(name)) in page.text, path


def test_the_home_page_sends_its_query_on_to_the_stories_page(server):
    """`/?q=...` went to `/stories` and dropped the search (the site's own forms post to /stories)."""
    assert get(server, "/").headers["location"] == "/stories"
    assert get(server, "/?q=letter&since=2019").headers["location"] == "/stories?q=letter&since=2019"


def test_unknown_ids_are_404_pages_not_tracebacks(server):
    for path in ["/story/999999", "/entity/999999", "/article/999999", "/story/abc", "/article/-1", "/nowhere"]:
        page = get(server, path)
        assert page.status_code == 404, path
        assert "Not found" in page.text and "Traceback" not in page.text
        twin = get(server, path.rstrip("/") + ".json") if path != "/nowhere" else page
        assert twin.status_code == 404
    assert valid(get(server, "/story/999999.json").json())["message"].startswith("no story 999999")


def test_a_bad_search_query_is_a_400_with_the_reason(server):
    page = get(server, '/stories?q="')  # only syntax, no words (a query FTS5 cannot parse is searched as words)
    assert page.status_code == 400
    assert "holds no word to search for" in page.text and "Traceback" not in page.text
    twin = valid(get(server, '/stories.json?q="').json())
    assert twin["search"]["error"] and twin["search"]["results"] == []
    assert get(server, '/stories?q="unclosed').status_code == 200
    assert get(server, "/stories?since=last+year").status_code == 400
    assert get(server, "/stories?page=0").status_code == 400


def test_a_date_filter_is_checked_as_the_cli_checks_it(server):
    """One validator (is_date_prefix) for --since/--until and ?since=/?until=: the web took any four-two-two
    digits, so a month 13 or February 30 listed nothing and said only that nothing matched."""
    assert get(server, "/stories?since=2024-13").status_code == 400
    assert get(server, "/stories.json?until=2019-02-30").status_code == 400
    assert get(server, "/stories?since=2019-01-31T09:30").status_code == 200  # a datetime, as the CLI takes


def test_search_shows_snippets_with_the_matched_words(server):
    data = valid(get(server, "/stories.json?q=letter").json())
    hits = data["search"]["results"]
    assert hits and all(any(p["hit"] and p["text"].lower().startswith("letter") for p in h["snippet"]) for h in hits)
    assert "<mark>" in get(server, "/stories?q=letter").text


def test_every_page_carries_a_content_security_policy_and_loads_nothing_from_elsewhere(server):
    for path in ["/stories", "/quotes", "/story/1", "/article/1", "/story/424242"]:
        page = get(server, path)
        assert "default-src 'self'" in page.headers["content-security-policy"], path
        assert page.headers["x-content-type-options"] == "nosniff"
        assert all(src.startswith("/static/") for src in re.findall(r'\bsrc="([^"]*)"', page.text)), path
        assert not re.search(r'<(link|script)[^>]+(href|src)="(https?:)?//', page.text), path
    assert get(server, "/static/style.css").status_code == 200


def test_hostile_strings_leave_the_server_escaped(server):
    hit = get(server, "/stories.json?q=regulator+Lisbon").json()["search"]["results"][0]
    for path in [f"/article/{hit['article']}", "/stories?q=regulator+Lisbon", "/quotes?limit=200"]:
        html = get(server, path).text
        assert "<script>alert(1)</script>" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
        assert not re.search(r'href="\s*javascript:', html, re.I), path
    data = get(server, f"/article/{hit['article']}.json").json()
    assert data["article"]["url"] == XSS_URL and data["article"]["link"] is None


def test_the_server_only_reads_the_store(server, web_store):
    before = hashlib.sha256(web_store.read_bytes()).hexdigest()
    every_page(server)
    assert hashlib.sha256(web_store.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("path", ["/quotes.json", "/quotes.json?limit=2"])
def test_quotes_carried_by_several_outlets_are_one_row_and_pages_link_on(server, path):
    data = valid(get(server, path).json())
    keys = [" ".join(re.findall(r"\w+", q["text"].casefold())) for q in data["quotes"]]
    assert len(keys) == len(set(keys))
    for q in data["quotes"]:
        first = min(q["outlets"], key=lambda a: (a["published"] or "9999", a["id"]))
        assert q["first"] == {k: v for k, v in first.items() if k != "at"}  # an outlet also says where it ran it
    if data["pagination"]["after"]:  # the next page, by cursor: no group twice across pages
        more = valid(get(server, data["pagination"]["next"]).json())
        assert more["quotes"] and "after=" in data["pagination"]["next"]
        assert not {q["text"] for q in more["quotes"]} & {q["text"] for q in data["quotes"]}


def test_a_damaged_store_gets_a_plain_500_page_not_a_traceback(web_store, tmp_path):
    damaged = tmp_path / "damaged.db"
    with sqlite3.connect(web_store) as src, sqlite3.connect(damaged) as dst:
        src.backup(dst)
        dst.execute("DROP TABLE timeline_entries")
    with serving(damaged) as base:
        page = get(base, "/story/1")
        assert page.status_code == 500
        assert "could not show this page" in page.text and "Traceback" not in page.text
        assert "sqlite" not in page.text.lower()
        assert valid(get(base, "/story/1.json").json())["status"] == 500


def test_an_article_and_its_reprint_point_at_each_other(server):
    hits = get(server, '/stories.json?q="reprinted with permission"').json()["search"]["results"]
    assert len(hits) == 1
    copy = valid(get(server, f"/article/{hits[0]['article']}.json").json())
    original = copy["duplicate_of"]
    assert original and copy["article"]["source"] == "Reprint Daily"
    back = valid(get(server, f"/article/{original['id']}.json").json())
    assert [c["id"] for c in back["copies"]] == [copy["article"]["id"]]
    assert "Reprint Daily" in get(server, f"/article/{original['id']}").text
    assert "near-duplicate of" in get(server, f"/article/{copy['article']['id']}").text


def test_a_story_page_shows_its_most_salient_entries_unless_asked_for_all(server):
    story = get(server, "/stories.json").json()["stories"][0]
    full = valid(get(server, f"/story/{story['id']}.json?top=all").json())
    total = full["story"]["timeline_entries"]
    assert len(full["timeline"]) == total and total >= 2
    two = valid(get(server, f"/story/{story['id']}.json?top=2").json())
    best = sorted(full["timeline"], key=lambda e: (-e["salience"], e["index"]))[:2]
    assert [e["index"] for e in two["timeline"]] == sorted(e["index"] for e in best)
    assert "show all" in get(server, f"/story/{story['id']}?top=2").text
    assert get(server, f"/story/{story['id']}?top=many").status_code == 400
    # digits Python's isdigit() takes and int() refuses, or takes without being ASCII: a 400, never a 500
    for odd in ("%C2%B2", "%D9%A3", "%EF%BC%95"):  # "²", Arabic-Indic three, fullwidth five
        assert get(server, f"/story/{story['id']}?top={odd}").status_code == 400, odd
        assert get(server, f"/stories?q=letter&hits={odd}").status_code == 400, odd


def test_a_kept_page_is_rendered_again_once_another_process_changes_the_store(web_store, tmp_path):
    copy = tmp_path / "copy.db"
    with sqlite3.connect(web_store) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    news = tmp_path / "news.txt"
    news.write_text("Zanzibar ferry operators announced a new timetable on Monday after a long dispute with the port "
                    "authority over fees, berths and the number of daily crossings allowed in the busy season.\n")
    with serving(copy) as base:
        before = get(base, "/stories.json?q=Zanzibar").json()["search"]["results"]
        assert before == [] and get(base, "/stories.json?q=Zanzibar").json()["search"]["results"] == []
        done = subprocess.run([str(BIN), "--db", str(copy), "ingest", str(news), "--published", "2020-01-06",
                               "--no-annotate", "--no-link"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        after = get(base, "/stories.json?q=Zanzibar").json()["search"]["results"]
        assert [r["published"] for r in after] == ["2020-01-06"]


def test_story_filters_keep_only_the_stories_that_match(server):
    everything = get(server, "/stories.json").json()["stories"]
    wiki = valid(get(server, "/stories.json?source=Wikinews").json())["stories"]
    assert wiki and len(wiki) < len(everything)
    for row in wiki:
        story = get(server, f"/story/{row['id']}.json").json()
        assert "Wikinews" in {a["source"] for e in story["events"] for a in e["articles"]}
    dated = valid(get(server, "/stories.json?since=2019-01&until=2019-12").json())["stories"]
    assert dated and all(s["last"] >= "2019-01" and s["first"][:7] <= "2019-12" for s in dated)
    lasts = [s["last"] for s in everything]
    assert lasts == sorted(lasts, reverse=True)  # most recently active first
    top = everything[0]["top_entities"][0]
    named = valid(get(server, f"/stories.json?entity={top['id']}").json())
    assert named["filters"]["entity"]["id"] == top["id"]
    assert everything[0]["id"] in [s["id"] for s in named["stories"]]
    assert get(server, "/stories.json?entity=Nobody+Anywhere+Zzz").status_code == 404


def test_the_article_page_of_a_page_not_in_english_gives_its_language_and_why_nothing_is_marked(tmp_path):
    """A German page of the extraction benchmark's dev half: the page marked the English model's names and dates
    in it, and said nothing of its language."""
    import gzip

    import storyline
    from tests.ingest.pages import EVAL

    if not (EVAL / "pages").is_dir():
        pytest.skip("needs ../shared/data/trafilatura-eval")
    page = tmp_path / "instagram.html"
    page.write_bytes(gzip.decompress((EVAL / "pages" / "OnlineMarketing.de-Instagram.html.gz").read_bytes()))
    db = tmp_path / "de.db"
    with storyline.open(db) as sl:
        (aid,) = sl.ingest([page]).ids
    with serving(db) as base:
        data = valid(get(base, f"/article/{aid}.json").json())
        html = get(base, f"/article/{aid}").text
    assert data["article"]["language"] == "de" and data["mentions"] == data["timexes"] == []
    assert data["article"]["annotation_skipped"] == "language de: the English model does not read it"
    assert "<dt>Language</dt><dd>de" in html and "Not annotated (language de: the English model" in html


def test_the_article_page_of_an_article_whose_language_is_not_known_is_shown(tmp_path):
    """A wire flash in capitals has no lower-case word to tell its language by (and an article stored before
    ingest knew languages has none either): its page said 500."""
    import storyline

    flash = tmp_path / "flash.txt"
    flash.write_text("URGENT\n\nQUAKE OF MAGNITUDE 6.1 HITS NORTHERN JAPAN ON MONDAY, NO DAMAGE OR INJURIES"
                     " REPORTED IN THE FIRST HOURS, OFFICIALS SAY.\n", encoding="utf-8")
    db = tmp_path / "flash.db"
    with storyline.open(db) as sl:
        (aid,) = sl.ingest([flash]).ids
        assert "language_from" not in sl.article(aid).metadata
    with serving(db) as base:
        page = get(base, f"/article/{aid}")
        data = valid(get(base, f"/article/{aid}.json").json())
    assert page.status_code == 200 and "<dt>Language</dt><dd>not known</dd>" in page.text
    assert data["article"]["language"] is None


def test_the_entities_page_lists_who_is_named_most_first_and_filters_by_name_and_type(server):
    """The analyst's way in to who is who without a story at hand: every entity, most written about first."""
    everyone = valid(get(server, "/entities.json?limit=200").json())["entities"]
    assert everyone and [(e["articles"], e["mentions"]) for e in everyone] == sorted(
        ((e["articles"], e["mentions"]) for e in everyone), reverse=True)
    kims = valid(get(server, "/entities.json?q=kim&type=PERSON").json())["entities"]
    names = [e["name"] for e in kims]
    assert "Kim Jong Un" in names and all(e["type"] == "PERSON" for e in kims)
    un = next(e for e in kims if e["name"] == "Kim Jong Un")
    assert un["articles"] == 2 and un["first"][:10] < un["last"][:10]  # both seeds, a year apart
    assert not any("Kim Jong Nam" in [e["name"], *e["aliases"]] for e in kims if e["id"] == un["id"])
    first, second = (valid(get(server, f"/entities.json?limit=3&page={n}").json()) for n in (1, 2))
    assert [e["id"] for e in first["entities"] + second["entities"]] == [e["id"] for e in everyone[:6]]
    assert first["pagination"]["next"] and second["pagination"]["prev"]
    page = get(server, "/entities?q=kim")
    assert page.status_code == 200 and f'<a href="/entity/{un["id"]}">Kim Jong Un</a>' in page.text
    bad = get(server, "/entities?type=DATE")
    assert bad.status_code == 400 and "not an entity type" in bad.text


def test_reported_speech_is_labelled_not_put_in_quote_marks(server):
    """A paraphrase in quote marks puts words in a speaker's mouth: the quotes page and the story pages showed
    every attribution as a quotation."""
    rows = valid(get(server, "/quotes.json?limit=200").json())["quotes"]
    direct = next(q for q in rows if q["kind"] == "direct")
    reported = next(q for q in rows if q["kind"] == "indirect")
    html = get(server, "/quotes?limit=200").text
    assert f"“{escape(direct['text'])}”" in html
    assert f"“{escape(reported['text'])}”" not in html and str(escape(reported["text"])) in html
    assert re.search(r'status-reported"[^>]*>indirect</span> ' + re.escape(str(escape(reported["text"]))), html)


def test_a_query_the_page_does_not_take_is_a_400_that_says_what_it_takes(server):
    """``?sort=bogus`` and a misspelt filter (``?sinse=``) listed every story as if nothing had been asked."""
    for path in ("/stories?sort=bogus", "/stories.json?sort=bogus", "/stories?sinse=2019", "/entities?kind=ORG",
                 "/quotes.json?speakr=Kim", "/story/1?tpo=all"):
        res = get(server, path)
        assert res.status_code == 400, path
        assert "Traceback" not in res.text and ("this page takes" in res.text or "use one of" in res.text), path
    assert get(server, "/stories.json?sort=bogus").json()["message"].startswith("sort 'bogus' is not an order")
    # a link passed on by a newsletter or a social site carries its tags: still the page
    assert get(server, "/stories?utm_source=newsletter&utm_medium=email&fbclid=abc").status_code == 200


def test_the_article_and_entity_pages_refuse_a_query_they_do_not_take(server):
    """``/article/1?top=all`` (a parameter copied from a story page) or a typo was answered with the plain page, as
    if it had been taken, though every other page says what it takes."""
    entity = get(server, "/entities.json").json()["entities"][0]["id"]
    for path in ("/article/1", "/article/1.json", f"/entity/{entity}", f"/entity/{entity}.json"):
        assert get(server, path).status_code == 200, path
        res = get(server, path + "?top=all")
        assert res.status_code == 400, path
        assert "unknown parameter" in res.text and "this page takes no parameters" in res.text, path
        assert get(server, path + "?utm_source=newsletter").status_code == 200, path


def test_stories_are_listed_in_the_order_sort_names_as_the_cli_lists_them(server):
    for sort, key in (("largest", lambda s: -s["articles"]), ("id", lambda s: s["id"])):
        rows = valid(get(server, f"/stories.json?sort={sort}").json())["stories"]
        assert rows and [key(s) for s in rows] == sorted(key(s) for s in rows), sort
        res = get(server, f"/stories?sort={sort}")
        assert res.status_code == 200 and 'value="' + sort + '" selected' in res.text
    assert get(server, "/stories.json?sort=recent").json()["filters"]["sort"] == "recent"


def test_filters_that_cannot_both_hold_are_a_400_not_an_empty_list(server):
    """``?since=2024&until=2023`` listed nothing and said only that nothing matched; ``?page=2&after=...``
    served the numbered page and dropped the cursor without a word."""
    swapped = get(server, "/stories.json?since=2024&until=2023")
    assert swapped.status_code == 400 and "swap them" in swapped.json()["message"]
    assert get(server, "/stories.json?since=2019-05&until=2019").status_code == 200  # overlapping: fine
    first = get(server, "/stories.json?limit=1").json()["pagination"]["after"]
    assert get(server, f"/stories.json?page=2&after={first}").status_code == 400
    quoted = get(server, "/quotes.json?limit=1").json()["pagination"]["after"]
    assert quoted and get(server, f"/quotes.json?page=2&after={quoted}").status_code == 400


def test_the_quotes_page_searches_the_quotes_words_as_the_cli_does(server):
    """``storyline quotes QUERY`` searched the quotes' words; the page had no way to, and ?q= was ignored."""
    quotes = valid(get(server, "/quotes.json?limit=200").json())["quotes"]
    word = max((w.strip('.,"“”') for q in quotes for w in q["text"].split()), key=len)
    found = valid(get(server, f"/quotes.json?q={word}").json())
    assert found["filters"]["q"] == word and found["quotes"]
    assert all(word.lower() in q["text"].lower() for q in found["quotes"])
    assert len(found["quotes"]) < len(quotes)
    page = get(server, f"/quotes?q={word}")
    assert page.status_code == 200 and f'value="{escape(word)}"' in page.text
    assert get(server, '/quotes.json?q="').status_code == 400  # only syntax: said, as on /stories
    assert get(server, "/quotes.json?q=COVID-19").status_code == 200  # a word FTS5 cannot parse: its words


def test_a_search_hit_says_which_story_follows_it_as_the_article_page_and_the_cli_do(server, web_store):
    """An analyst searching for a name got articles with no word of the story each is in (the article page
    and, now, `storyline show` say it): each hit names and links its story, in the page and its JSON twin."""
    data = valid(get(server, "/stories.json?q=letter").json())
    hits = data["search"]["results"]
    assert hits and all(r["stories"] for r in hits)
    for r in hits:
        article = get(server, f"/article/{r['article']}.json").json()
        assert r["stories"] == article["stories"]
    page = get(server, "/stories?q=letter").text
    first = hits[0]["stories"][0]
    assert f'story {first["id"]}: <a href="/story/{first["id"]}"' in page
    cli = json.loads(subprocess.run([str(BIN), "--db", str(web_store), "search", "letter", "--json"],
                                    capture_output=True, text=True, check=True).stdout)["articles"]
    assert {h["id"]: h["stories"] for h in cli} == {r["article"]: r["stories"] for r in hits}
    shown = json.loads(subprocess.run([str(BIN), "--db", str(web_store), "show", str(hits[0]["article"]), "--json"],
                                      capture_output=True, text=True, check=True).stdout)
    assert shown["stories"] == hits[0]["stories"]


def test_the_article_page_says_a_guessed_day_order_and_a_date_not_taken_as_show_does(tmp_path):
    import storyline

    text = ("The city council voted on Friday evening to close the old bridge for repairs, officials said. "
            "Traffic will be diverted over the river for at least six months, the mayor told reporters.")
    records = tmp_path / "reports.jsonl"
    records.write_text("".join(json.dumps({"id": i, "title": f"Bridge closed {i}", "text": text, "published": d})
                               + "\n" for i, d in (("a", "03/04/2021"), ("b", "2099-01-01"))), encoding="utf-8")
    db = tmp_path / "dates.db"
    with storyline.open(db) as sl:
        guessed, late = sl.ingest([records]).ids
    with serving(db) as base:
        shown, refused = get(base, f"/article/{guessed}").text, get(base, f"/article/{late}").text
        data = valid(get(base, f"/article/{guessed}.json").json())["article"]
    # the signal stays its name, the guess a flag of its own; the page says both
    assert (data["published_from"], data["metadata"]["published_order_unclear"]) == ("input", True)
    assert "(date from: input, day/month order unclear)" in shown
    assert "(not taken, as after the day it was read: input 2099-01-01)" in refused


def test_a_search_that_matches_more_than_it_shows_says_so_and_offers_more(server):
    """The stories page showed a query's best 20 articles as if they were all (every other one out of reach);
    now it says more match and links to twice as many (``?hits=``, up to 200).  Asked here for 2 at a time."""
    every = valid(get(server, "/stories.json?q=the&hits=200").json())["search"]
    assert len(every["results"]) > 4 and not every["more"]
    first = valid(get(server, "/stories.json?q=the&hits=2").json())["search"]
    assert [r["article"] for r in first["results"]] == [r["article"] for r in every["results"][:2]]
    assert first["more"] and "hits=4" in first["next"]
    page = get(server, "/stories?q=the&hits=2")
    link = re.search(r'<a href="([^"]+)" rel="next">Show more matches</a>', page.text)
    assert link, "the page does not say more articles match"
    more = valid(get(server, link.group(1).replace("&amp;", "&").replace("/stories?", "/stories.json?")).json())
    assert [r["article"] for r in more["search"]["results"]] == [r["article"] for r in every["results"][:4]]
    for bad in ("0", "201", "x"):
        assert get(server, f"/stories?q=the&hits={bad}").status_code == 400
    one = get(server, "/stories?q=the&hits=1").text  # it said "The 1 best matches"
    assert "The best match; more articles match." in one and "The 1 best" not in one
    assert "The 2 best matches; more articles match." in page.text


def test_every_page_names_its_icon_so_the_browser_logs_no_missing_favicon(server):
    """Each visit asked for /favicon.ico, a 404 that Chromium logs as an error on every page of the site."""
    for path in every_page(server)[:12]:
        page = get(server, path)
        if page.headers["content-type"].startswith("text/html"):
            assert '<link rel="icon" href="data:,">' in page.text, path
    assert get(server, "/favicon.ico").status_code == 404  # nothing is served there: the pages say so themselves


def test_pages_go_gzip_compressed_to_a_client_that_accepts_it_and_plain_to_one_that_does_not(server):
    """Story pages of 80-170 KiB went uncompressed (text that gzip makes 8-11 times smaller)."""
    story = get(server, "/stories.json").json()["stories"][0]["id"]
    for path in (f"/story/{story}", f"/story/{story}.json", "/stories", "/static/style.css"):
        plain = httpx.get(server + path, headers={"accept-encoding": "identity"}, timeout=30)
        packed = httpx.get(server + path, headers={"accept-encoding": "gzip"}, timeout=30)
        assert plain.status_code == packed.status_code == 200, path
        assert "content-encoding" not in plain.headers, path
        assert packed.headers["content-encoding"] == "gzip", path
        assert packed.num_bytes_downloaded < len(plain.content) / 2, (path, packed.num_bytes_downloaded)
        assert packed.content == plain.content, path  # the same page, decoded
        assert "server-timing" in packed.headers and "content-security-policy" in packed.headers, path
