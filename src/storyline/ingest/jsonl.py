"""JSON Lines and JSON arrays of article records, read as a stream.

A record has ``id``, ``title``, ``text`` (or ``html``), ``published``,
``source``, ``url`` (and optionally ``description``); every other field is
kept in ``metadata``.  A record without a title gets one from its first
sentence, and says so (``metadata["title_from"] = "first sentence"``).  A
malformed line is one ``Problem``; the lines around it are still read.

Example::

    >>> from storyline.settings import Settings
    >>> ctx = IngestContext(Settings(min_text_chars=10))
    >>> art = article_from_record(ctx, {"id": "x1", "text": "A storm hit. It was bad.", "desk": "world"}, "f#1")
    >>> (art.external_id, art.title, art.metadata)
    ('x1', 'A storm hit. It was bad', {'desk': 'world', 'title_from': 'first sentence'})
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from storyline.ingest.article import Given, IngestContext, Problem, build
from storyline.ingest.decode import NotText, decode
from storyline.ingest.html import article_from_html
from storyline.records import Article

KNOWN = ("id", "title", "text", "html", "published", "source", "url", "description")
_LISTS = ("articles", "items", "records", "data", "documents")


def article_from_record(
    ctx: IngestContext, rec: dict[str, Any], fallback_id: str, fmt: str = "jsonl"
) -> Article | Problem:
    """The Article in one JSON record; ``fallback_id`` names it when it has no ``id``."""
    ext = str(rec["id"]) if rec.get("id") not in (None, "") else fallback_id
    given = Given(
        title=_str(rec.get("title")), description=_str(rec.get("description")),
        published=_str(rec.get("published")), source=_str(rec.get("source")), url=_str(rec.get("url")),
        metadata={k: v for k, v in rec.items() if k not in KNOWN},
    )
    text, html = rec.get("text"), rec.get("html")
    if isinstance(text, str) and text.strip():
        given.scraped = False
        return build(ctx, ext, text, fmt, given)
    if isinstance(html, str) and html.strip():
        return article_from_html(ctx, ext, html, fmt, given)
    return Problem(ext, "the record has no 'text' or 'html' field", "skipped")


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def read_jsonl(ctx: IngestContext, name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """One article (or Problem) per line, never holding more than one line in memory."""
    cap = ctx.settings.max_bytes
    for n, line in enumerate(stream, 1):
        where = f"{name}:{n}"
        if not line.strip():
            continue
        if len(line) > cap:
            yield Problem(where, f"record larger than the size cap ({cap} bytes)", "skipped")
            continue
        try:
            rec = json.loads(_text(line))
        except (ValueError, NotText) as exc:
            yield Problem(where, f"malformed JSON line ({getattr(exc, 'msg', exc)})")
            continue
        if not isinstance(rec, dict):
            yield Problem(where, "a JSON line must hold an object with 'text' or 'html'")
            continue
        yield article_from_record(ctx, rec, f"{name}#{n}")


def read_json(ctx: IngestContext, name: str, data: bytes) -> Iterator[Article | Problem]:
    """A JSON array of records, an object holding such an array, or one record."""
    try:
        doc = json.loads(_text(data))
    except (ValueError, NotText) as exc:
        yield Problem(name, f"malformed JSON ({getattr(exc, 'msg', exc)})")
        return
    if isinstance(doc, dict) and not ({"text", "html"} & doc.keys()):
        doc = next((doc[k] for k in _LISTS if isinstance(doc.get(k), list)), doc)
    records = doc if isinstance(doc, list) else [doc]
    for i, rec in enumerate(records, 1):
        if isinstance(rec, dict):
            yield article_from_record(ctx, rec, f"{name}#{i}", "json")
        else:
            yield Problem(f"{name}#{i}", "a JSON record must be an object with 'text' or 'html'")


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode(data)[0]
