"""The extraction benchmark names, page by page, where storyline does worse than bare trafilatura (issue 10).

``ingest_extraction.worse_than`` is what ``--versus N`` prints: the ``with`` snippets one text misses and
the other holds, and the ``without`` snippets one holds and the other drops.  Real dev pages of
../shared/data/trafilatura-eval and trafilatura's real text of them.
"""

from __future__ import annotations

import trafilatura

from tests.conftest import benchmark, needs_shared
from tests.ingest.pages import eval_page

pytestmark = needs_shared


def _snippets(name: str) -> tuple[str, list[str], list[str]]:
    """Bare trafilatura's text of a dev page and its snippets, folded as the benchmark folds them."""
    bench = benchmark("ingest_extraction")
    url, html, case = eval_page(name)
    assert bench.split_of(name) == "dev"
    text = bench._norm(trafilatura.extract(html, url=url) or "")
    return text, [bench._norm(s) for s in case["with"]], [bench._norm(s) for s in case["without"]]


def test_a_text_that_lost_the_page_loses_every_story_snippet_the_other_kept_and_leaks_nothing():
    bench = benchmark("ingest_extraction")
    bare, must, must_not = _snippets("uepo.de.glossar.html")
    held = [s for s in must if s in bare]
    assert held  # the page's story is in bare trafilatura's text: the comparison has something to find
    assert bench.worse_than("", bare, must, must_not) == (held, [])


def test_chrome_kept_only_by_one_text_is_named_and_a_text_is_never_worse_than_itself():
    bench = benchmark("ingest_extraction")
    bare, must, must_not = _snippets("nationnews.com-schools.html")
    leaked = [s for s in must_not if s in bare]
    assert leaked  # bare trafilatura keeps this page's subscription appeals
    assert bench.worse_than(bare, "", must, must_not) == ([], leaked)
    assert bench.worse_than(bare, bare, must, must_not) == ([], [])
