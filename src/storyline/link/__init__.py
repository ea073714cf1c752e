"""Link stage: group annotated articles into events and events into stories.

:func:`update` is what the API calls after annotation.  It takes every article
not linked yet (``articles.linked = 0``), in arrival (id) order, and for each
one counts its features into the document frequencies and places it, as an
event of its own, in the story it fits best (found through the inverted index)
or a new story; ``settings.link_articles_per_commit`` articles share a
transaction (an interrupted run leaves each group wholly linked or not at all).
Copies (``articles.duplicate_of``) join their original's event.  That single
pass is fast but depends on arrival order, so at the end of the batch every
story it touched (and every story whose weights have drifted) is clustered
again with its neighbours by :func:`storyline.link.consolidate.consolidate`,
which depends only on the set of articles: linking in batches, in any order,
and ``rebuild=True`` (forget everything, relink all) converge to the same
events and stories; ids that consolidation merges or splits go in the lineage.
At the end, titles and timelines are rebuilt for what changed.

Example::

    >>> import storyline
    >>> sl = storyline.open(":memory:")
    >>> update(sl.store, sl.settings)   # nothing annotated yet: no story changed
    []
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from storyline.heap import set_aside
from storyline.link.burst_uses import burst_neighbours
from storyline.link.consolidate import consolidate, features_record
from storyline.link.entity_rename import apply_entity_merges
from storyline.link.events import Cluster, absorb, best_match, shift, widen
from storyline.link.features import ArticleFeatures, article_features, event_features, top, weigh
from storyline.link.relink_ids import restore_ids
from storyline.link.stories import story_vector
from storyline.link.titles import cluster_titles
from storyline.settings import Settings
from storyline.store.protocol import LinkingStore
from storyline.timeline.version import TIMELINE_VERSION

__all__ = ["refresh_timelines", "update"]


@dataclass
class _Changes:
    events: set[int] = field(default_factory=set)
    stories: set[int] = field(default_factory=set)
    gone: set[int] = field(default_factory=set)  # stories merged away
    near: set[int] = field(default_factory=set)  # stories sharing a new article's heaviest features
    born_events: set[int] = field(default_factory=set)  # ids opened in this run: nobody saw them yet
    born_stories: set[int] = field(default_factory=set)


def update(store: LinkingStore, settings: Settings, rebuild: bool = False,
           progress: Callable[[Any], None] | None = None, timelines: bool = True) -> list[int]:
    """Link every unlinked annotated article (or, with ``rebuild``, every article from scratch).

    Returns the ids of the stories that changed; their titles and timelines are
    rebuilt unless ``timelines`` is False (then call :func:`refresh_timelines`).
    A story that changes is marked dirty in the article's transaction and
    clean when its timeline is written, so a run interrupted in between leaves
    the work visible and the next run (even one with nothing new to link)
    finishes it.  One linking run at a time holds the store (``store.linking()``); an article linked
    meanwhile by another process is skipped.
    An article that is unlinked but already sits in an event was re-annotated;
    its old vector is gone, so the whole store is relinked, and at its end the
    events and stories take back the ids their articles had
    (:mod:`storyline.link.relink_ids`), so an id keeps naming the same story.  Entity merges that
    annotation made since the last run are first carried into linking's state
    (:mod:`storyline.link.entity_rename`).  What the process held before linking is left out of the
    garbage collector's scans meanwhile (:func:`storyline.heap.set_aside`).
    """
    with store.linking(), set_aside():  # one linker at a time (a PostgreSQL store's lock)
        return _update(store, settings, rebuild, progress, timelines)


def _update(store: LinkingStore, settings: Settings, rebuild: bool,
            progress: Callable[[Any], None] | None, timelines: bool) -> list[int]:
    todo = store.links_to_do()
    # entity merges since the last run are renamed in linking's state before anything is placed
    if rebuild or any(ev is not None for _, _, ev in todo) or not apply_entity_merges(store):
        store.clear_links()
        todo = store.links_to_do()
    changes = _Changes()
    n_docs = store.linked_originals()
    step = max(1, settings.link_articles_per_commit)
    for start in range(0, len(todo), step):
        part = todo[start : start + step]
        with store.transaction():
            linked = store.linked_among([aid for aid, _, _ in part])  # by another linker since the list was read
            batch = _Batch.read(store, settings, [aid for aid, original, _ in part
                                                  if original is None and aid not in linked])
            for aid, original, _ in part:
                if aid in linked:
                    n_docs = store.linked_originals()
                elif original is not None:
                    _link_copy(store, settings, aid, original, changes)
                else:
                    n_docs += 1
                    _link_article(store, settings, aid, n_docs, changes, batch)
            batch.write(store)
        if progress:
            from storyline.api import ProgressEvent

            for done, (aid, _, _) in enumerate(part, start=start + 1):
                progress(ProgressEvent("link", done, len(todo), str(aid), "linked"))
    left = {sid for sid, _ in store.dirty_stories()}  # includes what an interrupted run changed
    near = burst_neighbours(store, [aid for aid, original, _ in todo if original is None], settings.story_burst_days)
    wanted = sorted((changes.stories | changes.near | left | set(near)) - changes.gone)
    touched = [s.id for s in store.stories(with_timeline=False, ids=wanted)]  # still there
    if touched:
        redone = consolidate(store, settings, touched, changes.born_events, changes.born_stories)
        changes.gone |= redone.gone
        with store.transaction():
            store.mark_dirty(sorted(redone.stories - redone.gone))
    restore_ids(store)  # a full relink that ended here gives its clusters back the ids their articles had
    stories = [sid for sid, _ in store.dirty_stories()]
    # after an upgrade that changed how titles and timelines are made, every story built before it is redone once
    stale = sorted(set(store.stale_timelines(TIMELINE_VERSION)) - set(stories)) if timelines else []
    _finish(store, stories + stale)
    if timelines:
        refresh_timelines(store, settings, stories + stale, progress)
    return stories


def _link_copy(store: Any, settings: Settings, aid: int, original: int, changes: _Changes) -> None:
    eid = store.event_of(original)
    if eid is None:
        return  # the original is not linked (not annotated yet): the copy waits for it
    store.add_to_event(eid, aid)
    first, last = store.event_dates(eid)
    ev = Cluster.from_state(*store.event_states([eid])[0])
    widen(ev, first)
    widen(ev, last)
    store.save_event_state(eid, ev.state(), ev.first, ev.last, top(ev.centroid, settings.link_postings), ev.story)
    changes.events.add(eid)
    if ev.story is not None:
        store.mark_dirty([ev.story])
        changes.stories.add(ev.story)


@dataclass
class _Batch:
    """The articles of one linking transaction, read at once, and what placing them writes at its end.

    Placing articles one at a time read each one's article, annotation and document frequencies and
    wrote its counts and cached features, some 10 statements an article.  Here the reads are one query
    per kind for the transaction and the counts are kept as they grow: an article is weighed with the
    frequencies read at the start plus every article placed before it and itself, which is what the
    store held at its turn, so every weight is the very same float.
    """

    features: dict[int, ArticleFeatures]
    raw: dict[int, Counter[str]]  # event features (``features.event_features``)
    df: dict[str, int]  # document frequencies at the start of the transaction
    counted: Counter[str] = field(default_factory=Counter)  # articles placed since, per feature
    records: dict[int, dict[str, Any]] = field(default_factory=dict)  # cached link features to write

    @classmethod
    def read(cls, store: Any, settings: Settings, ids: list[int]) -> _Batch:
        articles = store.articles(ids=ids) if ids else []
        notes = store.annotations(ids) if ids else {}
        feats = {a.id: article_features(a, notes[a.id], settings.event_lead_sentences) for a in articles}
        raw = {aid: event_features(f) for aid, f in feats.items()}
        return cls(feats, raw, store.document_frequencies(sorted({k for r in raw.values() for k in r})))

    def count(self, aid: int) -> dict[str, int]:
        """Count one article's features and keep its cached features for :meth:`write`; returns the
        document frequencies of its features, itself counted."""
        feats, ev_raw = self.features[aid], self.raw[aid]
        self.counted.update(ev_raw.keys())
        self.records[aid] = features_record(ev_raw, feats.lead, feats.published)
        return {f: self.df.get(f, 0) + self.counted[f] for f in ev_raw}

    def write(self, store: Any) -> None:
        if self.counted:
            store.count_features(self.counted)
        if self.records:
            store.save_many_link_features(self.records)


def _link_article(store: Any, settings: Settings, aid: int, n_docs: int, changes: _Changes, batch: _Batch) -> None:
    """Count the article's features, then place it, as an event of its own, in the story it fits best.

    Which event it reports is left to consolidation at the end of the batch
    (it clusters the events of every touched story again); placing it in a
    story here tells consolidation where to look.
    """
    feats, ev_raw = batch.features[aid], batch.raw[aid]
    vec = weigh(ev_raw, batch.count(aid), n_docs, settings, feats.lead)
    pub = feats.published
    event = Cluster(0)
    absorb(event, vec, pub, settings.link_centroid_size)
    event.story = _place_in_story(store, settings, story_vector(vec), pub, changes, sorted(vec))
    event.id = store.save_event_state(None, event.state(), event.first, event.last,
                                      top(event.centroid, settings.link_postings), event.story)
    store.add_to_event(event.id, aid)
    changes.events.add(event.id)
    changes.born_events.add(event.id)


def _place_in_story(store: Any, settings: Settings, svec: dict[str, float], pub: str | None,
                    changes: _Changes, event_keys: list[str]) -> int:
    """Add the article's who-and-what to the most similar open story, or open one; returns its id."""
    window = settings.story_window_days
    since, until = (shift(pub, -window), shift(pub, window)) if pub else (None, None)
    ids = store.story_candidates(top(svec, settings.link_postings), since, settings.link_story_candidates, until)
    changes.near.update(ids)  # stories sharing the article's heaviest features: their weights moved most
    # the candidates are compared by centroid; only the story that takes the article needs its counts
    cands = [Cluster.from_state(*row) for row in store.story_states(ids, counts=False)]
    story = best_match(svec, pub, cands, settings, settings.story_threshold, settings.story_window_days)[0]
    if story is None:
        story = Cluster(0)
    else:
        story = Cluster.from_state(*store.story_states([story.id])[0])
    absorb(story, svec, pub, settings.link_centroid_size)
    story.count(event_keys, 2 * settings.link_centroid_size)
    new = not story.id
    story.id = store.save_story_state(story.id or None, story.state(), story.first, story.last,
                                      top(story.centroid, settings.story_postings))
    if new:
        changes.born_stories.add(story.id)
    changes.stories.add(story.id)
    return story.id


def _finish(store: Any, story_ids: list[int]) -> None:
    """Titles for the given (dirty) stories and every event in them (``titles.cluster_titles``)."""
    found = cluster_titles(store, story_ids)
    with store.transaction():
        for (kind, cid), title in found.items():
            store.set_title(kind, cid, title)


def refresh_timelines(store: LinkingStore, settings: Settings, story_ids: list[int],
                      progress: Callable[[Any], None] | None = None) -> None:
    """Rebuild and save the timeline of each given story; each is clean after it unless it changed meanwhile.

    The dirty generations are read before any timeline is built, so an article
    linked meanwhile by another process keeps its story dirty for the next run.
    Each timeline is saved with the version of the code that built it
    (``TIMELINE_VERSION``), so one built by an older release is known as such.
    """
    from storyline.api import ProgressEvent
    from storyline.timeline import build_story_timeline

    generations = dict(store.dirty_stories())
    for done, sid in enumerate(story_ids, start=1):
        store.save_timeline(sid, build_story_timeline(store, sid, settings), generations.get(sid), TIMELINE_VERSION)
        if progress:
            progress(ProgressEvent("timelines", done, len(story_ids), f"story {sid}", "built", unit="stories"))
