"""The ``storyline`` command.  Exit codes:

0  success
1  some inputs failed (the rest were stored); for 'check': the store breaks an invariant
2  usage error: bad option or argument, unknown id
3  the store or the model cannot be used (message says why), or the disk is full
4  internal error (a bug): one line; --debug shows the traceback
130  interrupted (everything finished before Ctrl-C is stored; run again to resume)
141  the reader of the output stopped reading (``storyline export | head``); nothing is said
"""

from __future__ import annotations

import sys

from storyline.cli import (  # noqa: F401  (commands register on import)
    browse,
    check_cmd,
    entities_cmd,
    export_cmd,
    ingest_cmd,
    quotes_cmd,
    serve_cmd,
    stories_cmd,
)
from storyline.cli.app import EXIT_INTERRUPTED, app, err_console


def main() -> None:
    """The installed command: the app handles every known failure (see ``app._Commands``)."""
    try:
        app()
    except KeyboardInterrupt:  # before a command started (imports, option parsing)
        err_console.print("interrupted")
        sys.exit(EXIT_INTERRUPTED)
