"""A story due for the drift re-check is clustered again only when its own weights have moved.

Real dated newswire reports linked into a real SQLite store.  Consolidation keeps, per
story, the weights and document frequencies of its heaviest features when it was
clustered; once the store has grown ``consolidate_stale_factor`` times, the story is
clustered again only if today's idfs weigh those features differently
(``consolidate_drift``); otherwise it is marked settled as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline
from storyline.link.consolidate import drift, stale
from storyline.settings import Settings
from tests.conftest import DATA

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data/newswire-1997-1998.jsonl")


def _feed(folder: Path, lines: list[str]) -> str:
    feed = folder / f"feed{len(list(folder.iterdir()))}.jsonl"
    feed.write_text("".join(json.dumps({k: r[k] for k in ("id", "text", "published", "source")}) + "\n"
                            for r in map(json.loads, lines)), encoding="utf-8")
    return str(feed)


def test_a_due_story_whose_weights_did_not_move_is_settled_without_clustering(tmp_path, nlp):
    lines = NEWSWIRE.read_text(encoding="utf-8").splitlines()
    with storyline.open(tmp_path / "store.db") as sl:
        sl.ingest([_feed(tmp_path, lines[:40])])
        store = sl.store
        n = store.linked_originals()
        ids = [int(r[0]) for r in store.db.execute("SELECT id FROM stories ORDER BY id")]
        kept = store.settled_weights(ids)
        assert sorted(kept) == ids and all(n_then == n and w for n_then, w in kept.values())
        with store.transaction():
            store.db.execute("UPDATE stories SET settled = 1")  # all due by growth, the frequencies unchanged
        assert store.stale_stories(n, 1.5) == ids
        assert stale(store, Settings(consolidate_drift=0.0), n, set()) == ids  # a bar of 0 re-checks them all
        assert stale(store, Settings(), n, {ids[0]}) == []  # nothing moved: none is clustered again ...
        settled = dict(store.db.execute("SELECT id, settled FROM stories").fetchall())
        assert settled[ids[0]] == 1 and all(settled[s] == n for s in ids[1:])  # ... but settled, a touched one left
        assert store.settled_weights(ids) == kept  # the next check still measures from when it was clustered

        sl.ingest([_feed(tmp_path, lines[40:120])])  # the store triples: the weights of some stories move
        n2 = store.linked_originals()
        df = store.document_frequencies(sorted({f for _, w in kept.values() for f in w}))
        moved = {s: drift(w, n_then, df, n2) for s, (n_then, w) in kept.items()}
        assert min(moved.values()) >= 0 and max(moved.values()) > Settings().consolidate_drift
