"""The entity page: its names, mentions per month as a bar chart, its stories, quotes by it and about it."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from storyline.web.render import PageError, page_key, respond
from storyline.web.views.common import api, known, page_moved, quote_rows, story_row

CHART_H, BAR_MIN = 120, 4


def month_series(counts: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Mentions per month from the first to the last month, quiet months included as zero.

    >>> [m["month"] for m in month_series([("2018-11", 2), ("2019-01", 1)])]
    ['2018-11', '2018-12', '2019-01']
    """
    have = dict(counts)
    if not have:
        return []
    out = []
    y, m = int(counts[0][0][:4]), int(counts[0][0][5:7])
    end = (int(counts[-1][0][:4]), int(counts[-1][0][5:7]))
    while (y, m) <= end:
        key = f"{y:04d}-{m:02d}"
        out.append({"month": key, "mentions": have.get(key, 0)})
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def chart(series: list[dict[str, Any]]) -> dict[str, Any]:
    """Bar geometry for the months (layout only: the JSON twin carries the series itself)."""
    top = max([s["mentions"] for s in series] or [1]) or 1
    bar = max(BAR_MIN, min(48, 760 // max(1, len(series))))
    every = -(-64 // bar)  # a label needs ~64 px
    bars = []
    for i, s in enumerate(series):
        h = round(s["mentions"] / top * CHART_H, 1)
        bars.append({**s, "x": 40 + i * bar, "w": bar - 1, "y": 10 + CHART_H - h, "h": h,
                     "label": s["month"] if i % every == 0 else None})
    return {"width": 60 + len(series) * bar, "height": CHART_H + 44, "bars": bars, "top": top, "base": 10 + CHART_H}


def page(request: Request) -> Response:
    sl = api(request)
    eid = page_key(request)
    known(request.query_params)  # ?top=all copied from a story page would show the page as if it took it
    ent, moves = sl.entity_now(eid)
    if ent is None:
        raise PageError(404, f"no entity {eid} in this store: search for a name on the stories page")
    if moves:  # merged into another: its page now
        return page_moved(request, "entity", ent.id)
    series = month_series(sl.entity_months(eid))
    stories = sl.story_page(order="recent", limit=100, entity=eid).items  # an index walk, not all its stories
    data = {
        "page": "entity",
        "entity": {"id": ent.id, "name": ent.name, "type": ent.type, "aliases": ent.aliases,
                   "articles": ent.articles, "mentions": ent.mentions, "first": ent.first, "last": ent.last},
        "months": series,
        "stories": [story_row(s, {}) for s in stories],
        "quotes_by": quote_rows(sl, sl.quotes_by(eid, limit=100)),
        "quotes_for": quote_rows(sl, sl.quotes_for(eid, limit=100)),  # its officials, spokesmen, lawyers
        "quotes_about": quote_rows(sl, sl.quotes_about(eid, limit=100)),
    }
    return respond(request, "entity.html", data, view={"chart": chart(series)})
