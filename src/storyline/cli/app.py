"""The Typer application and the options every command shares.

Commands live in modules named for what they do (``ingest_cmd``, ``browse``,
``export_cmd`` ...); each registers itself on :data:`app`.  Commands are thin:
they parse options, call the Python API (``storyline.api``) and print.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any, NoReturn

import typer
from rich.console import Console

import storyline
from storyline.api import Storyline

app = typer.Typer(
    name="storyline",
    help="Turn a pile or a stream of news articles into dated, sourced storylines.\n\n"
    "Example:  storyline ingest articles/ --source Reuters && storyline stories",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_VIOLATIONS = 1  # storyline check: the store breaks an invariant
EXIT_USAGE = 2
EXIT_STORE = 3
EXIT_INTERRUPTED = 130


@dataclass
class Context:
    db: str
    debug: bool

    def open(self) -> Storyline:
        return storyline.open(self.db)


def version_callback(value: bool) -> None:
    if value:
        print(f"storyline {storyline.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: str = typer.Option("storyline.db", "--db", envvar="STORYLINE_DB", help="The store file (SQLite)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """storyline: news articles in, storylines out.

    Example:  storyline --db news.db ingest feeds/*.xml --source AP
    """
    ctx.obj = Context(db=db, debug=debug)


err_console = Console(stderr=True, highlight=False, soft_wrap=True)  # one error, one line
out_console = Console(highlight=False)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One clear line on stderr, then exit with a documented code."""
    err_console.print(f"error: {message}", markup=False)
    raise typer.Exit(code)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")
