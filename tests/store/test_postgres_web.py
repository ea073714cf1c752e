"""The web UI over a PostgreSQL store: every page and its JSON twin, as on SQLite."""

from __future__ import annotations

from pathlib import Path

import httpx

import storyline
from tests.web.conftest import DEMO, serving
from tests.web.test_pages import every_page, valid


def test_every_page_answers_over_postgres(pg_url, tmp_path: Path):
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(DEMO.read_text(encoding="utf-8").splitlines(keepends=True)[:5]), encoding="utf-8")
    with storyline.open(pg_url) as sl:
        assert sl.ingest([str(sample)]).stored == 5
        assert sl.data_version() != sl.data_version()  # nothing is kept: the server cannot say when it changed
    with serving(pg_url) as base:  # type: ignore[arg-type]
        paths = every_page(base)
        assert any(p.startswith("/story/") for p in paths) and any(p.startswith("/entity/") for p in paths)
        for path in paths:
            head, _, query = path.partition("?")
            twin = httpx.get(f"{base}{head}.json" + (f"?{query}" if query else ""), timeout=60)
            assert twin.status_code == 200, path
            valid(twin.json())
            assert httpx.get(base + path, timeout=60).status_code == 200, path
        assert httpx.get(base + "/story/99999", timeout=60).status_code == 404
        # PostgreSQL reads any search text (web-search syntax): no query is refused, unlike SQLite's FTS5
        assert httpx.get(base + '/stories?q="unclosed', timeout=60).status_code == 200
