"""The store interface, as small typed protocols: what each caller needs, and nothing of SQLite.

Callers (the API, ``link``, ``timeline``, ``export``, the CLI) type their
store with the smallest protocol that covers what they call, so any backend
that implements the methods with the records of ``storyline.records`` fits:
:class:`~storyline.store.SqliteStore` (embedded) and
:class:`~storyline.store.postgres.PostgresStore` (a server) both do, and
``mypy`` checks it (see ``_conforms`` at the end).

``transaction()`` hands out nothing a caller could run SQL on: statements
made by store methods inside ``with store.transaction():`` commit together.

Example::

    >>> from storyline.store import SqliteStore
    >>> def titles(store: ArticleReader) -> list[str]:
    ...     return [a.title for a in store.articles()]
    >>> titles(SqliteStore(":memory:"))
    []
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from storyline.records import (
    Annotation,
    Article,
    Chain,
    Entity,
    Event,
    Lineage,
    Mention,
    Quote,
    Sentence,
    Story,
    TimelineEntry,
    Timex,
)
from storyline.store.check import Violation
from storyline.store.keyset import Page


class ArticleReader(Protocol):
    """Articles and their annotations, read only."""

    def article(self, article_id: int) -> Article | None: ...

    def articles(self, since: str | None = None, until: str | None = None, source: str | None = None,
                 ids: list[int] | None = None, limit: int | None = None, offset: int = 0) -> list[Article]: ...

    def article_page(self, limit: int = 50, after: str | None = None, before: str | None = None,
                     since: str | None = None, until: str | None = None, source: str | None = None) -> Page[Article]:
        ...

    def annotation(self, article_id: int) -> Annotation: ...

    def annotations(self, article_ids: list[int], before: int | None = None) -> dict[int, Annotation]: ...

    def count_articles(self) -> int: ...

    def article_ids(self, source: str | None = None) -> list[int]: ...

    def data_version(self) -> int: ...


class ReadStore(ArticleReader, Protocol):
    """Everything the API, the CLI and the exports read."""

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str, float]]: ...

    def entities(self, name: str | None = None, type: str | None = None, limit: int | None = None,
                 exact: bool = False, ids: list[int] | None = None, offset: int = 0) -> list[Entity]: ...

    def entity_mentions(self, entity_id: int) -> list[tuple[Article, Mention]]: ...

    def entity_article_ids(self, entity_id: int) -> list[int]: ...

    def entity_names(self, ids: list[int]) -> dict[int, str]: ...

    def quotes(self, speaker: int | None = None, query: str | None = None, limit: int = 100,
               articles: list[int] | None = None, kinds: Sequence[str] | None = None) -> list[tuple[int, Quote]]: ...

    def quotes_about(self, entity_id: int, limit: int = 100) -> list[tuple[int, Quote]]: ...

    def quote_page(self, limit: int = 100, after: str | None = None, before: str | None = None,
                   speakers: list[int] | None = None, query: str | None = None,
                   kinds: Sequence[str] | None = None, articles: list[int] | None = None
                   ) -> Page[tuple[int, Quote]]: ...

    def quote_group_page(self, limit: int = 50, after: str | None = None, before: str | None = None,
                         speaker: int | None = None, articles: list[int] | None = None,
                         kinds: Sequence[str] | None = None, query: str | None = None
                         ) -> Page[list[tuple[int, Quote]]]: ...

    def copies_of(self, article_id: int) -> list[int]: ...

    def entity_mention_months(self, entity_id: int) -> list[tuple[str, int]]: ...

    def stories_of_articles(self, article_ids: list[int]) -> list[int]: ...

    def lineage(self, kind: str, cid: int | None = None) -> list[Lineage]: ...

    def chains_of(self, article_ids: list[int]) -> list[Chain]: ...

    def iter_articles(self, ids: list[int] | None = None, page: int = 500) -> Iterator[Article]: ...

    def iter_entities(self) -> Iterator[Entity]: ...

    def iter_events(self, story: int | None = None) -> Iterator[Event]: ...

    def entity_counts(self, article_ids: list[int]) -> list[tuple[int, int, int]]: ...

    def sentences_timexes(self, article_ids: list[int]) -> dict[int, tuple[list[Sentence], list[Timex]]]: ...

    def events(self, story: int | None = None) -> list[Event]: ...

    def stories(self, with_timeline: bool = True, ids: list[int] | None = None, order: str = "id",
                limit: int | None = None, offset: int = 0, since: str | None = None,
                until: str | None = None) -> list[Story]: ...

    def story_page(self, order: str = "recent", limit: int = 50, after: str | None = None,
                   before: str | None = None, since: str | None = None, until: str | None = None,
                   ids: list[int] | None = None, with_timeline: bool = False, entity: int | None = None,
                   source: str | None = None) -> Page[Story]: ...

    def count_stories(self, since: str | None = None, until: str | None = None,
                      ids: list[int] | None = None) -> int: ...

    def iter_stories(self, with_timeline: bool = True) -> Iterator[Story]: ...

    def story(self, story_id: int) -> Story | None: ...

    def timeline(self, story_id: int) -> list[TimelineEntry]: ...

    def timelines(self, story_ids: list[int]) -> dict[int, list[TimelineEntry]]: ...

    def story_article_ids(self, story_id: int) -> list[int]: ...

    def timeline_state(self, story_id: int) -> tuple[bool, int]: ...


class TimelineStore(ReadStore, Protocol):
    """What ``storyline.timeline`` needs: reads plus saving a story's timeline."""

    def save_timeline(self, story_id: int, entries: list[TimelineEntry], generation: int | None = None,
                      version: int = 0) -> None: ...

    def stale_timelines(self, version: int) -> list[int]: ...


