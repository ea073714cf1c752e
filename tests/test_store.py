from __future__ import annotations

import pytest

from storyline.records import Article
from storyline.store import SqliteStore, StoreError, snippet
from storyline.store.schema import MIGRATIONS
from storyline.store.snippet import bracketed
from tests.conftest import needs_shared


def _article(n: int) -> Article:
    return Article(external_id=f"a{n}", title=f"Title {n}", text=f"Body number {n} about storms.", content_hash=f"h{n}",
                   published=f"2019-01-{n:02d}", source="X")


def test_new_store_is_at_latest_schema_in_wal_mode(db):
    with SqliteStore(db) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_articles_and_does_not_migrate_again(db):
    with SqliteStore(db) as store:
        store.add_article(_article(1))
    with SqliteStore(db) as store:
        assert store.count_articles() == 1


def test_same_content_hash_is_stored_once_and_the_second_add_says_so(db):
    with SqliteStore(db) as store:
        assert store.add_article(_article(1)) == 1
        assert store.add_article(_article(1)) is None  # decided in the insert: no read-then-write race
        assert store.count_articles() == 1


def test_date_and_source_filters(db):
    with SqliteStore(db) as store:
        for n in (1, 5, 9):
            store.add_article(_article(n))
        assert [a.external_id for a in store.articles(since="2019-01-04", until="2019-01-05")] == ["a5"]
        assert store.articles(source="Y") == []


def test_fts_search_ranks_and_snippets(db):
    with SqliteStore(db) as store:
        store.add_article(_article(1))
        hits = store.search("storms")
        assert hits and "[storms]" in bracketed(hits[0][1])


def test_a_bracket_in_the_text_is_not_a_match_in_the_snippet(db):
    """FTS5 marked matches with [ and ], so "[sic]" beside a match read as a second match."""
    with SqliteStore(db) as store:
        store.add_article(Article(external_id="b", title="Dam", text="The dam [sic] opened on Monday.",
                                  content_hash="b"))
        (_, snip, _), = store.search("dam")
        assert snippet.parts(snip) == [("The ", False), ("dam", True), (" [sic] opened on Monday.", False)]


def test_bad_fts_query_is_a_clear_error(db):
    with SqliteStore(db) as store, pytest.raises(StoreError, match="FTS5"):
        store.search('"unbalanced')


def test_a_file_that_is_not_sqlite_is_refused_clearly(tmp_path):
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a usable storyline store"):
        SqliteStore(bad)


@needs_shared
def test_annotating_again_leaves_alias_and_type_counts_as_after_one_pass(sl):
    from tests.conftest import SEED_B

    report = sl.ingest([str(SEED_B)], published="2019-06-11", link=False)
    assert report.annotated == 1  # without the seed the counts below would compare empty with empty

    def counts():
        db = sl.store.db
        return (db.execute("SELECT entity_id, alias, count FROM entity_aliases ORDER BY 1, 2").fetchall(),
                db.execute("SELECT entity_id, type, count FROM entity_types ORDER BY 1, 2").fetchall())

    once = [list(map(tuple, rows)) for rows in counts()]
    sl.annotate(redo=True)
    sl.annotate(redo=True)
    assert [list(map(tuple, rows)) for rows in counts()] == once
