"""The web's pool of store handles (``web.readers``): a handle whose page raised is closed and replaced, never
lent again, so whatever the error left on it cannot reach the next page."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

import storyline
from storyline.web.readers import Readers


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    storyline.open(path).close()
    return path


def test_a_handle_whose_page_raised_is_closed_and_a_new_one_lent(db: Path) -> None:
    readers = Readers(db, None, size=1)
    with pytest.raises(RuntimeError), readers.lend() as broken:
        raise RuntimeError("the page failed")
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        broken.store.count_articles()
    with readers.lend() as sl:
        assert sl is not broken
        assert sl.store.count_articles() == 0
    with readers.lend() as again:  # a page that ended well gives its handle back
        assert again is sl
    readers.close()


def test_a_page_waiting_for_a_handle_gets_a_new_one_when_the_holder_raised(db: Path) -> None:
    readers = Readers(db, None, size=1)
    lent = threading.Event()
    got: list[int] = []

    def waiter() -> None:
        lent.wait()
        with readers.lend() as sl:  # all handles are out: this waits
            got.append(sl.store.count_articles())

    thread = threading.Thread(target=waiter)
    thread.start()
    with pytest.raises(RuntimeError), readers.lend():
        lent.set()
        thread.join(0.5)
        raise RuntimeError("the page failed")
    thread.join(10)
    assert not thread.is_alive() and got == [0]
    readers.close()


def test_an_error_that_is_the_pages_answer_keeps_the_handle(db: Path) -> None:
    readers = Readers(db, None, size=1, answers=(LookupError,))
    with pytest.raises(LookupError), readers.lend() as first:
        raise LookupError("no article 7 in this store")
    with readers.lend() as sl:
        assert sl is first and sl.store.count_articles() == 0
    readers.close()


def test_only_the_lent_handles_may_move_between_threads(db: Path) -> None:
    readers = Readers(db, None, size=1)
    failed: list[BaseException] = []

    def count(sl: storyline.Storyline) -> None:
        try:
            sl.store.count_articles()
        except sqlite3.ProgrammingError as exc:
            failed.append(exc)

    with readers.lend() as lent, storyline.open(db) as own:
        for sl in (lent, own):
            thread = threading.Thread(target=count, args=(sl,))
            thread.start()
            thread.join()
    readers.close()
    assert len(failed) == 1 and "thread" in str(failed[0])  # the other handle keeps SQLite's thread check


def test_pages_waiting_for_a_handle_are_not_left_waiting_when_opening_its_replacement_fails(tmp_path: Path) -> None:
    folder = tmp_path / "stores"
    folder.mkdir()
    db = folder / "store.db"
    storyline.open(db).close()
    readers = Readers(db, None, size=1)
    outcomes: list[str] = []

    def waiter() -> None:
        try:
            with readers.lend() as sl:  # the one handle is out: this waits
                outcomes.append(f"read {sl.store.count_articles()}")
        except storyline.store.StoreError as exc:
            outcomes.append(f"failed: {exc}")

    with pytest.raises(RuntimeError), readers.lend():
        waiters = [threading.Thread(target=waiter, daemon=True) for _ in range(2)]
        for thread in waiters:
            thread.start()
        time.sleep(0.5)  # both wait for the handle
        folder.rename(tmp_path / "moved")  # a new handle cannot be opened now
        raise RuntimeError("the page failed")
    for thread in waiters:
        thread.join(10)
    assert not any(thread.is_alive() for thread in waiters), outcomes  # none hangs
    assert len(outcomes) == 2 and all("does not exist" in o for o in outcomes), outcomes
    (tmp_path / "moved").rename(folder)
    with readers.lend() as sl:  # the place is still there for the next page once the store opens again
        assert sl.store.count_articles() == 0
    readers.close()
