"""The Typer application and the options every command shares.

Commands live in modules named for what they do (``ingest_cmd``, ``browse``,
``export_cmd`` ...); each registers itself on :data:`app`.  Commands are thin:
they parse options, call the Python API (``storyline.api``) and print.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer._click.exceptions import UsageError
from typer.core import TyperGroup

import storyline
from storyline.api import DISK_FULL, Storyline
from storyline.plain import shorten, strip_control
from storyline.settings import Settings
from storyline.store import is_server_url

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_VIOLATIONS = 1  # storyline check: the store breaks an invariant
EXIT_USAGE = 2
EXIT_STORE = 3
EXIT_BUG = 4
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, as a Unix tool whose reader stopped reading ('| head') ends


def plain(text: str) -> str:
    """Text safe for a terminal: an article cannot move the cursor or recolour it (see ``storyline.plain``)."""
    return strip_control(text)


class TerminalConsole(Console):
    """A rich console that prints every string as plain text: never parsed as markup (an article's
    ``[caption]`` or ``[/]`` is text, not a style), and stripped of control characters.  Styles
    are given with ``style=`` or :class:`rich.text.Text`, never inside strings."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, highlight=False, **kwargs)

    def render_str(self, text: str, **kwargs: Any) -> Text:
        kwargs["markup"] = False
        return super().render_str(plain(text), **kwargs)

    def on_broken_pipe(self) -> None:
        """Hand a closed pipe to the command handler, which ends quietly with :data:`EXIT_PIPE_CLOSED`.

        rich's own handler exits 1, so ``storyline quotes | head`` ended with the code README gives to failed
        inputs while ``storyline export | head`` ended 141; every command now ends as a Unix tool does.
        """
        self.quiet = True
        raise BrokenPipeError


class _Commands(TyperGroup):
    """Every command runs inside one handler that turns a known failure into one line and its exit code.

    It sits in the app itself, so the installed command and in-process runs (tests) behave alike;
    ``--debug`` lets the traceback through instead.
    """

    def invoke(self, ctx: Any) -> Any:  # a click Context (typer's vendored click)
        from storyline.errors import ModelError
        from storyline.export import ExportError
        from storyline.interrupts import terminate_as_ctrl_c
        from storyline.store import QueryError, StoreError

        words = list(ctx.args)  # the command's own words, before click takes them apart
        try:
            with terminate_as_ctrl_c():  # kill, timeout, a service's stop: a Ctrl-C's summary and exit 130
                return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            _say("interrupted: finished work is stored; run the same command again to resume")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:  # 'storyline export | head': the reader has what it wanted; nothing to say
            _quiet_stdout()
            raise typer.Exit(EXIT_PIPE_CLOSED) from None
        except Exception as exc:
            refused = _misplaced_word(exc, words) if isinstance(exc, UsageError) else None
            if refused is not None:
                exc = refused
            # ctx.obj is not made yet when the command's own name is wrong (storyline --debug storiess)
            debug = bool(ctx.params.get("debug")) or (isinstance(ctx.obj, Context) and ctx.obj.debug)
            if isinstance(exc, UsageError) and not debug:  # click's own mistake, in one line (--debug: its block)
                _say(f"error: {usage_line(exc, ctx.invoked_subcommand)}")
                raise typer.Exit(exc.exit_code) from None
            if hasattr(exc, "exit_code") or debug:
                if exc is refused and hasattr(exc, "exit_code"):
                    raise exc from None  # the usage error about the word that is wrong (show 1 -2 --bogus)
                raise  # click's usage errors print themselves; --debug wants the traceback
            if isinstance(exc, (QueryError, ExportError, NotAnId)):
                code, msg = EXIT_USAGE, str(exc)
            elif isinstance(exc, OverflowError):
                code, msg = EXIT_USAGE, "a number is out of range (ids and limits are below 2**63)"
            elif isinstance(exc, (StoreError, ModelError)):
                code, msg = EXIT_STORE, str(exc)
            elif isinstance(exc, sqlite3.OperationalError):
                code, msg = EXIT_STORE, f"the store cannot be written ({exc}); free disk space or check the file"
            elif isinstance(exc, OSError) and exc.errno in DISK_FULL:
                # the output redirected to a full disk ('storyline export > dump.jsonl'): README's exit 3 with
                # the reason, not an "internal error (a bug)"; the rest of the output would fail the same way
                _quiet_stdout()
                code, msg = EXIT_STORE, "the disk is full: the output could not be written; free space and run again"
            else:
                code, msg = EXIT_BUG, (f"internal error {type(exc).__name__}: {exc} (a bug: run again with --debug"
                                       " for the traceback and report it)")
            _say(f"error: {msg}")
            raise typer.Exit(code) from None


