"""The extraction benchmark's dev half splits again into two folds, so a cleaning rule is judged on both apart.

A rule shaped by some dev pages helps one fold and not the other; the folds are
a stand-in for pages nobody here has seen (issue 10).  Real evaluation pages of
../shared/data/trafilatura-eval only; the held-out half is listed by name, never read.
"""

from __future__ import annotations

from types import ModuleType

from tests.conftest import benchmark, needs_shared
from tests.ingest.pages import EVAL

pytestmark = needs_shared


def _benchmark() -> ModuleType:  # the benchmark's own selection, so the test and the benchmark agree
    return benchmark("ingest_extraction")


def test_the_two_folds_of_the_dev_half_are_disjoint_and_together_the_whole_dev_half():
    bench = _benchmark()
    dev = {case["file"] for _, case, _ in bench.select_pages(EVAL, "dev")}
    a = {case["file"] for _, case, _ in bench.select_pages(EVAL, "dev", "A")}
    b = {case["file"] for _, case, _ in bench.select_pages(EVAL, "dev", "B")}
    assert a | b == dev and not a & b
    assert min(len(a), len(b)) > 0.4 * len(dev)  # halves, not a sliver: each fold can show a rule's effect


def test_the_folds_cut_across_the_dev_split_rather_than_repeat_it():
    bench = _benchmark()
    names = [case["file"] for _, case, _ in bench.select_pages(EVAL, "all")]  # names only: no held-out page read
    both = {(bench.split_of(n), bench.fold_of(n)) for n in names}
    assert both == {("dev", "A"), ("dev", "B"), ("held-out", "A"), ("held-out", "B")}


def test_a_fold_is_scored_within_the_split_asked_for_and_a_page_keeps_its_fold_across_runs():
    bench = _benchmark()
    page = "autohaus.de-skode.html"  # a dev page of fold A in every process (crc32, not Python's salted hash)
    assert (bench.split_of(page), bench.fold_of(page)) == ("dev", "A")
    assert [c["file"] for _, c, _ in bench.select_pages(EVAL, "dev", "A", only=page)] == [page]
    assert bench.select_pages(EVAL, "dev", "B", only=page) == []
    assert bench.select_pages(EVAL, "held-out", "A", only=page) == []
