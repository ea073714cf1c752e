"""The store handles the web server's pages are read with: one per page being built, at most ``size`` at once.

Pages are built in worker threads, each on a handle of its own (a SQLite connection, or a PostgreSQL
session), so a slow search holds one thread and its handle while every other page is read beside it:
SQLite in WAL mode lets any number of connections read at once, and a server answers each session.
Handles are opened when first needed and kept for the next page, so a page pays no connection set-up.

Example::

    >>> readers = Readers(":memory:", None, size=2)
    >>> with readers.lend() as sl:
    ...     sl.store.count_articles()
    0
    >>> readers.close()
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import storyline
from storyline.api import Storyline
from storyline.settings import Settings


class Readers:
    """Up to ``size`` open :class:`~storyline.api.Storyline` handles over ``db``, each lent to one thread at a time."""

    def __init__(self, db: str | Path, settings: Settings | None, size: int) -> None:
        self.db, self.settings, self.size = db, settings, size
        self._idle: queue.LifoQueue[Storyline] = queue.LifoQueue()
        self._opened: list[Storyline] = []
        self._lock = threading.Lock()

    @contextmanager
    def lend(self) -> Iterator[Storyline]:
        """A handle for one page: an idle one, a new one while fewer than ``size`` are open, else the next freed."""
        try:
            sl = self._idle.get_nowait()
        except queue.Empty:
            with self._lock:
                fresh = len(self._opened) < self.size
                if fresh:
                    sl = storyline.open(self.db, self.settings)
                    self._opened.append(sl)
            if not fresh:
                sl = self._idle.get()
        try:
            yield sl
        finally:
            self._idle.put(sl)

    def close(self) -> None:
        with self._lock:
            for sl in self._opened:
                sl.close()
            self._opened.clear()
