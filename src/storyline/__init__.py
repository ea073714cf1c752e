"""storyline: turn a pile or a stream of news articles into dated, sourced storylines.

Example::

    >>> import storyline
    >>> with storyline.open(":memory:") as sl:
    ...     sl.store.count_articles()
    0
"""

from storyline.api import IngestReport, ProgressEvent, Storyline, open
from storyline.records import (
    Annotation,
    Article,
    Chain,
    Entity,
    Event,
    Evidence,
    Mention,
    Quote,
    Story,
    TimelineEntry,
    Timex,
)
from storyline.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Annotation", "Article", "Chain", "Entity", "Event", "Evidence", "IngestReport", "Mention", "ProgressEvent",
    "Quote", "Settings", "Story", "Storyline", "Timex", "TimelineEntry", "open",
]
