"""The title each of some real newswire records gets as a story of its own, through the real pipeline: what the
title tests read (``test_title_roles``, ``test_title_times``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import storyline
from tests.conftest import DATA

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"


def titles_alone(wanted: Iterable[str], tmp_path_factory: Any) -> dict[str, str]:
    """Per record id of ``wanted``: its story's title, each record ingested into a store of its own."""
    wanted = set(wanted)
    records = [json.loads(line) for line in NEWSWIRE.read_text(encoding="utf-8").splitlines()]
    titles = {}
    for record in (r for r in records if r["id"] in wanted):  # one store each: a story of its own
        folder = tmp_path_factory.mktemp(record["id"])
        path = folder / "wire.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        with storyline.open(folder / "s.db") as sl:
            sl.ingest([path])
            (story,) = sl.stories(with_timeline=False)
            titles[record["id"]] = story.title
    return titles


def probe_title(lead: str, folder: Path) -> str:
    """The title of the one story a lead of our own (no headline) gets in a store of its own under ``folder``."""
    path = folder / "probe.jsonl"
    path.write_text(json.dumps({"id": "probe", "published": "2026-11-16", "text": lead}) + "\n", encoding="utf-8")
    with storyline.open(folder / "s.db") as sl:
        sl.ingest([path])
        (story,) = sl.stories(with_timeline=False)
    return story.title
