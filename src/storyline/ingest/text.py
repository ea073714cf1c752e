"""Plain text files as scraped from a page: decode, then clean (see :mod:`~storyline.ingest.clean`).

Example::

    >>> from storyline.settings import Settings
    >>> ctx = IngestContext(Settings(min_text_chars=20))
    >>> page = "Back To Top\\n\\nQuake hits\\n\\nQuake hits\\n\\nA quake hit on Monday."
    >>> art = article_from_text(ctx, "a.txt", page.encode())
    >>> (art.title, art.text, [r.reason for r in art.removed])
    ('Quake hits', 'A quake hit on Monday.', ['share/subscribe/navigation', 'repeated title'])
"""

from __future__ import annotations

from storyline.ingest.article import Given, IngestContext, Problem, build
from storyline.ingest.decode import NotText, decode
from storyline.records import Article


def article_from_text(ctx: IngestContext, external_id: str, data: bytes) -> Article | Problem:
    """One article from a text file's bytes; the encoding is noted in metadata when not UTF-8."""
    try:
        text, encoding = decode(data)
    except NotText as exc:
        return Problem(external_id, f"{exc}: give a text, HTML, JSON, WARC or feed file")
    meta = {} if encoding in ("utf-8", "utf-8-sig") else {"encoding": encoding}
    return build(ctx, external_id, text, "text", Given(metadata=meta))
