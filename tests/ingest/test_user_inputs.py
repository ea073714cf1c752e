"""Inputs as users' own tools write them (usersweep5): UTF-16 pages, Unix-time dates, WordPress REST dumps,
feeds with relative links and HTML titles, linked folders, and problems that name the file they are in."""

from __future__ import annotations

import codecs
import io
import json
import os

from storyline.ingest import Problem, read_inputs
from storyline.records import Article
from storyline.settings import Settings
from tests.ingest.pages import write_jsonl

LEAD = ("The Environment Agency said on Tuesday that the new tidal flood barrier on the River Hull was finished two "
        "months ahead of schedule. The barrier protects 20,000 homes, agency director John Curtin said.")
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-16"><title>Flood barrier finished in Hull</title>
<meta property="article:published_time" content="2020-11-03T09:00:00Z"></head><body><article>
<h1>Flood barrier finished in Hull</h1><p>{LEAD}</p>
<p>“This is the most important flood defence in the city since 1980,” Curtin told the Hull Daily Mail.</p>
<p>Local residents welcomed the news, though some said the work had closed the riverside path for two years.</p>
</article></body></html>"""
PORT = ("The harbour authority in Rotterdam said on {day} that container traffic rose {n} per cent in the first "
        "quarter, driven by trade with Asia. Spokesman Jan de Vries said the port expected growth to slow later.")


def _read(*paths) -> list[Article | Problem]:
    return list(read_inputs([str(p) for p in paths], Settings()))


def test_an_html_page_saved_in_utf16_is_read_as_html(tmp_path):
    """A page in UTF-16 (a BOM first, as Windows tools save) was detected as plain text: stored with its markup,
    titled "<!DOCTYPE html><html><head>...", undated."""
    (tmp_path / "le.html").write_bytes(codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"))
    (tmp_path / "be.html").write_bytes(codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"))
    arts = _read(tmp_path / "be.html", tmp_path / "le.html")
    for art in arts:
        assert isinstance(art, Article), art
        assert (art.format, art.title) == ("html", "Flood barrier finished in Hull")
        assert art.text.startswith(LEAD) and "<" not in art.text
        assert art.published == "2020-11-03T09:00:00+00:00"


def test_unix_time_dates_are_read_and_a_partial_date_is_not_filled_from_today(tmp_path):
    """Dumps give Unix time (seconds, milliseconds, or their digits as a string): every one was 'could not be
    read; stored undated'.  A date with no day ("March 2021", "2021") was given today's day and month, so the
    same record was dated differently on each run."""
    path = write_jsonl(tmp_path / "port.jsonl", [
        {"id": "s", "text": PORT.format(day="Monday", n=3), "published": 1617580800},
        {"id": "ms", "text": PORT.format(day="Tuesday", n=4), "published": 1617667200000},
        {"id": "str", "text": PORT.format(day="Wednesday", n=5), "published": "1617753600"},
        {"id": "month", "text": PORT.format(day="Thursday", n=6), "published": "March 2021"},
        {"id": "year", "text": PORT.format(day="Friday", n=7), "published": "2021"},
        {"id": "basic", "text": PORT.format(day="Saturday", n=8), "published": "20210410"},
    ])
    dates = {a.external_id: a.published for a in _read(path)}
    assert dates == {"s": "2021-04-05T00:00:00+00:00", "ms": "2021-04-06T00:00:00+00:00",
                     "str": "2021-04-07T00:00:00+00:00", "month": None, "year": None, "basic": "2021-04-10"}


def test_a_wordpress_rest_post_with_a_short_rendered_body_is_stored(tmp_path):
    """WordPress's REST API gives ``{"title": {"rendered": ...}, "content": {"rendered": "<p>...</p>"}}``;
    trafilatura refuses a one-paragraph fragment, and the post was skipped as "no article found in the HTML
    page"."""
    body = PORT.format(day="Saturday", n=8)
    path = write_jsonl(tmp_path / "wp-posts.jsonl", [
        {"id": 8, "title": {"rendered": "Rotterdam traffic up &#8211; again"},
         "content": {"rendered": f"<p>{body}</p>"}, "date": "2021-04-10T08:00:00", "link": "https://port.example.nl/news/8"}])
    (art,) = _read(path)
    assert isinstance(art, Article), art
    assert (art.title, art.text, art.published, art.url) == (
        "Rotterdam traffic up – again", body, "2021-04-10T08:00:00", "https://port.example.nl/news/8")
    (again,) = list(read_inputs([path], Settings(), stored=lambda h: h == art.input_hash))
    assert isinstance(again, Problem) and again.kind == "unchanged"  # a re-ingest knows it before reading


