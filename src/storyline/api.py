"""The Python API: everything the CLI and the web UI do goes through here.

Example::

    >>> import storyline
    >>> sl = storyline.open(":memory:")
    >>> report = sl.ingest(["../shared/seeds/000_3486936efa2c6574.txt"], published="2018-07-12")  # doctest: +SKIP
    >>> report.stored  # doctest: +SKIP
    1
"""

from __future__ import annotations

import errno
import functools
import os
import socket
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from storyline.ingest import Problem, read_inputs
from storyline.ingest.article import SOURCE_FILE
from storyline.ingest.published import FUTURE, as_list
from storyline.interrupts import interrupts_held
from storyline.records import (
    Annotation,
    Article,
    Entity,
    Event,
    Lineage,
    Mention,
    Quote,
    Sentence,
    Story,
    TimelineEntry,
    Timex,
    Unannotated,
)
from storyline.settings import Settings
from storyline.store import Store, StoreError, open_store
from storyline.store.base import QueryError, QueryTooCostly, as_id, in_range, negative_id
from storyline.store.check import Violation
from storyline.store.keyset import BadCursor as BadCursor  # a cursor the listing did not make (CLI, web)
from storyline.store.keyset import Page
from storyline.store.links import STORY_ORDERS as STORY_ORDERS  # the orders stories() takes (CLI --sort)
from storyline.store.literal import spaceless

if TYPE_CHECKING:  # the timeline imports spaCy: keep it off the CLI's start-up path
    from storyline.link.duplicates import NearDuplicates
    from storyline.timeline.overview import StoryOverview

T = TypeVar("T")


@dataclass
class ProgressEvent:
    """What a long-running call reports after each item, for progress bars."""

    stage: str  # "ingest", "annotate", "link"
    done: int
    total: int | None
    item: str = ""
    status: str = ""  # stored / duplicate / dated / near-duplicate / skipped / failed / annotated
    unit: str = "articles"  # what ``done`` and ``total`` count (the rate a bar shows is per this)


Progress = Callable[[ProgressEvent], None]


