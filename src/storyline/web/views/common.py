"""Small pieces several views share: the open API, paging, and records as page data.

Example::

    >>> paging({"page": "3"}, default=20)
    (3, 20, 40)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from starlette.datastructures import ImmutableMultiDict
from starlette.requests import Request
from starlette.responses import RedirectResponse

from storyline.api import Storyline
from storyline.plain import quote_people
from storyline.records import Article, Quote, Story
from storyline.store.base import as_id
from storyline.store.keyset import Page
from storyline.web.render import PageError, safe_url, wants_json, with_query

MAX_LIMIT = 200


def story_moved_to(sl: Storyline, story_id: int) -> int | None:
    """The story a merged story id's articles now sit in (following every merge), or None if not merged."""
    now = sl.current_id("story", story_id)
    return now if now != story_id else None


def entity_moved(request: Request, param: str) -> RedirectResponse | None:
    """The same page with ``?{param}=`` naming the entity an old id was merged into, as ``/entity/OLD`` and
    ``?story=OLD`` redirect: a saved ``/stories?entity=OLD`` link was a 404 once a later article joined the two
    entities.  None when the parameter names no entity id merged away (the page then reads it as it did)."""
    sl, old = api(request), as_id(request.query_params.get(param) or "")
    if old is None or sl.entity_names([old]):  # a live id, the usual case: one cheap lookup, no counts
        return None
    now, moves = sl.entity_now(old)
    return moved_to(request, param, now.id) if moves and now is not None else None


def page_moved(request: Request, kind: str, now: int) -> RedirectResponse:
    """A permanent redirect from ``/{kind}/OLD`` (or its ``.json`` twin) to the id an old one was merged into,
    the query kept: ``/story/OLD?top=all`` went to ``/story/NEW`` and showed 40 entries, not all."""
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"/{kind}/{now}{'.json' if wants_json(request) else ''}{query}", status_code=301)


def moved_to(request: Request, param: str, now: int) -> RedirectResponse:
    """A permanent redirect to the same page with ``?{param}=`` naming the survivor of a merged id, every other
    filter kept (``/quotes?story=OLD&q=fired`` -> ``/quotes?story=NEW&q=fired``)."""
    moved = request.url.include_query_params(**{param: now})
    return RedirectResponse(f"{moved.path}?{moved.query}", status_code=301)


def api(request: Request) -> Storyline:
    """The store handle lent to this request's page (``web.readers``)."""
    sl: Storyline = request.state.sl
    return sl


def paging(params: Mapping[str, str], default: int) -> tuple[int, int, int]:
    """(page number from 1, page size, offset) from ``?page=`` and ``?limit=``; 400 on nonsense."""
    try:
        number = int(params.get("page", "1"))
        limit = int(params.get("limit", str(default)))
    except ValueError:
        raise PageError(400, "page and limit must be whole numbers, e.g. ?page=2&limit=20") from None
    if number < 1 or not 1 <= limit <= MAX_LIMIT:
        raise PageError(400, f"page must be 1 or more and limit between 1 and {MAX_LIMIT}")
    return number, limit, (number - 1) * limit


