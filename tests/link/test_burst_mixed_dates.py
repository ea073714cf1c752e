"""Story burst weights apply between two dated articles only (``consolidate.burst_similarities``).

Real ECB+ files of dev topic 1, read as ``storyline ingest`` reads them as text files: 15 of the 39
pages (Lohan reports) open with a date line and get it as their publication date, the others (Tara
Reid's rehab of 2008, six Lohan reports) stay undated.  Lindsay
Lohan checks into the Betty Ford clinic on May 2-3, 2013; on June 13-14 she leaves it for a Malibu
rehab: one running story.  When burst weights also tilted the dated side of a dated/undated pair, the
three June reports became a story of their own.

The store is linked without the name spread (``Settings.story_name_spread=0``): in this store of one
topic alone the June reports' dated ties to the May ones are faint (a mean burst cosine of 0.016, a
month apart) and rest on two names, Lohan and Betty Ford, so the spread tips the June reports into a
story of their own (RESULTS.md, notes on issue 7, branch storypurity); in the whole ECB+ store the
topic's stories are unchanged.  What is pinned here is the burst weights' handling of mixed pairs.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

import storyline
from storyline.settings import Settings
from tests.conftest import ROOT
from tests.link.ecb_store import ECB, annotated_store

pytestmark = pytest.mark.skipif(not ECB.is_dir(), reason="needs ../shared/data/ecbplus (real ECB+ articles)")
JUNE = {"1_1ecbplus.xml", "1_3ecbplus.xml", "1_20ecbplus.xml"}
MAY = {"1_4ecbplus.xml", "1_12ecbplus.xml", "1_17ecbplus.xml"}


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, dict[int, str]]:
    """The topic's files stored (dated as ingest dates them) and annotated, not linked; and article id -> file."""
    db = tmp_path_factory.mktemp("mixed") / "store.db"
    return db, annotated_store(db, sorted((ECB / "1").glob("*.xml")))


def _linked(annotated: tuple[Path, dict[int, str]], settings: Settings, folder: Path) -> dict[str, int]:
    """A copy of the annotated store linked with ``settings``: file -> story id."""
    db, names = annotated
    shutil.copy(db, folder / "linked.db")
    with storyline.open(folder / "linked.db", settings) as sl:
        sl.link()
        return {names[a]: e.story or -(e.id or 0) for e in sl.store.events() for a in e.articles}


@pytest.fixture(scope="module")
def stories(annotated: tuple[Path, dict[int, str]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """The topic linked without the name spread; file -> story id."""
    return _linked(annotated, Settings(story_name_spread=0.0), tmp_path_factory.mktemp("plain"))


def test_the_benchmark_reader_dates_a_page_as_ingest_does_and_leaves_the_rest_undated():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        read = importlib.import_module("ecb_events").read_ecb_file
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert (read(ECB / "1" / "1_12ecbplus.xml").published, read(ECB / "1" / "1_3ecbplus.xml").published) == (
        "2013-05-02", "2013-06-14")
    assert read(ECB / "1" / "1_12ecbplus.xml", dated=False).published is None
    assert read(ECB / "1" / "1_13ecbplus.xml").published is None  # no date line: undated, as ingest leaves it


def test_the_june_reports_of_a_running_story_join_its_may_reports_among_undated_ones(stories):
    assert len({stories[f] for f in JUNE | MAY}) == 1


@pytest.mark.xfail(strict=True, reason="a known cost of the name spread (RESULTS.md, issue 7, branches storypurity "
                   "and amend35e): in this store of one topic the June reports' dated ties to the May ones rest on "
                   "two names, Lohan and Betty Ford, and with the spread the June reports form a story of their own")
def test_with_the_default_settings_the_june_reports_join_the_may_reports(annotated, tmp_path):
    stories = _linked(annotated, Settings(), tmp_path)
    assert len({stories[f] for f in JUNE | MAY}) == 1


def test_a_story_holding_undated_articles_is_not_bounded_by_its_dated_span_when_regions_are_found(tmp_path):
    """Two stories sharing their who and what, dated two years apart: apart in time, unless one holds undated
    reports (whose day is unknown, so they may join the other).  Seen on ECB+ dev topic 25, whose 2008 reports
    (undated) sat in a 2012 story and a 2011 one, never clustered together in one arrival order."""
    from storyline.link.events import Cluster
    from storyline.link.regions import regions

    settings = Settings()
    with storyline.open(tmp_path / "s.db") as sl:
        def story(first: str, undated: int) -> int:
            st = Cluster(0, {"e:1": 0.6, "t:injury": 0.6, "t:reserve": 0.5}, 5, first, first, undated=undated)
            return sl.store.save_story_state(None, st.state(), first, first, sorted(st.centroid))

        dated, mixed, far = story("2011-01-05", 0), story("2012-12-23", 3), story("2014-06-01", 0)
        grouped = regions(sl.store, settings, [dated, mixed, far])
    assert grouped == [[dated, mixed, far]]  # the mixed story may join either; before: three regions of one