@dataclass
class IngestReport:
    """The outcome of one ingest run; ``problems`` holds one line per bad input."""

    stored: int = 0
    duplicates: int = 0
    dated: int = 0  # duplicates of stored undated articles that gave them their publication date
    unchanged: int = 0  # of the duplicates, inputs whose bytes were stored already: found before reading them
    near_duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    annotated: int = 0
    unannotated: int = 0  # stored articles the annotators failed on (retried by the next run)
    unread: dict[str, int] = field(default_factory=dict)
    """Of the annotated, how many by language the model does not read (their entities, dates in the text
    and quotes are not looked for; see :mod:`storyline.nlp.foreign`)."""
    interrupted: bool = False
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    """Stored articles the user should hear of, one line each: a record whose date could not be read; and
    inputs a reader library warned about while reading them (:mod:`~storyline.ingest.library_logs`)."""
    warned: int = 0  # of the notes, those of a reader library's warnings
    ids: list[int] = field(default_factory=list)
    """The articles this run stored, in input order."""
    dated_ids: list[int] = field(default_factory=list)
    """Articles stored undated by an earlier run that this run gave a date (each one counted in ``dated``; one
    stored undated earlier in this same run is in ``ids`` only, so the two lists never share an id): a script
    needs them to know which stored article took the date, as it is annotated and linked again."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "dated": self.dated,
            "unchanged": self.unchanged,
            "near_duplicates": self.near_duplicates,
            "skipped": self.skipped,
            "failed": self.failed,
            "annotated": self.annotated,
            "unannotated": self.unannotated,
            "unread": self.unread,
            "interrupted": self.interrupted,
            "problems": [p.as_dict() for p in self.problems],  # as annotate --json lists them
            "notes": [p.as_dict() for p in self.notes],
            "ids": self.ids,
            "dated_ids": self.dated_ids,
        }


class Storyline:
    """A store plus the pipeline that fills it.  Use :func:`open` to get one."""

    def __init__(self, db: str | Path = "storyline.db", settings: Settings | None = None,
                 any_thread: bool = False) -> None:
        self.settings = settings or Settings()
        self.store: Store = open_store(db, any_thread)
        self._near: NearDuplicates | None = None

    def close(self) -> None:
        self.store.close()

    def interrupt(self) -> None:
        """Stop what another thread is reading or writing on this handle now (it raises there); the handle
        reads on afterwards."""
        self.store.interrupt()

    def stop(self) -> None:
        """Stop this handle for good, from another thread: what it runs now, and every statement it would run
        next (each raises in that thread); only :meth:`close` is left to do.  How a server's shutdown ends a
        page's long search, or a page between two statements, instead of closing the store under it."""
        self.store.stop()

    def __enter__(self) -> Storyline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- pipeline --------------------------------------------------------------------
    def ingest(
        self,
        sources: str | Path | Iterable[str | Path],
        published: str | None = None,
        source: str | None = None,
        annotate: bool = True,
        language: str | None = None,
        link: bool = True,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Read, clean and store articles, then annotate and link what is new.

        Each article is stored in its own transaction as soon as it is read, so
        an interrupted run keeps everything finished; running the same command
        again skips what is stored (content hash) and resumes.
        """
        report = IngestReport()
        done = 0
        paths = _paths(sources)
        try:
            for item in read_inputs(paths, self.settings, published=published, source=source, language=language,
                                    stored=functools.partial(self._input_stored, published)):
                done += 1
                with interrupts_held():  # stored and counted together, as an annotation is
                    status = self._store_one(item, report)
                if progress:
                    name = item.input if isinstance(item, Problem) else item.external_id
                    progress(ProgressEvent("ingest", done, None, name, status))
        except KeyboardInterrupt:
            report.interrupted = True
            return report
        try:
            if annotate:
                failed: list[Problem] = []
                tally: dict[str, int] = {}  # annotated so far: an interrupt keeps them stored, and the report says so
                try:
                    self.annotate(progress=progress, problems=failed, unread=report.unread, tally=tally)
                finally:
                    report.annotated = tally.get("annotated", 0)
                    report.unannotated = len(failed)
                    report.problems += failed
            if link:
                self.link(progress=progress)
        except KeyboardInterrupt:
            report.interrupted = True
        return report

    def _input_stored(self, published: str | None, read_from: str) -> bool:
        """Whether an input (by :func:`~storyline.ingest.article.input_hash`) need not be read again: an
        article read from it is stored, and it is dated or no ``published`` would date it (the one option
        that changes a stored article on a re-ingest, see :meth:`_date_stored`; the same bytes give the same
        text, title and page date)."""
        dated = self.store.input_dated(read_from)
        return dated is not None and (published is None or dated)

    def _store_one(self, item: Article | Problem, report: IngestReport) -> str:
        if isinstance(item, Problem) and item.kind == "unchanged":
            report.duplicates += 1
            report.unchanged += 1
            return "duplicate"
        if isinstance(item, Problem) and item.kind == "note":  # what a reader library warned of: no failure
            report.notes.append(item)
            report.warned += 1
            return "note"
        if isinstance(item, Problem):
            report.problems.append(item)
            if item.kind == "skipped":
                report.skipped += 1
            else:
                report.failed += 1
            return item.kind
        aid = self.add(item)
        if aid is None:
            took = self._date_stored(item)
            if took is not None:
                report.dated += 1
                if took not in report.ids:  # stored undated earlier in this run: already in ``ids``
                    report.dated_ids.append(took)
                return "dated"
            report.duplicates += 1
            return "duplicate"
        report.ids.append(aid)
        report.stored += 1
        raw, late = item.metadata.get("published_raw"), item.metadata.get(FUTURE)
        if raw or late:  # the input's date was not taken: said once, naming it (show and export keep the value)
            dated = "--published" if item.published_from == "option" else f"its {item.published_from}"
            outcome = f"dated from {dated} instead" if item.published else "stored undated"
            why = (f"its date {str(raw)[:60]!r} could not be read" if raw else
                   f"its date ({', '.join(as_list(late))}) lies after the moment it was read")
            report.notes.append(Problem(_stored_as(item, aid), f"{why}; {outcome}", "note"))
        if item.duplicate_of is not None:
            report.near_duplicates += 1
            return "near-duplicate"
        return "stored"

    def _date_stored(self, article: Article) -> int | None:
        """A text stored undated, ingested again with a publication date (``--published``, a feed's date): the
        stored article takes the date (and the outlet, if it had none) and is annotated and linked again, so its
        timeline can be built.  The id of the article that took the date, or None."""
        if not article.published:
            return None
        found = self.store.article_id_for_hash(article.content_hash)
        if found is None or not self.store.date_undated(found, article.published, article.published_from,
                                                         article.source):
            return None
        return found

    def add(self, article: Article) -> int | None:
        """Store one article read elsewhere, in its own transaction; its id, or None if its text or the input it
        was read from is stored already.

        A near-duplicate of a stored original is stored with ``duplicate_of``
        set to it; an original's LSH band keys are indexed with it.
        """
        if self.store.article_id_for_hash(article.content_hash, article.input_hash) is not None:
            return None
        near = self._near_duplicates()
        original, signature = near.check(article)
        article.duplicate_of = original
        return self.store.add_article(article, minhash=signature, bands=None if original else near.bands(signature))

    def _near_duplicates(self) -> NearDuplicates:
        """The store's near-duplicate index, opened on first use (datasketch stays off the start-up path)."""
        if self._near is None:
            from storyline.link.duplicates import NearDuplicates

            self._near = NearDuplicates(self.store, self.settings)
        return self._near

    def annotate(self, progress: Progress | None = None, redo: bool = False,
                 problems: list[Problem] | None = None, unread: dict[str, int] | None = None,
                 tally: dict[str, int] | None = None) -> int:
        """Annotate every stored article that the current annotators have not read yet; how many were.

        Work goes in batches of ``settings.batch_size`` articles, lowest ids
        first (so entity ids do not depend on where an earlier run stopped),
        each claimed in a write transaction so that concurrent runs share the
        work instead of doing it twice.  Each article's annotation is saved in
        its own transaction, so an interrupted run resumes where it stopped.  An
        article the annotators fail on is stored unannotated with the reason
        (appended to ``problems``) and retried by the next run.  An article in a
        language the model does not read is stored annotated as skipped, with
        the reason (counted by language in ``unread``), and not retried.
        ``tally["annotated"]`` is kept at the count saved so far: a caller interrupted (Ctrl-C) before
        this returns still knows how many are stored.
        """
        from storyline.nlp import ANNOTATION_VERSION
        from storyline.nlp.foreign import unread_language
        from storyline.nlp.parallel import annotate_stream

        version = ANNOTATION_VERSION
        step = max(1, self.settings.batch_size * 4)
        total, done = (self.store.count_articles() if redo else len(self.store.unannotated(version))), 0
        owner = _claim_owner()
        redo_ids = self.store.article_ids() if redo else []

        def read() -> Iterator[Article]:  # claimed a few batches at a time, lowest ids first
            nonlocal redo_ids
            while True:
                if redo:
                    ids, redo_ids = redo_ids[:step], redo_ids[step:]
                else:
                    ids = self.store.claim_unannotated(version, owner, step, _owner_gone)
                if not ids:
                    return
                yield from sorted(self.store.articles(ids=ids), key=lambda a: a.id or 0)

        try:
            # one writer, in the order read: entity ids come out the same with any number of workers
            for ann in annotate_stream(read(), self.settings):
                if isinstance(ann, Unannotated):
                    with interrupts_held():  # noted and reported together
                        self.store.note_unannotated(ann.article_id, ann.reason)
                        if problems is not None:
                            problems.append(Problem(f"article {ann.article_id}", f"not annotated: {ann.reason}",
                                                    "unannotated"))
                    status = "failed"
                else:
                    with interrupts_held():  # stored and counted together: Ctrl-C lands before or after both
                        self.store.save_annotation(ann, version)
                        done += 1
                        if tally is not None:
                            tally["annotated"] = done
                    status = "annotated"
                    lang = unread_language(ann.skipped)
                    if lang and unread is not None:
                        unread[lang] = unread.get(lang, 0) + 1
                if progress:
                    progress(ProgressEvent("annotate", done, total, str(ann.article_id), status))
            return done
        finally:
            if not redo:
                self.store.release_claims(owner)

    def link(self, progress: Progress | None = None, rebuild: bool = False) -> None:
        """Group annotated articles into events and stories and rebuild their timelines."""
        from storyline.link import update

        update(self.store, self.settings, rebuild=rebuild, progress=progress)

    def check(self) -> list[Violation]:
        """Every broken store invariant (see ``storyline.store.check``); an empty list means consistent."""
        return self.store.violations()

    # -- reading -----------------------------------------------------------------------
    def article(self, article_id: int) -> Article | None:
        return self.store.article(article_id)

    def articles(self, since: str | None = None, until: str | None = None, source: str | None = None,
                 limit: int | None = None, ids: list[int] | None = None) -> list[Article]:
        return self.store.articles(since=since, until=until, source=source, limit=limit, ids=ids)

    def article_page(self, limit: int = 50, after: str | None = None, before: str | None = None,
                     since: str | None = None, until: str | None = None, source: str | None = None) -> Page[Article]:
        """A page of :meth:`articles` by cursor (``Page.next`` as ``after``, ``Page.prev`` as ``before``):
        as fast at any depth, and articles ingested meanwhile shift no page."""
        return self.store.article_page(limit=limit, after=after, before=before, since=since, until=until,
                                       source=source)

    def annotation(self, article_id: int) -> Annotation:
        return self.store.annotation(article_id)

    def _bounded(self, run: Callable[[str | None], T]) -> Callable[[str | None], T]:
        """``run`` stopped after ``settings.search_seconds`` when it searches (a query given), raising
        ``QueryTooCostly``: a query that asks FTS5 to rank every article many times over would hold the
        reader, or a web server's worker, for minutes."""
        def bounded(query: str | None) -> T:
            with self.store.time_limit(query or "", self.settings.search_seconds if query else None):
                return run(query)
        return bounded

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str, float]]:
        """Full-text search: (article, snippet, rank), best first; words FTS5 cannot parse are searched as
        words (see :func:`as_words`).  The snippet marks each match (read it with
        :mod:`storyline.store.snippet`: ``parts``, ``unmarked``, ``hit_spans``, ``bracketed``)."""
        return _forgiving(self._bounded(lambda q: self.store.search(q or "", limit)), query)

    def entities(self, name: str | None = None, type: str | None = None, limit: int | None = None,
                 exact: bool = False, ids: list[int] | None = None, offset: int = 0) -> list[Entity]:
        """Entities by alias (part of one, or a whole one with ``exact``), type or id; most mentioned first
        (``offset`` of them skipped first, with a ``limit``)."""
        return self.store.entities(name=name, type=type, limit=limit, exact=exact, ids=ids, offset=offset)

    def entity_mentions(self, entity_id: int) -> list[tuple[Article, Mention]]:
        """Every mention of an entity with its article, in publication order."""
        return self.store.entity_mentions(entity_id)

    def quotes(self, speaker: str | None = None, query: str | None = None, limit: int = 100,
               kinds: Sequence[str] | None = None) -> list[tuple[int, Quote]]:
        """(article id, quote) pairs: by speaker name, full-text query and kind (direct, indirect, mixed,
        scare; None: all but scare quotes)."""
        if speaker is None:
            return _forgiving(self._bounded(lambda q: self.store.quotes(query=q, limit=limit, kinds=kinds)), query,
                              "quote query")
        ents = self.store.entities(name=speaker)
        found = _forgiving(self._bounded(lambda q: [
            p for ent in ents for p in self.store.quotes(speaker=ent.id, query=q, limit=limit, kinds=kinds)]), query,
            "quote query")
        # a quote said by one matched entity for another ("Pentagon officials" of a name matching both "Pentagon"
        # and a person) comes back once per entity: keep its first
        once: dict[tuple[int, int, int], tuple[int, Quote]] = {}
        for aid, q in found:
            once.setdefault((aid, q.start, q.end), (aid, q))
        return list(once.values())[:limit]

    def quote_page(self, speaker: str | int | None = None, query: str | None = None, limit: int = 100,
                   kinds: Sequence[str] | None = None, after: str | None = None,
                   before: str | None = None, story: int | None = None) -> Page[tuple[int, Quote]]:
        """:meth:`quotes` a page at a time by cursor (``Page.next`` as ``after``, ``Page.prev`` as
        ``before``), in publication order, undated last, optionally of one story's articles: unfiltered, a
        deep page costs what the first does.  ``speaker``: an entity id, or a name every entity with an alias
        holding it is taken for.  A bad cursor raises ``BadCursor``."""
        speakers = (None if speaker is None else [speaker] if isinstance(speaker, int)
                    else [e.id for e in self.store.entities(name=speaker)])
        articles = self.store.story_article_ids(story) if story is not None else None
        return _forgiving(self._bounded(lambda q: self.store.quote_page(
            limit=limit, after=after, before=before, speakers=speakers, query=q, kinds=kinds, articles=articles)),
            query, "quote query")

    def events(self) -> list[Event]:
        return self.store.events()

    def stories(self, with_timeline: bool = True, ids: list[int] | None = None, order: str = "id",
                limit: int | None = None, offset: int = 0) -> list[Story]:
        """Stories (all, or those of ``ids``) in ``order``, a page of them with ``limit``/``offset``.

        ``order``: ``id``, ``recent`` (latest article first) or ``largest`` (most
        original articles first).  A page costs a few queries whatever the size of the
        store; ``with_timeline=False`` skips loading timelines (a listing needs none).
        """
        return self.store.stories(with_timeline=with_timeline, ids=ids, order=order, limit=limit, offset=offset)

    def story_page(self, order: str = "largest", limit: int = 50, after: str | None = None,
                   before: str | None = None, with_timeline: bool = False, entity: int | None = None,
                   source: str | None = None) -> Page[Story]:
        """A page of :meth:`stories` by cursor (``Page.next`` as ``after``, ``Page.prev`` as ``before``):
        an index seek at any depth, where ``offset`` walks every row it skips.  ``entity``/``source``: only
        stories one of whose articles names the entity (id) / comes from the source."""
        return self.store.story_page(order=order, limit=limit, after=after, before=before,
                                     with_timeline=with_timeline, entity=entity, source=source)

    def count_stories(self) -> int:
        """How many stories the store holds (for a listing's pages)."""
        return self.store.count_stories()

    def story(self, story_id: int) -> StoryOverview | None:
        """One story with its events, most named entities and best-attributed quotes (None: no such story)."""
        from storyline.timeline.overview import story_overview

        return story_overview(self.store, story_id)

    def lineage(self, kind: str, cid: int) -> list[Lineage]:
        """Where an event, story or entity id went (``kind``: 'event', 'story' or 'entity'), oldest first.

        The rows that name ``cid`` as the old id (merged into another, or parts
        split off it), then, hop by hop, the merges of the id it was merged into,
        so the last ``merged_into`` row names the id that holds its articles now.
        Empty when the id was never merged or split.
        """
        out: list[Lineage] = []
        seen: set[int] = set()
        if not in_range(cid):  # an id past 2**63 names nothing (the store cannot even compare it)
            return out
        while cid not in seen:
            seen.add(cid)
            rows = [r for r in self.store.lineage(kind, cid) if r.old_id == cid]
            out += rows
            merged = [r for r in rows if r.relation == "merged_into"]
            if not merged:
                break
            cid = merged[-1].new_id
        return out

    def merges(self, kind: str, cid: int) -> list[Lineage]:
        """The merges that took an entity, event or story id's mentions or articles elsewhere, hop by hop
        (:meth:`lineage`'s ``merged_into`` rows): the last names the id that holds them now; empty for an id
        never merged away."""
        return [r for r in self.lineage(kind, cid) if r.relation == "merged_into"]

    def merged_here(self, kind: str, cid: int) -> list[Lineage]:
        """The merges that brought other event, story or entity ids into ``cid``, directly or through ids merged
        on into it, oldest first: what a page reached from an old id's redirect says about where the reader is.

        The reverse of :meth:`merges`: when ``cid`` is a current id, every old id listed has it as its
        :meth:`current_id` (for an id itself merged on, they lead past it to where it went)."""
        out: list[Lineage] = []
        todo, seen = [cid], {cid}
        while todo:
            into = todo.pop()
            rows = [r for r in self.store.lineage(kind, into) if r.relation == "merged_into" and r.new_id == into]
            out += [r for r in rows if r.old_id not in seen]
            todo += [r.old_id for r in rows if r.old_id not in seen]
            seen |= {r.old_id for r in rows}
        return sorted(out, key=lambda r: (r.at, r.old_id))

    def entity_now(self, entity_id: int) -> tuple[Entity | None, list[Lineage]]:
        """The entity an id means now, with the merges that took it there: itself (no merges), or the entity a
        later article showed it was one with, following every merge; ``None`` when the id names neither.

        One step for every reader of an entity id (the CLI's ``entity``/``timeline --entity``, the web's
        ``/entity/OLD`` and ``?entity=OLD``, :meth:`entity_candidates`), so an old id means the same everywhere."""
        if found := self.store.entities(ids=[entity_id]):
            return found[0], []
        moves = self.merges("entity", entity_id)
        now = self.store.entities(ids=[moves[-1].new_id]) if moves else []
        return (now[0] if now else None), moves

    def current_id(self, kind: str, cid: int) -> int:
        """The id that now holds the mentions or articles of an entity, event or story id (itself unless
        merged away)."""
        merged = self.merges(kind, cid)
        return merged[-1].new_id if merged else cid

    def timeline(self, story_id: int) -> list[TimelineEntry]:
        """A story's stored timeline, in display order (date; a month before its days)."""
        return self.store.timeline(story_id)

    def story_top(self, story: Story, n: int, published: Mapping[int, str | None] | None = None) -> list[TimelineEntry]:
        """A story's ``--top N`` view, history folded away (:func:`storyline.timeline.story_top`): what
        ``storyline timeline ID --top N`` prints and the story page's key dates show (``published``: its
        articles' publication dates when the caller holds them, so they are not read again)."""
        from storyline.timeline import story_top

        return story_top(self.store, story, n, published=published)

    def timeline_note(self, story_id: int, empty: bool) -> str:
        """What a reader of a story's stored timeline must know: that an older release built it, or why it is empty.

        '' when the timeline is current and has entries (see :func:`storyline.timeline.timeline_note`).
        """
        from storyline.timeline import timeline_note

        return timeline_note(self.store, story_id, empty)

    def entity_timeline(self, name: str | Entity) -> tuple[Entity | None, list[TimelineEntry]]:
        """The entity a name or id means (see :meth:`find_entity`; or the entity itself, one of
        :meth:`entity_candidates`) and its timeline across every stored article."""
        from storyline.timeline import build_entity_timeline

        ent = name if isinstance(name, Entity) else self.find_entity(name)
        return ent, (build_entity_timeline(self.store, ent.id, self.settings) if ent else [])

    # -- listings for the web UI: filtered, paged, grouped ---------------------------------
    def story_listing(self, since: str | None = None, until: str | None = None, entity: int | None = None,
                      source: str | None = None, limit: int = 20, offset: int = 0, order: str = "recent"
                      ) -> tuple[list[Story], int]:
        """One page of stories, most recently active first (or in another of ``STORY_ORDERS``), and how many
        match in all.

        A story matches a date range when its articles' dates overlap it (ISO
        prefixes, inclusive), an entity when one of its articles names it, a
        source when one of its articles comes from it.  Only the page's stories
        get their stored timeline (for their top entities).
        """
        ids = self._listing_ids(entity, source)
        page = self.store.stories(ids=ids, order=order, limit=limit, offset=offset, since=since, until=until)
        return page, self.store.count_stories(since=since, until=until, ids=ids)

    def story_listing_page(self, since: str | None = None, until: str | None = None, entity: int | None = None,
                           source: str | None = None, limit: int = 20, after: str | None = None,
                           before: str | None = None, order: str = "recent") -> tuple[Page[Story], int | None]:
        """:meth:`story_listing` by cursor (the web UI's next/previous links): the same stories, same order,
        and a deep page costs what the first does.  A bad cursor raises ``BadCursor``.  The count is None when
        an entity or source narrows the listing: counting would read every story that matches."""
        page = self.store.story_page(order=order, limit=limit, after=after, before=before, since=since,
                                     until=until, entity=entity, source=source, with_timeline=True)
        narrowed = entity is not None or bool(source)
        return page, None if narrowed else self.store.count_stories(since=since, until=until)

    def _listing_ids(self, entity: int | None, source: str | None) -> list[int] | None:
        """The stories an entity or source filter keeps (None: no such filter)."""
        keep: set[int] | None = None
        if entity is not None:
            keep = set(self.store.stories_of_articles(self.store.entity_article_ids(entity)))
        if source:
            found = set(self.store.stories_of_articles(self.store.article_ids(source=source)))
            keep = found if keep is None else keep & found
        return None if keep is None else sorted(keep)

    def entity_candidates(self, name: str) -> list[Entity]:
        """The entities a user may mean by a name, the one meant first: an exact name or alias, else a part of one;
        most mentioned first (the CLI lists them when a name means several).

        All digits is an id first, as ``storyline entities`` lists them (``"24"``), live or merged away (then the
        entity it was merged into, :meth:`entity_now`), then a name.  A negative number (``"-1"``) is neither: read
        as a part of an alias it found "C-17", and ``storyline entity -1`` refuses it as an id.
        """
        from storyline.timeline.overview import entity_candidates

        if negative_id(name):
            return []
        if (eid := as_id(name)) is not None and (now := self.entity_now(eid)[0]) is not None:
            return [now]
        return entity_candidates(self.store, name)

    def find_entity(self, name: str) -> Entity | None:
        """The entity a user means by a name: the first of :meth:`entity_candidates` (None: no entity)."""
        return next(iter(self.entity_candidates(name)), None)

    def data_version(self) -> int:
        """Changes whenever another process writes to the store: results read before may be stale."""
        return self.store.data_version()

    def entity_names(self, ids: list[int]) -> dict[int, str]:
        """Canonical names of entities by id (no counts: one cheap query)."""
        return self.store.entity_names(ids)

    def entity_months(self, entity_id: int) -> list[tuple[str, int]]:
        """(YYYY-MM, mentions) of an entity per publication month, oldest first."""
        return self.store.entity_mention_months(entity_id)

    def entity_stories(self, entity_id: int) -> list[int]:
        """Ids of the stories whose articles name an entity."""
        return self.store.stories_of_articles(self.store.entity_article_ids(entity_id))

    def quotes_by(self, entity_id: int, limit: int = 100) -> list[tuple[int, Quote]]:
        """Quotes an entity (by id) said, in publication order."""
        return self.store.quotes(speaker=entity_id, limit=limit, role="speaker")

    def quotes_for(self, entity_id: int, limit: int = 100) -> list[tuple[int, Quote]]:
        """Quotes said for an entity (by id) by its officials, spokesmen, lawyers, named or not ("Pentagon
        officials said", "Pentagon spokesman John Kirby said"), in publication order."""
        return self.store.quotes(speaker=entity_id, limit=limit, role="body")

    def quotes_about(self, entity_id: int, limit: int = 100) -> list[tuple[int, Quote]]:
        """Quotes that name an entity, said by someone else."""
        return self.store.quotes_about(entity_id, limit=limit)

    def quote_group_page(self, speaker: int | None = None, story: int | None = None, limit: int = 50,
                         after: str | None = None, before: str | None = None, query: str | None = None,
                         kinds: Sequence[str] | None = None) -> Page[list[tuple[int, Quote]]]:
        """Quotes newest first, a page at a time by cursor, copies of one quote (by its folded words) as one
        group: each item is a group's (article id, quote) pairs, first copy first.  Unfiltered, a page reads
        its own groups only; by speaker entity, story or a full-text ``query`` of the quotes' words (as
        ``storyline quotes QUERY``; words FTS5 cannot parse searched as words) or ``kinds`` (None: all but scare
        quotes, as ``storyline quotes``) it reads the quotes the filter keeps.  A bad cursor raises ``BadCursor``."""
        articles = self.store.story_article_ids(story) if story is not None else None
        return _forgiving(self._bounded(lambda q: self.store.quote_group_page(
            limit=limit, after=after, before=before, speaker=speaker, articles=articles, query=q, kinds=kinds)), query,
            "quote query")

    def story_quotes(self, story_id: int, speaker: int | None = None, limit: int = 500) -> list[tuple[int, Quote]]:
        """The quotes in a story's articles (optionally one speaker's), in publication order."""
        return self.store.quotes(speaker=speaker, articles=self.store.story_article_ids(story_id), limit=limit)

    def sentences_timexes(self, article_ids: list[int]) -> dict[int, tuple[list[Sentence], list[Timex]]]:
        """Sentence spans and timexes of each article: what a timeline entry's evidence shows."""
        return self.store.sentences_timexes(article_ids)

    def copies(self, article_id: int) -> list[int]:
        """Ids of the near-duplicates stored as copies of an article."""
        return self.store.copies_of(article_id)

    def stories_of(self, article_ids: list[int]) -> list[int]:
        """Ids of the stories holding any of the given articles."""
        return self.store.stories_of_articles(article_ids)

    def stories_holding(self, articles: Sequence[Article]) -> dict[int, list[tuple[int, str]]]:
        """Per article id, the (id, title) of each story holding it (a copy: its original's), as the article
        page, ``storyline show`` and a search's hits say where an article is followed."""
        held = {a.id: self.store.stories_of_articles([a.duplicate_of or a.id]) for a in articles if a.id is not None}
        ids = sorted({s for found in held.values() for s in found})
        titles = {s.id: s.title for s in self.store.stories(with_timeline=False, ids=ids)} if ids else {}
        return {aid: [(s, titles.get(s) or f"Story {s}") for s in found] for aid, found in held.items()}

    def export(self, fmt: str = "json", story: int | None = None) -> str:
        """The store (or one story) as text in the given format (see :meth:`export_to` for big stores)."""
        from storyline import export

        return export.render(self.store, fmt, story=story)

    def export_to(self, output: str | Path, fmt: str = "json", story: int | None = None) -> None:
        """Write the export to a file as it is read (memory stays flat), replacing it only once complete.

        A folder, a missing folder or an unwritable file is an ``ExportError``; a full disk a
        ``StoreError``; either way no partial file is left behind.  What is not a plain file is written in place,
        appending: a device or a named pipe was replaced by the finished temporary file (nothing reached the
        reader, the node was gone), and a path into ``/dev`` or ``/proc`` (``--output /dev/stdout``) names an
        open descriptor of this process, whose file the shell may hold with ``>>`` or beside other output: a
        rename would leave its descriptor on an unlinked file and a truncating open would erase what it held.
        A symbolic link stays a link: the file it names is the one replaced.
        """
        from storyline import export

        path = Path(output)
        if path.is_dir():
            raise export.ExportError(f"{output} is a folder; give a file name, e.g. {path / ('export.' + fmt)}")
        if not path.parent.is_dir():
            raise export.ExportError(f"{output}: folder {path.parent} does not exist; create it or give a path in"
                                     " a folder that does")
        real = Path(os.path.realpath(path))  # never raises: a link loop fails below, at the open, as ELOOP
        in_place = (path.exists() and not path.is_file()) or _descriptor_path(path) or _descriptor_path(real)
        target = real if path.is_symlink() and not in_place else path
        tmp = target if in_place else target.with_name(f".{target.name}.part")
        try:
            with tmp.open("a" if in_place else "w", encoding="utf-8") as out:
                export.write(self.store, fmt, out, story=story)
            if not in_place:
                tmp.replace(target)
        except OSError as exc:
            if not in_place:
                tmp.unlink(missing_ok=True)
            if isinstance(exc, BrokenPipeError):  # '--output /dev/stdout | head': the reader stopped, as for stdout
                raise
            if exc.errno in DISK_FULL:
                raise StoreError(f"{output}: the disk is full; free space and export again") from None
            raise export.ExportError(f"{output}: cannot write ({exc.strerror or exc})") from None
        except BaseException:
            if not in_place:
                tmp.unlink(missing_ok=True)
            raise


