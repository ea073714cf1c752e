"""A costly search over the web: it ends at the time limit with a 400 saying what to do, and other pages are
served while it runs (a real ``storyline serve`` over a real store of newswire reports)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import needs_shared, newswire_ids, newswire_store, unannotated_newswire
from tests.web.conftest import serving

pytestmark = needs_shared

COSTLY = "+".join(["the"] * 120)
"""120 ``the``: FTS5 ranks and cuts a snippet for every matched report times every phrase, many seconds."""


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("slow")
    return Path(unannotated_newswire(folder / "store.db", folder, 200))


def test_a_search_past_the_limit_is_a_400_that_says_use_fewer_or_rarer_words(reports: Path, monkeypatch) -> None:
    monkeypatch.setenv("STORYLINE_SEARCH_SECONDS", "0.5")
    with serving(reports) as base:
        assert httpx.get(f"{base}/stories?q=share+prices", timeout=60).status_code == 200
        for path in (f"/stories?q={COSTLY}", f"/stories.json?q={COSTLY}"):
            began = time.monotonic()
            page = httpx.get(base + path, timeout=120)
            assert time.monotonic() - began < 5, path  # unbounded: many seconds
            assert page.status_code == 400, path
            assert "took longer than 0.5 s and was stopped; search with fewer or rarer words" in page.text


QUOTES_COSTLY = "+OR+".join(['"' + "+".join(["the"] * 100) + '"'] * 25)
"""25 phrases of 100 ``the`` ORed: a tenth of a second or more over the quotes of 40 annotated reports (about 280),
where an ordinary quote search takes a millisecond; short enough for a URL."""


@pytest.fixture(scope="module")
def quoted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return newswire_store(tmp_path_factory.mktemp("quoted"), newswire_ids(slice(0, 40)))


def test_a_quote_search_past_the_limit_is_a_400_too(quoted: Path, monkeypatch) -> None:
    monkeypatch.setenv("STORYLINE_SEARCH_SECONDS", "0.02")  # a load only makes the search slower
    with serving(quoted) as base:
        assert httpx.get(f"{base}/quotes?q=said", timeout=60).status_code == 200
        for path in (f"/quotes?q={QUOTES_COSTLY}", f"/quotes.json?q={QUOTES_COSTLY}"):
            page = httpx.get(base + path, timeout=120)
            assert page.status_code == 400, path
            assert "took longer than 0.02 s and was stopped; search with fewer or rarer words" in page.text


def test_pages_are_served_while_a_slow_search_runs(reports: Path, monkeypatch) -> None:
    monkeypatch.setenv("STORYLINE_SEARCH_SECONDS", "120")  # let it run
    with serving(reports) as base:
        slow: dict[str, float] = {}

        def search() -> None:
            began = time.monotonic()
            httpx.get(f"{base}/stories?q={COSTLY}", timeout=300)
            slow["took"] = time.monotonic() - began

        runner = threading.Thread(target=search)
        runner.start()
        time.sleep(1.0)  # the search is under way
        began = time.monotonic()
        other = httpx.get(f"{base}/stories.json?sort=id", timeout=300)
        quick = time.monotonic() - began
        still_running = runner.is_alive()
        runner.join()
        assert other.status_code == 200
        assert quick < 2.0 and quick < slow["took"] / 3, f"the page took {quick:.1f} s, the search {slow['took']:.1f} s"
        assert still_running, f"the search ended first ({slow['took']:.1f} s): nothing was measured"
