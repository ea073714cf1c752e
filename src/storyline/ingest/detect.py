"""Which reader an input needs, from its first bytes first and its name second.

Extensions lie (a ``.txt`` holding HTML, a feed saved as ``.xml``, JSON Lines
named ``.json``), so the content decides when it can; the extension only breaks
ties.  Gzip is looked through: ``.warc.gz`` is WARC, ``.jsonl.gz`` is JSON Lines.

Example::

    >>> detect(b'{"id": 1, "text": "..."}\\n{"id": 2', "x.json")
    'jsonl'
    >>> detect(b"<?xml version='1.0'?><rss version='2.0'>", "feed.xml")
    'feed'
    >>> detect(b"WARC/1.0\\r\\n", "crawl.bin")
    'warc'
    >>> detect("\\ufeff<html><body><p>Hi</p>".encode("utf-16-le"), "page.html")
    'html'
    >>> detect(b"not json {", "dump.json"), detect(b"not json {", "notes.txt"), detect(b"", "empty.json")
    ('json', 'text', 'text')
"""

from __future__ import annotations

import json
import re

from storyline.ingest.decode import is_utf16

GZIP_MAGIC = b"\x1f\x8b"
_FEED = re.compile(rb"<(rss|feed|rdf:rdf)\b", re.I)
_HTML = re.compile(rb"<(!doctype html|html|head|body|meta|title|div|p|article|main|section|h1|br)\b", re.I)
_EXT = {
    ".warc": "warc", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".txt": "text", ".text": "text",
    ".tml": "html",  # TimeML (TimeBank, SemEval's Wikinews corpora): markup, read as a page (content decides anyway)
}
SUFFIXES = " ".join(_EXT)
"""The suffixes of the article formats, as a folder walk's note lists them (``.warc .jsonl ...``)."""


def extension_format(name: str) -> str | None:
    low = name.lower().removesuffix(".gz")
    for ext, fmt in _EXT.items():
        if low.endswith(ext):
            return fmt
    return None


def detect(head: bytes, name: str) -> str:
    """'warc', 'jsonl', 'json', 'feed', 'html' or 'text' for an input starting with ``head``.

    A head in UTF-16 (a BOM first: pages saved by Windows tools) is looked at as the text it holds: its bytes
    never start with ``<`` or ``{``, so an HTML page would be stored as text, markup and all.
    """
    if is_utf16(head):
        head = head[: len(head) - len(head) % 2].decode("utf-16", errors="replace").encode("utf-8")
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if s.startswith(b"WARC/"):
        return "warc"
    if s[:1] == b"[":
        return "json"
    if s[:1] == b"{":
        first = s.split(b"\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "jsonl" if extension_format(name) == "jsonl" or b"\n{" in s else "json"
    if s[:1] == b"<":
        if _FEED.search(s[:2048]) and not re.search(rb"<html\b", s[:2048], re.I):
            return "feed"
        if _HTML.search(s[:4096]):
            return "html"
        return extension_format(name) or "html"
    if s and extension_format(name) in ("json", "jsonl"):
        # named JSON, starting as no JSON does ('not json {'): its reader says where it breaks, "malformed JSON
        # (Expecting value at line 1, column 1)"; read as text it was skipped as "no article text", hiding that
        return str(extension_format(name))
    return "text"  # otherwise, whatever the name says, content that does not start with markup is text
