"""A costly search over the web: it ends at the time limit with a 400 saying what to do, and other pages are
served while it runs (a real ``storyline serve`` over a real store of newswire reports)."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from contextlib import suppress
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port, needs_shared, newswire_ids, newswire_store, unannotated_newswire
from tests.web.conftest import BIN, serving

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


def test_a_forced_stop_ends_the_server_at_once_while_searches_run(reports: Path, monkeypatch) -> None:
    """Ctrl-C twice (uvicorn's force quit) while searches with no time limit run: the store's handles were closed
    under them, so the process lived on until the searches ended, then died of SIGSEGV; their statements are
    interrupted now, and each page's thread closes its own handle.  The stop asked for prints no traceback.

    Each page caught gets the app's error page, 503 saying the server is stopping: the JSON twin a JSON object
    like every other JSON error, where uvicorn answered the cancelled page with plain text ("Internal Server
    Error", 500) that a script reading ``/stories.json`` cannot parse.  Five pages for the four page threads:
    one is still waiting for a thread when the stop comes, and is answered alike."""
    monkeypatch.setenv("STORYLINE_SEARCH_SECONDS", "0")  # no limit: only the stop can end them
    port = free_port()
    proc = subprocess.Popen([str(BIN), "--db", str(reports), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                httpx.get(base + "/static/style.css", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        asked: list[float] = []
        answers: list[tuple[str, httpx.Response]] = []

        def search(words: int, path: str) -> None:
            began = time.monotonic()
            with suppress(httpx.HTTPError):
                answers.append((path, httpx.get(f"{base}{path}?q={'+'.join(['the'] * words)}", timeout=300)))
            asked.append(time.monotonic() - began)

        paths = ("/stories", "/stories.json", "/stories.json", "/stories", "/stories.json")
        runners = [threading.Thread(target=search, args=(120 + i, path), daemon=True) for i, path in enumerate(paths)]
        for runner in runners:
            runner.start()
        time.sleep(1.5)  # the searches under way
        assert not asked, f"a search ended before the stop ({asked}): nothing would be measured"
        proc.send_signal(signal.SIGINT)
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)  # the force quit: the server does not wait for its pages
        began = time.monotonic()
        out, _ = proc.communicate(timeout=120)
        took = time.monotonic() - began
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode >= 0, f"storyline serve died of signal {-proc.returncode}"
    assert took < 5, f"storyline serve ran on for {took:.1f} s after the force quit"
    assert "Traceback" not in out, out  # uvicorn logged each page it cancelled, and the app's start-up task, as one
    for runner in runners:
        runner.join(timeout=10)
    assert sorted(path for path, _ in answers) == sorted(paths), answers
    for path, answer in answers:
        assert answer.status_code == 503, (path, answer.text[:200])
        if path.endswith(".json"):
            assert answer.json()["page"] == "error", answer.text
            assert answer.json()["message"].startswith("the server is stopping"), answer.text
        else:
            assert answer.headers["content-type"] == "text/html; charset=utf-8", answer.text[:200]
            assert "the server is stopping" in answer.text
