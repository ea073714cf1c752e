"""Each input format on real articles: HTML pages, JSON Lines/arrays, WARC(.gz), RSS/Atom, stdin."""

from __future__ import annotations

import gzip
import io
import json

from storyline.ingest import Problem, read_inputs
from storyline.ingest.lines import fold
from storyline.records import Article
from storyline.settings import Settings
from tests.conftest import needs_shared
from tests.ingest.pages import NEWSWIRE, atom, newswire, page, rss, warc, wikinews, write_jsonl

pytestmark = needs_shared


def _read(*paths, **kw) -> list[Article | Problem]:
    return list(read_inputs([str(p) for p in paths], Settings(), **kw))


def test_html_page_gives_text_title_date_and_canonical_url_without_chrome(tmp_path):
    story = wikinews(1)[0]
    path = tmp_path / "story.html"
    path.write_text(page(story), encoding="utf-8")
    (art,) = _read(path)
    assert (art.format, art.title, art.url) == ("html", story.title, story.url)
    assert (art.published, art.published_from) == (f"{story.date}T09:30:00+00:00", "html-meta")  # time zone kept
    assert art.text.startswith(story.paragraphs[0]) and art.text.endswith(story.paragraphs[-1])
    for chrome in ("cookies", "Share on Facebook", "Most read", "Follow us", "All rights reserved", "Business"):
        assert chrome not in art.text


def test_html_named_txt_is_read_as_html_from_its_content(tmp_path):
    story = wikinews(1)[0]
    path = tmp_path / "saved-page.txt"
    path.write_text(page(story), encoding="utf-8")
    (art,) = _read(path)
    assert art.format == "html" and "<p>" not in art.text


def test_jsonl_keeps_ids_unknown_fields_and_says_the_title_was_derived(tmp_path):
    recs = newswire(5)
    recs[0]["desk"] = "asia"
    recs[1]["title"] = "Given headline"
    (arts) = _read(write_jsonl(tmp_path / "wire.jsonl", recs))
    assert [a.external_id for a in arts] == [r["id"] for r in recs]
    assert arts[0].metadata == {"desk": "asia", "title_from": "first sentence", "language": "en",
                                "language_from": "text", "source_file": f"{tmp_path / 'wire.jsonl'}:1"}
    assert arts[1].title == "Given headline" and "title_from" not in arts[1].metadata
    assert all(a.published_from == "input" for a in arts)


def test_a_title_from_the_first_sentence_runs_past_abbreviations_and_the_dateline(tmp_path):
    """Untitled wire records whose lead has "Nov. 4", "Corp." or "Co. Ltd." were titled up to the abbreviation
    ("... held in Argentina on Nov"), and a dateline whose dash lost its space ("(Xinhua) --After") stayed in."""
    wanted = {"AFP_ENG_19970418.0150", "XIN_ENG_20051102.0342", "XIN_ENG_20051105.0183"}
    with NEWSWIRE.open(encoding="utf-8") as f:
        recs = [r for r in map(json.loads, f) if r["id"] in wanted]
    arts = {a.external_id: a for a in _read(write_jsonl(tmp_path / "wire.jsonl", recs))}
    assert arts["AFP_ENG_19970418.0150"].title.startswith("Japanese department store operator Matsuzakaya Co. Ltd. "
                                                          "Friday said its parent company")
    assert arts["XIN_ENG_20051102.0342"].title.endswith("in Argentina on Nov. 4 and 5")
    assert arts["XIN_ENG_20051105.0183"].title.startswith("After it was delayed for several times, Indonesia's")
    assert all(a.metadata["title_from"] == "first sentence" for a in arts.values())


def test_published_and_source_options_fill_only_what_records_lack(tmp_path):
    recs = newswire(2)
    del recs[1]["published"], recs[1]["source"]
    arts = _read(write_jsonl(tmp_path / "wire.jsonl", recs), published="2001-01-01", source="Wire")
    assert (arts[0].published, arts[0].source) == (recs[0]["published"], recs[0]["source"])
    assert (arts[1].published, arts[1].published_from, arts[1].source) == ("2001-01-01", "option", "Wire")


def test_json_array_with_html_records(tmp_path):
    stories = wikinews(2)
    recs = [{"id": f"s{i}", "html": page(s), "source": "Wikinews", "lang": "en"} for i, s in enumerate(stories)]
    path = tmp_path / "pages.json"
    path.write_text(json.dumps(recs), encoding="utf-8")
    arts = _read(path)
    assert [(a.external_id, a.format, a.title) for a in arts] == [("s0", "json", stories[0].title),
                                                                   ("s1", "json", stories[1].title)]
    assert arts[0].metadata["lang"] == "en" and arts[0].url == stories[0].url
    assert (arts[0].metadata["language"], arts[0].metadata["language_from"]) == ("en", "input")  # a record's lang


