"""The dev error pairs of benchmarks/ecb_dev_errors.py: each wrong pair counted once per kind, dev topics only."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _error_pairs():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module("ecb_dev_errors").error_pairs
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def test_error_pairs_by_kind_topic_and_dates():
    # dev topic 1: a check-in (a, b, c) and a check-out (d) a month later; dev topic 3 one happening (e);
    # topic 2 (held out) is linked wrongly too but never counted
    gold = {1: ("1a", "1"), 2: ("1a", "1"), 3: ("1a", "1"), 4: ("1b", "1"), 5: ("3a", "3"),
            6: ("2a", "2"), 7: ("2b", "2")}
    event = {1: 10, 2: 10, 3: 11, 4: 11, 5: 12, 6: 13, 7: 13}
    story = {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2}
    published = {1: "2013-05-02", 2: "2013-05-03", 3: None, 4: "2013-06-13", 5: "2013-05-02", 6: None, 7: None}
    rows = _error_pairs()(event, story, gold, published)
    assert rows == [
        ["event joined", "1", 1, 0, 0, 1],  # 3 (undated) with the check-out
        ["event split", "1", 2, 0, 0, 2],  # 3 apart from 1 and 2
        ["story joined", "1+3", 4, 2, 1, 1],  # topic 1's reports with topic 3's: within 10 days, a month, undated
    ]