def usage_line(exc: UsageError, command: str | None) -> str:
    """A click usage error (a value out of range, a mistyped option, a missing argument) as one line with the
    help to read, the ``command``'s (None: the program's): click printed a usage block of four lines ("Usage: ...
    Try ... Error: Invalid value for '--limit' / '-n': Input should be greater than or equal to 1"), where every
    other mistake is one line."""
    return f"{exc.format_message().rstrip('.')} (see 'storyline {command + ' ' if command else ''}--help')"


class NotAnId(Exception):  # not a ValueError: typer would wrap that in its "Invalid value" usage block
    """An id argument that is no id (``show abc``, ``story -1``): a usage error, said in one line."""


@dataclass(frozen=True)
class IdArgument:
    """The parser of an id typed on the command line: ASCII digits only (the typed ``int`` took ``1_000`` as 1000
    and ``+1`` as 1, while a fraction, a word or ``١`` got "Invalid value ... unable to parse string as an
    integer" under a usage block); anything else is refused in one line that says what ids look like and where
    to find them.

    >>> ID_ARGUMENTS["story_id"](" 12 ")
    12
    >>> ID_ARGUMENTS["story_id"]("1.5")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    storyline.cli.app.NotAnId: '1.5' is not a story id: ids are whole numbers (1, 2, 3 ...); list them with ...
    """

    kind: str
    listing: str
    or_name: bool = False  # the argument also takes a name (``entity``): said when a word is one too many

    def __call__(self, text: str) -> int:
        word = str(text).strip()
        if word.isascii() and word.isdigit():
            return int(word)
        raise NotAnId(f"{text!r} is not {'an' if self.kind[0] in 'aeiou' else 'a'} {self.kind} id: ids are whole"
                      f" numbers (1, 2, 3 ...); list them with '{self.listing}'")


ID_ARGUMENTS = {
    "article_id": IdArgument("article", "storyline articles"),
    "story_id": IdArgument("story", "storyline stories"),
    "entity_ref": IdArgument("entity", "storyline entities", or_name=True),
}
"""The id arguments of ``show``, ``story``, ``timeline``, ``entity`` and the ``--story`` options, by parameter name:
each command's argument parses with its entry (``entity_ref``, which also takes a name, only to refuse a negative
number in :func:`_misplaced_word`), and :func:`_misplaced_word` finds the entry for a command's argument by the same
name."""

_NEGATIVE = re.compile(r"-\d\S*")


