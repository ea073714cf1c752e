"""A name shortened from a fuller one that tells it from others of its kind never joins those others' entity.

Real newswire reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model into a real SQLite
store (and a PostgreSQL one for the editions), one at a time as a stream arrives.  AFP_ENG_20051210.0197 writes
"the 2006 World Cup ... the World Cup", AFP_ENG_20061214.0040 "the 2002 World Cup ... the World Cup",
XIN_ENG_20051122.0333 only "World Cup".  The store used to key each chain by its short form too, so the three
became one "World Cup" entity (every edition) in any order.  XIN_ENG_20061121.0358 writes "International
Committee of the Red Cross (ICRC) ... the Red Cross"; AFP_ENG_20061201.0147 reports the Philippine Red Cross's
toll as "the Red Cross": it used to join the ICRC.  A word that only says what kind of thing it is keeps the two
one: XIN_ENG_20051119.0109 writes "Tennis Masters Cup ... Masters Cup", XIN_ENG_20051119.0130 only "Masters Cup".
So does a country before a national body, and a department's own words after "of": the review's (r34d) US news
sentences, where main's rule split the U.S. Supreme Court and the Department of Homeland Security in two.
"""

from __future__ import annotations

import pytest

import storyline
from storyline.ingest import content_hash
from storyline.records import Article
from tests.conftest import needs_shared
from tests.newswire import newswire_reports

pytestmark = needs_shared

WORLD_CUP_2006, WORLD_CUP_2002, WORLD_CUP = "AFP_ENG_20051210.0197", "AFP_ENG_20061214.0040", "XIN_ENG_20051122.0333"
ICRC, PHILIPPINE_RED_CROSS = "XIN_ENG_20061121.0358", "AFP_ENG_20061201.0147"
TENNIS_MASTERS_CUP, MASTERS_CUP = "XIN_ENG_20051119.0109", "XIN_ENG_20051119.0130"


@pytest.fixture(scope="module")
def reports() -> dict[str, Article]:
    return newswire_reports({WORLD_CUP_2006, WORLD_CUP_2002, WORLD_CUP, ICRC, PHILIPPINE_RED_CROSS, TENNIS_MASTERS_CUP,
                             MASTERS_CUP})


Found = dict[str, set[tuple[int, str]]]


def _entities_of(db: str, reports: dict[str, Article], order: list[str], alias: str) -> Found:
    """Annotate the reports one at a time in this order; each report -> the entities (id, name) of its chains
    with a mention written ``alias`` (or ending with it)."""
    with storyline.open(db) as sl:
        for ext in order:
            assert sl.add(reports[ext]) is not None
            sl.annotate()
        found: Found = {}
        for art in sl.store.articles():
            ids = [c.entity for c in sl.store.annotation(art.id).chains
                   if c.entity is not None and any(a.endswith(alias) for a in c.aliases)]
            names = sl.entity_names(ids)
            found[art.external_id] = {(e, names[e]) for e in ids}
        return found


def _names(found: Found) -> dict[str, set[str]]:
    return {ext: {name for _, name in entities} for ext, entities in found.items()}


@pytest.mark.parametrize("order", [[WORLD_CUP_2006, WORLD_CUP, WORLD_CUP_2002],
                                   [WORLD_CUP, WORLD_CUP_2002, WORLD_CUP_2006]])
def test_each_edition_of_the_world_cup_is_its_own_entity_in_any_order(store_url, nlp, reports, order) -> None:
    found = _entities_of(store_url, reports, order, "World Cup")
    assert len({e for entities in found.values() for e in entities}) == 3  # one entity per report
    assert _names(found) == {WORLD_CUP_2006: {"2006 World Cup"}, WORLD_CUP_2002: {"2002 World Cup"},
                             WORLD_CUP: {"World Cup"}}


@pytest.mark.parametrize("order", [[ICRC, PHILIPPINE_RED_CROSS], [PHILIPPINE_RED_CROSS, ICRC]])
def test_a_bare_red_cross_never_joins_the_icrc_by_the_short_form_an_icrc_report_used(tmp_path, nlp, reports,
                                                                                     order) -> None:
    found = _entities_of(str(tmp_path / "store.db"), reports, order, "Red Cross")
    (icrc,) = [e for e in found[ICRC] if e[1] == "International Committee of the Red Cross"]
    assert icrc not in found[PHILIPPINE_RED_CROSS] and _names(found)[PHILIPPINE_RED_CROSS] == {"Red Cross"}


def test_a_word_that_only_names_the_kind_keeps_the_shortened_name_one_entity(tmp_path, nlp, reports) -> None:
    found = _entities_of(str(tmp_path / "store.db"), reports, [TENNIS_MASTERS_CUP, MASTERS_CUP], "Masters Cup")
    assert len(found[MASTERS_CUP]) == 1 and found[MASTERS_CUP] == found[TENNIS_MASTERS_CUP]


def _article(ext: str, text: str) -> Article:
    title = text.split(". ")[0]
    return Article(external_id=ext, title=title, text=text, published="2024-03-04",
                   content_hash=content_hash(title, text))


@pytest.mark.parametrize("pair", [
    # the review's (r34d) US news: a country before a national body, a department's own words after "of"
    ("The U.S. Supreme Court agreed on Monday to hear the case. The Supreme Court will rule by June.",
     "The Supreme Court struck down the law on Friday, and the governor said he would appeal."),
])
@pytest.mark.parametrize("backwards", [False, True])
def test_a_national_body_named_in_full_and_short_is_one_entity_across_articles(store_url, nlp, pair,
                                                                                backwards) -> None:
    full, short = pair
    order = [("full", full), ("short", short)]
    with storyline.open(store_url) as sl:
        for ext, text in reversed(order) if backwards else order:
            assert sl.add(_article(ext, text)) is not None
            sl.annotate()
        ids = {c.entity for art in sl.store.articles() for c in sl.store.annotation(art.id).chains
               if c.type != "GPE" and any(a.endswith(("Supreme Court", "Homeland Security")) for a in c.aliases)}
    assert len(ids) == 1 and None not in ids


@pytest.mark.parametrize("backwards", [False, True])
def test_two_bodies_named_for_one_thing_stay_two_entities_across_articles(store_url, nlp, backwards) -> None:
    """The end of a name after a preposition is the chain's within its article, no store key (review r34g):
    "Homeland Security" is the committee in one article and the department in another."""
    order = [("committee", "The House Committee on Homeland Security met on Monday. Homeland Security members "
              "asked for more funds."),
             ("department", "The Department of Homeland Security said on Friday it would tighten rules. Homeland "
              "Security officials declined to comment.")]
    with storyline.open(store_url) as sl:
        for ext, text in reversed(order) if backwards else order:
            assert sl.add(_article(ext, text)) is not None
            sl.annotate()
        ids = {c.entity for art in sl.store.articles() for c in sl.store.annotation(art.id).chains
               if any(a.startswith(("House Committee", "Department of")) for a in c.aliases)}
    assert len(ids) == 2 and None not in ids
