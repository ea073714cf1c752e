"""Exports: the store (or one story) as JSON, JSON Lines and other formats.

The JSON format is versioned and described by ``schema/export-v1.schema.json``;
stages that have not run export empty lists, never made-up values.  The
timeline formats — ``markdown`` (a chronology per story, with sources),
``csv`` (one row per timeline entry) and ``timelinejs`` (the TimelineJS3 JSON
a Knight Lab timeline loads) — hold the stories' timelines only.

Every format is written as it is read (:func:`write`): articles come a page
at a time, in arrival (id) order, and nothing builds the whole document, so
memory stays flat whatever the size of the store.  Text from articles is made
safe for the program that opens each format: JSON escapes control characters,
markdown and TimelineJS escape HTML (and markdown links only to http(s)
addresses), CSV cells that a spreadsheet would run as a formula are quoted.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from html import escape as html_escape
from typing import Any, TextIO

from storyline.plain import counted, date_span, shorten, strip_control
from storyline.records import Annotation, Article, Entity, Story, TimelineEntry, Timex
from storyline.store.base import chunks
from storyline.store.protocol import ReadStore
from storyline.timeline import timeline_note
from storyline.timeline.dates import DAY, PART, WEEK, YEAR, display_date, granularity, span
from storyline.timeline.merge import HISTORY_HEADING, history_flags, history_heading

FORMAT_NAME = "storyline-export"
FORMAT_VERSION = 1
FORMATS = ("json", "jsonl", "markdown", "csv", "timelinejs")
NO_STORIES = "no stories yet: ingest articles, then run 'storyline link'"
"""What a chronology of a store with no story says (``storyline stories`` says it too)."""
ARTICLE_PAGE = 100
"""Articles whose annotations are read together (four queries): few round trips, and a page of
annotated articles (a few MB) is all the export holds."""
_KIND = {"articles": "article", "entities": "entity", "events": "event", "stories": "story", "lineage": "lineage"}


class ExportError(Exception):
    """The export cannot be made as asked; the message says why."""


def article_record(store: ReadStore, art: Article, ann: Annotation | None = None) -> dict[str, Any]:
    """An article with its annotation as the export writes it (``ann``: read already, else read here)."""
    assert art.id is not None
    ann = store.annotation(art.id) if ann is None else ann
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
        "language": art.metadata.get("language"),
        "annotation_skipped": ann.skipped,
        "text": art.text,
        "sentences": [[s.start, s.end] for s in ann.sentences],
        "mentions": [{"entity": m.entity, "text": m.text, "type": m.type, "start": m.start, "end": m.end}
                     for m in ann.mentions],
        "timexes": [timex_record(t, art.text) for t in ann.timexes],
        "quotes": [{"text": q.text, "kind": q.kind, "speaker": q.speaker, "speaker_text": q.speaker_text,
                    "body": q.body, "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end,
                    "confidence": round(q.confidence, 3), "partial": q.partial, "start": q.start, "end": q.end}
                   for q in ann.quotes],
    }


def timex_record(t: Timex, text: str) -> dict[str, Any]:
    """A timex as the export shows it: the phrase a reader reads ("on Monday"), its signal, its TIMEX3 extent.

    ``text``/``start``/``end`` keep their v1 meaning (the signal included),
    so existing readers of the export see the same phrases; ``timex3`` is the
    extent TimeML tags ("Monday").
    """
    return {"text": text[t.phrase_start : t.end], "type": t.type, "value": t.value, "mod": t.mod,
            "anchored": t.anchored, "start": t.phrase_start, "end": t.end, "signal": t.signal,
            "timex3": {"start": t.start, "end": t.end, "text": t.text}}


def _selection(store: ReadStore, story: int | None, with_timeline: bool) -> tuple[Iterable[Story], list[int] | None]:
    """The stories to export, read a page at a time, and, for one story, its article ids (None: every article)."""
    if story is None:
        return store.iter_stories(with_timeline=with_timeline), None
    one = store.story(story)
    if one is None:
        raise ExportError(f"no story with id {story}; list them with 'storyline stories'")
    if not with_timeline:
        one.timeline = []
    return [one], store.story_article_ids(story)


def _sections(store: ReadStore, story: int | None) -> dict[str, Iterator[dict[str, Any]]]:
    """Each part of the export as a stream of JSON-ready records (one story's, or the whole store's).

    Records are read a page at a time with a fixed number of queries per page
    (articles with their annotations, events with their articles, stories with
    their timelines), never one query per record.
    """
    stories, ids = _selection(store, story, with_timeline=True)

    def articles() -> Iterator[dict[str, Any]]:
        for page in chunks(store.iter_articles(ids), ARTICLE_PAGE):
            anns = store.annotations([a.id for a in page if a.id is not None])
            for art in page:
                yield article_record(store, art, anns.get(art.id or 0))

    def story_records() -> Iterator[dict[str, Any]]:
        for s in stories:
            yield {**{k: v for k, v in asdict(s).items() if k != "timeline"},
                   "timeline": [asdict(t) for t in s.timeline]}

    return {
        "articles": articles(),
        "entities": (asdict(e) for e in (store.iter_entities() if ids is None else _named_in(store, ids))),
        "events": (asdict(e) for e in store.iter_events(story)),
        "stories": story_records(),
        "lineage": _lineage(store, story),
    }


def _named_in(store: ReadStore, article_ids: list[int]) -> Iterator[Entity]:
    """The entities the given articles name (a quote's speaker is one of its article's mentions), ranked as
    the whole store's are.

    One story's export held every entity of the store (14,285 records, 2.5 MB, for a story of nine
    newswire articles), where its articles' mentions refer to a few hundred."""
    named = sorted({e for e, _, _ in store.entity_counts(article_ids)})
    ranked = [e for part in chunks(named) for e in store.entities(ids=part)]
    ranked.sort(key=lambda e: (-e.articles, -e.mentions, e.id or 0))
    return iter(ranked)


