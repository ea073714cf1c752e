"""The quotes page: who said what, by speaker and story; a quote several outlets ran is one row.

Quotes group by their words (case, quote marks and spacing folded), so a
wire quote reprinted by five outlets shows once, with its outlets and the one
that ran it first (earliest publication date, then lowest article id).
Groups come newest first (by when their first copy was published); only the articles
of the groups on the page are read.
"""

from __future__ import annotations

import string
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from storyline.records import Quote
from storyline.web.render import PageError, respond
from storyline.web.views.common import api, pager, paging, quote_rows

RAW_LIMIT = 1_000_000  # every quote is grouped, so a group's outlets are all there, whatever the page
_PUNCT = str.maketrans({c: " " for c in string.punctuation + "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb"})


def quote_key(text: str) -> str:
    """The words of a quote, folded: what two outlets' copies of one quote share.

    >>> quote_key("\u201cWe will  meet,\u201d") == quote_key('"we will meet"')
    True
    """
    return " ".join(text.casefold().translate(_PUNCT).split())


def group(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quote rows (each with its ``source`` article) merged by :func:`quote_key`, first run first."""
    groups: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r["source"]["published"] or "9999", r["article"])):
        key = quote_key(row["text"])
        g = groups.get(key)
        if g is None:
            groups[key] = {**row, "first": row["source"], "outlets": [row["source"]]}
            continue
        g["outlets"].append(row["source"])
        if g["speaker"] is None and row["speaker"]:
            g["speaker"], g["speaker_id"] = row["speaker"], row["speaker_id"]
    return list(groups.values())


async def page(request: Request) -> Response:
    sl = api(request)
    params = request.query_params
    number, limit, offset = paging(params, 50)
    speaker = (params.get("speaker") or "").strip() or None
    story = (params.get("story") or "").strip() or None
    speaker_ent = None
    if speaker:
        speaker_ent = speaker and (sl.entities(ids=[int(speaker)]) if speaker.isdigit() else [sl.find_entity(speaker)])
        if not speaker_ent or speaker_ent[0] is None:
            raise PageError(404, f"no speaker named like {speaker!r}; try part of a name, e.g. ?speaker=Trump")
    sid = None
    if story:
        if not story.isdigit() or not sl.stories(with_timeline=False, ids=[int(story)]):
            raise PageError(404, f"no story {story!r} in this store")
        sid = int(story)
    who = speaker_ent[0].id if speaker_ent and speaker_ent[0] else None
    if sid is not None:
        found = sl.story_quotes(sid, speaker=who, limit=RAW_LIMIT)
    elif who is not None:
        found = sl.quotes_by(who, limit=RAW_LIMIT)
    else:
        found = sl.quotes(limit=RAW_LIMIT)
    # group by words first, then read the articles of the page's groups only (not of every quote)
    keyed: dict[str, list[tuple[int, Quote]]] = {}
    for aid, q in found:
        keyed.setdefault(quote_key(q.text), []).append((aid, q))
    shown = list(reversed(keyed.values()))[offset : offset + limit]  # newest first
    grouped = sorted(group(quote_rows(sl, [x for g in shown for x in g])),
                     key=lambda g: (g["first"]["published"] or "", g["first"]["id"]), reverse=True)
    data = {
        "page": "quotes",
        "filters": {"speaker": {"id": who, "name": speaker_ent[0].name} if speaker_ent and speaker_ent[0] else None,
                    "story": sid},
        "pagination": pager(request, number, limit, len(keyed)),
        "quotes": grouped,
    }
    return respond(request, "quotes.html", data)
