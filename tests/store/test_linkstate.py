"""The packed linking state gives back exactly what was stored, and stores written as JSON still read."""

from __future__ import annotations

import json
import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from storyline.store import SqliteStore
from storyline.store.linkstate import MAGIC, decode_state, encode_state

keys = st.text(min_size=1, max_size=30)
states = st.fixed_dictionaries(
    {"c": st.dictionaries(keys, st.floats(allow_nan=False), max_size=40), "n": st.integers(0, 2**40)},
    optional={"k": st.dictionaries(keys, st.integers(1, 2**40), min_size=1, max_size=40),
              "v": st.lists(st.floats(allow_nan=False, width=64), max_size=16)})


@given(states)
def test_any_state_round_trips_exactly(state: dict) -> None:
    blob = encode_state(state)
    assert decode_state(blob) == state
    assert decode_state(memoryview(blob)) == state
    assert blob.startswith(MAGIC) != any("\x00" in k for k in [*state["c"], *state.get("k", {})])


@given(states)
def test_a_state_read_without_its_counts_is_the_rest_of_it(state: dict) -> None:
    """Comparing centroids (placing's candidates, consolidation's regions) reads states without their counts;
    the dense vector stored after the counts is still read whole."""
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