def _lineage(store: ReadStore, story: int | None) -> Iterator[dict[str, Any]]:
    """Lineage rows (where merged or split ids went): all of them, or those naming the exported story's ids."""
    rows = store.lineage("event") + store.lineage("story")
    if story is None:  # the entities resolution merged: an old entity id in an earlier export leads on
        rows += store.lineage("entity")
    else:
        keep = {("event", e.id) for e in store.events(story=story)} | {("story", story)}
        rows = [r for r in rows if (r.kind, r.new_id) in keep or (r.kind, r.old_id) in keep]
    return (asdict(r) for r in rows)


def export_data(store: ReadStore, story: int | None = None) -> dict[str, Any]:
    """The whole store, or one story with its events and articles, as one JSON-ready dict (small stores, tests)."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION,
            **{k: list(v) for k, v in _sections(store, story).items()}}


def write(store: ReadStore, fmt: str, out: TextIO, story: int | None = None) -> None:
    """Write the store (or one story) to ``out`` in the given format, record by record."""
    if fmt == "json":
        sections = _sections(store, story)
        out.write(f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION}')
        for kind, records in sections.items():
            out.write(f', "{kind}": [')
            for i, rec in enumerate(records):
                out.write((",\n" if i else "\n") + json.dumps(rec, ensure_ascii=False))
            out.write("\n]")
        out.write("}\n")
    elif fmt == "jsonl":
        for kind, records in _sections(store, story).items():
            for rec in records:
                out.write(json.dumps({"kind": _KIND[kind], **rec}, ensure_ascii=False) + "\n")
    elif fmt in _TIMELINE_FORMATS:
        _TIMELINE_FORMATS[fmt](store, selected_stories(store, story), out)
    else:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def render(store: ReadStore, fmt: str, story: int | None = None) -> str:
    """The export as one string (see :func:`write` for large stores)."""
    buf = io.StringIO()
    write(store, fmt, buf, story)
    return buf.getvalue()


# -- timeline formats: markdown, csv, timelinejs ------------------------------------------
def selected_stories(store: ReadStore, story: int | None) -> Iterable[Story]:
    """Every story with its timeline, read a page at a time, or the one asked for."""
    stories, _ = _selection(store, story, with_timeline=True)
    return stories


class _Sources:
    """Article titles, dates and links for citing entries; a bounded cache, so memory stays flat."""

    def __init__(self, store: ReadStore, size: int = 4096) -> None:
        self.store = store
        self.size = size
        self.seen: OrderedDict[int, Article | None] = OrderedDict()

    def load(self, aids: Iterable[int]) -> None:
        """Read the cited articles not cached yet, 500 a query (not one each); a page of stories at a time."""
        missing = [a for a in dict.fromkeys(aids) if a not in self.seen]
        for part in chunks(missing):
            found = {a.id: a for a in self.store.articles(ids=part)}
            for aid in part:
                self.seen[aid] = found.get(aid)
        while len(self.seen) > self.size:
            self.seen.popitem(last=False)

    def get(self, aid: int) -> Article | None:
        if aid in self.seen:
            self.seen.move_to_end(aid)
            return self.seen[aid]
        art = self.seen[aid] = self.store.article(aid)
        if len(self.seen) > self.size:
            self.seen.popitem(last=False)
        return art

    def cite(self, aid: int, markdown: bool = True) -> str:
        art = self.get(aid)
        if art is None:
            return f"article {aid}"
        name = f"{art.title or art.external_id} ({art.source + ', ' if art.source else ''}{art.published or 'undated'})"
        if not markdown:
            return name
        name = md_text(name)
        url = art.url if art.url and _WEB_URL.match(art.url) and not any(c in art.url for c in " <>\"\n") else None
        return f"[{name}](<{url}>)" if url else f"{name} [#{aid}]"


_WEB_URL = re.compile(r"https?://", re.I)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")  # without [ ] no link can form; the rest is emphasis
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def md_text(text: str) -> str:
    """Article text for markdown: one line, HTML escaped, markdown syntax backslashed (no link, no script).

    >>> print(md_text('<script>x</script> [a](javascript:y)'))
    &lt;script&gt;x&lt;/script&gt; \\[a\\](javascript:y)
    """
    return _MD_SPECIAL.sub(r"\\\1", html_escape(" ".join(strip_control(text).split()), quote=False))


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: one starting like a formula (=, +, -, @) gets a leading quote.

    >>> csv_cell("=SUM(A1:A9)"), csv_cell("fine"), csv_cell(3)
    ("'=SUM(A1:A9)", 'fine', 3)
    """
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA) else value


