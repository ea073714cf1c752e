"""Ingest: turn files, folders, globs, standard input and streams into clean ``Article`` records.

The one entry point is :func:`read_inputs`; it yields an ``Article`` for each
article found and a ``Problem`` for each input that could not be read, so a
batch goes on past bad input.  Storing, de-duplication and annotation are the
caller's business (see ``storyline.api``).

Modules by stage: ``sources`` (names to inputs), ``detect`` (format),
``decode`` (encodings), ``text``/``html``/``jsonl``/``warc``/``feeds`` (readers),
``lines``/``clean`` (page-chrome removal), ``published`` (dates), ``article``
(fallbacks and content hash).
"""

from storyline.ingest.article import Problem, content_hash
from storyline.ingest.readers import read_inputs

__all__ = ["Problem", "content_hash", "read_inputs"]
