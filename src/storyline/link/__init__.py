"""Link stage: group annotated articles into events and events into stories.

:func:`update` is what the API calls after annotation.  It takes every article
not linked yet (``articles.linked = 0``), in arrival (id) order, and for each
one, in its own transaction: counts its features into the document
frequencies, finds candidate events through the inverted index (keeping those
whose story the article fits), joins the most similar one or opens a new
event, places that event in a story, and merges it with a twin event of that
story if the two now look like one happening.
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

from collections.abc import Callable
from typing import Any

from storyline.link.consolidate import consolidate, features_record
from storyline.link.embed import VectorFile, embed
from storyline.link.events import Cluster, absorb, best_match, merge, shift, similarity, widen
from storyline.link.features import article_features, event_features, raw_features, top, weigh
from storyline.link.stories import story_vector, title_from
from storyline.settings import Settings
from storyline.store.protocol import LinkingStore

__all__ = ["refresh_timelines", "update"]


def update(store: LinkingStore, settings: Settings, rebuild: bool = False,
           progress: Callable[[Any], None] | None = None, timelines: bool = True) -> list[int]:
    """Link every unlinked annotated article (or, with ``rebuild``, every article from scratch).

    Returns the ids of the stories that changed; their titles and timelines are
    rebuilt unless ``timelines`` is False (then call :func:`refresh_timelines`).
    A story that changes is marked dirty in the article's own transaction and
    clean when its timeline is written, so a run interrupted in between leaves
    the work visible and the next run (even one with nothing new to link)
    finishes it.  An article linked meanwhile by another process is skipped.
    An article that is unlinked but already sits in an event was re-annotated;
    its old vector is gone, so the whole store is relinked.
    """
    todo = store.links_to_do()
    if rebuild or any(ev is not None for _, _, ev in todo):
        store.clear_links()
        todo = store.links_to_do()
    vectors = _embeddings(store, settings, [aid for aid, original, _ in todo if original is None])
    n_docs = store.linked_originals()
    near: set[int] = set()  # stories sharing a new article's heaviest features: their weights moved most
    for done, (aid, original, _) in enumerate(todo, start=1):
        with store.transaction():
            if store.is_linked(aid):  # another linker took it since the list was read
                n_docs = store.linked_originals()
            elif original is not None:
                _link_copy(store, settings, aid, original)
            else:
                n_docs += 1
                _link_article(store, settings, aid, n_docs, near, vectors.get(aid) if vectors else None)
        if progress:
            from storyline.api import ProgressEvent

            progress(ProgressEvent("link", done, len(todo), str(aid), "linked"))
    near = {s.id for s in store.stories(with_timeline=False, ids=sorted(near))}  # not merged away meanwhile
    touched = sorted({sid for sid, _ in store.dirty_stories()} | near)
    if touched:  # every story this run (or an interrupted one) changed, and its neighbours, looked at order-free
        redone = consolidate(store, settings, touched)
        with store.transaction():
            store.mark_dirty(sorted(redone.stories - redone.gone))
    dirty = [sid for sid, _ in store.dirty_stories()]
    _finish(store, dirty)
    if timelines:
        refresh_timelines(store, settings, dirty)
    return dirty


def _link_copy(store: Any, settings: Settings, aid: int, original: int) -> None:
    eid = store.event_of(original)
    if eid is None:
        return  # the original is not linked (not annotated yet): the copy waits for it
    store.add_to_event(eid, aid)
    first, last = store.event_dates(eid)
    ev = Cluster.from_state(*store.event_states([eid])[0])
    widen(ev, first)
    widen(ev, last)
    store.save_event_state(eid, ev.state(), ev.first, ev.last, top(ev.centroid, settings.link_postings), ev.story)
    if ev.story is not None:
        store.mark_dirty([ev.story])


def _embeddings(store: Any, settings: Settings, ids: list[int]) -> VectorFile | None:
    """Sentence embeddings of the articles to link (computed once, kept beside the store), if enabled."""
    if not settings.event_embedding_weight:
        return None
    vectors = VectorFile.beside(store.path)
    need = [aid for aid in ids if vectors.get(aid) is None]
    for i in range(0, len(need), 256):
        arts = store.articles(ids=need[i : i + 256])
        vectors.add([a.id for a in arts], embed([f"{a.title}\n{a.text}" for a in arts]))
    if need:
        vectors.save()
    return vectors


def _link_article(store: Any, settings: Settings, aid: int, n_docs: int, near: set[int], dense: Any = None) -> None:
    article = store.article(aid)
    feats = article_features(article, store.annotation(aid), settings.event_lead_sentences)
    raw, ev_raw = raw_features(feats), event_features(feats)
    store.count_features(sorted(ev_raw))
    store.save_link_features(aid, features_record(ev_raw, feats.lead, feats.published))
    df = store.document_frequencies(sorted(ev_raw))
    vec = weigh(ev_raw, df, n_docs, settings, feats.lead)
    pub = feats.published
    keys = top(vec, settings.link_postings)
    since = shift(pub, -settings.event_window_days) if pub else None
    cands = [Cluster.from_state(*row) for row in store.event_states(store.event_candidates(keys, since))]
    svec = story_vector(weigh(raw, df, n_docs, settings))
    stories = [Cluster.from_state(*row) for row in store.story_states(sorted({c.story for c in cands if c.story}))]
    # an event is open to the article only if its story is: two topics never mix through one event
    fits = {s.id for s in stories if similarity(svec, s, settings) >= settings.story_threshold}
    cands = [c for c in cands if c.story in fits]
    keeps = {s.id: s.common(settings.event_story_discount) for s in stories}
    event, _ = best_match(vec, pub, cands, settings, dense=dense, keeps=keeps)
    if event is None:
        event = Cluster(0)
    absorb(event, vec, pub, settings.link_centroid_size, dense)
    sid = _place_in_story(store, settings, event, svec, pub, sorted(vec), near)
    event.id = store.save_event_state(event.id or None, event.state(), event.first, event.last,
                                      top(event.centroid, settings.link_postings), sid)
    store.add_to_event(event.id, aid)
    if settings.event_merge_threshold:
        _merge_twin(store, settings, event)


def _merge_twin(store: Any, settings: Settings, event: Cluster) -> None:
    """Fold together two events of one story once their centroids show they report one happening.

    Single-pass linking cannot undo an early split (a short first report that
    matched nothing); when a grown event now resembles another event of its
    story as much as an article must resemble an event, the two become one
    and the older id stays.
    """
    (row,) = store.story_states([event.story])
    story = Cluster.from_state(*row)
    since = shift(event.last, -settings.event_window_days) if event.last else None
    found = store.event_candidates(top(event.centroid, settings.link_postings), since)  # bounded, unlike the story
    others = [Cluster.from_state(*r) for r in store.event_states(found) if r[0] != event.id and r[4] == story.id]
    keeps = {story.id: story.common(settings.event_story_discount)}
    twin, _ = best_match(event.centroid, event.last, others, settings, settings.event_merge_threshold, keeps=keeps)
    if twin is None:
        return
    into, other = (twin, event) if twin.id < event.id else (event, twin)
    merge(into, other, settings.link_centroid_size)
    store.merge_events(into.id, other.id)
    store.save_event_state(into.id, into.state(), into.first, into.last, top(into.centroid, settings.link_postings),
                           story.id)


def _place_in_story(store: Any, settings: Settings, event: Cluster, svec: dict[str, float], pub: str | None,
                    event_keys: list[str], near: set[int]) -> int:
    """Add the article's who-and-what to the event's story, opening or merging stories as needed.

    A new event joins the most similar open story or opens one.  An event that
    is still alone in its story keeps looking: once it has grown enough to
    resemble another story, it moves there and its own story is dropped.
    """
    keys = top(svec, settings.link_postings)
    since = shift(pub, -settings.story_window_days) if pub else None

    def best(vec: dict[str, float], exclude: int | None) -> Cluster | None:
        ids = [s for s in store.story_candidates(keys, since) if s != exclude]
        near.update(ids[:10])  # their weights moved most: re-examine
        cands = [Cluster.from_state(*row) for row in store.story_states(ids)]
        return best_match(vec, pub, cands, settings, settings.story_threshold, settings.story_window_days)[0]

    keep = settings.link_centroid_size
    if event.story is None:
        story = best(svec, None) or Cluster(0)
        absorb(story, svec, pub, keep)
    else:
        (row,) = store.story_states([event.story])
        story = Cluster.from_state(*row)
        absorb(story, svec, pub, keep)
    story.count(event_keys, 2 * keep)
    if event.story is not None:
        if store.story_event_ids(story.id) == [event.id]:
            other = best(story.centroid, story.id)
            if other is not None:
                store.delete_story(story.id)
                merge(other, story, keep)
                story = other
    story.id = store.save_story_state(story.id or None, story.state(), story.first, story.last,
                                      top(story.centroid, settings.story_postings))
    event.story = story.id
    return story.id


def _finish(store: Any, story_ids: list[int]) -> None:
    """Titles for the given (dirty) stories and every event in them."""
    events = [eid for sid in story_ids for eid in store.story_event_ids(sid)]
    states = store.event_states(sorted(events))
    stories = store.story_states(story_ids)
    ent_ids = {int(k[2:]) for row in [*states, *stories] for k in row[1].get("c", {}) if k.startswith("e:")}
    names = store.entity_names(sorted(ent_ids))
    with store.transaction():
        for row in states:
            store.set_title("event", row[0], title_from(row[1].get("c", {}), names))
        for row in stories:
            store.set_title("story", row[0], title_from(row[1].get("c", {}), names))


def refresh_timelines(store: LinkingStore, settings: Settings, story_ids: list[int]) -> None:
    """Rebuild and save the timeline of each given story; each is clean after it unless it changed meanwhile.

    The dirty generations are read before any timeline is built, so an article
    linked meanwhile by another process keeps its story dirty for the next run.
    """
    from storyline.timeline import build_story_timeline

    generations = dict(store.dirty_stories())
    for sid in story_ids:
        store.save_timeline(sid, build_story_timeline(store, sid, settings), generations.get(sid))
