"""Keep the garbage collector off the objects a long step finds already alive.

CPython's cyclic collector walks every tracked object of the oldest generation on each full collection, and
a long step's own allocations trigger several.  A process that links while it holds a parsed model and a
batch of annotations (``storyline ingest``; a benchmark that streams stored annotations) keeps some 700,000
tracked objects: each full collection during linking walked all of them (0.4 s each, 13% of linking a
500-article batch at 10,000 stored; benchmarks/RESULTS.md, notes of branch cost40).  None of them becomes
garbage because of the step, so the step need not look at them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def set_aside() -> Iterator[None]:
    """Leave the objects alive now out of the collector's scans until the block ends (``gc.freeze``).

    Reference counting still frees any of them that is dropped meanwhile; only a cycle among them waits for
    the end of the block, when they go back to the oldest generation and are collected as before.  Nested or
    concurrent blocks are harmless: an inner end puts everything back early, which costs only time.

    >>> with set_aside():
    ...     gc.get_freeze_count() > 0
    True
    >>> gc.get_freeze_count()
    0
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
