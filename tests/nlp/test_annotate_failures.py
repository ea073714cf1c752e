"""One article the model cannot read never stops a batch: it is stored unannotated, reported and retried."""

from __future__ import annotations

import storyline
from storyline.nlp import ANNOTATION_VERSION
from storyline.records import Article
from storyline.settings import Settings
from tests.crash import DEMO, records, write_jsonl


def _huge(rec: dict) -> Article:
    """A real article followed by a million blank lines: over spaCy's 1,000,000-character limit (E088)."""
    return Article(external_id="huge", title=rec["title"], text=rec["text"] + "\n" * 1_000_000, content_hash="huge",
                   published=rec["published"])


def test_an_article_the_model_refuses_is_kept_unannotated_and_the_next_run_reads_it_in_pieces(tmp_path, nlp):
    recs = records(DEMO, 0, 4)
    db = tmp_path / "store.db"
    whole = Settings(annotate_piece_chars=2_000_000)  # hand spaCy the whole text: it refuses it
    with storyline.open(db, whole) as sl:
        sl.ingest(write_jsonl(tmp_path / "feed.jsonl", recs[:3]), annotate=False, link=False)
        aid = sl.add(_huge(recs[3]))
        problems: list = []
        assert sl.annotate(problems=problems) == 3  # the batch went on around it
        assert [p.input for p in problems] == [f"article {aid}"] and "E088" in problems[0].reason
        assert sl.store.unannotated(ANNOTATION_VERSION) == [aid]
        assert sl.check() == []
    with storyline.open(db) as sl:  # default settings: a long text is parsed in pieces
        assert sl.annotate() == 1
        ann = sl.annotation(aid)
        text = recs[3]["text"]
        assert ann.mentions and all(text[m.start:m.end] == m.text for m in ann.mentions)
        assert sl.store.unannotated(ANNOTATION_VERSION) == []
        sl.link()
        assert sl.check() == []


def test_a_text_of_too_many_words_is_stored_unannotated_with_the_reason_and_the_batch_goes_on(tmp_path, nlp):
    """One record holding a whole crawl (2.5 million words) took over 20 GB in the annotators: the process was
    killed, and every later run died on the same article.  Here the limit is lowered to fit a real article."""
    recs = records(DEMO, 0, 3)
    words = len(recs[2]["text"].split())
    db = tmp_path / "store.db"
    with storyline.open(db, Settings(annotate_max_words=words - 1)) as sl:
        sl.ingest(write_jsonl(tmp_path / "feed.jsonl", recs), annotate=False, link=False)
        long_ids = [a.id for a in sl.articles() if len(a.text.split()) >= words]
        problems: list = []
        annotated = sl.annotate(problems=problems)
        assert annotated == 3 - len(long_ids) and long_ids
        assert [p.input for p in problems] == [f"article {i}" for i in long_ids]
        assert all(f"over the {words - 1:,} a text is annotated up to" in p.reason for p in problems)
        assert sl.store.unannotated(ANNOTATION_VERSION) == long_ids
        assert sl.check() == []
