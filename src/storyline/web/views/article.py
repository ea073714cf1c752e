"""The article page: clean text with entities, dates and quotes marked; what cleaning removed; copies; metadata.

The JSON twin carries the annotations as character spans over ``text``; the
HTML page cuts the text at their boundaries (``web.marks``) and marks each
piece: a name links to its entity, a date shows its resolved TIMEX3 value on
hover and keyboard focus, a quote names its speaker.  Every sentence and quote
start has an anchor, ``#at-OFFSET``, so the story page's evidence and the
quotes' sources link to the sentence itself, not the top of a long article.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from storyline.ingest.published import date_from, not_taken
from storyline.plain import quote_people
from storyline.web.marks import pieces, with_marks
from storyline.web.render import PageError, page_key, respond, safe_url
from storyline.web.views.common import api, article_ref, entity_names, known


def page(request: Request) -> Response:
    sl = api(request)
    aid = page_key(request)
    known(request.query_params)  # ?top=all copied from a story page would show the page as if it took it
    art = sl.article(aid)
    if art is None:
        raise PageError(404, f"no article {aid} in this store: search for it on the stories page")
    ann = sl.annotation(aid)
    names = entity_names(sl, [e for q in ann.quotes for e in (q.speaker, q.body) if e is not None])
    copy_ids = sl.copies(aid)
    related = sl.articles(ids=[*copy_ids, *([art.duplicate_of] if art.duplicate_of else [])])
    by_id = {a.id: a for a in related}
    stories = sl.stories_holding([art])[aid]
    mentions = [{"start": m.start, "end": m.end, "text": m.text, "type": m.type, "entity": m.entity}
                for m in ann.mentions]
    timexes = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
                "anchored": t.anchored} for t in ann.timexes]
    quotes = [{"start": q.start, "end": q.end, "text": q.text,
               "speaker": names.get(q.speaker, q.speaker_text) if q.speaker else q.speaker_text, "cue": q.cue,
               "body": names.get(q.body) if q.body else None, "kind": q.kind,
               **quote_people(q, names)}
              for q in ann.quotes]
    data = {
        "page": "article",
        "article": {"id": art.id, "external_id": art.external_id, "title": art.title, "source": art.source,
                    "url": art.url, "link": safe_url(art.url), "published": art.published,
                    "published_from": art.published_from, "dateline": art.dateline,
                    "description": art.description, "format": art.format, "metadata": art.metadata,
                    "language": art.metadata.get("language"), "annotation_skipped": ann.skipped},
        "text": art.text,
        "mentions": mentions,
        "timexes": timexes,
        "quotes": quotes,
        "removed": [{"text": r.text, "reason": r.reason} for r in art.removed],
        "duplicate_of": article_ref(by_id[art.duplicate_of]) if art.duplicate_of in by_id else None,
        "copies": [article_ref(by_id[c]) for c in copy_ids if c in by_id],
        "stories": [{"id": s, "title": title} for s, title in stories],
    }
    inline = [(m.start, m.end, "mention", i) for i, m in enumerate(ann.mentions)]
    inline += [(t.start, t.end, "timex", i) for i, t in enumerate(ann.timexes)]
    # where a link to a sentence (a timeline entry's evidence) or a quote (the quotes page) lands: #at-OFFSET;
    # the annotation loaded above holds the sentences (reading them again also read every timex of the article)
    anchors = [s.start for s in ann.sentences] + [q.start for q in ann.quotes]
    marked = pieces(art.text, inline, [with_marks(art.text, q.start, q.end) for q in ann.quotes], anchors)
    view: dict[str, Any] = {"pieces": marked, "date_from": date_from(art.published_from, art.metadata),
                            "not_taken": not_taken(art.metadata)}
    return respond(request, "article.html", data, view=view)