def _misplaced_word(exc: Exception, words: Sequence[str]) -> Exception | None:
    """One line for a click usage error about a word on a command that takes an id, in place of click's usage
    block: a negative number in an id's place is refused as that id (``show -1``: click reads any word starting
    with ``-`` as an option and said "No such option: -1"), and a word past every argument, a number or not,
    is one word too many (``show 1 -2``, ``show 1 -2 -3``, ``show 1 2``: click said "No such option" for the
    first two and "Got unexpected extra argument" for the last).  Where each word stands is found by parsing
    the command's words (``words``, the line after the command's name) again with every negative number put
    out of the way (a token no option starts with), so click's parser itself says which parameter takes each;
    none is a rule for one shape of line.  The same holds on a command with no id argument: ``export --story 8
    -9`` and ``stories 5`` are one word too many, and ``quotes --story 8 -3`` a query that needs ``--`` before
    it (click read "-3" as an option).  None when the line has another mistake (``show 1 --jsno``): click's own
    error stands."""
    sub = getattr(exc, "ctx", None)
    command = getattr(sub, "command", None)
    if sub is None or command is None:
        return None
    line = [f"\0{i}" if _NEGATIVE.fullmatch(w) else w for i, w in enumerate(words)]  # no typed word holds a NUL
    stand_in = {line[i]: w for i, w in enumerate(words) if line[i] != w}
    try:  # which parameter takes each word, negative numbers included
        taken, extra, _ = command.make_parser(sub).parse_args(list(line))  # (click empties the list it reads)
    except UsageError as other:  # another mistake on the line (show 1 -2 --bogus): click's error names that one
        return other if str(getattr(other, "option_name", "")) not in stand_in else None
    except Exception:  # noqa: BLE001 - click's own error stands
        return None
    for at in sorted(i for i, w in enumerate(line) if w in stand_in):  # in the order typed
        for param in command.params:
            if param.name in ID_ARGUMENTS and taken.get(param.name) == line[at]:
                try:
                    ID_ARGUMENTS[param.name](words[at])
                except NotAnId as refusal:
                    return refusal
    name = f"storyline {sub.info_name}"
    for at in sorted(i for i, w in enumerate(line) if w in stand_in):  # a negative number a query took
        if any(taken.get(p.name) == line[at] for p in command.params if p.param_type_name == "argument"):
            if "--" in words:  # typed, yet click read on: the "--" was taken as an option's value
                k = words.index("--")
                option = words[k - 1] if k > 0 and words[k - 1].startswith("-") else "--OPTION"
                return NotAnId(f"{words[at]!r} reads as an option: the '--' after {option} was taken as its value;"
                               f" write {option}={words[at]} for a value that starts with '-'")
            rest = [w for i, w in enumerate(words) if i != at]  # the user's own options kept in the example
            return NotAnId(f"{words[at]!r} reads as an option and '{name}' has none of that name: put '--' before"
                           f" a query that starts with '-' ({shlex.join([*name.split(), *rest, '--', words[at]])})")
    if extra:
        return NotAnId(f"{stand_in.get(extra[0], extra[0])!r} is one word too many: '{name}' takes"
                       f" {_takes(command)} (see '{name} --help')")
    return None


def _takes(command: Any) -> str:
    """What a command takes besides its options, as a refusal of one word too many says it.

    >>> import storyline.cli
    >>> _takes(typer.main.get_command(app).commands["search"])
    'one query, in quotes when it has several words'
    """
    said = []
    for p in (p for p in command.params if p.param_type_name == "argument"):
        ref = ID_ARGUMENTS.get(str(p.name))
        what = f"{ref.kind} id{' or name' if ref.or_name else ''}" if ref else str(p.name)
        said.append(f"one {what}" + ("" if ref else ", in quotes when it has several words"))
    return " and ".join(said) or "no word besides its options"


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush into the closed pipe says nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _say(line: str) -> None:
    err_console.print(" ".join(line.split()))


