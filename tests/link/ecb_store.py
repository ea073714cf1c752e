"""An annotated, unlinked store of real ECB+ files, for the linking tests that need real reports."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import storyline
from tests.conftest import DATA, ROOT

ECB = DATA / "ecbplus"


def annotated_store(db: Path, paths: list[Path]) -> dict[int, str]:
    """Add and annotate the ECB+ files at ``paths`` in a new store at ``db``; returns article id -> file name."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        read = importlib.import_module("ecb_events").read_ecb_file
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    names: dict[int, str] = {}
    with storyline.open(db) as sl:
        for path in paths:
            aid = sl.add(read(path))
            assert aid is not None, f"{path.name} was not stored"
            names[aid] = path.name
        sl.annotate()
    return names
