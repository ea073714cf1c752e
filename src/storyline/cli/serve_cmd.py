"""``storyline serve``: the web UI over a store, read-only, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys

import typer

from storyline.cli.app import EXIT_STORE, Context, app, err_console, fail, search_seconds_option
from storyline.settings import SERVE_SEARCH_SECONDS, Settings
from storyline.store import is_server_url


def _not_a_stop(record: logging.LogRecord) -> bool:
    """False for uvicorn's report of a page or the app's start-up task cancelled by a force quit (Ctrl-C twice):
    the user asked for it, so not a traceback each (README: errors are one line)."""
    exc = record.exc_info[1] if record.exc_info else sys.exc_info()[1]  # the lifespan logs its traceback as text
    return not isinstance(exc, asyncio.CancelledError | KeyboardInterrupt)


@app.command()
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    seconds: float = search_seconds_option(SERVE_SEARCH_SECONDS),
) -> None:
    """Serve the web UI: stories, timelines, entities, quotes and articles, each page also as JSON (add .json).

    Example:  storyline --db demo.db serve --port 8000   then open http://127.0.0.1:8000
    """
    c: Context = ctx.obj
    if str(c.db) == ":memory:":
        fail("--db :memory: cannot be served: every page would read a database of its own, empty; give a store file")
    with c.open():  # no such store, or a file that is no store: one line (exit 3), not in the server's start-up
        pass
    try:
        import uvicorn

        from storyline.web import create_app
    except ImportError as exc:
        fail(f"the web UI needs its extra packages ({exc.name} is missing): pip install 'storyline[web]'", EXIT_STORE)
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        reason = (exc.strerror or str(exc)).split(" (")[0]
        fail(f"cannot listen on {host}:{port} ({reason}); choose another --port or --host")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"warning: serving on {host}: other machines can read this store", markup=False)
    shown = c.db
    if is_server_url(c.db):  # never print a server password
        from storyline.store.postgres.store import redact

        shown = redact(c.db)
    err_console.print(f"storyline: serving {shown} at http://{host}:{port}/ (Ctrl-C stops)", markup=False)
    logging.getLogger("uvicorn.error").addFilter(_not_a_stop)
    uvicorn.run(create_app(c.db, Settings(search_seconds=seconds)), host=host, port=port, log_level="warning",
                access_log=False)
