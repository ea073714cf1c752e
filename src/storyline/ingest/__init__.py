"""Ingest: turn files, folders, globs, standard input and streams into clean ``Article`` records.

The one entry point is :func:`read_inputs`; it yields an ``Article`` for each
article found and a ``Problem`` for each input that could not be read, so a
batch goes on past bad input.  Storing, de-duplication and annotation are the
caller's business (see ``storyline.api``).
"""

from storyline.ingest.readers import Problem, read_inputs

__all__ = ["Problem", "read_inputs"]
