"""Errors that end a command with one clear line (the CLI maps each to an exit code).

They live apart from the stages that raise them so the CLI can catch them
without importing spaCy at start-up.
"""


class ModelError(Exception):
    """The spaCy model is not installed; the message says how to install it."""


class WorkersError(ModelError):
    """Annotation workers cannot be started or reached (Dask missing, scheduler down); says what to do."""
