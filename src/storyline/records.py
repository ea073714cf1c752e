"""The plain records every stage exchanges.

Stages pass these dataclasses to each other, never bare dicts, so a field's
meaning is written down once.  Offsets (``start``/``end``) are always character
offsets into :attr:`Article.text`, the cleaned body, so any annotation can be
shown in context and exported as evidence.

Example::

    >>> from storyline.records import Timex
    >>> t = Timex(start=3, end=11, text="Thursday", type="DATE", value="2018-07-12", signal="on", signal_start=0)
    >>> t.value, t.signal, t.phrase_start
    ('2018-07-12', 'on', 0)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RemovedLine:
    """A line that cleaning took out of an input, and why (shown by ``show --removed``)."""

    text: str
    reason: str


@dataclass
class Article:
    """One news article as stored: clean text plus what the input said about it.

    ``published`` is an ISO 8601 date or datetime string, or None when nothing
    said when the article appeared.  ``published_from`` says where that came
    from ("input", "option", "html-meta", "feed", "warc-date", ...), so a
    fallback such as a crawl date stays visible as such.
    """

    external_id: str
    title: str
    text: str
    description: str | None = None
    published: str | None = None
    published_from: str | None = None
    source: str | None = None
    url: str | None = None
    dateline: str | None = None
    format: str = "text"
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: list[RemovedLine] = field(default_factory=list)
    content_hash: str = ""
    input_hash: str = ""
    """sha256 of the input the article was read from (the page, the record's text): the same input is not
    stored twice even when a newer storyline cleans it into other text."""
    id: int | None = None
    duplicate_of: int | None = None


@dataclass
class Mention:
    """A span of text naming an entity.

    ``chain`` indexes :attr:`Annotation.chains` (the within-article entity);
    the store maps chains to store-wide entity ids, exported as ``entity``.
    """

    start: int
    end: int
    text: str
    type: str
    chain: int | None = None
    entity: int | None = None


@dataclass
class Chain:
    """One real thing as one article names it: canonical name, type and surface forms."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # indexes into Annotation.mentions
    keys: list[str] = field(default_factory=list)  # resolution keys (nlp.resolve); chains sharing a key are one entity
    titles: list[str] = field(default_factory=list)  # lower-case roles seen with the name: "president", "leader"
    entity: int | None = None  # store-wide entity id, set by the store


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")
"""The entity types storyline keeps (spaCy's OntoNotes labels that name a thing; dates, numbers and money
are not entities here)."""


@dataclass
class Entity:
    """A store-wide entity: every chain across articles that names the same thing."""

    id: int
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    articles: int = 0
    mentions: int = 0
    first: str | None = None
    last: str | None = None


@dataclass
class Timex:
    """A temporal expression normalized to a TimeML TIMEX3 value.

    ``type`` is DATE, TIME, DURATION or SET; ``value`` follows TIMEX3 (ISO 8601,
    weeks as 2018-W27, durations as P8M, unknown parts as X).  ``mod`` holds
    TIMEX3 modifiers such as START, END, MID, APPROX, MORE_THAN.  ``anchored``
    is False when the value needed a reference date that was missing.

    ``start``/``end``/``text`` are the TIMEX3 extent as TimeML tags it
    ("Monday"); the preposition that ties it to its clause ("on") is the
    ``signal``, starting at ``signal_start``, kept apart because "since
    April" and "by April" mean different things to a reader.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchored: bool = True
    signal: str | None = None
    signal_start: int | None = None

    @property
    def phrase_start(self) -> int:
        """Where the expression starts as a reader reads it: at its signal when it has one ("on Monday")."""
        return self.start if self.signal_start is None else self.signal_start


@dataclass
class Quote:
    """An attribution: what someone said (quoted or reported) and who said it.

    ``speaker_chain`` indexes :attr:`Annotation.chains` (None when the article
    does not say who spoke, or names the speaker only by a description kept in
    ``speaker_text``); ``speaker`` is the store-wide entity id.
    ``cue`` is the attribution verb or phrase ("said", "the letter read",
    "according to") and ``cue_start``/``cue_end`` its offsets in the text.
    ``kind`` is ``direct`` (the words in quote marks), ``indirect`` (a
    reported clause: "X said the plan would fail"), ``mixed`` (a reported
    clause holding quoted words) or ``scare`` (quote marks around a term that
    nobody is reported to have said; never given a speaker).  ``start``/``end``
    span the quoted words (direct, scare) or the reported clause.
    ``body_chain`` (chain index) and ``body`` (entity id) are the body a
    worker speaks for ("Pentagon officials said": speaker_text "Pentagon
    officials", no speaker, body the Pentagon; "his lawyer": the client;
    "Pentagon spokesman John Kirby": Kirby, for the Pentagon): the place or
    body did not speak, but a search for it should find what its people said
    (``storyline quotes --speaker``).
    """

    start: int
    end: int
    text: str
    speaker_chain: int | None = None
    speaker: int | None = None
    speaker_text: str | None = None
    cue: str | None = None
    confidence: float = 0.0
    partial: bool = False
    kind: str = "direct"
    cue_start: int | None = None
    cue_end: int | None = None
    body_chain: int | None = None
    body: int | None = None


QUOTE_KINDS = ("direct", "indirect", "mixed", "scare")
"""The values of :attr:`Quote.kind`."""


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Annotation:
    """What the nlp stage read in one article."""

    article_id: int
    mentions: list[Mention] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # key lemmas, for linking
    lead_parse: list[tuple[int, int, str, int, str]] = field(default_factory=list)
    """The dependency parse of the lead the article's title opens in its text (a title made from the first
    sentence, a headline the text starts with), when longer than a title (what ``link.titles`` shortens it by):
    per token its start and end in the text, its dependency, its head (an index into this list; its own for a
    root, and for a token whose head lies before the lead) and its coarse part of speech.  Empty for every other
    article."""
    skipped: str | None = None
    """Why the annotators did not read the article ("language de: the English model does not read it"); its
    sentences and terms are still found, so it links by what does not need the model."""


@dataclass
class Unannotated:
    """An article the nlp stage could not read, and why: it stays stored, unannotated, and is retried later."""

    article_id: int
    reason: str


@dataclass
class Evidence:
    """Where a claim comes from: an article and a character span of its text."""

    article: int
    start: int
    end: int


@dataclass
class TimelineEntry:
    date: str  # TIMEX3 value at its true granularity: 2019, 2019-05, 2018-W27, 2018-06-12
    text: str
    articles: list[int] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    salience: float = 0.0
    entities: list[int] = field(default_factory=list)
    status: str = "happened"  # happened | planned | expected | recalled | background (storyline.timeline.status)


@dataclass
class Event:
    id: int
    articles: list[int] = field(default_factory=list)
    title: str = ""
    first: str | None = None
    last: str | None = None
    story: int | None = None


@dataclass
class Story:
    id: int
    title: str = ""
    events: list[int] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    articles: int = 0


@dataclass
class Lineage:
    """Where an event or story id went when consolidation merged or split it.

    ``relation`` is ``merged_into`` (``old_id``'s articles now sit in ``new_id``,
    which kept the id most of them had) or ``split_from`` (``new_id`` was split
    off ``old_id``, which lives on).  ``at`` is the UTC time, ``why`` the reason.
    """

    kind: str  # "event", "story" or "entity" (resolution merged two entities: always merged_into)
    old_id: int
    relation: str
    new_id: int
    at: str = ""
    why: str = ""


@dataclass(frozen=True)
class MemberTitle:
    """One article of a story as titling reads it (``store.member_titles``): the title and what says how much
    it may name the cluster."""

    title: str
    published: str | None
    headline: bool  # a headline, not a title made from the first sentence
    article_id: int
    event_id: int
    flash: bool  # a flash (storyline.flashes.is_flash): a dozen words, weak evidence of what the story is
