"""Per-article lookups stay indexed: their cost must not grow with the number of stored articles."""

from __future__ import annotations

import numpy as np

from storyline.link.duplicates import NearDuplicates
from storyline.records import Article
from storyline.settings import Settings
from storyline.store import SqliteStore
from storyline.store.articles import minhash_candidates_sql


def _text(n: int) -> str:
    rng = np.random.default_rng(n)
    return " ".join(f"w{int(v)}" for v in rng.integers(0, 5000, 120))


def _store_with_articles(path, count: int) -> tuple[SqliteStore, NearDuplicates]:
    store = SqliteStore(path)
    near = NearDuplicates(store, Settings())
    for n in range(count):
        art = Article(external_id=f"a{n}", title="t", text=_text(n), content_hash=f"h{n}")
        sig = near.signature(art)
        store.add_article(art, minhash=sig, bands=near.bands(sig))
    store.db.execute("ANALYZE")
    return store, near


def test_near_duplicate_lookup_probes_the_band_index_and_never_scans_articles(db):
    store, near = _store_with_articles(db, 300)
    bands = near.bands(near.signature(Article(external_id="q", title="t", text=_text(7))))
    plan = [r[3] for r in store.db.execute(f"EXPLAIN QUERY PLAN {minhash_candidates_sql(len(bands))}",
                                           [v for pair in bands for v in pair])]
    assert not [step for step in plan if step.startswith("SCAN")], plan
    assert sum("minhash_bands USING PRIMARY KEY (band=? AND key=?)" in step for step in plan) == len(bands)
    assert any(step.startswith("SEARCH a USING INTEGER PRIMARY KEY") for step in plan)


def test_near_duplicate_lookup_finds_the_stored_copy_and_only_it(db):
    store, near = _store_with_articles(db, 50)
    copy = Article(external_id="c", title="t", text=_text(7) + " Reuters")
    original, _ = near.check(copy)
    assert original == 8  # ids start at 1: the eighth article stored is text 7
    hits = store.minhash_candidates(near.bands(near.signature(copy)))
    assert [aid for aid, _ in hits] == [8]


def test_no_statement_run_for_each_article_scans_a_table(tmp_path):
    """Ingest, annotation, linking and timelines of real articles: every statement run once per article
    (or more) reaches its rows through an index, so its cost does not grow with the store.

    The plans are SQLite's own (EXPLAIN QUERY PLAN) without statistics, i.e. as for a large store.
    """
    import re
    from collections import Counter
    from pathlib import Path

    import storyline

    lines = (Path(__file__).resolve().parents[1] / "data/demo/wikinews-apple.jsonl").read_text().splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[:8]) + "\n")
    second.write_text("\n".join(lines[8:16]) + "\n")
    literal = re.compile(r"'(?:[^']|'')*'|\bx'[0-9a-fA-F]*'|-?\b\d+(?:\.\d+)?\b")
    with storyline.open(tmp_path / "s.db") as sl:
        sl.ingest(first)
        seen: list[str] = []
        sl.store.db.set_trace_callback(seen.append)
        sl.ingest(second)
        sl.store.db.set_trace_callback(None)
        tables = {r[0] for r in sl.store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        shapes = Counter(literal.sub("?", s) for s in seen)
        example = {literal.sub("?", s): s for s in seen}
        scans = {}
        for shape, n in shapes.items():
            if n < 8 or not shape.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT", "WITH")):
                continue
            plan = [r[3] for r in sl.store.db.execute("EXPLAIN QUERY PLAN " + example[shape])]
            bad = [p for p in plan if p.startswith("SCAN ") and p.split()[1] in tables]
            if bad:
                scans[shape[:120]] = bad
    assert len(shapes) > 20 and max(shapes.values()) >= 8  # the trace saw the per-article work
    assert not scans, scans
