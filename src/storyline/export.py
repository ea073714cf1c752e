"""Exports: the store (or one story) as JSON, JSON Lines and other formats.

The JSON format is versioned and described by ``schema/export-v1.schema.json``;
stages that have not run export empty lists, never made-up values.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from storyline.records import Article
from storyline.store import SqliteStore

FORMAT_NAME = "storyline-export"
FORMAT_VERSION = 1
FORMATS = ("json", "jsonl")
_KIND = {"articles": "article", "entities": "entity", "events": "event", "stories": "story"}


class ExportError(Exception):
    """The export cannot be made as asked; the message says why."""


def article_record(store: SqliteStore, art: Article) -> dict[str, Any]:
    assert art.id is not None
    ann = store.annotation(art.id)
    return {
        "id": art.id,
        "external_id": art.external_id,
        "title": art.title,
        "description": art.description,
        "dateline": art.dateline,
        "published": art.published,
        "published_from": art.published_from,
        "source": art.source,
        "url": art.url,
        "format": art.format,
        "duplicate_of": art.duplicate_of,
        "metadata": art.metadata,
        "text": art.text,
        "sentences": [[s.start, s.end] for s in ann.sentences],
        "mentions": [{"entity": m.entity, "text": m.text, "type": m.type, "start": m.start, "end": m.end}
                     for m in ann.mentions],
        "timexes": [{"text": t.text, "type": t.type, "value": t.value, "mod": t.mod, "anchored": t.anchored,
                     "start": t.start, "end": t.end} for t in ann.timexes],
        "quotes": [{"text": q.text, "speaker": q.speaker, "speaker_text": q.speaker_text, "cue": q.cue,
                    "confidence": round(q.confidence, 3), "partial": q.partial, "start": q.start, "end": q.end}
                   for q in ann.quotes],
    }


def export_data(store: SqliteStore, story: int | None = None) -> dict[str, Any]:
    """The whole store, or one story with its events and articles, as one JSON-ready dict."""
    stories = store.stories()
    events = store.events()
    if story is not None:
        stories = [s for s in stories if s.id == story]
        if not stories:
            raise ExportError(f"no story with id {story}; list them with 'storyline stories'")
        events = [e for e in events if e.story == story]
        ids = sorted({a for e in events for a in e.articles})
        articles = store.articles(ids=ids)
    else:
        articles = store.articles()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "articles": [article_record(store, a) for a in articles],
        "entities": [asdict(e) for e in store.entities()],
        "events": [asdict(e) for e in events],
        "stories": [
            {**{k: v for k, v in asdict(s).items() if k != "timeline"},
             "timeline": [asdict(t) for t in s.timeline]}
            for s in stories
        ],
    }


def render(store: SqliteStore, fmt: str, story: int | None = None) -> str:
    if fmt == "json":
        return json.dumps(export_data(store, story), ensure_ascii=False, indent=1)
    if fmt == "jsonl":
        data = export_data(store, story)
        lines = []
        for kind in ("articles", "entities", "events", "stories"):
            lines += [json.dumps({"kind": _KIND[kind], **rec}, ensure_ascii=False)
                      for rec in data[kind]]
        return "\n".join(lines) + "\n"
    raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