def pager(request: Request, number: int, limit: int, total: int | None, more: bool = False) -> dict[str, Any]:
    """Where this page sits in the listing, with links to the pages before and after.  ``total`` None: the
    listing is not counted, and ``more`` says whether a page follows."""
    last = max(1, -(-total // limit)) if total is not None else None
    return {"page": number, "pages": last, "limit": limit, "total": total,
            "prev": with_query(request, page=number - 1 if number > 2 else None) if number > 1 else None,
            "next": with_query(request, page=number + 1) if (number < last if last else more) else None}


PAGING = ("page", "limit", "after", "before")
"""The parameters every listing takes (:func:`paging`, :func:`cursors`)."""


_TRACKING = re.compile(r"utm_\w+$|fbclid$|gclid$|mc_(?:cid|eid)$")


def known(params: Mapping[str, str], *names: str) -> None:
    """400 when the query holds a parameter the page does not take: ``?sort=`` where there is no sort, or a
    typo (``?sinse=1998``), would otherwise list everything as if it had not been asked.

    >>> known({"since": "1998"}, "since", "until")
    >>> known({"sinse": "1998"}, "since", "until")
    Traceback (most recent call last):
    ...
    storyline.web.render.PageError: unknown parameter 'sinse'; this page takes since, until

    The tags that mail clients, link shorteners and social sites append to any link they pass on (``utm_*``,
    ``fbclid``, ``gclid``) are no request of the reader's: a shared link keeps working.

    >>> known({"since": "1998", "utm_source": "newsletter", "fbclid": "x"}, "since")

    A page that takes none (an article, an entity) says so:

    >>> known({"top": "all"})
    Traceback (most recent call last):
    ...
    storyline.web.render.PageError: unknown parameter 'top'; this page takes no parameters

    A parameter given twice (``?top=all&top=3``, ``?q=a&q=b``) had one of its values dropped without a word:

    >>> from starlette.datastructures import QueryParams
    >>> known(QueryParams("q=dam&q=flood"), "q")
    Traceback (most recent call last):
    ...
    storyline.web.render.PageError: q is given 2 times; give it once (q=dam, q=flood)
    """
    takes = ", ".join(names) or "no parameters"
    given = params.multi_items() if isinstance(params, ImmutableMultiDict) else list(params.items())
    for name, _ in given:
        if name not in names and not _TRACKING.match(name):
            raise PageError(400, f"unknown parameter {name[:40]!r}; this page takes {takes}")
    for name in names:
        values = [value for n, value in given if n == name]
        if len(values) > 1:
            shown = ", ".join(f"{name}={value[:40]}" for value in values[:3])
            raise PageError(400, f"{name} is given {len(values)} times; give it once ({shown})")


def cursors(params: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(``?after=``, ``?before=``) cursors of a keyset listing; 400 when both are given, or one beside a page
    number (one of the two would be dropped without a word)."""
    after, before = params.get("after") or None, params.get("before") or None
    if after and before:
        raise PageError(400, "give after or before, not both (they come from the next and previous links)")
    if "page" in params and (after or before):
        raise PageError(400, "give page or a cursor (after, before), not both: the next and previous links give one")
    return after, before


def cursor_pager(request: Request, page: Page[Any], limit: int, total: int | None) -> dict[str, Any]:
    """Next/previous links of a page read by cursor (``?after=`` / ``?before=``; no page number: a cursor
    page knows where it is, not how many rows lie before it; ``total`` None: not counted, since counting
    would read the whole listing).  The JSON twin carries the cursors too."""
    moved = {"page": None, "after": None, "before": None}
    return {"page": None, "pages": None, "limit": limit, "total": total, "after": page.next, "before": page.prev,
            "prev": with_query(request, **{**moved, "before": page.prev}) if page.prev else None,
            "next": with_query(request, **{**moved, "after": page.next}) if page.next else None}


def article_ref(a: Article) -> dict[str, Any]:
    """An article as a reference: what a source line needs."""
    return {"id": a.id, "title": a.title, "source": a.source, "published": a.published, "url": safe_url(a.url)}


def story_row(s: Story, names: dict[int, str]) -> dict[str, Any]:
    """A story as a listing row: counts, date range and its most named entities (from its stored timeline)."""
    counts: dict[int, int] = {}
    for entry in s.timeline:
        for e in entry.entities:
            counts[e] = counts.get(e, 0) + 1
    top = sorted(counts, key=lambda e: (-counts[e], e))[:5]
    return {"id": s.id, "title": s.title or f"Story {s.id}", "articles": s.articles, "events": len(s.events),
            "first": s.first, "last": s.last, "timeline_entries": len(s.timeline),
            "top_entities": [{"id": e, "name": names.get(e, f"entity {e}")} for e in top if e in names]}


def quote_row(article_id: int, q: Quote, names: Mapping[int, str]) -> dict[str, Any]:
    """A quote as a row: ``speaker`` the speaker's name (the words written when no entity is named),
    ``body``/``body_id`` the body an unnamed speaker speaks for ("Pentagon officials"); with them the fields the
    CLI's JSON gives too (``speaker_name``, ``speaker_text``, ``body_name``: ``plain.quote_people``, which takes
    every name from ``names``, the entities' canonical names, so no page shows its own spelling)."""
    people = quote_people(q, names)
    return {"article": article_id, "text": q.text, "kind": q.kind,
            "speaker": people["speaker_name"] if q.speaker is not None else q.speaker_text,
            "body": people["body_name"], **people, "cue": q.cue,
            "partial": q.partial, "confidence": round(q.confidence, 3), "start": q.start, "end": q.end}


def quote_rows(sl: Storyline, found: list[tuple[int, Quote]]) -> list[dict[str, Any]]:
    """(article id, quote) pairs as rows with the speaker's name and the article as ``source``."""
    arts = {a.id: a for a in sl.articles(ids=sorted({aid for aid, _ in found}))} if found else {}
    names = entity_names(sl, [e for _, q in found for e in (q.speaker, q.body) if e is not None])
    return [{**quote_row(aid, q, names), "source": article_ref(arts[aid])} for aid, q in found if aid in arts]


def entity_names(sl: Storyline, ids: list[int]) -> dict[int, str]:
    """Canonical names of entities by id (one query)."""
    return sl.entity_names(sorted(set(ids)))
