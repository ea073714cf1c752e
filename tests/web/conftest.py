"""The real server over a real store, and a real Chromium to drive it.

The store is built once per session by ingesting real articles through the
API: the two seed articles (with the publication dates seeds.json gives),
the first Wikinews articles of the demo corpus, a reprint of one of them
(a near-duplicate), and one hostile article whose title, text, outlet and
URL hold markup and a ``javascript:`` URL.
The server is ``storyline serve`` started as a subprocess on a free
loopback port; the browser is Debian's chromium through its chromedriver.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SHARED, free_port

BIN = Path(sys.executable).with_name("storyline")
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SHOTS = Path(os.environ.get("STORYLINE_SCREENSHOTS", ROOT / "test-artifacts" / "screenshots"))
DEMO = ROOT / "data" / "demo" / "wikinews-apple.jsonl"
WIKINEWS_ARTICLES = 8

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
XSS_URL = "javascript:alert(1)"
XSS_ARTICLE = {
    "id": "hostile-1",
    "title": f"{XSS_SCRIPT} Airline {XSS_IMG} regulator",
    "published": "2005-03-02",
    "source": "<b>Evil</b> Wire",
    "url": XSS_URL,
    "text": (f"The airline said on Tuesday that {XSS_SCRIPT} would not stop its flights to Lisbon.\n\n"
             f"A spokesman wrote {XSS_IMG} in a statement, and the regulator in Brussels said the carrier must "
             f"explain the {XSS_URL} link by March 10, 2005. The chief executive, Maria Lopes, said: \"We will "
             "answer every question the regulator asks.\" Passengers were told to check the website for updates "
             "before they travel to the airport."),
}


def seeds_spec() -> dict:
    path = SHARED / "acceptance" / "seeds.json"
    if not path.is_file():
        pytest.skip(f"needs ../shared (seed articles and {path.name}); not present beside this clone")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real store: the seeds, some Wikinews articles and the hostile article, ingested, annotated, linked."""
    import storyline

    spec = seeds_spec()
    folder = tmp_path_factory.mktemp("web")
    db = folder / "store.db"
    wiki = folder / "wikinews.jsonl"
    wiki.write_text("".join(DEMO.read_text(encoding="utf-8").splitlines(keepends=True)[:WIKINEWS_ARTICLES]),
                    encoding="utf-8")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(XSS_ARTICLE) + "\n", encoding="utf-8")
    first = json.loads(DEMO.read_text(encoding="utf-8").splitlines()[0])
    copy = {**first, "id": "reprint-1", "source": "Reprint Daily", "published": first["published"],
            "text": first["text"] + "\n\nThis article was reprinted with permission."}
    reprint = folder / "reprint.jsonl"
    reprint.write_text(json.dumps(copy) + "\n", encoding="utf-8")
    with storyline.open(db) as sl:
        for art in spec["articles"]:
            report = sl.ingest([str(SHARED / art["file"])], published=art["published"])
            assert report.stored == 1, report.as_dict()
        report = sl.ingest([str(wiki), str(hostile)])
        assert report.stored == WIKINEWS_ARTICLES + 1, report.as_dict()
        report = sl.ingest([str(reprint)])  # a near-duplicate of the first Wikinews article
        assert report.near_duplicates == 1, report.as_dict()
    return db


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``storyline serve`` over ``db`` on a free loopback port, as a subprocess; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([str(BIN), "--db", str(db), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(base + "/static/style.css", timeout=2)
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                out = proc.stdout.read() if proc.stdout else ""
                pytest.fail(f"storyline serve did not start on port {port}: {out}")
            time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def server(web_store: Path) -> Iterator[str]:
    """The server over the session's store."""
    with serving(web_store) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian chromium with a fresh profile; skipped on a machine without it (CI installs it)."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.skip(f"browser tests need Debian's chromium and chromium-driver ({', '.join(missing)} missing): "
                    "apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="storyline-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots of the web UI: {SHOTS}")
    return SHOTS
