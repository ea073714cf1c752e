"""What ``storyline story ID`` and ``storyline timeline --entity NAME`` show, computed once for CLI and web.

A story's overview gathers its events, the entities its articles name most
(by number of articles, then mentions) and its quotes: attributed whole
quotes first, most confident first.  Entity lookup by name prefers an exact name or alias, then the most
mentioned entity whose alias contains the name.

Example::

    >>> from storyline.store import SqliteStore
    >>> story_overview(SqliteStore(":memory:"), 1) is None
    True
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from storyline.records import Chain, Entity, Event, Quote, Story
from storyline.store.protocol import ReadStore


@dataclass
class NamedCount:
    """An entity of a story with how many of its articles name it, and how often."""

    entity: int
    name: str
    type: str
    articles: int
    mentions: int


@dataclass
class StoryOverview:
    story: Story
    events: list[Event] = field(default_factory=list)
    entities: list[NamedCount] = field(default_factory=list)
    quotes: list[tuple[int, Quote]] = field(default_factory=list)  # (article id, quote)
    names: dict[int, str] = field(default_factory=dict)
    """The canonical names of the quotes' speakers and bodies, by entity id: what every output names them by
    (``plain.quote_people``, which each output calls with its own fallbacks), so a caller asks the store for none
    of them again."""


def _names(chains: list[Chain]) -> dict[int, tuple[str, str]]:
    """Store entity id -> (most used chain name, type) across the given chains."""
    seen: dict[int, Counter[tuple[str, str]]] = {}
    for ch in chains:
        if ch.entity is not None:
            seen.setdefault(ch.entity, Counter())[(ch.name, ch.type)] += max(1, len(ch.mentions))
    return {e: c.most_common(1)[0][0] for e, c in seen.items()}


def story_overview(store: ReadStore, story_id: int, top: int = 10) -> StoryOverview | None:
    """Events, top entities and top quotes of one story; None when there is no such story.

    Counts come from the store's aggregates, the entities' names from the
    articles' chains and the top quotes' speakers by their entities' names
    (one query), so no article's whole annotation is read: a story of a
    hundred articles costs a few queries, not a hundred annotations.
    """
    story = store.story(story_id)
    if story is None:
        return None
    events = store.events(story=story_id)
    ids = sorted({a for e in events for a in e.articles})
    names = _names(store.chains_of(ids))
    counts = store.entity_counts(ids)  # (entity, articles naming it, mentions)
    ranked = sorted(counts, key=lambda c: (-c[1], -c[2], c[0]))[:top]
    entities = [NamedCount(e, *names.get(e, (f"entity {e}", "")), arts, ments) for e, arts, ments in ranked]
    said = store.quotes(articles=ids, limit=1_000_000, kinds=("direct", "mixed"))  # quoted words only
    said.sort(key=lambda x: (x[1].speaker is None, x[1].partial, -x[1].confidence, x[0], x[1].start))
    said = said[:top]
    # by the entities' names, as every output names a speaker (not the chain's spelling in one article: "US" where
    # the entity is "United States")
    quoted = store.entity_names(sorted({e for _, q in said for e in (q.speaker, q.body) if e is not None}))
    return StoryOverview(story=story, events=events, entities=entities, quotes=said, names=quoted)


def entity_candidates(store: ReadStore, name: str) -> list[Entity]:
    """The entities ``name`` may mean, most mentioned first: those with it as their whole name or an alias
    (case-insensitive), else those with it as a part of one.  One query: the part-matches hold the whole ones.

    >>> from storyline.store import SqliteStore
    >>> entity_candidates(SqliteStore(":memory:"), "Trump")
    []

    A blank name means no entity (every name holds the empty string, many a space: "which of all of them" is
    no answer to a name never given):

    >>> entity_candidates(SqliteStore(":memory:"), "  ")
    []
    """
    name = name.strip()
    if not name:
        return []
    cands = store.entities(name=name)
    want = name.casefold()
    exact = [e for e in cands if want in {a.casefold() for a in [e.name, *e.aliases]}]
    return exact or cands


def find_entity(store: ReadStore, name: str) -> Entity | None:
    """The entity a user means by ``name``: exact name or alias first (case-insensitive), else the most mentioned.

    >>> from storyline.store import SqliteStore
    >>> find_entity(SqliteStore(":memory:"), "Trump") is None
    True
    """
    return next(iter(entity_candidates(store, name)), None)
