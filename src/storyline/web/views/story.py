"""The story page: a timeline on a time axis, each entry opening onto its evidence; events, entities, quotes.

An entry's evidence is the sentence that supports it, with the supporting
span and the date expression highlighted, the article, outlet and
publication date, and how the date was resolved ("Tuesday" + published
2019-06-11 -> 2019-06-11).  Everything is read from the stored timeline and
annotations; nothing is recomputed.  A story id that linking merged into
another is redirected there (:func:`~storyline.web.views.common.story_moved_to`); a story that had parts
split off names them.
"""

from __future__ import annotations

import bisect
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from storyline.api import Storyline
from storyline.plain import day_of, merged_row
from storyline.records import Article, Evidence, Story, TimelineEntry, Timex
from storyline.store.base import as_id
from storyline.timeline.dates import span, timeline_date, within
from storyline.timeline.merge import history_flags
from storyline.web.axis import layout, precision
from storyline.web.render import PageError, date_label, page_key, respond
from storyline.web.views.common import api, article_ref, known, page_moved, quote_row, story_moved_to

TOP = 40  # entries shown unless ?top=N or ?top=all asks otherwise
KEY_DATES = 8  # days in the key-dates list above the timeline, as ``storyline timeline --top 8`` shows them
KINDS = {"PERSON": "people", "ORG": "organisations", "NORP": "organisations", "GPE": "places", "LOC": "places",
         "FAC": "places"}


class Reader:
    """The articles of one page, and the sentences and timexes of those that give evidence, each read once."""

    def __init__(self, sl: Storyline, ids: list[int], evidence: list[int]) -> None:
        self.articles = {a.id: a for a in sl.articles(ids=sorted(set(ids)))} if ids else {}
        self.context = sl.sentences_timexes(sorted(set(evidence)))


def _timex_for(entry: TimelineEntry, timexes: list[Timex], start: int, end: int) -> Timex | None:
    """The date expression in [start, end) that dates the entry: its own date first, else one within it."""
    inside = [t for t in timexes if t.start < end and t.end > start]
    dated = [(t, timeline_date(t.type, t.value, t.anchored)) for t in inside]
    exact = [t for t, d in dated if d == entry.date]
    near = [t for t, d in dated if d and (within(d, entry.date) or within(entry.date, d))]
    return (exact or near or [None])[0]  # type: ignore[list-item]


def resolution(timex: Timex | None, art: Article, date: str) -> dict[str, Any] | None:
    """How the entry's date was read: the expression, the publication date it leans on (if relative), the value."""
    published = day_of(art.published) or None
    if timex is None:
        return {"expression": None, "anchor": published, "value": date, "date": date} if published == date else None
    relative = timex.value[:4] not in timex.text
    return {"expression": timex.text, "anchor": published if relative else None, "value": timex.value,
            "date": timeline_date(timex.type, timex.value, timex.anchored) or timex.value}


def sentence_parts(text: str, evidence: tuple[int, int], timex: tuple[int, int] | None) -> list[dict[str, Any]]:
    """A sentence cut where the evidence span and the date expression begin and end, each part flagged.

    >>> [(p["text"], p["evidence"], p["timex"]) for p in sentence_parts("He met Kim on Monday.", (3, 20), (11, 20))]
    [('He ', False, False), ('met Kim ', True, False), ('on Monday', True, True), ('.', False, False)]
    """
    spans = [evidence, *([timex] if timex else [])]
    cuts = sorted({0, len(text), *(max(0, min(len(text), x)) for span in spans for x in span)})
    t0, t1 = timex or (-1, -1)
    return [{"text": text[x:y], "evidence": evidence[0] <= x < evidence[1], "timex": t0 <= x < t1}
            for x, y in zip(cuts, cuts[1:], strict=False) if x < y]


def evidence_row(entry: TimelineEntry, ev: Evidence, reader: Reader) -> dict[str, Any] | None:
    art = reader.articles.get(ev.article)
    if art is None:
        return None
    sents, timexes = reader.context.get(ev.article, ([], []))  # in text order
    i = max(0, bisect.bisect_right([s.start for s in sents], ev.start) - 1)
    around = [s for s in sents[i : i + 8] if s.start < ev.end and s.end > ev.start]
    a = min([ev.start, *(s.start for s in around)])
    b = max([ev.end, *(s.end for s in around)])
    timex = _timex_for(entry, timexes, ev.start, ev.end)
    parts = sentence_parts(art.text[a:b].rstrip(), (ev.start - a, ev.end - a),
                           (timex.start - a, timex.end - a) if timex else None)
    return {**article_ref(art), "article": art.id, "start": ev.start, "end": ev.end, "sentence": parts,
            "at": a, "resolution": resolution(timex, art, entry.date), "also": []}


