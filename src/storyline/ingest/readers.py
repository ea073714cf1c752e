"""The ingest entry point: names in, ``Article`` and ``Problem`` records out, one input at a time.

:func:`read_inputs` expands the names (:mod:`~storyline.ingest.sources`),
finds each input's format from its first bytes (:mod:`~storyline.ingest.detect`,
looking through gzip) and hands it to the reader for that format.  Streams
(JSON Lines, WARC) are read record by record and never held whole; other
inputs are read whole up to ``settings.max_bytes``.  Whatever goes wrong with
one input becomes one ``Problem`` naming it, and the batch goes on.

Example::

    >>> from storyline.settings import Settings
    >>> items = list(read_inputs(["/nonexistent/a.txt"], Settings()))
    >>> (items[0].input, items[0].reason, items[0].kind)
    ('/nonexistent/a.txt', 'no such file or folder', 'failed')
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from storyline.ingest.article import IngestContext, Problem
from storyline.ingest.decode import decode, is_utf16
from storyline.ingest.detect import GZIP_MAGIC, detect
from storyline.ingest.feeds import read_feed
from storyline.ingest.html import article_from_html
from storyline.ingest.jsonl import read_json, read_jsonl
from storyline.ingest.library_logs import with_library_warnings
from storyline.ingest.sources import Input, expand
from storyline.ingest.text import article_from_text
from storyline.ingest.warc import read_warc
from storyline.records import Article
from storyline.settings import Settings

HEAD = 8192
Items = Iterator[Article | Problem]


def read_inputs(
    sources: Iterable[str],
    settings: Settings,
    published: str | None = None,
    source: str | None = None,
    stdin: BinaryIO | None = None,
    language: str | None = None,
    stored: Callable[[str], bool] | None = None,
) -> Items:
    """Every article in ``sources`` (files, folders, globs, ``-``), or a Problem per bad input.

    ``published``, ``source`` and ``language`` fill only what an input lacks; ``stored`` tells an input
    read before (see :attr:`~storyline.ingest.article.IngestContext.stored`).
    """
    ctx = IngestContext(settings, published, source, language, stored)
    for item in expand(sources, stdin, settings.max_bytes):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_input(ctx, item)


def read_input(ctx: IngestContext, inp: Input) -> Items:
    """The articles in one input; a broken input ends in one Problem after what could be read, and what a
    reader library logged while reading it in one note after that (:mod:`~storyline.ingest.library_logs`)."""
    yield from with_library_warnings(inp.name, _read_input(ctx, inp))


def _read_input(ctx: IngestContext, inp: Input) -> Items:
    try:
        with inp.open() as raw:
            yield from _dispatch(ctx, inp.name, raw)
    except OSError as exc:
        yield Problem(inp.name, f"cannot read: {exc.strerror or exc}")
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Problem(inp.name, f"truncated or corrupt compressed file ({type(exc).__name__}: {exc})")


def _dispatch(ctx: IngestContext, name: str, raw: BinaryIO) -> Items:
    head = _peek(raw)
    if not head:
        yield Problem(name, "empty file", "skipped")
        return
    gzipped = head.startswith(GZIP_MAGIC)
    if gzipped:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
    fmt = detect(head, name)
    if fmt == "warc":
        yield from read_warc(ctx, name, raw)  # warcio reads gzip members itself
        return
    stream: BinaryIO = gzip.GzipFile(fileobj=raw) if gzipped else raw  # type: ignore[assignment]
    if fmt == "jsonl" and not is_utf16(head):
        yield from read_jsonl(ctx, name, stream)
        return
    cap = ctx.settings.max_bytes
    data = stream.read(cap + 1)
    if len(data) > cap:
        yield Problem(name, f"larger than the size cap ({cap} bytes); raise max_bytes to read it", "skipped")
        return
    if fmt == "jsonl":
        # JSON Lines saved in UTF-16 (PowerShell's Out-File): its lines cannot be split on b"\n" bytes, so it is
        # read whole, up to the cap, and handed on as UTF-8
        yield from read_jsonl(ctx, name, io.BytesIO(decode(data)[0].encode()))
        return
    yield from _WHOLE[fmt](ctx, name, data)


def _peek(raw: BinaryIO) -> bytes:
    peek = getattr(raw, "peek", None)
    if peek is not None:
        return bytes(peek(HEAD)[:HEAD])
    return b""  # every Input.open() gives a buffered reader


Reader = Callable[[IngestContext, str, bytes], Items]


def _one(read: Callable[[IngestContext, str, bytes], Article | Problem]) -> Reader:
    def whole(ctx: IngestContext, name: str, data: bytes) -> Items:
        yield read(ctx, name, data)

    return whole


_WHOLE: dict[str, Reader] = {
    "text": _one(article_from_text),
    "html": _one(lambda ctx, name, data: article_from_html(ctx, name, data)),
    "json": read_json,
    "feed": read_feed,
}

__all__ = ["Problem", "read_input", "read_inputs"]
