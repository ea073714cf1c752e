"""Exports: the store (or one story) as JSON, JSON Lines and other formats.

The JSON format is versioned and described by ``schema/export-v1.schema.json``;
stages that have not run export empty lists, never made-up values.  The
timeline formats — ``markdown`` (a chronology per story, with sources),
``csv`` (one row per timeline entry) and ``timelinejs`` (the TimelineJS3 JSON
a Knight Lab timeline loads) — hold the stories' timelines only.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from html import escape as html_escape
from typing import Any

from storyline.records import Article, Story, TimelineEntry
from storyline.store import SqliteStore
from storyline.timeline.dates import DAY, PART, WEEK, YEAR, display_date, granularity, span

FORMAT_NAME = "storyline-export"
FORMAT_VERSION = 1
FORMATS = ("json", "jsonl", "markdown", "csv", "timelinejs")
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
    if fmt in _TIMELINE_FORMATS:
        return _TIMELINE_FORMATS[fmt](store, selected_stories(store, story))
    raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


# -- timeline formats: markdown, csv, timelinejs ------------------------------------------
def selected_stories(store: SqliteStore, story: int | None) -> list[Story]:
    """Every story, or the one asked for (an unknown id is the user's mistake, said in one line)."""
    stories = store.stories()
    if story is None:
        return stories
    chosen = [s for s in stories if s.id == story]
    if not chosen:
        raise ExportError(f"no story with id {story}; list them with 'storyline stories'")
    return chosen


class _Sources:
    """Article titles, dates and links for citing entries, each article read once."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.seen: dict[int, Article | None] = {}

    def get(self, aid: int) -> Article | None:
        if aid not in self.seen:
            self.seen[aid] = self.store.article(aid)
        return self.seen[aid]

    def cite(self, aid: int, markdown: bool = True) -> str:
        art = self.get(aid)
        if art is None:
            return f"article {aid}"
        name = f"{art.title or art.external_id} ({art.source + ', ' if art.source else ''}{art.published or 'undated'})"
        if not markdown:
            return name
        name = name.replace("[", "(").replace("]", ")")  # brackets would end the link text
        url = f"<{art.url}>" if art.url and any(c in art.url for c in " ()<>") else art.url
        return f"[{name}]({url})" if url else f"{name} [#{aid}]"


def _span_text(story: Story) -> str:
    dates = f"{story.first or '?'} to {story.last or '?'}" if story.first or story.last else "undated"
    return f"{story.articles} articles, {dates}"


def to_markdown(store: SqliteStore, stories: list[Story]) -> str:
    """A readable chronology per story: date, what happened, where it is written."""
    src = _Sources(store)
    out = ["# Storylines", ""]
    for st in stories:
        out += [f"## {st.title or 'Story'} (story {st.id})", "", f"*{_span_text(st)}*", ""]
        if not st.timeline:
            out += ["No dated entries yet.", ""]
        for e in st.timeline:
            text = " ".join(e.text.split())
            status = "" if e.status == "happened" else f" *({e.status})*"
            out.append(f"- **{display_date(e.date)}**{status} — {text}  ")
            out.append(f"  Sources: {'; '.join(src.cite(a) for a in e.articles)}")
        out.append("")
    return "\n".join(out)


def to_csv(store: SqliteStore, stories: list[Story]) -> str:
    """One row per timeline entry: story id and title, date, text, article ids, salience."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["story_id", "story_title", "date", "text", "articles", "salience", "status"])
    for st in stories:
        for e in st.timeline:
            w.writerow([st.id, st.title, e.date, e.text, " ".join(str(a) for a in e.articles), f"{e.salience:.4f}",
                        e.status])
    return buf.getvalue()


def _tl_date(date: str, end: bool = False) -> dict[str, Any]:
    """A TimelineJS date object at the entry's granularity: a year stays a year, a week is its days."""
    d = span(date)[1 if end else 0]
    g = granularity(date)
    out: dict[str, Any] = {"year": d.year}
    if g != YEAR or end:
        out["month"] = d.month
    if g in (WEEK, DAY) or end:
        out["day"] = d.day
    return out


def _tl_event(entry: TimelineEntry, story: Story, src: _Sources) -> dict[str, Any]:
    words = " ".join(entry.text.split())
    headline = words if len(words) <= 80 else words[:80].rsplit(" ", 1)[0] + " …"
    cites = "".join(f"<li>{html_escape(src.cite(a, markdown=False))}</li>" for a in entry.articles)
    ev: dict[str, Any] = {
        "start_date": _tl_date(entry.date),
        "display_date": display_date(entry.date),
        "text": {"headline": html_escape(headline), "text": f"<p>{html_escape(words)}</p><ul>{cites}</ul>"},
        "group": story.title or f"story {story.id}",
        "unique_id": f"s{story.id}-{entry.date}-{entry.articles[0] if entry.articles else 0}",
    }
    if granularity(entry.date) in (PART, WEEK):  # seasons, quarters and weeks are ranges
        ev["end_date"] = _tl_date(entry.date, end=True)
    return ev


def to_timelinejs(store: SqliteStore, stories: list[Story]) -> str:
    """TimelineJS3 JSON: a title slide and one event per entry, grouped by story."""
    src = _Sources(store)
    events = [_tl_event(e, st, src) for st in stories for e in st.timeline]
    seen: dict[str, int] = {}
    for ev in events:  # TimelineJS needs unique ids
        n = seen[ev["unique_id"]] = seen.get(ev["unique_id"], 0) + 1
        if n > 1:
            ev["unique_id"] += f"-{n}"
    one = stories[0] if len(stories) == 1 else None
    title = {"text": {"headline": html_escape(one.title if one else "Storylines"),
                      "text": html_escape(_span_text(one) if one else f"{len(stories)} stories")}}
    return json.dumps({"title": title, "events": events}, ensure_ascii=False, indent=1)


_TIMELINE_FORMATS = {"markdown": to_markdown, "csv": to_csv, "timelinejs": to_timelinejs}
