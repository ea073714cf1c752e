"""Rendered pages kept until the store changes.

The UI never writes, so a page can only change when another process (an
ingest, a link run) commits to the store, and SQLite says when that happened
(``PRAGMA data_version``, one cheap query).  A page is therefore rendered
once and served again until the store's data version moves on; then every
kept page is dropped.  Only successful pages are kept, at most ``size`` of
them, least recently used first out.

Example::

    >>> cache = PageCache(size=2)
    >>> cache.get(("/story/1", ""), version=7) is None
    True
    >>> cache.put(("/story/1", ""), 7, (200, "text/html", b"<p>story</p>"))
    >>> cache.get(("/story/1", ""), version=7)
    (200, 'text/html', b'<p>story</p>')
    >>> cache.get(("/story/1", ""), version=8) is None  # the store changed
    True
"""

from __future__ import annotations

from collections import OrderedDict

Page = tuple[int, str, bytes]  # status, media type, body


class PageCache:
    def __init__(self, size: int = 128) -> None:
        self.size = size
        self.version: int | None = None
        self.pages: OrderedDict[tuple[str, str], Page] = OrderedDict()

    def get(self, key: tuple[str, str], version: int) -> Page | None:
        if version != self.version:
            self.pages.clear()
            self.version = version
            return None
        page = self.pages.get(key)
        if page is not None:
            self.pages.move_to_end(key)
        return page

    def put(self, key: tuple[str, str], version: int, page: Page) -> None:
        if version != self.version:
            self.pages.clear()
            self.version = version
        self.pages[key] = page
        self.pages.move_to_end(key)
        while len(self.pages) > self.size:
            self.pages.popitem(last=False)
