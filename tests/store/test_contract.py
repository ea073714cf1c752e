"""The store contract: the same calls give the same records on SQLite and on PostgreSQL.

Each test runs on both backends (``store_url`` is a SQLite path or a fresh
PostgreSQL database on a server the tests start).
"""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path

import pytest

import storyline
from storyline.export import render
from storyline.records import Annotation, Article, Mention, Sentence, Timex
from storyline.store import open_store
from storyline.store.schema import MIGRATIONS
from storyline.store.snippet import bracketed, parts
from tests.store.old_schema import store_as_of

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "wikinews-apple.jsonl"


def _article(n: int) -> Article:
    return Article(external_id=f"a{n}", title=f"Title {n}", text=f"Body number {n} about storms and floods.",
                   content_hash=f"h{n}", published=f"2019-01-{n:02d}", source="X" if n % 2 else "Y")


def test_a_new_store_is_at_the_latest_schema_and_reopening_keeps_articles(store_url):
    store = open_store(store_url)
    assert store.add_article(_article(1)) == 1
    store.close()
    store = open_store(store_url)
    assert store.schema_version == len(MIGRATIONS)
    assert store.count_articles() == 1 and store.article_ids() == [1]
    store.close()


def test_articles_come_back_whole_in_publication_order_with_filters(store_url):
    store = open_store(store_url)
    for n in (9, 1, 5):
        art = _article(n)
        art.metadata = {"section": "world", "n": n}
        store.add_article(art)
    assert [a.external_id for a in store.articles()] == ["a1", "a5", "a9"]
    assert [a.external_id for a in store.articles(since="2019-01-04", until="2019-01-05")] == ["a5"]
    assert [a.external_id for a in store.articles(source="Y")] == []
    assert [a.external_id for a in store.articles(ids=[3, 1])] == ["a5", "a9"]
    assert store.articles(ids=[]) == []
    back = store.article(2)
    assert back is not None and back.metadata == {"section": "world", "n": 1} and back.text == _article(1).text
    assert store.article(99) is None
    store.close()


def test_annotations_read_before_an_offset_hold_only_the_spans_of_the_lead(store_url):
    store = open_store(store_url)
    aid = store.add_article(_article(3))
    assert aid is not None
    store.save_annotation(Annotation(
        article_id=aid, sentences=[Sentence(0, 14), Sentence(15, 39)], terms=["storm", "flood"],
        mentions=[Mention(0, 4, "Body", "ORG"), Mention(32, 38, "floods", "ORG")],
        timexes=[Timex(5, 11, "number", "DATE", "2019-01-03"), Timex(26, 31, "storm", "DATE", "2019-01-04")]), 1)
    whole, lead = store.annotations([aid])[aid], store.annotations([aid], before=15)[aid]
    assert [m.text for m in whole.mentions] == ["Body", "floods"] and len(whole.timexes) == 2
    assert [m.text for m in lead.mentions] == ["Body"] and [t.start for t in lead.timexes] == [5]
    assert lead.sentences == whole.sentences and whole.terms == ["storm", "flood"] and lead.terms == []
    store.close()


def test_a_text_already_stored_is_reported_as_a_duplicate_by_the_api(store_url):
    with storyline.open(store_url) as sl:
        assert sl.add(_article(1)) == 1
        assert sl.add(_article(1)) is None
        assert sl.store.count_articles() == 1


def test_an_undated_article_takes_the_date_a_later_ingest_gives_once(store_url):
    store = open_store(store_url)
    art = _article(1)
    art.published = None
    aid = store.add_article(art)
    assert aid == 1 and store.unannotated(1) == [1]
    store.db.execute("UPDATE articles SET annotated = 1 WHERE id = 1")  # as if annotated undated
    assert store.date_undated(aid, "2019-02-03", "option") is True
    back = store.article(aid)
    assert back is not None and (back.published, back.published_from) == ("2019-02-03", "option")
    assert store.unannotated(1) == [1]  # annotated again: its relative dates can be placed now
    assert store.date_undated(aid, "2020-01-01", "option") is False  # a stored date is never overwritten
    assert store.article(aid).published == "2019-02-03"
    store.close()


def test_an_undated_article_takes_the_outlet_a_later_ingest_gives_only_if_it_had_none(store_url):
    store = open_store(store_url)
    bare, named = _article(1), _article(2)
    bare.published = named.published = bare.source = None
    one, two = store.add_article(bare), store.add_article(named)
    assert one is not None and two is not None
    assert store.date_undated(one, "2019-02-03", "option", "Korea Herald") is True
    assert store.date_undated(two, "2019-02-03", "option", "Korea Herald") is True
    assert [store.article(i).source for i in (one, two)] == ["Korea Herald", "Y"]  # a stored outlet stays
    store.close()


def test_full_text_search_ranks_matches_and_marks_the_snippet(store_url):
    store = open_store(store_url)
    store.add_article(Article(external_id="a", title="Storm", text="A storm hit the coast. Storms again.",
                              content_hash="a"))
    store.add_article(Article(external_id="b", title="Budget", text="The budget passed.", content_hash="b"))
    hits = store.search("storm")
    assert [a.external_id for a, _, _ in hits] == ["a"]
    assert "[storm]" in bracketed(hits[0][1]).lower()
    assert store.search('"budget passed"')[0][0].external_id == "b"
    store.add_article(Article(external_id="c", title="Dam", text="The dam [sic] opened.", content_hash="c"))
    assert [t for t, hit in parts(store.search("dam")[0][1]) if hit] == ["dam"]  # "[sic]" is text on both engines
    store.close()


