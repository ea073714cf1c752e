"""Ctrl-C held over a block is delivered at its end, whichever thread of the process the signal reaches."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from storyline.interrupts import interrupts_held, terminate_as_ctrl_c


def _with_another_thread_waiting(body):  # a thread that does not block SIGINT, as Dask's IO loop and BLAS threads
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        return body()
    finally:
        stop.set()
        other.join()


def test_a_ctrl_c_sent_to_the_process_during_a_held_block_comes_after_the_block_ends():
    """The first version blocked SIGINT in the main thread only: the kernel then gave a process-directed
    signal to another thread, whose handler flag raised KeyboardInterrupt in the main thread mid-block."""
    steps: list[str] = []

    def body() -> None:
        with pytest.raises(KeyboardInterrupt):
            with interrupts_held():
                os.kill(os.getpid(), signal.SIGINT)  # as a terminal's Ctrl-C: to the process, not a thread
                time.sleep(0.3)  # the other thread takes the signal meanwhile
                steps.append("block finished")
            steps.append("after the block")

    _with_another_thread_waiting(body)
    assert steps == ["block finished"]


def test_a_ctrl_c_held_without_delivery_is_only_noted_and_the_handler_is_put_back():
    before = signal.getsignal(signal.SIGINT)

    def body() -> bool:
        with interrupts_held(deliver=False) as held:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.3)
        return held.arrived

    assert _with_another_thread_waiting(body) is True
    assert signal.getsignal(signal.SIGINT) is before
    with interrupts_held(deliver=False) as quiet:
        pass
    assert quiet.arrived is False


def test_where_ctrl_c_is_ignored_a_held_block_leaves_it_ignored(monkeypatch):
    """A job a script starts in the background ignores SIGINT: a Ctrl-C in its terminal must not be noted (and
    make `link --json` say it was interrupted and exit 130) by a block that swapped the ignoring handler out."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with interrupts_held(deliver=False) as held:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.1)
        assert held.arrived is False and signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_block_that_fails_raises_its_own_error_though_a_ctrl_c_came_meanwhile():
    """A full disk during a held save must be what the user reads, not a KeyboardInterrupt in its place."""
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(OSError, match="disk is full"):
        with interrupts_held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.1)
            raise OSError("database or disk is full")
    assert signal.getsignal(signal.SIGINT) is before


def test_a_sigterm_is_a_ctrl_c_held_over_a_block_and_a_second_one_gets_the_default():
    """`kill PID` ended a run at once, its summary unprinted; now the first SIGTERM takes Ctrl-C's path, a
    held block still finishes first, and the handler is put back after."""
    steps: list[str] = []

    def body() -> None:
        with terminate_as_ctrl_c():
            with pytest.raises(KeyboardInterrupt):
                with interrupts_held():
                    os.kill(os.getpid(), signal.SIGTERM)
                    time.sleep(0.3)
                    steps.append("block finished")
                steps.append("after the block")
            assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL  # a second SIGTERM would end the process

    _with_another_thread_waiting(body)
    assert steps == ["block finished"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
