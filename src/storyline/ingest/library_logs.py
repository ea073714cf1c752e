"""What a reader library logs while one input is read, turned into one note naming that input.

warcio logs its warnings through Python's ``logging`` with no handler of its own; with nothing configured (the
CLI configures nothing) Python's last-resort handler printed them on stderr as bare lines in no format of ours,
naming no file: warcio's ``Replacing spaces in invalid WARC-Target-URI: ...`` for a crawl whose target URI holds
a space (the record itself is read right, the space as ``%20``).  Such records, those no handler would take,
are caught for the time the reader runs and said once, after the input, as a ``note`` Problem::

    note: in/crawl.warc: the warcio reader warned: Replacing spaces in invalid WARC-Target-URI: ... (and 3 other
    warnings)

A record some handler takes is left to it: trafilatura and htmldate give their loggers a ``NullHandler`` (their
"empty HTML tree" on a fragment storyline then reads another way stays unsaid, as before), and a program that
configured logging keeps its own.  The catching hook is on only inside each step of the reader, never while the
caller stores what was read, so a line the caller logs is never pinned on an input.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TypeVar

from storyline.ingest.article import Problem
from storyline.plain import counted

T = TypeVar("T")
_END = object()


class _Catch(logging.Handler):
    """Keeps the WARNING-and-above records logged while it is installed on the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not self._handled_elsewhere(record):
            self.records.append(record)

    def _handled_elsewhere(self, record: logging.LogRecord) -> bool:
        """Whether another handler takes the record: the walk ``Logger.callHandlers`` makes to decide whether
        the last-resort handler prints it (any handler counts, whatever its level)."""
        logger: logging.Logger | None = logging.getLogger(record.name)
        while logger is not None:
            if any(h is not self for h in logger.handlers):
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False


def with_library_warnings(name: str, items: Iterable[T]) -> Iterator[T | Problem]:
    """``items`` as they come, then one note for ``name`` if a library logged a warning while producing them."""
    catch = _Catch()
    it = iter(items)
    root = logging.getLogger()
    while True:
        root.addHandler(catch)  # a handler on the root: Python's last-resort stderr line is not printed
        try:
            item = next(it, _END)
        finally:
            root.removeHandler(catch)
        if item is _END:
            break
        yield item  # type: ignore[misc]
    if catch.records:
        yield Problem(name, _said(catch.records), "note")


def _said(records: list[logging.LogRecord]) -> str:
    """The first warning, naming the library (the top of its logger's name), and how many other ones there were."""
    first = records[0]
    more = len({r.getMessage() for r in records}) - 1
    return (f"the {first.name.split('.')[0]} reader warned: {first.getMessage()[:300]}"
            + (f" (and {counted(more, 'other warning')})" if more > 0 else ""))