def entry_row(index: int, entry: TimelineEntry, reader: Reader) -> dict[str, Any]:
    first, last = span(entry.date)
    evidence: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for ev in entry.evidence:  # a sentence several outlets ran word for word is shown once, with each of them
        row = evidence_row(entry, ev, reader)
        if row is None:
            continue
        said = "".join(p["text"] for p in row["sentence"])
        if said in seen:
            seen[said]["also"].append({**article_ref(reader.articles[ev.article]), "at": row["at"]})  # its place
        else:
            seen[said] = row
            evidence.append(row)
    return {"index": index, "date": entry.date, "label": date_label(entry.date), "precision": precision(entry.date),
            "first": first.isoformat(),
            "last": last.isoformat(), "text": entry.text, "salience": round(entry.salience, 4), "status": entry.status,
            "sources": [article_ref(reader.articles[a]) for a in entry.articles if a in reader.articles],
            "evidence": evidence}


def salient(timeline: list[TimelineEntry], top: str) -> list[int]:
    """Indexes of the entries to show, in display order: the ``top`` most salient, or all (``top=all``).

    A story of hundreds of entries, each with its evidence, is a page nobody
    reads and a slow one to send; the page shows the most salient entries
    and links to all of them (ranked by salience alone: ``storyline timeline
    --top`` picks its days first, :func:`storyline.timeline.top.top_entries`).

    >>> from storyline.records import TimelineEntry
    >>> salient([TimelineEntry("2019", "a", salience=0.1), TimelineEntry("2020", "b", salience=0.9)], "1")
    [1]
    """
    if top == "all":
        return list(range(len(timeline)))
    wanted = as_id(top)  # ASCII digits only: "²" passes isdigit() and fails int()
    if wanted is None or wanted < 1:
        raise PageError(400, f"top must be a whole number of entries or 'all', not {top!r}")
    keep = sorted(range(len(timeline)), key=lambda i: (-timeline[i].salience, i))[:wanted]
    return sorted(keep)


def key_dates(sl: Storyline, story: Story, history: list[bool], shown: list[int],
              published: dict[int, str | None]) -> list[dict[str, Any]]:
    """The story's key dates: its ``storyline timeline --top`` view (:func:`storyline.timeline.story_top`,
    through the API: the days its articles report and later look back to, one happening each, among the entries
    that are not history).  Empty when there are no more such entries than key dates (``history``: per entry,
    whether the page folds it away): the page shows every one of them anyway.  ``published``: the publication
    dates of the articles the page read already (the view would otherwise read every article again)."""
    own = [i for i, old in enumerate(history) if not old]
    if len(own) <= KEY_DATES:
        return []
    at = {id(story.timeline[i]): i for i in own}
    visible = set(shown)
    return [{"index": at[id(e)], "date": e.date, "label": date_label(e.date), "precision": precision(e.date),
             "text": e.text, "status": e.status, "shown": at[id(e)] in visible}
            for e in sl.story_top(story, KEY_DATES, published)]


def page(request: Request) -> Response:
    sl = api(request)
    sid = page_key(request)
    known(request.query_params, "top")
    ov = sl.story(sid)
    if ov is None:
        moved = story_moved_to(sl, sid)
        if moved is not None:
            return page_moved(request, "story", moved)
        raise PageError(404, f"no story {sid} in this store; see the list of stories")
    st = ov.story
    shown = salient(st.timeline, request.query_params.get("top", str(TOP)))
    evidence = [v.article for i in shown for v in st.timeline[i].evidence]
    reader = Reader(sl, [a for e in ov.events for a in e.articles] + evidence, evidence)
    history = history_flags(st.timeline, st.first, st.articles)
    entries = [{**entry_row(i, st.timeline[i], reader), "history": history[i]} for i in shown]
    people: dict[str, list[dict[str, Any]]] = {}
    for n in ov.entities:
        people.setdefault(KINDS.get(n.type, "other"), []).append(
            {"id": n.entity, "name": n.name, "type": n.type, "articles": n.articles, "mentions": n.mentions})
    data = {
        "page": "story",
        "story": {"id": st.id, "title": st.title or f"Story {st.id}", "articles": st.articles, "first": st.first,
                  "last": st.last, "events": len(ov.events), "timeline_entries": len(st.timeline),
                  "split_into": [r.new_id for r in sl.lineage("story", sid) if r.relation == "split_from"],
                  "merged_here": [merged_row(r) for r in sl.merged_here("story", sid)],
                  "timeline_note": sl.timeline_note(st.id, not st.timeline)},
        "timeline": entries,
        "key_dates": key_dates(sl, st, history, shown,
                               {a: art.published for a, art in reader.articles.items() if a is not None}),
        "events": [{"id": e.id, "title": e.title, "first": e.first, "last": e.last,
                    "articles": [article_ref(reader.articles[a]) for a in e.articles if a in reader.articles]}
                   for e in ov.events],
        "entities": people,
        "quotes": [{**quote_row(aid, q, ov.names), "source": article_ref(reader.articles[aid])}
                   for aid, q in ov.quotes if aid in reader.articles],
    }
    return respond(request, "story.html", data,
                   view={"axis": layout([e["date"] for e in entries if not e["history"]])})
