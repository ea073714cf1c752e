"""Crash safety, proven on the real command: SIGKILL and Ctrl-C at random points of a real ingest.

After each kill the store passes ``storyline check``; running the same command
again finishes the work, and the final store (articles, entities, mentions,
events, stories, titles, timelines) is the one an uninterrupted run builds.
"""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.crash import DEMO, query, records, snapshot, start, wait_until, write_jsonl

pytestmark = pytest.mark.slow

N = 12  # real Wikinews articles: enough for several events and stories, few enough to run in seconds


def _in_process(db: Path, *args: str) -> int:
    """The command line run in this process (the model is loaded once per test session); its exit code."""
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.stderr
    return result.exit_code


# Where to kill: what to wait for in the store (at least a random count of it).
STAGES = {
    "ingest": "SELECT count(*) FROM articles",
    "annotate": "SELECT count(*) FROM articles WHERE annotated > 0",
    "link": "SELECT count(*) FROM articles WHERE linked = 1",
    "timelines": "SELECT count(*) FROM timeline_entries",
}


def _kill_during(db: Path, feed: Path, stage: str, at: int, sig: int) -> int:
    proc = start(db, "ingest", str(feed), "--quiet")
    if stage == "timelines":  # every article linked: the titles and timelines are being written
        wait_until(proc, lambda: query(db, STAGES["link"]) >= N - 1 and query(db, STAGES[stage]) >= at)
    else:
        wait_until(proc, lambda: query(db, STAGES[stage]) >= at)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err, err
    return proc.returncode


def test_kills_at_random_points_then_a_rerun_gives_the_uninterrupted_store(tmp_path, nlp):
    feed = write_jsonl(tmp_path / "feed.jsonl", records(DEMO, 0, N))
    reference = tmp_path / "reference.db"
    assert _in_process(reference, "ingest", str(feed), "--quiet") == 0
    want = snapshot(reference)
    assert len(want["stories"]) > 1 and want["timelines"]

    db = tmp_path / "killed.db"
    rng = random.Random(20261201)
    codes = []
    # a SIGKILL mid-annotation leaves claims of a dead process: the next run must take them over
    for stage, sig in [("ingest", signal.SIGINT), ("annotate", signal.SIGKILL), ("link", signal.SIGKILL),
                       ("timelines", signal.SIGKILL)]:
        code = _kill_during(db, feed, stage, rng.randint(1, N // 2), sig)
        assert code in ((130 if sig == signal.SIGINT else -sig), 0), (stage, code)  # 0: done before the signal
        codes.append(code)
        assert _in_process(db, "check") == 0, f"after a kill during {stage}"
    assert codes.count(0) <= 1, codes  # the signals came while there was work left
    assert _in_process(db, "ingest", str(feed), "--quiet") == 0
    assert _in_process(db, "check") == 0
    got = snapshot(db)
    assert got["dirty"] == []
    for part in ("articles", "entities", "mentions", "quotes", "events", "stories", "timelines"):
        assert got[part] == want[part], part
