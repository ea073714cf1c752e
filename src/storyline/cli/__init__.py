"""The ``storyline`` command.  Exit codes:

0  success
1  some inputs failed (the rest were stored); for 'check': the store breaks an invariant
2  usage error: bad option or argument, unknown id
3  the store or the model cannot be used (message says why)
130  interrupted (everything finished before Ctrl-C is stored; run again to resume)
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
    stories_cmd,
)
from storyline.cli.app import EXIT_INTERRUPTED, EXIT_STORE, app, err_console


def main() -> None:
    from storyline.errors import ModelError
    from storyline.export import ExportError
    from storyline.store import StoreError

    try:
        app()
    except (StoreError, ModelError) as exc:
        if "--debug" in sys.argv:
            raise
        err_console.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_STORE)
    except ExportError as exc:
        if "--debug" in sys.argv:
            raise
        err_console.print(f"error: {exc}", markup=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print("interrupted: finished work is stored; run the same command again to resume")
        sys.exit(EXIT_INTERRUPTED)
