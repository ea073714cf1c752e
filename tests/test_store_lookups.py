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
