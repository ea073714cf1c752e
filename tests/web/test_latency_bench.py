"""benchmarks/web_latency.py measures what a reader's browser gets: gzip on the wire, and the page as decoded."""

from __future__ import annotations

from tests.conftest import benchmark


def test_the_latency_benchmark_reports_bytes_on_the_wire_and_decoded(server):
    bench = benchmark("web_latency")
    with bench.browser_like(server) as client:
        *_, wire, raw = bench.measure(client, "/stories", 2, 1, render=False)
        page = client.get("/stories")
    assert page.headers["content-encoding"] == "gzip"
    assert raw == len(page.content)
    assert 0 < wire < raw / 2, (wire, raw)  # a listing page of markup compresses several times
