"""WARC and WARC.gz web archives: each HTML response record is a page (warcio reads them).

The crawl date (``WARC-Date``) says when a page was fetched, not when it was
published, so it is used only when neither the page nor ``--published`` gives
a date, and then flagged ``published_from="warc-date"``.  An archive that
breaks off (a truncated gzip) yields the records read before the break and one
Problem naming the break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from storyline.ingest.article import Given, IngestContext, Problem
from storyline.ingest.decode import NotText, decode
from storyline.ingest.html import article_from_html
from storyline.ingest.published import normalize_date
from storyline.records import Article

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


def read_warc(ctx: IngestContext, name: str, stream: BinaryIO) -> Iterator[Article | Problem]:
    """An Article or Problem per HTML response record, streamed record by record."""
    cap = ctx.settings.max_bytes
    pages = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower() or record.http_headers.get_statuscode() != "200":
                continue
            pages += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {pages}"
            where = f"{name}#{uri}"
            data = record.content_stream().read(cap + 1)
            if len(data) > cap:
                yield Problem(where, f"record larger than the size cap ({cap} bytes)", "skipped")
                continue
            yield _page(ctx, where, data, ctype, uri, record.rec_headers.get_header("WARC-Date"))
    except Exception as exc:  # noqa: BLE001 - warcio/gzip/zlib raise many kinds on a broken archive
        yield Problem(name, f"truncated or corrupt archive after {pages} pages ({type(exc).__name__}: {exc})")
        return
    if pages == 0:
        yield Problem(name, "no HTML response records in the archive", "skipped")


def _page(
    ctx: IngestContext, where: str, data: bytes, ctype: str, uri: str, warc_date: str | None
) -> Article | Problem:
    m = _CHARSET.search(ctype)
    try:
        html, _ = decode(data, declared=m.group(1) if m else None)
    except NotText as exc:
        return Problem(where, str(exc))
    art = article_from_html(ctx, where, html, "warc", Given(url=uri))
    if isinstance(art, Article) and art.published is None and warc_date:
        art.published, art.published_from = normalize_date(warc_date), "warc-date"
    return art