DISK_FULL = (errno.ENOSPC, errno.EDQUOT)
"""No space left, or the user's disk quota exceeded: both are "the disk is full" to the user (exit 3)."""


def _descriptor_path(path: Path) -> bool:
    """A path into ``/dev`` or ``/proc``: a device, or (``/dev/stdout``, ``/dev/fd/N``) a descriptor of this
    process, never a file to replace.

    >>> _descriptor_path(Path("/dev/stdout")), _descriptor_path(Path("/tmp/export.json"))
    (True, False)
    """
    return path.is_absolute() and path.parts[1:2] in (("dev",), ("proc",))


def _stored_as(item: Article, aid: int) -> str:
    """A stored article named for a note as a problem is named, by the place it was read (``dump.jsonl:3``) and
    then its id and store id: the id alone left the user to grep every dump of the batch for it.

    >>> _stored_as(Article("dam-1", "", "x", metadata={SOURCE_FILE: "wire.jsonl:3"}), 7)
    'wire.jsonl:3 (id dam-1, article 7)'
    >>> _stored_as(Article("pages/a.html", "", "x"), 7)
    'pages/a.html (article 7)'
    >>> _stored_as(Article("noid.jsonl#1", "", "x", metadata={SOURCE_FILE: "noid.jsonl:1"}), 3)
    'noid.jsonl:1 (article 3)'
    """
    place = item.metadata.get(SOURCE_FILE)
    if not place:
        return f"{item.external_id} (article {aid})"
    file, _, line = str(place).rpartition(":")
    if item.external_id in (place, f"{file}#{line}"):  # an id-less record's id is its place: named once
        return f"{place} (article {aid})"
    return f"{place} (id {item.external_id}, article {aid})"


