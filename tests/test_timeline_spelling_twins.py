"""An entity's timeline gathers its mentions under a longer or shorter spelling the store keeps apart.

On the Wikinews trial corpus (the dev half of benchmarks/wikinews_timeline.py) the store holds "iTunes Store"
(one article: "Apple to lower UK iTunes prices", which tells of the 2006 renaming) and "iTunes Music Store"
(five articles) as two entities, so the iTunes Store timeline missed the days the other articles date: the
store's 2006-05-08 branding dispute with Apple Corps and its 2006-06-20 movie plans.  Four real trial articles,
stored and annotated as the benchmark does; "Apple" and "Apple Corps" are named in them too and stay apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import storyline
from storyline.api import Storyline
from storyline.records import Article
from storyline.timeline import build_entity_timeline, spelling_twins
from tests.conftest import DATA, benchmark, needs_shared

pytestmark = needs_shared

TRIAL = DATA / "wikinews-timeline" / "Corpus-trial-data_task4_TimeML"
ARTICLES = ("10718_Apple_to_lower_UK_iTunes_prices", "4954-Apple_Corps_loses", "5504-Apple_plans_to_sell",
            "4596-Beatles_Apple_Corps")


@pytest.fixture(scope="module")
def wikinews() -> ModuleType:
    return benchmark("wikinews_timeline")


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory, wikinews: ModuleType) -> Iterator[Storyline]:
    """The four articles in a real store, as the benchmark stores them (lead kept), annotated by the real model."""
    db: Path = tmp_path_factory.mktemp("twins") / "trial.db"
    with storyline.open(db) as sl:
        for name in ARTICLES:
            rec = wikinews.convert(TRIAL / f"{name}.tml", whole=True)
            sl.store.add_article(Article(external_id=rec["id"], title=rec["title"], text=rec["text"],
                                         published=rec["published"], published_from="input", source=rec["source"],
                                         url=rec["url"], content_hash=hashlib.sha1(rec["text"].encode()).hexdigest()))
        sl.annotate()
        yield sl


def _entity(sl: Storyline, name: str) -> int:
    found = [e for e in sl.store.entities(name=name, exact=True) if e.name == name]
    assert found, f"no entity {name!r}: {[e.name for e in sl.store.entities(name=name)]}"
    assert found[0].id is not None
    return found[0].id


def test_the_itunes_store_timeline_holds_the_days_told_of_the_itunes_music_store(trial: Storyline) -> None:
    store, music = _entity(trial, "iTunes Store"), _entity(trial, "iTunes Music Store")
    assert store != music  # the store keeps the two spellings apart: what the timeline must gather
    assert spelling_twins(trial.store, store) == [music]
    dates = {e.date for e in build_entity_timeline(trial.store, store, trial.settings)}
    assert {"2006-05-08", "2006-06-20"} <= dates, sorted(dates)


def test_a_name_at_the_start_of_another_is_no_twin(trial: Storyline) -> None:
    apple, corps = _entity(trial, "Apple"), _entity(trial, "Apple Corps")
    assert corps not in spelling_twins(trial.store, apple)
    assert apple not in spelling_twins(trial.store, corps)
