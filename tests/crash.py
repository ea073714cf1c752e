"""Helpers for the crash and concurrency tests: the installed command as a subprocess, and a store's content.

The content (:func:`snapshot`) is what must come out the same whatever
crashed on the way: the articles, the entities and their mentions, the
partition of articles into events and stories, titles and timelines.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STORYLINE = str(Path(sys.executable).with_name("storyline"))
DEMO = ROOT / "data" / "demo" / "wikinews-apple.jsonl"


def records(path: Path, start: int, stop: int) -> list[dict[str, Any]]:
    """Records ``start:stop`` of a JSON Lines file of real articles."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[start:stop]]


def write_jsonl(path: Path, recs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def storyline(db: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The installed command, run to its end."""
    return subprocess.run([STORYLINE, "--db", str(db), *args], capture_output=True, text=True, timeout=timeout)


def start(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([STORYLINE, "--db", str(db), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def query(db: Path, sql: str) -> Any:
    """One value from the store, read while another process may be writing it (0 before it exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as con:
            row = con.execute(sql).fetchone()
    except sqlite3.OperationalError:  # no such table yet: the first process is still migrating
        return 0
    return row[0] if row and row[0] is not None else 0


def wait_until(proc: subprocess.Popen[str], ready: Callable[[], bool], timeout: float = 240) -> bool:
    """Poll until ``ready()`` or the process ends; True when ready while it still runs."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if ready():
            return True
        time.sleep(0.02)
    return False


def snapshot(db: Path) -> dict[str, Any]:
    """What a finished store holds, in a form two stores can be compared by."""
    with sqlite3.connect(db) as con:
        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in con.execute(sql)]

        def partition(kind: str) -> dict[frozenset[int], str]:
            key = "e.id" if kind == "event" else "e.story_id"
            title = "e.title" if kind == "event" else "(SELECT title FROM stories s WHERE s.id = e.story_id)"
            out: dict[frozenset[int], str] = {}
            for _, ids, name in rows(f"SELECT {key}, group_concat(ea.article_id), {title} FROM events e"
                                     f" JOIN event_articles ea ON ea.event_id = e.id GROUP BY {key}"):
                out[frozenset(int(x) for x in ids.split(","))] = name
            return out

        timelines = {}
        for sid, ids in rows("SELECT e.story_id, group_concat(ea.article_id) FROM events e"
                             " JOIN event_articles ea ON ea.event_id = e.id GROUP BY e.story_id"):
            timelines[frozenset(int(x) for x in ids.split(","))] = rows(
                f"SELECT date, text, articles FROM timeline_entries WHERE story_id = {int(sid)} ORDER BY id")
        return {
            "articles": rows("SELECT id, external_id, content_hash, duplicate_of, annotated, linked FROM articles"
                             " ORDER BY id"),
            "entities": rows("SELECT id, name, type FROM entities ORDER BY id"),
            "mentions": rows("SELECT article_id, entity_id, start, end FROM mentions ORDER BY article_id, start, end"),
            "quotes": rows("SELECT article_id, speaker_id, start, end FROM quotes ORDER BY article_id, start"),
            "events": partition("event"),
            "stories": partition("story"),
            "timelines": timelines,
            "dirty": rows("SELECT id FROM stories WHERE dirty > 0"),
        }