def test_near_duplicate_band_lookup_finds_the_original(store_url):
    from storyline.link.duplicates import NearDuplicates
    from storyline.settings import Settings

    store = open_store(store_url)
    near = NearDuplicates(store, Settings())
    text = " ".join(f"word{i}" for i in range(200))
    sig = near.check(Article(external_id="a", title="t", text=text))[1]
    store.add_article(Article(external_id="a", title="t", text=text, content_hash="a"), sig, near.bands(sig))
    assert near.check(Article(external_id="b", title="t", text=text + " Reuters"))[0] == 1
    store.close()


@pytest.mark.slow
def test_the_demo_pipeline_stores_and_exports_the_same_on_both_backends(tmp_path, pg_url):
    """Ingest, annotate, link and export the demo articles on SQLite and PostgreSQL: identical records."""
    out = {}
    for name, url in (("sqlite", str(tmp_path / "s.db")), ("postgres", pg_url)):
        with storyline.open(url) as sl:
            sl.ingest([str(DEMO)])
            store = sl.store
            out[name] = {
                "annotations": [asdict(store.annotation(i)) for i in store.article_ids()],
                "entities": [asdict(e) for e in store.entities()],
                "stories": [asdict(s) for s in store.stories()],
                "events": [asdict(e) for e in store.events()],
                "quotes": store.quotes(query="said", limit=20),
                "mentions": [(a.id, asdict(m)) for a, m in store.entity_mentions(1)],
                "json": re.sub(r'"at": "[^"]*"', '"at": ""', render(store, "json")),  # lineage rows: when
                "markdown": render(store, "markdown"),
            }
    s, p = out["sqlite"], out["postgres"]
    assert len(s["annotations"]) == 28 and s["stories"] and s["entities"]
    for key in s:
        assert s[key] == p[key], key


def test_a_lead_parse_comes_back_as_saved_and_a_store_from_before_it_migrates_without_one(store_url):
    before = next(i for i, sql in enumerate(MIGRATIONS) if "lead_parse" in sql)  # the stores before it
    old = ("INSERT INTO articles (external_id, title, text, format, content_hash, annotated)"
           " VALUES ('a1', 'Talks collapse', 'Talks collapsed.', 'text', 'h1', 40);"
           " INSERT INTO annotations (article_id, sentences) VALUES (1, '[[0, 16]]');")
    store_as_of(store_url, before, old)
    store = open_store(store_url)
    assert store.schema_version == len(MIGRATIONS)
    ann = store.annotation(1)
    assert ann.sentences == [Sentence(0, 16)] and ann.lead_parse == []  # annotated before parses were kept
    parse = [(0, 5, "nsubj", 1, "NOUN"), (6, 15, "ROOT", 1, "VERB"), (15, 16, "punct", 1, "PUNCT")]
    store.save_annotation(Annotation(article_id=1, sentences=[Sentence(0, 16)], lead_parse=parse), 41)
    assert store.annotation(1).lead_parse == parse
    assert store.annotations([1], before=10)[1].lead_parse == parse  # what a title reads
    store.close()


def test_the_events_of_many_articles_and_their_states_are_read_together(store_url):
    """``events_of`` names each article's event (an article in none is left out) and ``event_states`` reads
    the given events once each, in id order, whatever order and repeats they are asked in."""
    store = open_store(store_url)
    ids = [store.add_article(_article(n)) for n in range(1, 8)]
    with store.transaction():
        first = store.save_event_state(None, {"n": 3}, "2019-01-01", "2019-01-03", [], None)
        second = store.save_event_state(None, {"n": 3}, "2019-01-04", "2019-01-06", [], None)
        for at, aid in enumerate(ids[:6]):
            store.add_to_event(first if at < 3 else second, aid)
    assert store.events_of([ids[6], *reversed(ids)]) == {aid: first if at < 3 else second
                                                          for at, aid in enumerate(ids[:6])}
    assert [row[0] for row in store.event_states([second, first, second])] == [first, second]
    assert store.events_of([]) == {} and store.event_states([]) == []
    store.close()


def test_the_linked_articles_around_some_days_are_read_by_publication_date(store_url):
    """Consolidation's burst counts read the store's linked original articles published in a range of days
    (``dated_originals``), the same on both backends; the range's end is exclusive and an unlinked article is
    not counted."""
    store = open_store(store_url)
    ids = [store.add_article(_article(n)) for n in range(1, 8)]
    with store.transaction():
        early = store.save_story_state(None, {"n": 3}, "2019-01-01", "2019-01-03", [])
        late = store.save_story_state(None, {"n": 3}, "2019-01-04", "2019-01-06", [])
        events = [store.save_event_state(None, {"n": 3}, None, None, [], story) for story in (early, late)]
        for at, aid in enumerate(ids[:6]):
            store.add_to_event(events[at // 3], aid)
    assert store.dated_originals("2019-01-03", "2019-01-05") == [(ids[2], "2019-01-03"), (ids[3], "2019-01-04")]
    assert store.dated_originals("2019-01-06", "2019-02-01") == [(ids[5], "2019-01-06")]  # the 7th is not linked
    store.close()