def _span_text(story: Story) -> str:
    return f"{counted(story.articles, 'article')}, {date_span(story.first, story.last)}"


def to_markdown(store: ReadStore, stories: Iterable[Story], out: TextIO) -> None:
    """A readable chronology per story: date, what happened, where it is written; on a store with no story, a line
    that says so, as ``storyline stories`` says it (the document was a heading alone, read as a failed export)."""
    src = _Sources(store)
    out.write("# Storylines\n\n")
    told = False
    for page in chunks(stories):
        src.load(a for st in page for e in st.timeline for a in e.articles)
        for st in page:
            told = True
            out.write(f"## {md_text(st.title or 'Story')} (story {st.id})\n\n*{_span_text(st)}*\n\n")
            if not st.timeline:  # why, as `storyline timeline` and the story page say it
                out.write(f"No dated entries: {md_text(timeline_note(store, st.id or 0, empty=True))}.\n\n")
            old = history_flags(st.timeline, st.first, st.articles)
            if any(old):  # apart and first, as `storyline timeline` and the story page show it
                out.write(f"### {history_heading(sum(old))}\n\n")
                _md_entries(src, [e for e, h in zip(st.timeline, old, strict=True) if h], out)
                out.write("### The story\n\n")
            _md_entries(src, [e for e, h in zip(st.timeline, old, strict=True) if not h], out)
    if not told:
        out.write(f"{NO_STORIES[:1].upper()}{NO_STORIES[1:]}.\n")


