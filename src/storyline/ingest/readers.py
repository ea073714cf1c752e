"""Readers for each input format (placeholder: plain text only, replaced by the ingest work)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from storyline.records import Article
from storyline.settings import Settings


@dataclass
class Problem:
    """An input that gave no article: ``kind`` is 'skipped' (nothing to read) or 'failed' (bad input)."""

    input: str
    reason: str
    kind: str = "failed"


def content_hash(title: str, text: str) -> str:
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()


def read_inputs(
    sources: list[str], settings: Settings, published: str | None = None, source: str | None = None
) -> Iterator[Article | Problem]:
    for src in sources:
        path = Path(src)
        raw = path.read_text(encoding="utf-8")
        lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
        title, body = lines[0], "\n\n".join(lines[1:])
        art = Article(external_id=str(path), title=title, text=body, published=published,
                      published_from="option" if published else None, source=source)
        art.content_hash = content_hash(title, body)
        yield art
