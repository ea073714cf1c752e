"""Ctrl-C held over a few statements that must finish together, then delivered (or only noted).

Storing an article and counting it, counting the stories and closing the
store before ``link --json`` prints, closing a local Dask cluster: a Ctrl-C in
the middle of one of these left the count one short, the JSON unprinted, or a
38-line traceback from the half-closed cluster.  So such a block runs with
SIGINT noted instead of raised, and the interrupt comes when the block ends.

The handler is swapped rather than the signal blocked: a process-directed
SIGINT (a terminal's Ctrl-C, ``kill -INT``) goes to any thread that does not
block it, and every process here has others (numpy's BLAS threads, Dask's IO
loop), so a signal mask on the main thread alone let the interrupt through
mid-block.  Python runs its handlers in the main thread whichever thread the
signal reached, so the swapped handler sees every one.

>>> with interrupts_held(deliver=False) as held:
...     signal.raise_signal(signal.SIGINT)
...     finished = True
>>> finished, held.arrived
(True, True)
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType


@dataclass
class Held:
    """What happened while interrupts were held: whether a Ctrl-C came (then it is delivered or only noted)."""

    arrived: bool = False


@contextmanager
def interrupts_held(deliver: bool = True) -> Iterator[Held]:
    """Run the block with Ctrl-C (SIGINT) noted, not raised; at its end deliver it if ``deliver``.

    Delivering re-raises the signal under the handler there was before (Python's
    own raises ``KeyboardInterrupt``), and only when the block ended normally: a
    block that fails raises its own error, which a Ctrl-C noted meanwhile must not
    hide ("database or disk is full" is what the user needs to read).
    ``deliver=False`` is for a caller that reads :attr:`Held.arrived` itself, or
    that is stopping already; such a block must not sit inside another held block
    (the outer one would not learn of the signal).  Outside the main thread, under
    a handler not set from Python, or where Ctrl-C is ignored (``SIG_IGN``: a job
    a script started in the background), the block runs as it is: only the main
    thread may set a handler, and an ignored Ctrl-C must stay ignored.
    """
    held = Held()
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous in (None, signal.SIG_IGN):
        yield held
        return

    def note(signum: int, frame: FrameType | None) -> None:
        held.arrived = True

    signal.signal(signal.SIGINT, note)
    try:
        yield held
    except BaseException:
        signal.signal(signal.SIGINT, previous)
        raise
    signal.signal(signal.SIGINT, previous)
    if held.arrived and deliver:
        signal.raise_signal(signal.SIGINT)


@contextmanager
def terminate_as_ctrl_c() -> Iterator[None]:
    """Run the block with SIGTERM taken as a Ctrl-C: the first one is a SIGINT, a second ends the process.

    ``kill PID``, ``timeout``, a service manager's stop and a container's stop all send SIGTERM, whose default
    ended ``storyline ingest --json`` at once: the store stayed whole (each article is its own transaction),
    but the summary and its ``"interrupted"`` never came, no line said how to resume, and the exit code was the
    shell's 143, which README does not list.  Turned into a SIGINT it takes Ctrl-C's path: held over the blocks
    :func:`interrupts_held` guards, then the summary and exit 130.  A second SIGTERM, or one that reaches a
    forked child (spaCy's worker processes inherit the handler) or a process where Ctrl-C is ignored, gets the
    default: the process ends, as it always did.  A handler someone else set (the web server's) is left alone.

    >>> with terminate_as_ctrl_c():
    ...     try:
    ...         signal.raise_signal(signal.SIGTERM)
    ...     except KeyboardInterrupt:
    ...         stopped = True
    >>> stopped, signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    (True, True)
    """
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) is not (
            signal.SIG_DFL):
        yield
        return
    owner, asked = os.getpid(), Held()

    def stop(signum: int, frame: FrameType | None) -> None:
        if asked.arrived or os.getpid() != owner or signal.getsignal(signal.SIGINT) in (
                None, signal.SIG_IGN, signal.SIG_DFL):
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        asked.arrived = True
        signal.raise_signal(signal.SIGINT)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