def _md_entries(src: _Sources, entries: list[TimelineEntry], out: TextIO) -> None:
    for e in entries:
        status = "" if e.status == "happened" else f" *({e.status})*"
        out.write(f"- **{display_date(e.date)}**{status} — {md_text(e.text)}  \n")
        out.write(f"  Sources: {'; '.join(src.cite(a) for a in e.articles)}\n")
    out.write("\n")


def to_csv(store: ReadStore, stories: Iterable[Story], out: TextIO) -> None:
    """One row per timeline entry: story id and title, date, text, article ids, salience, status, and whether
    it is history the story's articles recall ('yes': the story page folds it away)."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["story_id", "story_title", "date", "text", "articles", "salience", "status", "history"])
    for st in stories:
        for e, old in zip(st.timeline, history_flags(st.timeline, st.first, st.articles), strict=True):
            w.writerow([st.id, csv_cell(st.title), csv_cell(e.date), csv_cell(e.text),
                        " ".join(str(a) for a in e.articles), f"{e.salience:.4f}", csv_cell(e.status),
                        "yes" if old else "no"])


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


def _tl_event(entry: TimelineEntry, story: Story, src: _Sources, history: bool = False) -> dict[str, Any]:
    """One TimelineJS event: its status said unless it happened (as markdown says it), history in a group of
    its own beside the story's (a band of its own in TimelineJS, as the story page folds it away)."""
    words = " ".join(entry.text.split())
    headline = shorten(words, 80)
    cites = "".join(f"<li>{html_escape(src.cite(a, markdown=False))}</li>" for a in entry.articles)
    status = "" if entry.status == "happened" else f"<em>({html_escape(entry.status)})</em> "
    group = story.title or f"story {story.id}"
    ev: dict[str, Any] = {
        "start_date": _tl_date(entry.date),
        "display_date": display_date(entry.date),
        "text": {"headline": html_escape(headline),
                 "text": f"<p>{status}{html_escape(words)}</p><ul>{cites}</ul>"},
        "group": html_escape(f"{group}: {HISTORY_HEADING.lower()}" if history else group),
        "unique_id": f"s{story.id}-{entry.date}-{entry.articles[0] if entry.articles else 0}",
    }
    if granularity(entry.date) in (PART, WEEK):  # seasons, quarters and weeks are ranges
        ev["end_date"] = _tl_date(entry.date, end=True)
    return ev


def to_timelinejs(store: ReadStore, stories: Iterable[Story], out: TextIO) -> None:
    """TimelineJS3 JSON: a title slide and one event per entry, grouped by story."""
    src = _Sources(store)
    stream = iter(stories)
    head = list(itertools.islice(stream, 2))  # one story: its title slide; more: how many
    one = head[0] if len(head) == 1 else None
    title = {"text": {"headline": html_escape(one.title if one else "Storylines"),
                      "text": html_escape(_span_text(one) if one else f"{store.count_stories()} stories")}}
    out.write('{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": [')
    seen: dict[str, int] = {}
    first = True
    for page in chunks(itertools.chain(head, stream)):
        src.load(a for st in page for e in st.timeline for a in e.articles)
        for st in page:
            for entry, old in zip(st.timeline, history_flags(st.timeline, st.first, st.articles), strict=True):
                ev = _tl_event(entry, st, src, old)
                n = seen[ev["unique_id"]] = seen.get(ev["unique_id"], 0) + 1  # TimelineJS needs unique ids
                if n > 1:
                    ev["unique_id"] += f"-{n}"
                out.write(("\n" if first else ",\n") + json.dumps(ev, ensure_ascii=False))
                first = False
    out.write("\n]}\n")


_TIMELINE_FORMATS: dict[str, Callable[[ReadStore, Iterable[Story], TextIO], None]] = {
    "markdown": to_markdown, "csv": to_csv, "timelinejs": to_timelinejs}
