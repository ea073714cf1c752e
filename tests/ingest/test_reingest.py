"""The same input read again is a duplicate even when the cleaning now makes other text of it.

An upgrade that changes how pages are cleaned (a caption rule, a new edge rule) gives the same page another
content hash; without the input's own hash a nightly re-ingest of a folder would store every page again, as a
near-duplicate of itself.
"""

from __future__ import annotations

from pathlib import Path

import storyline
from storyline.api import IngestReport
from storyline.settings import Settings
from tests.conftest import needs_shared
from tests.ingest.pages import eval_page

PAGE = ("<html><head><title>Council closes old bridge</title></head><body><article><h1>Council closes old bridge"
        "</h1><p>The council voted on Monday to close the old bridge for repairs after engineers found cracks in"
        " two piers.</p><p>The mayor said the work would take six months and that a ferry would run across the"
        " river in the meantime.</p><p>Shop owners on both banks said they feared losing customers during the"
        " busiest season of the year.</p></article></body></html>")


def _ingest(db: Path, path: Path, settings: Settings) -> IngestReport:
    with storyline.open(db, settings=settings) as sl:
        return sl.ingest([str(path)], annotate=False, link=False)


@needs_shared
def test_a_page_cleaned_otherwise_on_a_second_read_is_a_duplicate_not_a_copy(tmp_path):
    db, page = tmp_path / "s.db", tmp_path / "cocaine.html"
    page.write_bytes(eval_page("viconsortium.com-cocaine.html")[1])  # a real dev page with photo captions
    first = _ingest(db, page, Settings(drop_captions=False))
    with storyline.open(db) as sl:
        kept = sl.article(first.ids[0]).text
    again = _ingest(db, page, Settings())  # read as a newer storyline reads it: the captions go
    assert (again.stored, again.duplicates) == (0, 1)
    with storyline.open(db) as sl:
        assert sl.store.count_articles() == 1 and sl.article(first.ids[0]).text == kept
    other = tmp_path / "other.db"
    assert _ingest(other, page, Settings()).stored == 1
    with storyline.open(other) as sl:
        assert sl.article(1).text != kept  # the two readings differ: the content hash alone would store both


def test_another_page_with_the_same_cleaned_text_is_still_a_duplicate(tmp_path):
    db = tmp_path / "s.db"
    one, two = tmp_path / "one.html", tmp_path / "two.html"
    one.write_text(PAGE, encoding="utf-8")
    two.write_text(PAGE.replace("<article>", "<article><!-- served by node 2 -->"), encoding="utf-8")
    assert _ingest(db, one, Settings()).stored == 1
    assert _ingest(db, two, Settings()).duplicates == 1  # other bytes, same article: the content hash decides
    assert _ingest(db, one, Settings()).duplicates == 1