def test_records_in_other_tools_layouts_ingest_as_they_are(tmp_path):
    """news-please, NewsAPI and WordPress dumps name the fields otherwise; the same articles come out."""
    recs, stories = newswire(2), wikinews(1)
    layouts = [
        {"uuid": recs[0]["id"], "maintext": recs[0]["text"], "date_publish": recs[0]["published"],
         "source_domain": "apnews.com", "authors": ["AP"]},
        {"url": "https://x.test/a", "publishedAt": recs[1]["published"], "source": {"id": None, "name": "AFP"},
         "content": recs[1]["text"], "title": "Dam&#8217;s <b>opening</b>"},
        {"id": 7, "date": stories[0].date, "link": stories[0].url,
         "title": {"rendered": stories[0].title.replace(" ", " <em>", 1) + "</em> &#8212; Wikinews"},
         "content": {"rendered": "".join(f"<p>{p}</p>" for p in stories[0].paragraphs)}},
    ]
    arts = _read(write_jsonl(tmp_path / "dump.jsonl", layouts))
    assert all(isinstance(a, Article) for a in arts), arts
    assert [(a.external_id, a.published, a.source) for a in arts[:2]] == [
        (recs[0]["id"], recs[0]["published"], "apnews.com"), ("https://x.test/a", recs[1]["published"], "AFP")]
    assert arts[0].metadata == {"authors": ["AP"], "title_from": "first sentence", "language": "en",
                                "language_from": "text", "source_file": f"{tmp_path / 'dump.jsonl'}:1"}
    assert fold(arts[1].text) == fold(recs[1]["text"])
    assert arts[1].title == "Dam\u2019s <b>opening</b>"  # entities read; a tag in a plain string is its text
    assert (arts[2].title, arts[2].published, arts[2].url) == (stories[0].title + " \u2014 Wikinews",
                                                               stories[0].date, stories[0].url)
    assert "<p>" not in arts[2].text and fold(stories[0].paragraphs[-1]) in fold(arts[2].text)


def test_a_record_with_no_body_names_the_fields_looked_for(tmp_path):
    problems = _read(write_jsonl(tmp_path / "dump.jsonl", [{"id": "a", "title": "Only a headline"}]))
    assert isinstance(problems[0], Problem) and "maintext" in problems[0].reason


def test_gzipped_jsonl_is_read_through(tmp_path):
    recs = newswire(3)
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in recs).encode()))
    assert [a.external_id for a in _read(path)] == [r["id"] for r in recs]


def test_warc_and_warc_gz_give_one_article_per_html_response(tmp_path):
    stories = wikinews(3)
    for gz in (False, True):
        path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        path.write_bytes(warc(stories, gz=gz))
        arts = _read(path)
        assert [a.title for a in arts] == [s.title for s in stories]
        assert all(a.format == "warc" and a.published_from == "html-meta" for a in arts)
        assert arts[0].external_id == f"{path}#{stories[0].url}"


def test_warc_date_is_only_a_flagged_fallback(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(wikinews(2), gz=True, with_dates=False))
    arts = _read(path)
    assert [(a.published, a.published_from) for a in arts] == [("2020-05-01T12:00:00+00:00", "warc-date")] * 2
    arts = _read(path, published="2008-01-09")
    assert {(a.published, a.published_from) for a in arts} == {("2008-01-09", "option")}


def test_rss_and_atom_entries_with_full_content(tmp_path):
    stories = wikinews(3)
    (tmp_path / "news.rss").write_text(rss(stories), encoding="utf-8")
    (tmp_path / "news.atom.xml").write_text(atom(stories), encoding="utf-8")
    for name in ("news.rss", "news.atom.xml"):
        arts = _read(tmp_path / name)
        assert [(a.title, a.url, a.external_id) for a in arts] == [(s.title, s.url, s.url) for s in stories]
        assert all(a.format == "feed" and a.published_from == "feed" and a.source == "Wikinews" for a in arts)
        assert arts[0].published.startswith(stories[0].date)
        assert fold(arts[0].text) == fold(" ".join(stories[0].paragraphs))


def test_feed_dates_keep_the_writers_day_and_offset(tmp_path):
    """An evening story written in New York stays on its own day (feedparser's parse is UTC: the next day)."""
    stories = wikinews(2)
    feed = rss(stories).replace(f"<pubDate>{stories[0].date}T10:00:00Z</pubDate>",
                                "<pubDate>Tue, 04 Jun 2019 21:30:00 -0400</pubDate>")
    (tmp_path / "news.rss").write_text(feed, encoding="utf-8")
    arts = _read(tmp_path / "news.rss")
    assert arts[0].published == "2019-06-04T21:30:00-04:00"
    assert arts[1].published.startswith(stories[1].date)


def test_stdin_dash_reads_standard_input():
    recs = newswire(2)
    data = "".join(json.dumps(r) + "\n" for r in recs).encode()
    arts = list(read_inputs(["-"], Settings(), stdin=io.BufferedReader(io.BytesIO(data))))
    assert [a.external_id for a in arts] == [r["id"] for r in recs]


def test_folders_are_read_recursively_and_globs_expand_sorted(tmp_path):
    stories = wikinews(3)
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    for i, s in enumerate(stories):
        folder = tmp_path / "sub" / ("deeper" if i == 2 else "")
        (folder / f"{i}.html").write_text(page(s), encoding="utf-8")
    assert [a.title for a in _read(tmp_path)] == [s.title for s in stories]  # a folder's files, then its folders
    assert [a.title for a in _read(f"{tmp_path}/sub/*.html")] == [stories[0].title, stories[1].title]
    assert [a.title for a in _read(f"{tmp_path}/**/2.html")] == [stories[2].title]
