"""The store handles the web server's pages are read with: one per page being built, at most ``size`` at once.

Pages are built in worker threads, each on a handle of its own (a SQLite connection, or a PostgreSQL
session), so a slow search holds one thread and its handle while every other page is read beside it:
SQLite in WAL mode lets any number of connections read at once, and a server answers each session.
Handles are opened when first needed and kept for the next page, so a page pays no connection set-up.
A handle whose page raised is closed, not kept: whatever state the error left on it (a SQLite interrupt
that a still-open cursor kept pending, a PostgreSQL session the server dropped) ends with that page, and
the next page that needs one opens a new handle (if that fails, the page says why and the pages waiting
try in turn: none is left waiting).  Errors that are a page's answer (``answers``: the web's
404s and 400s) keep the handle, which read the store as usual.

At the server's stop (:meth:`Readers.close`) a handle is never closed under the page using it: a second
Ctrl-C makes the server stop without waiting for its pages, and a SQLite connection closed while a search
ran on it in another thread kept the process alive until the search ended, then crashed it (SIGSEGV).  The
handle is stopped instead (:meth:`~storyline.api.Storyline.stop`): its running statement is interrupted and
every later one refused, so a page caught between two statements stops at its next one rather than running it
to the end; the page's own thread closes the handle as it gives it back.

Example (``":memory:"`` here makes each handle a database of its own; a server reads a file or a URL)::

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
from contextlib import contextmanager, suppress
from pathlib import Path

import storyline
from storyline.api import Storyline
from storyline.settings import Settings


class Readers:
    """Up to ``size`` open :class:`~storyline.api.Storyline` handles over ``db``, each lent to one thread at a time."""

    def __init__(self, db: str | Path, settings: Settings | None, size: int,
                 answers: tuple[type[BaseException], ...] = ()) -> None:
        self.db, self.settings, self.size, self.answers = db, settings, size, answers
        self._idle: queue.LifoQueue[Storyline | None] = queue.LifoQueue()  # None: a closed handle's place
        self._opened: list[Storyline] = []
        self._lock = threading.Lock()
        self._closed = False

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ran: the server is stopping, and a page that failed now failed for that."""
        return self._closed

    @contextmanager
    def lend(self) -> Iterator[Storyline]:
        """A handle for one page (see :meth:`_take`): a page that raises gives it up, closed (see the module)."""
        sl = self._take()
        try:
            yield sl
        except self.answers:
            self._give_back(sl)
            raise
        except BaseException:
            self._drop(sl)
            raise
        self._give_back(sl)

    def _take(self) -> Storyline:
        """An idle handle, else a new one while fewer than ``size`` are open, else the next one given back.

        A ``None`` in the queue is a place freed by :meth:`_drop` (or left by a failed opening): it only
        wakes a waiting page to count the open handles again, under the lock, so places are never lent
        twice, and a page whose new handle failed to open puts one back before it raises, so the pages
        still waiting try in turn (each says why it failed) instead of waiting for a place nobody holds.
        """
        try:
            sl = self._idle.get_nowait()
        except queue.Empty:
            sl = None
        while sl is None:
            with self._lock:
                if self._closed:
                    self._idle.put(None)  # the next page waiting wakes too
                    raise RuntimeError("the server is stopping: no store handle is lent any more")
                if len(self._opened) < self.size:
                    try:
                        return self._open()
                    except BaseException:
                        self._idle.put(None)
                        raise
            sl = self._idle.get()
        return sl

    def _open(self) -> Storyline:
        """A new handle, counted among the open ones (called holding ``_lock``)."""
        sl = storyline.open(self.db, self.settings, any_thread=True)  # lent to one worker thread after another
        self._opened.append(sl)
        return sl

    def _give_back(self, sl: Storyline) -> None:
        """Keep ``sl`` for the next page; once the pool is closed, close it here, in the thread that used it."""
        with self._lock:
            if not self._closed:
                self._idle.put(sl)
                return
        self._drop(sl)

    def _drop(self, sl: Storyline) -> None:
        """Close ``sl`` for good and leave its place to a new handle (a page waiting for one takes it)."""
        with self._lock:
            self._opened.remove(sl)
        with suppress(Exception):  # a handle that broke may fail to close too: it is gone either way
            sl.close()
        self._idle.put(None)

    def close(self) -> None:
        """Close the pool, at the server's stop: idle handles now; a handle a page is using is stopped (its
        statement stops, or its next one is refused, and raises in the page's thread, which closes the handle as
        it gives it back); a page waiting for a handle is woken and fails.  Nothing is closed under a running
        statement (see the module)."""
        with self._lock:
            self._closed = True
            idle = []
            while True:
                try:
                    kept = self._idle.get_nowait()
                except queue.Empty:
                    break
                if kept is not None:
                    idle.append(kept)
                    self._opened.remove(kept)
            lent = list(self._opened)
            self._idle.put(None)  # wakes a page waiting for a handle (it finds the pool closed)
        for sl in idle:
            sl.close()
        for sl in lent:
            with suppress(Exception):  # a handle already broken has nothing to stop
                sl.stop()