class DuplicateIndex(Protocol):
    """The near-duplicate band index ``link.duplicates`` reads and fills."""

    def minhash_candidates(self, bands: list[tuple[int, int]]) -> list[tuple[int, bytes]]: ...

    def minhashes_without_bands(self) -> Iterator[tuple[int, bytes]]: ...

    def add_minhash_bands(self, rows: list[tuple[int, list[tuple[int, int]]]]) -> None: ...


class LinkingStore(TimelineStore, Protocol):
    """What ``storyline.link`` needs: linking state, postings, membership, inside transactions."""

    path: str

    def transaction(self) -> AbstractContextManager[object]: ...

    def clear_links(self) -> None: ...

    def is_linked(self, article_id: int) -> bool: ...

    def linked_among(self, article_ids: list[int]) -> set[int]: ...

    def dirty_stories(self) -> list[tuple[int, int]]: ...

    def mark_dirty(self, story_ids: list[int]) -> None: ...

    def links_to_do(self) -> list[tuple[int, int | None, int | None]]: ...

    def linked_originals(self) -> int: ...

    def document_frequencies(self, features: list[str]) -> dict[str, int]: ...

    def count_features(self, features: list[str] | Mapping[str, int]) -> None: ...

    def event_candidates(self, features: list[str], since: str | None = None, limit: int = 50,
                         until: str | None = None) -> list[int]: ...

    def story_candidates(self, features: list[str], since: str | None = None, limit: int = 50,
                         until: str | None = None) -> list[int]: ...

    def story_postings(self, features: list[str], since: str | None = None, until: str | None = None,
                       before: str | None = None) -> list[tuple[str, int, str, str]]: ...

    def longest_story_days(self) -> int: ...

    def event_states(self, ids: list[int]) -> list[tuple[int, dict[str, Any], str | None, str | None, int | None]]:
        ...

    def story_states(self, ids: list[int], counts: bool = True
                     ) -> list[tuple[int, dict[str, Any], str | None, str | None]]: ...

    def save_event_state(self, event_id: int | None, state: dict[str, Any], first: str | None, last: str | None,
                         postings: list[str], story_id: int | None) -> int: ...

    def save_story_state(self, story_id: int | None, state: dict[str, Any], first: str | None, last: str | None,
                         postings: list[str]) -> int: ...

    def delete_story(self, story_id: int) -> None: ...

    def story_event_ids(self, story_id: int) -> list[int]: ...

    def merge_events(self, into: int, other: int) -> None: ...

    def event_of(self, article_id: int) -> int | None: ...

    def add_to_event(self, event_id: int, article_id: int) -> None: ...

    def event_dates(self, event_id: int) -> tuple[str | None, str | None]: ...

    def member_titles(self, kind: str, ids: list[int]
                      ) -> dict[int, list[tuple[str, str | None, bool, int, int]]]: ...

    def set_title(self, kind: str, cid: int, title: str) -> None: ...


class Store(LinkingStore, DuplicateIndex, Protocol):
    """The whole store, as the API (``storyline.open``) holds it."""

    def article_id_for_hash(self, content_hash: str, input_hash: str = "") -> int | None: ...

    def input_dated(self, input_hash: str) -> bool | None: ...

    def date_undated(self, article_id: int, published: str, published_from: str | None) -> bool: ...

    def add_article(self, article: Article, minhash: bytes | None = None,
                    bands: list[tuple[int, int]] | None = None) -> int | None: ...

    def unannotated(self, version: int) -> list[int]: ...

    def claim_unannotated(self, version: int, owner: str, limit: int, gone: Callable[[str], bool],
                          lease_s: float = 3600.0) -> list[int]: ...

    def release_claims(self, owner: str) -> None: ...

    def note_unannotated(self, article_id: int, reason: str) -> None: ...

    def violations(self, limit: int = 1000) -> list[Violation]: ...

    def save_annotation(self, ann: Annotation, version: int) -> None: ...

    def close(self) -> None: ...

    @property
    def schema_version(self) -> int:
        """How many of the store's migrations this database has seen."""
        ...


def _conforms() -> None:  # pragma: no cover - read by mypy only
    from storyline.store.postgres import PostgresStore
    from storyline.store.sqlite import SqliteStore

    def check(_: Store) -> None: ...

    check(SqliteStore(":memory:"))
    check(PostgresStore("postgresql://"))
