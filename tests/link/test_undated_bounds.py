"""An undated article is bounded in time by what its own text reports (``link.eras``).

Real articles through the real API: the two seed pages (Kim Jong Un's letters to Trump, stored undated:
their text files carry no publication date) and the seven AFP reports of April 1997 on the North Korea
talks and food aid that, in a store of the whole newswire, took both seeds into their story
(usersweep4's story 39, whose timeline then ran from April 1997 to "12 June 2018").  The Diplomat's page
names "June 12, 2018" as a past day: it cannot have been written in 1997.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline
from tests.conftest import DATA, SEED_A, SEED_B, TALKS_1997

pytestmark = pytest.mark.skipif(not (SEED_B.is_file() and (DATA / "newswire-1997-1998.jsonl").is_file()),
                                reason="needs ../shared (the seeds and the newswire JSONL)")


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, nlp) -> dict[str, tuple[int, str | None]]:
    """The seeds and the April 1997 reports ingested and linked; external id (file name) -> (story, published)."""
    tmp = tmp_path_factory.mktemp("undated")
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()
    records = [rec for rec in map(json.loads, lines) if rec["id"] in TALKS_1997]
    (tmp / "april.jsonl").write_text("".join(json.dumps({k: rec[k] for k in ("id", "text", "published", "source")})
                                             + "\n" for rec in records), encoding="utf-8")
    with storyline.open(tmp / "store.db") as sl:
        sl.ingest([str(tmp / "april.jsonl"), str(SEED_A), str(SEED_B)])
        arts = {a.id: a for a in sl.articles()}
        return {Path(arts[a].external_id).name: (e.story or -e.id, arts[a].published)
                for e in sl.events() for a in e.articles}


def test_the_seeds_are_stored_undated_and_the_wire_reports_dated(linked):
    assert linked[SEED_A.name][1] is None and linked[SEED_B.name][1] is None
    assert {linked[x][1][:7] for x in TALKS_1997} == {"1997-04"}  # type: ignore[index]


def test_a_page_naming_june_2018_is_in_no_story_of_april_1997(linked):
    april_stories = {linked[x][0] for x in TALKS_1997}
    assert linked[SEED_B.name][0] not in april_stories


def test_the_two_letters_to_trump_make_a_story_of_their_own(linked):
    """The Korea Herald's page names no day with its year ("July 6", "1950-53"), so nothing in it bounds
    when it was written; it goes with the page it resembles, not with the 1997 reports through it."""
    assert linked[SEED_A.name][0] == linked[SEED_B.name][0]
    assert linked[SEED_A.name][0] not in {linked[x][0] for x in TALKS_1997}
