"""The packed linking state gives back exactly what was stored, and stores written as JSON still read."""

from __future__ import annotations

import json
import sqlite3
from array import array

from hypothesis import given
from hypothesis import strategies as st

from storyline.store import SqliteStore
from storyline.store.linkstate import _HEAD, MAGIC, decode_state, encode_state

keys = st.text(min_size=1, max_size=30)
states = st.fixed_dictionaries(
    {"c": st.dictionaries(keys, st.floats(allow_nan=False), max_size=40), "n": st.integers(0, 2**40)},
    optional={"k": st.dictionaries(keys, st.integers(1, 2**40), min_size=1, max_size=40)})


@given(states)
def test_any_state_round_trips_exactly(state: dict) -> None:
    blob = encode_state(state)
    assert decode_state(blob) == state
    assert decode_state(memoryview(blob)) == state
    assert blob.startswith(MAGIC) != any("\x00" in k for k in [*state["c"], *state.get("k", {})])


@given(states)
def test_a_state_read_without_its_counts_is_the_rest_of_it(state: dict) -> None:
    """Comparing centroids (placing's candidates, consolidation's regions) reads states without their counts."""
    rest = {k: v for k, v in state.items() if k != "k"}
    assert decode_state(encode_state(state), counts=False) == rest
    assert decode_state(json.dumps(state), counts=False) == rest


def test_a_store_linked_before_the_packed_state_reads_its_json_state(tmp_path) -> None:
    path = tmp_path / "old.db"
    store = SqliteStore(path)
    with store.transaction():
        sid = store.save_story_state(None, {"c": {"e:4": 2.0}, "n": 2}, "2019-06-11", "2019-06-12", ["e:4"])
    store.close()
    with sqlite3.connect(path) as db:  # as an older version wrote it
        db.execute("UPDATE stories SET state = ? WHERE id = ?", (json.dumps({"c": {"e:4": 2.0}, "n": 2}), sid))
    store = SqliteStore(path)
    assert store.story_states([sid])[0][1] == {"c": {"e:4": 2.0}, "n": 2}
    store.close()


def _with_embedding(state: dict, dense: list[float]) -> bytes:
    """``state`` packed as versions with the ``event_embedding_weight`` switch stored it: the sum of the
    articles' sentence embeddings in a dense block after the counts, its length in the header."""
    blob = encode_state(state)
    n, n_centroid, n_counts, _, key_bytes = _HEAD.unpack_from(blob, len(MAGIC))
    return b"".join((MAGIC, _HEAD.pack(n, n_centroid, n_counts, len(dense), key_bytes),
                     blob[len(MAGIC) + _HEAD.size:], array("d", dense).tobytes()))


@given(states, st.lists(st.floats(allow_nan=False, width=64), max_size=16))
def test_a_state_stored_with_an_embedding_reads_without_it(state: dict, dense: list[float]) -> None:
    """Nothing reads an embedding any more: an old state's vector (packed or JSON) is left out when read."""
    if not encode_state(state).startswith(MAGIC):
        return  # a key holding a NUL: stored as JSON, covered below
    rest = {k: v for k, v in state.items() if k != "k"}
    assert decode_state(_with_embedding(state, dense)) == state
    assert decode_state(_with_embedding(state, dense), counts=False) == rest
    assert decode_state(json.dumps({**state, "v": dense})) == state
    assert decode_state(json.dumps({**state, "v": dense}), counts=False) == rest


def test_a_store_linked_with_embeddings_links_on_and_drops_their_vectors(tmp_path, nlp) -> None:
    """A store whose event and story states carry embedding sums (linked with ``event_embedding_weight``
    above 0: packed, or JSON where a state had undated members) links new articles as a store without them
    does, and each state linking writes again is stored without its vector."""
    import storyline
    from tests.crash import DEMO, records, write_jsonl

    first, second = write_jsonl(tmp_path / "a.jsonl", records(DEMO, 0, 8)), write_jsonl(
        tmp_path / "b.jsonl", records(DEMO, 8, 16))
    partitions = []
    for name, old in (("plain.db", False), ("embedded.db", True)):
        path = tmp_path / name
        with storyline.open(path) as sl:
            sl.ingest([first])
        if old:
            with sqlite3.connect(path) as db:
                for table in ("events", "stories"):
                    rows = db.execute(f"SELECT id, state FROM {table}").fetchall()
                    assert rows
                    for cid, blob in rows:
                        state = decode_state(blob)
                        dense = [0.1 * (cid % 7), 0.25, -0.5]
                        redone = (_with_embedding(state, dense) if encode_state(state).startswith(MAGIC)
                                  else json.dumps({**state, "v": dense}).encode())
                        db.execute(f"UPDATE {table} SET state = ? WHERE id = ?", (redone, cid))
            with sqlite3.connect(path) as db:
                before = {(t, cid): bytes(b) for t in ("events", "stories")
                          for cid, b in db.execute(f"SELECT id, state FROM {t}")}
        with storyline.open(path) as sl:
            sl.ingest([second])
            assert sl.check() == []
            events = sl.events()
            stories = {e.story for e in events}
            partitions.append((sorted(sorted(e.articles) for e in events),
                               sorted(sorted(a for e in events if e.story == s for a in e.articles) for s in stories)))
        if old:
            with sqlite3.connect(path) as db:
                after = {(t, cid): bytes(b) for t in ("events", "stories")
                         for cid, b in db.execute(f"SELECT id, state FROM {t}")}
            rewritten = [k for k, b in after.items() if before.get(k) != b]
            assert rewritten
            for key in rewritten:
                blob = after[key]
                assert (_HEAD.unpack_from(blob, len(MAGIC))[3] == -1 if blob.startswith(MAGIC)
                        else "v" not in json.loads(blob)), key
    assert partitions[0] == partitions[1]
