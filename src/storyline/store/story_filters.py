"""Narrowing a story listing to an entity or a source without reading every story that matches.

The stories an entity is named in were found by reading every article that
names it, then every story of those articles, then sorting them in Python:
for the most named entity of a 50,000-article store that is 12,000 articles
and 7,500 stories for a page of 20.  A frequent filter is better said as a
condition on the listing's own index walk (``stories_recent``/``stories_size``):
``EXISTS`` one of the story's articles names the entity, probed through
``events_story``, ``event_articles`` and ``mentions_article`` for each story
walked.  The walk stops when the page is full, so it visits about
``limit x stories / matching stories`` stories.  A rare filter would make that
walk long, so it keeps the old way, whose cost is then small: a bounded probe
(``SPARSE_MATCHES`` rows of an index) tells which case a filter is.  The
conditions say ``entity_id + 0`` and ``source || ''`` so that SQLite probes
from the story's side (its events, their articles) and never walks the
entity's or source's whole index for each story, and ``LIMIT 1 OFFSET 0``
so that PostgreSQL keeps the ``EXISTS`` a probe per story walked (a subquery
with an OFFSET is not turned into a join, which would read every match and sort).

Example::

    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> narrowing(store.db, entity=3, source=None, stories_of=store.stories_of_articles)
    Narrowing(ids=[], where=[], args=[])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

SPARSE_MATCHES = 2000
"""A filter matching at most this many index rows (mentions of the entity, articles of the source) reads its
stories; one matching more is checked per story on the listing's index walk."""

_ENTITY = ("EXISTS (SELECT 1 FROM events fe JOIN event_articles fa ON fa.event_id = fe.id"
           " JOIN mentions fm ON fm.article_id = fa.article_id WHERE fe.story_id = s.id AND fm.entity_id + 0 = ?"
           " LIMIT 1 OFFSET 0)")
_SOURCE = ("EXISTS (SELECT 1 FROM events fe JOIN event_articles fa ON fa.event_id = fe.id"
           " JOIN articles fs ON fs.id = fa.article_id WHERE fe.story_id = s.id AND fs.source || '' = ?"
           " LIMIT 1 OFFSET 0)")


@dataclass
class Narrowing:
    """How a listing is narrowed: to ``ids`` (None: no id list) and by the ``where`` conditions."""

    ids: list[int] | None = None
    where: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)


def narrowing(db: Any, entity: int | None, source: str | None,
              stories_of: Callable[[list[int]], list[int]]) -> Narrowing:
    """The entity and source filters of a story listing, each as read ids (rare) or a condition (frequent);
    ``stories_of`` maps article ids to the ids of their stories (the store's ``stories_of_articles``)."""
    out = Narrowing()
    for value, rows_sql, cond in ((entity, "SELECT article_id FROM mentions WHERE entity_id = ?", _ENTITY),
                                  (source, "SELECT id FROM articles WHERE source = ?", _SOURCE)):
        if value is None or value == "":
            continue
        found = [int(r[0]) for r in db.execute(f"{rows_sql} LIMIT ?", (value, SPARSE_MATCHES + 1))]
        if len(found) > SPARSE_MATCHES:
            out.where.append(cond)
            out.args.append(value)
            continue
        keep = stories_of(sorted(set(found)))
        out.ids = keep if out.ids is None else sorted(set(out.ids) & set(keep))
    return out

