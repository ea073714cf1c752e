"""The quotes page: who said what, by speaker and story; a quote several outlets ran is one row.

Quotes group by their words (case, quote marks and spacing folded), so a
wire quote reprinted by five outlets shows once, with its outlets and the one
that ran it first (earliest publication date, then lowest article id).
Groups come newest first (by when their first copy was published), a page at a
time by cursor (``?after=`` / ``?before=``): the store keeps each group's first
copy in an index, so a page reads its own groups and their articles, not every
quote (``store/quote_pages.py``).  An old numbered link (``?page=``) shows the
first page.  ``?q=`` searches the quotes' words as ``storyline quotes QUERY`` does, ``?kind=`` keeps one
kind as ``storyline quotes --kind`` does.  ``?story=`` of a merged
story goes on (301) to the story that holds its articles, as ``/story/ID`` does.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from storyline.api import BadCursor
from storyline.records import QUOTE_KINDS
from storyline.store import QueryError
from storyline.store.base import as_id
from storyline.store.quote_words import quote_key as quote_key  # the grouping rule, kept where it was
from storyline.web.render import PageError, respond
from storyline.web.views.common import (
    PAGING,
    api,
    cursor_pager,
    cursors,
    entity_moved,
    known,
    moved_to,
    paging,
    quote_rows,
    story_moved_to,
)

WHO = ("speaker", "speaker_id", "speaker_name", "speaker_text", "body", "body_id", "body_name")
"""The fields of a quote row that say who spoke: a group takes them together from the first copy that names one."""


KINDS = (*QUOTE_KINDS, "all")
"""What ``?kind=`` takes, as ``storyline quotes --kind`` does: one kind, or all (scare quotes too); none given, every
kind but scare quotes."""


def group(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quote rows (each with its ``source`` article) merged by :func:`quote_key`, first run first."""
    groups: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r["source"]["published"] or "9999", r["article"])):
        key = quote_key(row["text"])
        g = groups.get(key)
        if g is None:
            groups[key] = {**row, "first": row["source"], "outlets": [_outlet(row)]}
            continue
        g["outlets"].append(_outlet(row))
        if g["speaker"] is None and row["speaker"]:  # the body goes with the speaker it was read beside
            g.update({k: row[k] for k in WHO})
    return list(groups.values())


def _outlet(row: dict[str, Any]) -> dict[str, Any]:
    """An outlet that ran the quote, with where the quote starts in its article (``at``, the page's #at-OFFSET):
    each outlet's copy has its own place, so a link to the later ones opened their article's top."""
    return {**row["source"], "at": row["start"]}


def page(request: Request) -> Response:
    sl = api(request)
    params = request.query_params
    known(params, "q", "speaker", "story", "kind", *PAGING)
    _, limit, _ = paging(params, 50)
    query = (params.get("q") or "").strip() or None
    speaker = (params.get("speaker") or "").strip() or None
    story = (params.get("story") or "").strip() or None
    kind = (params.get("kind") or "").strip() or None
    if kind is not None and kind not in KINDS:
        raise PageError(400, f"kind {kind!r} is not a quote kind; use one of {', '.join(KINDS)} (or leave it out: all"
                        " but scare quotes)")
    speaker_ent = None
    if to_survivor := entity_moved(request, "speaker"):
        return to_survivor
    if speaker:
        speaker_ent = sl.entities(ids=[eid]) if (eid := as_id(speaker)) is not None else [sl.find_entity(speaker)]
        if not speaker_ent or speaker_ent[0] is None:
            raise PageError(404, f"no speaker named like {speaker!r}; try part of a name, e.g. ?speaker=Trump")
    sid = as_id(story) if story else None
    if story:
        if sid is None:
            raise PageError(404, f"no story {story!r} in this store")
        if not sl.stories(with_timeline=False, ids=[sid]):
            now = story_moved_to(sl, sid)  # a merged id: its quotes are the survivor's, as /story/ID does
            if now is None:
                raise PageError(404, f"no story {story!r} in this store")
            return moved_to(request, "story", now)
    who = speaker_ent[0].id if speaker_ent and speaker_ent[0] else None
    after, before = cursors(params)
    try:
        shown = sl.quote_group_page(speaker=who, story=sid, limit=limit, after=after, before=before, query=query,
                                    kinds=None if kind is None else list(QUOTE_KINDS) if kind == "all" else [kind])
    except (BadCursor, QueryError) as exc:
        raise PageError(400, str(exc)) from None
    merged = {quote_key(g["text"]): g for g in group(quote_rows(sl, [x for g in shown.items for x in g]))}
    grouped = [merged[k] for k in (quote_key(g[0][1].text) for g in shown.items if g) if k in merged]
    data = {
        "page": "quotes",
        "filters": {"speaker": {"id": who, "name": speaker_ent[0].name} if speaker_ent and speaker_ent[0] else None,
                    "story": sid, "q": query, "kind": kind},
        "pagination": cursor_pager(request, shown, limit, None),
        "quotes": grouped,
    }
    return respond(request, "quotes.html", data)