app = typer.Typer(
    cls=_Commands,
    name="storyline",
    help="Turn a pile or a stream of news articles into dated, sourced storylines.\n\n"
    "Example:  storyline ingest articles/ --source Reuters && storyline stories",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

@dataclass
class Context:
    db: str
    debug: bool

    def open(self, create: bool = False, **settings: Any) -> Storyline:
        """The API over ``--db``; ``settings`` override the defaults (e.g. ``n_process`` from ``--workers``).

        Only ``ingest`` creates a SQLite store (``create``): any other command
        on a path with no file fails with one line (exit 3), so a mistyped
        ``--db`` says so instead of answering from a new empty store.  So does
        one on a folder or an empty file (``--db notes.txt``): SQLite would
        write a new store's tables into it.  A folder is no store for
        ``ingest`` either: SQLite's "unable to open database file" did not
        say that the path named a folder, nor what to pass instead.
        """
        path = Path(self.db)
        if self.db != ":memory:" and not is_server_url(self.db) and path.is_dir():
            fail(f"{self.db}: a folder, not a store; pass --db FILE (e.g. --db {path / 'storyline.db'})", EXIT_STORE)
        if not create and self.db != ":memory:" and not is_server_url(self.db):
            if not path.is_file():
                fail(f"{self.db}: no such store; ingest articles first (storyline --db {self.db} ingest FILES) "
                     "or pass --db PATH", EXIT_STORE)
            if path.stat().st_size == 0:
                fail(f"{self.db}: an empty file, not a store; ingest articles into it first or pass another --db",
                     EXIT_STORE)
        return storyline.open(self.db, Settings(**settings))


def version_callback(value: bool) -> None:
    if value:
        print(f"storyline {storyline.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: str = typer.Option("storyline.db", "--db", envvar="STORYLINE_DB",
                           help="The store: a SQLite file, or a PostgreSQL URL postgresql://user@host:port/db."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """storyline: news articles in, storylines out.

    Example:  storyline --db news.db ingest feeds/*.xml --source AP
    """
    ctx.obj = Context(db=db, debug=debug)


err_console = TerminalConsole(stderr=True, soft_wrap=True)  # one error, one line
out_console = TerminalConsole()


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One clear line on stderr, then exit with a documented code."""
    _say(f"error: {message}")
    raise typer.Exit(code)


def workers_option() -> Any:
    """``--workers N``: annotation worker processes (also ``$STORYLINE_WORKERS``)."""
    return typer.Option(1, "--workers", "-w", envvar="STORYLINE_WORKERS", min=1,
                        help="Worker processes for annotation (Dask LocalCluster with the 'scale' extra,"
                        " else spaCy multiprocessing); results are stored in article order either way.")


def search_seconds_option(default: float = Settings.search_seconds) -> Any:
    """``--search-seconds S``: how long a full-text search may run (also ``$STORYLINE_SEARCH_SECONDS``)."""
    return typer.Option(default, "--search-seconds", envvar="STORYLINE_SEARCH_SECONDS", min=0,
                        help="Stop a full-text search after this many seconds (exit 2: use fewer or rarer words);"
                        " 0: no limit.")


def scheduler_option() -> Any:
    """``--scheduler tcp://HOST:8786``: annotate on an existing Dask cluster (also ``$STORYLINE_SCHEDULER``)."""
    return typer.Option(None, "--scheduler", envvar="STORYLINE_SCHEDULER",
                        help="Address of a running Dask scheduler whose workers annotate (needs the 'scale' extra).")


TITLE_LINES = 2
"""A title in a list takes at most this many lines."""
TITLE_MIN_WIDTH = 12
"""The narrowest title column: on a narrow terminal the other columns give way first."""


def print_listing(headers: Sequence[str], rows: Sequence[Sequence[str]], flexible: str = "title",
                  lines: int = TITLE_LINES, caps: Mapping[str, int] | None = None, **kwargs: Any) -> None:
    """A table of short rows: ids, counts and dates keep their width, a long title is cut to two lines.

    A title made from a first sentence can run to 160 characters ("Share
    prices on the Jakarta Stock Exchange ended lower Thursday with ..."), and
    wrapped in a narrow column it turned one story into seven lines; a list is
    read by scanning, so a title gets at most :data:`TITLE_LINES` lines, cut at
    a word with an ellipsis.  ``--json`` and ``storyline story ID`` give the
    whole title.  ``flexible`` names the column that takes the width left (``title``; an entity's
    ``aliases``), cut to ``lines`` lines.  ``caps`` cuts other columns to so many cells at a word ("name":
    282 of the newswire's 12,497 entities run to 40 characters or more, and at 80 columns such a name left
    the id, the type and the aliases no room at all).
    """
    table = Table(*headers, **kwargs)
    at = list(headers).index(flexible)
    caps_at = {list(headers).index(h): n for h, n in (caps or {}).items()}
    frame = 3 * len(headers) + 1  # 3 a column: borders, padding

    def cut(cells: Mapping[int, int]) -> list[list[str]]:
        return [[shorten(x, cells[i], cell_len) if i in cells else x for i, x in enumerate(r)] for r in rows]

    def used(cut_rows: list[list[str]]) -> int:  # the cells the columns other than the flexible one take
        return sum(max([cell_len(h), *(cell_len(r[i]) for r in cut_rows)]) for i, h in enumerate(headers) if i != at)

    shown = cut(caps_at)
    over = used(shown) + frame + TITLE_MIN_WIDTH - out_console.width
    if over > 0 and caps_at:  # a long id or type left the capped columns too wide for this terminal: cut them more
        shown = cut({i: max(TITLE_MIN_WIDTH, n - -(-over // len(caps_at))) for i, n in caps_at.items()})
    width = max(TITLE_MIN_WIDTH, out_console.width - used(shown) - frame)
    for i, column in enumerate(table.columns):
        column.no_wrap = i != at
    table.columns[at].min_width = TITLE_MIN_WIDTH
    limit = width * lines - (width // 3 if lines > 1 else 0)  # wrapping at words leaves a line short by a word
    for row in shown:
        table.add_row(*(shorten(x, limit, cell_len) if i == at else x for i, x in enumerate(row)))
    out_console.print(table)


def print_json(data: Mapping[str, Any], schema: int) -> None:
    """A command's ``--json``: one object whose first key, ``schema``, numbers its shape, so a script can tell a
    shape it knows from a changed one (``entity NAME --json``, ``show``, ``story`` and the summaries of ``ingest``,
    ``annotate`` and ``link`` had none while the listings carried one).

    >>> print_json({"stories": 3}, RECORD_JSON_SCHEMA)
    {
     "schema": 1,
     "stories": 3
    }
    """
    sys.stdout.write(json.dumps({"schema": schema, **data}, ensure_ascii=False, indent=1, default=str) + "\n")


RECORD_JSON_SCHEMA = 1
"""The shape of the ``--json`` of a command that prints one record or one summary, not a listing: ``show``,
``story``, ``entity``, ``ingest``, ``annotate``, ``link``.  1 is the shape each had before it was numbered
(2026-12-08), with ``schema`` added; a change a script would notice numbers it 2."""


LISTING_JSON_SCHEMA = 2
"""The shape of every listing's ``--json`` (``stories``, ``articles``, ``quotes``, ``entities``, ``search``): 2 is an
object holding the rows under the listing's name with, beside them, what a script needs to go on from standard
output alone: for a listing paged by cursor (:func:`print_page_json`) ``after`` (pass it to ``--after`` for the next
page) and ``before`` (to ``--before`` for the previous one), null where there is none; for one cut by ``--limit``
alone (:func:`print_cut_json`) ``more``, true when the limit left rows out.  ``stories`` also gives ``total``, the
stories in the store (one COUNT), and ``check`` its ``violations`` in the same object.  1 (until 2026-12-07) was the
bare list, the next cursor or the cut said on stderr only.  (``timeline --json`` numbers its own shape, also 2.)"""


def print_page_json(name: str, rows: list[Any], after: str | None, before: str | None, **beside: Any) -> None:
    """A listing page as ``--json`` prints it (:data:`LISTING_JSON_SCHEMA`), with ``beside`` the rows what else the
    listing says (``stories``' ``total``); the next cursor is also said on stderr, as before the cursors were in
    the JSON.

    >>> print_page_json("stories", [{"id": 3}], None, None)
    {
     "schema": 2,
     "stories": [
      {
       "id": 3
      }
     ],
     "after": null,
     "before": null
    }
    """
    print_json({name: rows, **beside, "after": after, "before": before}, LISTING_JSON_SCHEMA)
    if after:
        err_console.print(f"next page: --after {after}", markup=False)


def print_cut_json(name: str, rows: list[Any], more: bool) -> None:
    """A listing with no cursor as ``--json`` prints it (:data:`LISTING_JSON_SCHEMA`): ``more`` says whether
    ``--limit`` left rows out, as stderr says it in words, so a script that reads stdout alone knows it too.

    >>> print_cut_json("entities", [], True)
    {
     "schema": 2,
     "entities": [],
     "more": true
    }
    """
    print_json({name: rows, "more": more}, LISTING_JSON_SCHEMA)


def page_links(next_cursor: str | None, prev_cursor: str | None) -> list[str]:
    """The hints under a page read by cursor: how to ask for the next and the previous page."""
    return [*([f"next page: --after {next_cursor}"] if next_cursor else []),
            *([f"previous page: --before {prev_cursor}"] if prev_cursor else [])]


def followed(sl: Storyline, story_id: int) -> int:
    """The story an id names now: itself, or the story a merged id's articles sit in, said on stderr as
    ``storyline story OLD_ID`` says it ("story 7 was merged into story 3 on ..."), so ``timeline``,
    ``quotes --story`` and ``export --story`` take an old id as ``story`` and the web pages do, where they said
    "no story"."""
    moves = sl.merges("story", story_id)
    for r in moves:
        err_console.print(f"story {r.old_id} was merged into story {r.new_id} on {r.at[:10]} ({r.why})", markup=False)
    return moves[-1].new_id if moves else story_id