def test_a_bad_record_is_named_by_its_file_and_line_as_well_as_its_id(tmp_path):
    """"failed: num-text: the 'text' field must be a string, not int" named the record's id alone: in a batch of
    many dumps the user could not tell which file, or which line, to mend."""
    path = write_jsonl(tmp_path / "dump.jsonl", [
        {"id": "ok", "text": PORT.format(day="Monday", n=3)},
        {"id": "num-text", "text": 42},
        {"id": "empty", "text": "  "},
        {"title": "No body"},
    ])
    problems = [(p.input, p.kind) for p in _read(path) if isinstance(p, Problem)]
    assert problems == [(f"{path}:2 (id num-text)", "failed"), (f"{path}:3 (id empty)", "skipped"),
                        (f"{path}:4", "skipped")]
    array = tmp_path / "dump.json"
    array.write_text(json.dumps([{"id": "a", "text": 7}]), encoding="utf-8")
    (p,) = _read(array)
    assert isinstance(p, Problem) and p.input == f"{array}#1 (id a)"


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Caf&#233; Gazette &amp; Co</title><link>https://gazette.example.org/news/</link>
<item><title>Ferry strike ends</title><link>../ferry</link><pubDate>Wed, 17 Mar 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The ferry workers' union ended its three-day strike on Wednesday after the operator agreed to a
4 per cent pay rise, union leader Sam Price said. Services to the Isle of Wight resume on Thursday.&lt;/p&gt;
</description></item>
<item><title>Short teaser</title><link>teaser.html</link><description>Read more &#8230;</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Example &lt;b&gt;Blog&lt;/b&gt;</title><id>urn:x</id>
<updated>2022-05-02T10:00:00Z</updated>
<entry><title type="html">Bridge &lt;em&gt;reopens&lt;/em&gt; after repairs</title><id>tag:example,2022:1</id>
<updated>2022-05-02T10:00:00+02:00</updated><content type="html">&lt;p&gt;The Elbe bridge in Dresden reopened on
Monday after eight months of repairs, the city council said. Mayor Dirk Hilbert said the repairs cost 14 million
euros.&lt;/p&gt;</content></entry></feed>"""


def test_json_lines_saved_in_utf16_are_read_record_by_record(tmp_path):
    """PowerShell's ``Out-File`` writes UTF-16 with a BOM: the whole JSON Lines file was stored as one plain-text
    article titled with its first record's raw JSON."""
    recs = [{"id": "u1", "title": "Rotterdam", "text": PORT.format(day="Monday", n=3), "published": "2021-04-05"},
            {"id": "u2", "title": "Rotterdam again", "text": PORT.format(day="Tuesday", n=4)}]
    path = tmp_path / "export.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + "".join(json.dumps(r) + "\r\n" for r in recs).encode("utf-16-le"))
    arts = _read(path)
    assert [(a.external_id, a.title, a.text) for a in arts] == [(r["id"], r["title"], r["text"]) for r in recs]


