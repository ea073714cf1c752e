"""The entities page: who and what the store names, most written about first, by name part and type.

The analyst's way in to "who is who" when no story is at hand: every person, organisation and place with
its other names, how many articles name it and when.  Ranked by the store from its (entity, article)
index, a page at a time; later pages skip ranked rows (``?page=``), which costs what the first page does.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from storyline.records import ENTITY_TYPES
from storyline.web.render import PageError, respond, with_query
from storyline.web.views.common import api, known, pager, paging

ALIASES_SHOWN = 4


def page(request: Request) -> Response:
    sl = api(request)
    params = request.query_params
    known(params, "q", "type", "page", "limit")
    number, limit, offset = paging(params, 50)
    name = (params.get("q") or "").strip() or None
    kind = (params.get("type") or "").strip().upper() or None
    if kind and kind not in ENTITY_TYPES:
        raise PageError(400, f"type {kind!r} is not an entity type; use one of {', '.join(ENTITY_TYPES)}")
    rows = sl.entities(name=name, type=kind, limit=limit + 1, offset=offset)  # one more: is there a next page
    more, rows = len(rows) > limit, rows[:limit]
    data = {
        "page": "entities",
        "filters": {"q": name, "type": kind},
        "pagination": pager(request, number, limit, None, more),
        "entities": [{"id": e.id, "name": e.name, "type": e.type,
                      "aliases": [a for a in e.aliases if a != e.name][:ALIASES_SHOWN],
                      "articles": e.articles, "mentions": e.mentions, "first": e.first, "last": e.last}
                     for e in rows],
    }
    first = with_query(request, page=None)  # where a page past the end sends the reader
    return respond(request, "entities.html", data, view={"types": ENTITY_TYPES, "first": first})
