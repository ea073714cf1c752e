"""JSON Lines and JSON arrays of article records, read as a stream.

A record has ``id``, ``title``, ``text`` (or ``html``), ``published``,
``source``, ``url`` (and optionally ``description``); every other field is
kept in ``metadata``.  Dumps of other tools name the same fields otherwise
(news-please's ``maintext`` and ``date_publish``, NewsAPI's ``content``,
``publishedAt`` and ``source: {"name": ...}``, schema.org's ``articleBody``
and ``datePublished``, WordPress's ``content: {"rendered": ...}``): when a
record lacks our name, the first of :data:`ALIASES` it has stands in, so such
a dump ingests as it is.  A record without a title gets one from its first
sentence, and says so (``metadata["title_from"] = "first sentence"``).  A
malformed line is one ``Problem``; the lines around it are still read.

Example::

    >>> from storyline.settings import Settings
    >>> ctx = IngestContext(Settings(min_text_chars=10))
    >>> art = article_from_record(ctx, {"id": "x1", "text": "A storm hit. It was bad.", "desk": "world"}, "f#1")
    >>> (art.external_id, art.title, art.metadata)
    ('x1', 'A storm hit. It was bad', {'desk': 'world', 'title_from': 'first sentence'})
    >>> art = article_from_record(ctx, {"maintext": "A storm hit. It was bad.", "headline": "Storm",
    ...                                 "publishedAt": "2019-06-04T21:30:00-04:00", "source": {"name": "Wire"}}, "f#2")
    >>> (art.title, art.published, art.source)
    ('Storm', '2019-06-04T21:30:00-04:00', 'Wire')
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from storyline.ingest.article import Given, IngestContext, Problem, build, input_hash, located
from storyline.ingest.dayorder import order_of
from storyline.ingest.decode import NotText, decode
from storyline.ingest.feeds import fragment_text
from storyline.ingest.html import NO_ARTICLE, article_from_html
from storyline.records import Article

KNOWN = ("id", "title", "text", "html", "published", "source", "url", "description")
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("uuid", "guid", "article_id", "doc_id"),
    "title": ("headline", "title_page"),
    "text": ("maintext", "articleBody", "article_body", "body", "full_text", "article", "content"),
    "published": ("date_publish", "datePublished", "publishedAt", "published_at", "pubDate", "publish_date",
                  "date"),
    "source": ("source_domain", "site_name", "publisher", "domain"),
    "url": ("link", "canonical_url"),
    "description": ("summary", "lead", "standfirst"),
}
"""Other tools' names for our fields, in the order tried: news-please, NewsAPI, schema.org
NewsArticle, feeds and WordPress dumps.  ``content`` comes last among the text names because some
dumps use it for a truncated preview next to a full body."""
_LISTS = ("articles", "items", "records", "data", "documents")


def article_from_record(
    ctx: IngestContext, rec: dict[str, Any], fallback_id: str, fmt: str = "jsonl"
) -> Article | Problem:
    """The Article in one JSON record; ``fallback_id`` names it when it has no ``id``."""
    rec = _with_our_names(rec)
    try:
        ext = _str(rec.get("id"), "id") or _str(rec.get("url"), "url") or fallback_id  # as a feed entry's
        given = Given(
            title=_str(rec.get("title"), "title"), description=_str(rec.get("description"), "description"),
            published=_str(rec.get("published"), "published"), source=_str(rec.get("source"), "source"),
            url=_str(rec.get("url"), "url"), metadata={k: v for k, v in rec.items() if k not in KNOWN},
        )
    except _WrongType as exc:
        return Problem(fallback_id, str(exc))
    text, html = rec.get("text"), rec.get("html")
    for field in ("text", "html"):
        if rec.get(field) is not None and not isinstance(rec[field], str):
            return Problem(ext, f"the '{field}' field must be a string, not {_json_type(rec[field])}")
    if isinstance(text, str) and _MARKUP.match(text) and not html:  # a body given as markup
        text, html = None, text
    said = [v for v in (rec.get("language"), rec.get("lang")) if isinstance(v, str)]  # the record's locale
    if isinstance(text, str) and text.strip():
        given.scraped, given.day_first = False, order_of(said, given.url)
        return build(ctx, ext, text, fmt, given)
    if isinstance(html, str) and html.strip():
        given.day_first = order_of(said)  # else the page's own declarations, then the address's domain
        given.input_hash = input_hash(fmt, html, given.title, given.published, given.url)  # the record's HTML
        art = article_from_html(ctx, ext, html, fmt, given)
        if isinstance(art, Problem) and art.reason == NO_ARTICLE and not _PAGE.search(html):
            # a body given as an HTML fragment (WordPress's content.rendered) has no page chrome to strip,
            # and trafilatura refuses a short one outright: its paragraphs are the article
            return build(ctx, ext, fragment_text(html), fmt, given)
        return art
    return Problem(ext, f"the record has no 'text' or 'html' field (nor {', '.join(ALIASES['text'])})",
                   "skipped")


_PAGE = re.compile(r"<(?:html|body)[\s>]", re.I)
_MARKUP = re.compile(r"\s*<(?:p|div|article|section|h[1-6]|span|figure|!--)[\s>/]", re.I)


def _with_our_names(rec: dict[str, Any]) -> dict[str, Any]:
    """The record with our field names: an alias stands in for a field the record lacks (and leaves
    ``metadata``), and a ``{"name": ...}`` or ``{"rendered": ...}`` object stands for its text."""
    out = dict(rec)
    for field, names in ALIASES.items():
        if out.get(field) in (None, ""):
            for name in names:
                if rec.get(name) not in (None, "") and name not in KNOWN:
                    out[field] = out.pop(name)
                    break
    for field in KNOWN:
        value = out.get(field)
        if isinstance(value, dict) and isinstance(value.get("rendered"), str):  # WordPress: HTML by its word
            out[field] = value["rendered"]
            if field in ("title", "description", "source"):
                out[field] = html_lib.unescape(_TAG.sub("", out[field]))
        elif isinstance(value, dict) and isinstance(value.get("name"), str):
            out[field] = value["name"]
        elif field in ("title", "description", "source") and isinstance(value, str) and _ENTITY.search(value):
            out[field] = html_lib.unescape(value)  # "Trump&#8217;s letter"; a tag in a plain string stays text
    return out


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
_TAG = re.compile(r"</?[a-z]+[^<>]*>", re.I)


class _WrongType(ValueError):
    """A record field holds a JSON type that cannot stand for text."""


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "true/false"}.get(type(value), type(value).__name__)


def _str(value: Any, field: str) -> str | None:
    """A field as text: strings as they are, numbers written out, a list of strings joined by spaces.

    >>> _str(["Dam", "opens"], "title"), _str(1997, "id")
    ('Dam opens', '1997')
    """
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return " ".join(v.strip() for v in value if v.strip()) or None
    raise _WrongType(f"the '{field}' field must be a string, not {_json_type(value)}")


_BOM = b"\xef\xbb\xbf"


def read_jsonl(ctx: IngestContext, name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """One article (or Problem) per line, never holding more than one line in memory."""
    cap = ctx.settings.max_bytes
    for n, line in enumerate(_lines(stream, cap), 1):
        where = f"{name}:{n}"
        if line is None:
            yield Problem(where, f"record larger than the size cap ({cap} bytes)", "skipped")
            continue
        if n == 1:  # a UTF-8 byte-order mark (Notepad and PowerShell 5 write one) is no part of the record
            line = line.removeprefix(_BOM)
        if not line.strip():
            continue
        try:
            rec = json.loads(_text(line).rstrip("\r\n"))  # a record cut off mid-string was "Invalid control
            # character" (its own line break): the parser now says "Unterminated string", which is what is wrong
        except RecursionError:
            yield Problem(where, "JSON nested too deeply to be an article record")
            continue
        except (ValueError, NotText) as exc:
            yield Problem(where, f"malformed JSON line ({_why(exc, line=False)})")
            continue
        if not isinstance(rec, dict):
            yield Problem(where, "a JSON line must hold an object with 'text' or 'html'")
            continue
        yield located(article_from_record(ctx, rec, f"{name}#{n}"), where, f"{name}#{n}")


def _why(exc: Exception, line: bool) -> str:
    """What the JSON parser found wrong, and where: its message alone ("Invalid control character at") is cut.

        >>> try:
        ...     json.loads('{"text": "a' + chr(1) + 'b"}')
        ... except ValueError as exc:
        ...     print(_why(exc, line=False), "|", _why(exc, line=True))
        Invalid control character at column 12 | Invalid control character at line 1, column 12
    """
    if not isinstance(exc, json.JSONDecodeError):
        return str(exc)
    return f"{exc.msg.removesuffix(' at')} at {f'line {exc.lineno}, ' if line else ''}column {exc.colno}"


def _lines(stream: BinaryIO, cap: int) -> Iterator[bytes | None]:
    """The lines of a stream, each read up to ``cap`` bytes; None for a longer line, which is skipped
    a chunk at a time, so one huge line (in a small .gz) never sits in memory."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield None


def read_json(ctx: IngestContext, name: str, data: bytes) -> Iterator[Article | Problem]:
    """A JSON array of records, an object holding such an array, or one record."""
    try:
        doc = json.loads(_text(data))
    except RecursionError:
        yield Problem(name, "JSON nested too deeply to hold article records")
        return
    except (ValueError, NotText) as exc:
        yield Problem(name, f"malformed JSON ({_why(exc, line=True)})")
        return
    if isinstance(doc, dict) and not ({"text", "html"} & doc.keys()):
        doc = next((doc[k] for k in _LISTS if isinstance(doc.get(k), list)), doc)
    records = doc if isinstance(doc, list) else [doc]
    for i, rec in enumerate(records, 1):
        if isinstance(rec, dict):
            yield located(article_from_record(ctx, rec, f"{name}#{i}", "json"), f"{name}#{i}", f"{name}#{i}")
        else:
            yield Problem(f"{name}#{i}", "a JSON record must be an object with 'text' or 'html'")


def _text(data: bytes) -> str:
    """The text of a record or a whole JSON file; a byte-order mark at its start goes (``json.loads`` refused the
    first record for it: "Unexpected UTF-8 BOM")."""
    try:
        return data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError:
        return decode(data)[0]
