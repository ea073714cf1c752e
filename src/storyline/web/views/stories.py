"""The stories page: newest-active first, filtered by dates, entity and source, with full-text search.

``?q=`` searches article titles and texts (SQLite FTS5 syntax) and shows
snippets, the best 20 matches (``?hits=`` up to 200; the page says when more match and links to more);
a query FTS5 cannot parse answers 400 with the reason, not a 500.
``?entity=`` takes an entity id or a name, ``?since=``/``?until=`` ISO date
prefixes (``1998``, ``1998-02``, ``1998-02-03``), ``?source=`` an outlet, ``?sort=`` the order
(``recent``, the default: latest article first; ``largest``; ``id``: as ``storyline stories --sort``).
Any other parameter, or a value none of these take, is a 400 that says what the page takes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from storyline.api import STORY_ORDERS, BadCursor, Storyline
from storyline.records import Entity
from storyline.store import StoreError
from storyline.store.base import as_id, ends_before_start
from storyline.store.snippet import parts as snippet_parts_of
from storyline.timeline.dates import is_date_prefix
from storyline.web.render import PageError, respond, with_query
from storyline.web.views.common import (
    MAX_LIMIT,
    PAGING,
    api,
    cursor_pager,
    cursors,
    entity_moved,
    entity_names,
    known,
    pager,
    paging,
    story_row,
)

PARAMS = ("q", "hits", "since", "until", "entity", "source", "sort", *PAGING)
SORTS = {"recent": "most recently active first", "largest": "most articles first", "id": "in the order found"}
"""The orders the page lists stories in, with the words its caption says them in (``STORY_ORDERS``'s names)."""
assert set(SORTS) == set(STORY_ORDERS)

def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """A search snippet (:mod:`~storyline.store.snippet`) as text parts, the matched ones flagged; a bracket
    in the article stays text.

    >>> from storyline.store.snippet import HIT_CLOSE, HIT_OPEN
    >>> snippet_parts(f"the {HIT_OPEN}dam{HIT_CLOSE} [sic] opened")
    [{'text': 'the ', 'hit': False}, {'text': 'dam', 'hit': True}, {'text': ' [sic] opened', 'hit': False}]
    """
    return [{"text": text, "hit": hit} for text, hit in snippet_parts_of(snippet)]


def _date(params: Any, name: str) -> str | None:
    value = (params.get(name) or "").strip()
    if value and not is_date_prefix(value):
        raise PageError(400, f"{name} must be a date such as 1998, 1998-02 or 1998-02-03, not {value!r}")
    return value or None


def _entity(sl: Storyline, wanted: str) -> Entity:
    """The entity ``?entity=`` names (an id or a name); 404 when none.  By id only its name is read: the
    counts ``entities()`` adds cost as much as the entity is named, and the listing shows none of them."""
    if (eid := as_id(wanted)) is not None:
        name = sl.entity_names([eid]).get(eid)
        found = Entity(id=eid, name=name, type="") if name is not None else None
    else:
        found = sl.find_entity(wanted)
    if found is None:
        raise PageError(404, f"no entity {wanted!r}; try part of a name, e.g. ?entity=Kim")
    return found


def _hits(params: Mapping[str, str]) -> int:
    """How many search matches ``?hits=`` asks for (20 unless told; at most ``MAX_LIMIT``); 400 on nonsense."""
    wanted = as_id(params.get("hits") or "20")  # ASCII digits only: "²" passes isdigit() and fails int()
    if wanted is None or not 1 <= wanted <= MAX_LIMIT:
        raise PageError(400, f"hits must be a whole number from 1 to {MAX_LIMIT}, e.g. ?q=letter&hits=40")
    return wanted


def _search(sl: Storyline, query: str, wanted: int = 20) -> tuple[int, dict[str, Any]]:
    """(status, search results with snippets); a query FTS5 cannot read is a 400 with the reason.

    One match more than ``wanted`` is read, so the page can say more match (``more``) and offer the next ones:
    a query that finds hundreds of articles showed its best 20 as if they were all."""
    try:
        hits = sl.search(query, limit=wanted + 1)
    except StoreError as exc:
        return 400, {"query": query, "error": str(exc), "results": [], "more": False}
    more, hits = len(hits) > wanted, hits[:wanted]
    held = sl.stories_holding([a for a, _, _ in hits])  # where each hit is followed, as the article page says
    return 200, {"query": query, "error": None,
                 "results": [{"article": a.id, "title": a.title, "source": a.source, "published": a.published,
                              "snippet": snippet_parts(snip),
                              "stories": [{"id": s, "title": t} for s, t in held.get(a.id or 0, [])]}
                             for a, snip, _ in hits],
                 "more": more}


def page(request: Request) -> Response:
    sl = api(request)
    params = request.query_params
    known(params, *PARAMS)
    number, limit, offset = paging(params, 20)
    sort = (params.get("sort") or "").strip() or "recent"
    if sort not in SORTS:
        raise PageError(400, f"sort {sort[:40]!r} is not an order of this list; use one of {', '.join(SORTS)}")
    since, until = _date(params, "since"), _date(params, "until")
    if ends_before_start(since, until):
        raise PageError(400, f"until {until} is before since {since}: no date is in both; swap them?")
    after, before = cursors(params)
    source = (params.get("source") or "").strip() or None
    query = (params.get("q") or "").strip()
    if to_survivor := entity_moved(request, "entity"):
        return to_survivor
    wanted = (params.get("entity") or "").strip()
    entity = _entity(sl, wanted) if wanted else None
    entity_id = entity.id if entity else None
    total: int | None
    if "page" in params:  # an old numbered link: still served, by offset
        rows, total = sl.story_listing(since=since, until=until, entity=entity_id, source=source, limit=limit,
                                       offset=offset, order=sort)
        pagination = pager(request, number, limit, total)
    else:  # next/previous by cursor: a deep page costs what the first does
        try:
            shown, total = sl.story_listing_page(since=since, until=until, entity=entity_id, source=source,
                                                 limit=limit, after=after, before=before, order=sort)
        except BadCursor as exc:
            raise PageError(400, str(exc)) from None
        rows, pagination = shown.items, cursor_pager(request, shown, limit, total)
    names = entity_names(sl, [e for s in rows for t in s.timeline for e in t.entities])
    status, search = 200, None
    if query:
        status, search = _search(sl, query, hits := _hits(params))
        if search["more"] and hits < MAX_LIMIT:
            search["next"] = with_query(request, hits=min(MAX_LIMIT, 2 * hits))
    data = {
        "page": "stories",
        "filters": {"since": since, "until": until, "source": source, "q": query or None, "sort": sort,
                    "entity": {"id": entity.id, "name": entity.name} if entity else None},
        "pagination": pagination,
        "stories": [story_row(s, names) for s in rows],
        "search": search,
    }
    first = with_query(request, page=None)  # where a page past the end sends the reader
    return respond(request, "stories.html", data, status=status, view={"sorts": SORTS, "first": first})