def test_a_warc_page_whose_header_names_no_charset_is_read_in_its_meta_charset(tmp_path):
    """A windows-1251 page served as plain ``text/html``, its head mostly ASCII script: the archive's page was read
    as cp1252, "Â Ìîñêâå îòêðûëè" for "В Москве открыли" (the same page as a file was right)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    lead = "В Москве в четверг открыли новый пешеходный мост через Москву-реку, сообщил мэр города Сергей Собянин."
    page = ('<html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            "<title>В Москве открыли новый мост</title><script>" + "var x = 1; // tracking\n" * 150 + "</script>"
            f"</head><body><article><h1>В Москве открыли новый мост</h1><p>{lead}</p><p>Стоимость проекта "
            "составила около трёх миллиардов рублей, жители района в целом довольны.</p></article></body></html>")
    path = tmp_path / "ru.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://ru.example/most", "response",
                                                      payload=io.BytesIO(page.encode("cp1251")), http_headers=headers))
    (art,) = _read(path)
    assert isinstance(art, Article) and art.title == "В Москве открыли новый мост" and art.text.startswith(lead)


def test_feed_links_are_made_absolute_titles_lose_markup_and_problems_name_the_feed(tmp_path):
    """An RSS item's relative link ("../ferry") was stored as its url and id; an Atom ``type="html"`` title kept
    "<em>"; a skipped teaser was reported as "teaser.html", a file the user never had."""
    (tmp_path / "feed.xml").write_text(FEED, encoding="utf-8")
    (tmp_path / "blog.atom").write_text(ATOM, encoding="utf-8")
    ferry, teaser, bridge = _read(tmp_path / "feed.xml", tmp_path / "blog.atom")
    assert isinstance(ferry, Article) and isinstance(bridge, Article)
    assert (ferry.external_id, ferry.url) == ("https://gazette.example.org/ferry",) * 2
    assert ferry.source == "Café Gazette & Co"
    assert (bridge.title, bridge.source) == ("Bridge reopens after repairs", "Example Blog")
    assert isinstance(teaser, Problem)
    assert teaser.input == f"{tmp_path / 'feed.xml'}#2 (https://gazette.example.org/news/teaser.html)"


def test_a_feed_entry_without_id_or_link_is_named_once(tmp_path):
    """An entry with neither id nor link has only its place for a name: it was reported as
    "feed.xml#1 (feed.xml#1)"."""
    (tmp_path / "feed.xml").write_text(FEED.replace("<link>teaser.html</link>", ""), encoding="utf-8")
    _, teaser = _read(tmp_path / "feed.xml")
    assert isinstance(teaser, Problem) and teaser.input == f"{tmp_path / 'feed.xml'}#2"


def test_a_record_or_feed_entry_keeps_the_file_it_was_read_from(tmp_path):
    """A JSONL article stored "external id authors" and nothing else: with ten dumps in a batch, `show` could not
    say which one held it.  A page's file is its external id already; a record keeps ``source_file``."""
    path = write_jsonl(tmp_path / "dump.jsonl", [
        {"id": "a", "text": PORT.format(day="Monday", n=3)},
        {"id": "b", "text": PORT.format(day="Friday", n=9), "source_file": "crawl 7"}])
    (tmp_path / "feed.xml").write_text(FEED, encoding="utf-8")
    arts = [i for i in _read(path, tmp_path / "feed.xml") if isinstance(i, Article)]
    assert [a.metadata["source_file"] for a in arts] == [f"{path}:1", "crawl 7", f"{tmp_path / 'feed.xml'}#1"]


def test_a_linked_folder_inside_a_folder_is_reported_not_passed_over(tmp_path):
    """os.walk does not follow a link to a folder: its files were left out of the batch without a word."""
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(PORT.format(day="Monday", n=3), encoding="utf-8")
    (tmp_path / "pile").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "pile" / "linked")
    (tmp_path / "pile" / "b.txt").write_text(PORT.format(day="Friday", n=9), encoding="utf-8")
    items = _read(tmp_path / "pile")
    assert [type(i).__name__ for i in items] == ["Problem", "Article"]
    assert items[0].input == str(tmp_path / "pile" / "linked") and items[0].kind == "skipped"
    assert "name the folder itself" in items[0].reason
