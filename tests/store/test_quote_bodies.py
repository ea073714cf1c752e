"""The body an unnamed speaker speaks for, stored beside the speaker (``quotes.speaker_body_id``), on a SQLite file
and on a real PostgreSQL server: the migration, the speaker filter by id, an entity merge."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from storyline.records import Annotation, Article, Chain, Mention, Quote
from storyline.store import SqliteStore, open_store
from storyline.store.entity_merge import merge_entities
from storyline.store.quote_pages import QUOTE_ORDER, said_by_or_for
from storyline.store.schema import MIGRATIONS
from tests.store.old_schema import store_as_of

TEXT = "Pentagon officials said the base would close. John Kirby said so too."


def _save(store: Any, n: int = 0) -> tuple[int, int, int]:
    """An article whose first quote is said by unnamed Pentagon officials (body: the Pentagon) and whose second
    by John Kirby: (article id, Pentagon's entity id, Kirby's entity id)."""
    aid = store.add_article(Article(external_id=f"a{n}", title="Base", text=TEXT, published="2020-01-0" + str(n + 1),
                                    content_hash=f"h{n}"))
    ann = Annotation(article_id=aid,
                     mentions=[Mention(0, 8, "Pentagon", "ORG", chain=0), Mention(47, 57, "John Kirby", "PERSON",
                                                                                    chain=1)],
                     chains=[Chain(name="Pentagon", type="ORG", aliases=["Pentagon"], mentions=[0], keys=["pentagon"]),
                             Chain(name="John Kirby", type="PERSON", aliases=["John Kirby"], mentions=[1],
                                   keys=["john kirby"])],
                     quotes=[Quote(24, 46, "the base would close", speaker_text="Pentagon officials", cue="said",
                                   kind="indirect", body_chain=0),
                             Quote(63, 69, "so too", speaker_chain=1, speaker_text="John Kirby", cue="said",
                                   kind="indirect")])
    store.save_annotation(ann, 1)
    chains = store.annotation(aid).chains
    return aid, int(chains[0].entity), int(chains[1].entity)


def test_a_store_from_before_bodies_migrates_and_keeps_the_body_of_a_quote(store_url):
    """Both backends: a store of schema 22 gains the column; a quote saved then keeps its body, read back."""
    before = next(i for i, sql in enumerate(MIGRATIONS) if "speaker_body_id" in sql)
    store_as_of(store_url, before, "SELECT 1;")
    st = open_store(store_url)
    try:
        assert st.schema_version == len(MIGRATIONS)
        aid, pentagon, _ = _save(st)
        [said, _] = st.annotation(aid).quotes
        assert (said.speaker, said.body, said.speaker_text) == (None, pentagon, "Pentagon officials")
    finally:
        st.close()


@pytest.fixture
def saved(store_url: str) -> Iterator[tuple[Any, int, int]]:
    """A store on each backend holding :func:`_save`'s article: (store, Pentagon's id, Kirby's id)."""
    st = open_store(store_url)
    try:
        _, pentagon, kirby = _save(st)
        yield st, pentagon, kirby
    finally:
        st.close()


def test_the_speaker_filter_finds_a_body_by_id_and_the_entity_page_tells_said_by_from_said_for(saved):
    st, pentagon, kirby = saved
    page = st.quote_page(speakers=[pentagon])
    assert [q.speaker_text for _, q in page.items] == ["Pentagon officials"]
    assert [q.speaker_text for _, q in st.quote_page(speakers=[kirby]).items] == ["John Kirby"]
    [group] = st.quote_group_page(speaker=pentagon).items
    assert [q.body for _, q in group] == [pentagon]
    assert st.quotes(speaker=pentagon, role="speaker") == []
    assert [q.speaker_text for _, q in st.quotes(speaker=pentagon, role="body")] == ["Pentagon officials"]


def test_an_entity_merged_into_another_takes_its_bodies_along(saved):
    """The body column is an entity id like the speaker's: a merge moves it, so no quote points at a gone id."""
    st, pentagon, _ = saved
    other = st.add_article(Article(external_id="b", title="b", text="The Department of Defense.",
                                   content_hash="b"))
    st.save_annotation(Annotation(article_id=other, mentions=[Mention(4, 26, "Department of Defense", "ORG",
                                                                      chain=0)],
                                  chains=[Chain(name="Department of Defense", type="ORG",
                                                aliases=["Department of Defense"], mentions=[0],
                                                keys=["department of defense"])]), 1)
    into = int(st.annotation(other).chains[0].entity)
    with st.transaction():
        merge_entities(st.db, into, [pentagon], "test")
    assert [q.body for _, q in st.quotes(speaker=into, role="body")] == [into]
    assert st.quotes(speaker=pentagon) == []


def test_a_speaker_filter_over_many_entities_reads_both_indexes(tmp_path):
    """SQLite's own plan (EXPLAIN QUERY PLAN): a short name matching thousands of entities ("US", "e") is one
    JSON array per indexed column, read through both indexes (no scan of the quotes, no text match)."""
    st = SqliteStore(tmp_path / "s.db")
    try:
        cond, args = said_by_or_for(list(range(1, 40_000)), "either")
        sql = (f"SELECT q.*, {QUOTE_ORDER.select()} FROM quotes q JOIN articles a ON a.id = q.article_id"
               f" WHERE q.kind <> 'scare' AND {cond}")
        plan = " | ".join(r[3] for r in st.db.execute(f"EXPLAIN QUERY PLAN {sql}", args))
        assert "USING INDEX quotes_speaker " in plan and "USING INDEX quotes_speaker_body " in plan, plan
        assert "SCAN q" not in plan and len(args) == 2, plan
    finally:
        st.close()


def test_a_speaker_filter_over_more_entities_than_a_query_takes_parameters_still_pages(saved):
    """Both backends: 40,000 matched entity ids (more than SQLite's 32,766 parameters, as a one-letter name
    matches in a large store) are two parameters; the page holds the body's quotes."""
    st, pentagon, _ = saved
    many = [pentagon, *range(10**6, 10**6 + 40_000)]
    assert [q.speaker_text for _, q in st.quote_page(speakers=many).items] == ["Pentagon officials"]
