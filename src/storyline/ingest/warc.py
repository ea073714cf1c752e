"""WARC and WARC.gz web archives: each HTML response record is a page (warcio reads them).

The crawl date (``WARC-Date``) says when a page was fetched, not when it was
published, so it is used only when neither the page nor ``--published`` gives
a date, and then flagged ``published_from="warc-date"``.  An archive that
breaks off (a truncated gzip) yields the records read before the break and one
Problem naming the break.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from storyline.ingest.article import Given, IngestContext, Problem
from storyline.ingest.decode import NotText, decode
from storyline.ingest.html import article_from_html
from storyline.ingest.published import normalize_date
from storyline.records import Article

MAX_TRAILING = 4  # blank line bytes a complete archive may end with
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([\w.:-]+)", re.I)
"""The page's own ``<meta charset>`` (or http-equiv Content-Type), for a response whose header names none: without
it a windows-1251 page whose head is mostly ASCII script was read as cp1252 ("Â Ìîñêâå" for "В Москве")."""
META_SNIFF = 4096


def read_warc(ctx: IngestContext, name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """An Article or Problem per HTML response record, streamed record by record."""
    cap = ctx.settings.max_bytes
    pages, end, broken = 0, 0, ""
    archive = ArchiveIterator(stream)
    try:
        for record in archive:
            item = _response(ctx, name, record, cap, pages + 1)
            if item is not None:
                pages += 1
                yield item
            archive.read_to_end()
            if getattr(record.raw_stream, "limit", 0) > 0:
                broken = "the last record is cut short"
            end = archive.get_record_offset() + archive.get_record_length()
        if not broken and stream.seekable() and stream.seek(0, 2) - end > MAX_TRAILING:
            broken = "the archive ends inside a record"  # warcio stops quietly at a cut header
    except Exception as exc:  # noqa: BLE001 - warcio/gzip/zlib raise many kinds on a broken archive
        broken = f"{type(exc).__name__}: {exc}"
    if broken:
        yield Problem(name, f"truncated or corrupt archive, read {pages} pages before the break ({broken})")
    elif pages == 0:
        yield Problem(name, "no HTML response records in the archive", "skipped")


def _response(ctx: IngestContext, name: str, record: Any, cap: int, n: int) -> Article | Problem | None:
    """The article in one record, or None when the record is not an HTML page (requests, images ...)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = record.http_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower() or record.http_headers.get_statuscode() != "200":
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {n}"
    where = f"{name}#{uri}"
    data = record.content_stream().read(cap + 1)
    if len(data) > cap:
        return Problem(where, f"record larger than the size cap ({cap} bytes)", "skipped")
    return _page(ctx, where, data, ctype, uri, record.rec_headers.get_header("WARC-Date"))


def _page(
    ctx: IngestContext, where: str, data: bytes, ctype: str, uri: str, warc_date: str | None
) -> Article | Problem:
    m = _CHARSET.search(ctype)
    try:
        html, _ = decode(data, declared=m.group(1) if m else _meta_charset(data))
    except NotText as exc:
        return Problem(where, str(exc))
    captured = normalize_date(warc_date) if warc_date else None
    art = article_from_html(_at_capture(ctx, captured), where, html, "warc", Given(url=uri))
    if isinstance(art, Article) and art.published is None and captured:
        art.published, art.published_from = captured, "warc-date"
    return art


def _at_capture(ctx: IngestContext, captured: str | None) -> IngestContext:
    """``ctx`` reading as of the capture: a page archived in 2019 dated 2020 was published after it was
    fetched, so that date is no publication date, though it lies before the moment the archive is read.

    >>> from storyline.settings import Settings
    >>> _at_capture(IngestContext(Settings()), "2019-03-01T10:00:00+00:00").now.isoformat()
    '2019-03-01T10:00:00+00:00'
    """
    try:
        when = dt.datetime.fromisoformat(captured or "")
    except ValueError:
        return ctx
    return replace(ctx, now=when if when.tzinfo else when.replace(tzinfo=dt.UTC))


def _meta_charset(data: bytes) -> str | None:
    """The charset a page's own ``<meta>`` declares in its first :data:`META_SNIFF` bytes, if any.

    >>> _meta_charset(b'<html><head><meta charset="windows-1251">'), _meta_charset(b"<p>no meta</p>")
    ('windows-1251', None)
    """
    m = _META_CHARSET.search(data[:META_SNIFF])
    return m.group(1).decode("ascii") if m else None
