"""The real newswire reports the link tests read (``../shared/data/newswire-1997-1998.jsonl``)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import DATA

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"


def newswire_feed(folder: Path, n: int) -> Path:
    """A JSONL feed of the first ``n`` newswire reports (id, text, published, source), written in ``folder``."""
    feed = folder / "feed.jsonl"
    lines = NEWSWIRE.read_text(encoding="utf-8").splitlines()[:n]
    feed.write_text("".join(json.dumps({k: r[k] for k in ("id", "text", "published", "source")}) + "\n"
                            for r in map(json.loads, lines)), encoding="utf-8")
    return feed
