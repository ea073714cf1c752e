"""Shared fixtures: real paths, the real spaCy model, real SQLite files in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
SEED_A = SEEDS / "000_3486936efa2c6574.txt"  # Korea Herald, 2018-07-12
SEED_B = SEEDS / "003_d3badbf144491ee3.txt"  # The Diplomat, 2019-06-11


@pytest.fixture(scope="session")
def nlp():
    """The real English model, loaded once for the whole test session."""
    from storyline.nlp import load_model
    from storyline.settings import Settings

    return load_model(Settings().model)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def sl(db: Path):
    import storyline

    with storyline.open(db) as api:
        yield api
