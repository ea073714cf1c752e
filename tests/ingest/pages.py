"""Test inputs built from real articles: Wikinews stories wrapped in realistic pages, feeds, WARCs.

Every page's text is a real Wikinews article (CC BY 2.5) from shared/data; only
the wrapping (navigation, cookie banner, footer, metadata) is written here, the
way news sites write it.
"""

from __future__ import annotations

import gzip
import html
import io
import json
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.ingest.published import normalize_date
from storyline.ingest.tokenized import token_sentences
from storyline.records import Article
from storyline.settings import Settings
from tests.conftest import DATA

WIKINEWS = DATA / "wikinews-timeline" / "Corpus-trial-data_task4"
NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
ECBPLUS = DATA / "ecbplus"
EVAL = DATA / "trafilatura-eval"
"""trafilatura's evaluation pages; tests use only pages of the benchmark's dev half."""


@dataclass
class Story:
    """A Wikinews article: headline, date line, body sentences, its wiki URL."""

    title: str
    date: str  # ISO
    paragraphs: list[str]
    url: str


def wikinews(n: int | None = 3) -> list[Story]:
    """The first ``n`` Wikinews articles of the trial corpus, or all 30 (sentence 0 headline, 1 date, rest body).

    Only the trial corpus: the three SemEval-2015 TimeLine corpora are the timeline benchmark's held-out set.
    """
    return [_story(path) for path in sorted(WIKINEWS.glob("*.xml"))[:n]]


def _story(path: Path) -> Story:
    sents = token_sentences(path)
    date = normalize_date(sents[1]) or ""
    return Story(sents[0], date, sents[2:], "https://en.wikinews.org/wiki/" + path.stem.split("_", 1)[-1])


def page(story: Story, with_date: bool = True) -> str:
    """A news page around the story: header, nav, cookie banner, share bar, related links, footer."""
    meta = f'<meta property="article:published_time" content="{story.date}T09:30:00Z">' if with_date else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(story.title)} - Daily Planet</title>
{meta}
<link rel="canonical" href="{story.url}">
</head><body>
<header><a href="/">Daily Planet</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/tech">Technology</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience on our site.
<button>Accept all cookies</button></div>
<main><article>
<h1>{html.escape(story.title)}</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Markets rally as rates hold</a></li>
<li><a href="/b">Ten things to do this weekend</a></li></ul></aside>
</main>
<footer><p>Follow us on Twitter</p><p>&copy; 2008 Daily Planet Media. All rights reserved.</p></footer>
</body></html>"""


def empty_page() -> str:
    """A real-looking page with no article on it: a section front of links only."""
    links = "".join(f'<li><a href="/s/{i}">{html.escape(s.title)}</a></li>' for i, s in enumerate(wikinews(5)))
    return ("<!DOCTYPE html><html><head><title>Technology - Daily Planet</title></head>"
            f"<body><nav><ul>{links}</ul></nav></body></html>")


def rss(stories: list[Story]) -> str:
    items = "".join(
        f"<item><title>{html.escape(s.title)}</title><link>{s.url}</link><guid>{s.url}</guid>"
        f"<pubDate>{s.date}T10:00:00Z</pubDate><description>{html.escape(s.paragraphs[0])}</description>"
        f"<content:encoded><![CDATA[{''.join(f'<p>{p}</p>' for p in s.paragraphs)}]]></content:encoded></item>"
        for s in stories
    )
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
            f'content/"><channel><title>Wikinews</title><link>https://en.wikinews.org</link>{items}</channel></rss>')


def atom(stories: list[Story]) -> str:
    entries = "".join(
        f'<entry><title>{html.escape(s.title)}</title><link href="{s.url}"/><id>{s.url}</id>'
        f"<updated>{s.date}T10:00:00Z</updated><content type=\"html\">"
        f"{html.escape(''.join(f'<p>{p}</p>' for p in s.paragraphs))}</content></entry>"
        for s in stories
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wikinews</title>{entries}</feed>'


def warc(stories: list[Story], gz: bool, with_dates: bool = True) -> bytes:
    """A WARC (gzipped per record when ``gz``) holding one HTML response per story, plus a request and an image."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for s in stories:
        req = writer.create_warc_record(s.url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        body = page(s, with_date=with_dates).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(s.url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": "2020-05-01T12:00:00Z"}))
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://en.wikinews.org/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=img))
    return buf.getvalue()


def newswire(n: int) -> list[dict]:
    """The first ``n`` records of the real newswire JSONL."""
    out = []
    with NEWSWIRE.open(encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) == n:
                break
    return out


def write_jsonl(path: Path, records: list[dict], bad_line: int | None = None) -> Path:
    lines = [json.dumps(r) for r in records]
    if bad_line is not None:
        lines.insert(bad_line, lines[bad_line][: len(lines[bad_line]) // 2])  # a record cut off mid-way
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def eval_page(name: str) -> tuple[str, bytes, dict[str, list[str]]]:
    """URL, bytes and snippets (``with`` / ``without``) of one page of trafilatura's evaluation set."""
    cases = json.loads((EVAL / "evaldata.json").read_text(encoding="utf-8"))
    url, case = next((u, c) for u, c in cases.items() if c["file"] == name)
    return url, gzip.decompress((EVAL / "pages" / (name + ".gz")).read_bytes()), case


def shown_text(name: str, settings: Settings) -> tuple[str, dict[str, list[str]]]:
    """What a reader sees of one evaluation page (title, standfirst, body; spaces folded), and its snippets.

    The text is empty when storyline finds no article in the page.
    """
    url, html_bytes, case = eval_page(name)
    art = article_from_html(IngestContext(settings), url, html_bytes)
    if not isinstance(art, Article):
        return "", case
    return " ".join(" ".join([art.title, art.description or "", art.text]).split()), case