def _paths(sources: object) -> list[str]:
    """The inputs of ``ingest`` as a list of paths; one string is one path, never its characters."""
    if isinstance(sources, (str, Path)):
        return [str(sources)]
    if sources is None or not isinstance(sources, Iterable):
        raise TypeError(f"ingest(sources=...) takes a path or a list of paths, not {type(sources).__name__}")
    out = list(sources)
    bad = [s for s in out if not isinstance(s, (str, Path))]
    if bad:
        raise TypeError(f"ingest(sources=...) takes paths (str or Path), not {type(bad[0]).__name__}: {bad[0]!r:.60}")
    return [str(s) for s in out]


def _claim_owner() -> str:
    """Who claims articles to annotate: this host and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_gone(owner: str) -> bool:
    """Whether a claim's owner is a process of this host that no longer runs (killed, crashed)."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine's claim expires with its lease
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def open(db: str | Path = "storyline.db", settings: Settings | None = None,  # noqa: A001
         any_thread: bool = False) -> Storyline:
    """Open (creating if needed) a store and return the API over it (``any_thread``: to be used from other
    threads than this one, one at a time, as the web server lends its handles)."""
    return Storyline(db, settings, any_thread)


def as_words(query: str) -> str:
    """A full-text query read as plain words: each word a quoted FTS5 string, so ``-``, ``'``, ``:``
    and ``*`` inside it are text, not operators.

    An analyst types ``COVID-19`` or ``it's`` and meant the words; FTS5 read the first as a column
    filter (``no such column: 19``) and the second as bad syntax.

    >>> print(as_words("COVID-19 it's"))
    "COVID-19" "it's"
    >>> print(as_words('"unterminated'))
    "unterminated"
    """
    return " ".join(f'"{w}"' for w in (w.replace('"', "") for w in query.split()) if w)


def _forgiving(run: Callable[[str | None], T], query: str | None, what: str = "search query") -> T:
    """``run(query)``; when FTS5 cannot parse the query, ``run`` on its words (:func:`as_words`), and the
    first error if that fails too: the syntax works where it parses, and words never fail.

    A query with no letter or digit at all (blank, quote marks or ``*`` alone) is refused first, whatever FTS5
    would make of it: ``'""'`` found nothing with no error while ``'"'`` was a syntax error."""
    if query is not None and not any(ch.isalnum() for ch in query):
        raise QueryError(f"{what} {query!r} holds no word to search for; give one or more words")
    try:
        return run(query)
    except QueryTooCostly:
        raise  # read as words it would cost as much
    except QueryError as exc:
        words = as_words(query or "")
        if words == query or spaceless(query or ""):
            raise  # (a spaceless query is searched as written already: its error says what to leave out)
        try:
            return run(words)
        except QueryTooCostly:
            raise  # the words parsed and were stopped for their cost: that, not the syntax, is what to fix
        except QueryError:
            raise exc from None
