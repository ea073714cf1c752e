"""``storyline ingest`` / ``annotate`` / ``link``: fill the store, with progress and resumable."""

from __future__ import annotations

import datetime as dt

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from storyline.api import IngestReport, ProgressEvent
from storyline.cli.app import (
    EXIT_INPUT_FAILED,
    EXIT_INTERRUPTED,
    RECORD_JSON_SCHEMA,
    Context,
    app,
    err_console,
    plain,
    print_json,
    scheduler_option,
    workers_option,
)
from storyline.ingest import Problem
from storyline.ingest.published import after_reading
from storyline.interrupts import interrupts_held
from storyline.plain import one_line


def check_date(value: str | None) -> str | None:
    """Accept an ISO date or datetime (``2018-07-12``, ``2018-07-12T09:30``); anything else is a usage error.

    So is a date after the moment of reading (by :func:`~storyline.ingest.published.after_reading`, a day of
    slack for time zones): an input's own such date is never taken (a broken template's 2099), and a typed one
    is a slip of the same kind (2099 for 2019).  Refused before anything is read, it costs a retyped command;
    taken, it would stay, since a later ingest never overwrites a stored date, and every relative date of the
    article would be read against it.
    """
    if value is None:
        return None
    try:  # stored in its extended form: "20180712" and "2018-W28-4" parse, but code reading dates as text does not
        value = dt.date.fromisoformat(value).isoformat()
    except ValueError:
        try:
            value = dt.datetime.fromisoformat(value).isoformat()
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not an ISO date such as 2018-07-12") from None
    now = dt.datetime.now(dt.UTC)
    if after_reading(value, now):
        raise typer.BadParameter(f"{value} lies after today ({now:%Y-%m-%d} UTC), the moment the inputs are read, "
                                 "and no article is published later than it is read; give the day they were "
                                 "published")
    return value


def check_language(value: str | None) -> str | None:
    """Accept a language code or name (``de``, ``en-GB``, ``German``) as its code; anything else is a usage error."""
    if value is None:
        return None
    from storyline.ingest.language import normalize

    code = normalize(value)
    if code is None:
        raise typer.BadParameter(f"{value!r} names no language; give a code such as en or de")
    return code


def _unread(unread: dict[str, int]) -> str:
    """' (3 not read: language de 2, fr 1)': the annotated articles the English model left alone."""
    if not unread:
        return ""
    langs = ", ".join(f"{k} {v}" for k, v in sorted(unread.items(), key=lambda kv: (-kv[1], kv[0])))
    return f" ({sum(unread.values())} not read by the model: language {langs})"


class _Bar:
    """A rich progress bar fed by the API's ProgressEvents (per stage, a rate in what the stage counts).

    Off when stderr is not a terminal: there it only left a blank line in the log above the summary.
    """

    def __init__(self, enabled: bool, console: Console = err_console) -> None:
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} {task.fields[unit]}/s"), TimeElapsedColumn(),
            console=console, transient=True, disable=not enabled or not console.is_terminal,
        )
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> _Bar:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)

    def __call__(self, ev: ProgressEvent) -> None:
        if ev.stage not in self.tasks:
            self.tasks[ev.stage] = self.progress.add_task(ev.stage, total=ev.total, rate=0.0, unit=ev.unit)
        tid = self.tasks[ev.stage]
        task = self.progress.tasks[tid]
        elapsed = task.elapsed or 0.0
        self.progress.update(tid, completed=ev.done, total=ev.total, rate=ev.done / elapsed if elapsed else 0.0,
                             description=plain(f"{ev.stage} {ev.item[-40:]}"))


def _summary(report: IngestReport) -> str:
    return (f"stored {report.stored} (near-duplicates {report.near_duplicates}), duplicates {report.duplicates}"
            + (f" ({report.unchanged} not read again: stored from the same input)" if report.unchanged else "") + ", "
            + (f"dated {report.dated} (stored undated, now given their date), " if report.dated else "")
            + f"skipped {report.skipped}, failed {report.failed}, annotated {report.annotated}"
            + _unread(report.unread)
            + (f", dates not read {len(report.notes) - report.warned}" if len(report.notes) > report.warned else "")
            + (f", reader warnings {report.warned}" if report.warned else "")
            + (f", not annotated {report.unannotated} (retried by 'storyline annotate')" if report.unannotated else ""))


@app.command()
def ingest(
    ctx: typer.Context,
    sources: list[str] = typer.Argument(..., help="Files, folders (recursive), glob patterns, or - for stdin."),
    published: str = typer.Option(None, "--published", callback=check_date,
                                  help="Publication date for inputs that carry none (ISO, e.g. 2018-07-12)."),
    source: str = typer.Option(None, "--source", help="Source name for inputs that carry none."),
    language: str = typer.Option(None, "--language", callback=check_language,
                                 help="Language of inputs whose record names none (e.g. en, de); else it is found "
                                      "from the text."),
    annotate: bool = typer.Option(True, "--annotate/--no-annotate", help="Run the nlp stage on new articles."),
    link: bool = typer.Option(True, "--link/--no-link", help="Update events, stories and timelines."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no per-input lines."),
    as_json: bool = typer.Option(False, "--json",
                                 help="Print a machine-readable summary: 'ids' the articles stored, 'dated_ids' "
                                      "those stored undated before that this run gave a date."),
    workers: int = workers_option(),
    scheduler: str = scheduler_option(),
) -> None:
    """Read articles from text, HTML, JSON/JSONL, WARC and RSS/Atom inputs into the store.

    Bad inputs are reported one line each and the batch goes on; each article is
    stored in its own transaction, so Ctrl-C keeps finished work and running the
    same command again resumes.  Exit code 1 when some input failed.

    Example:  storyline ingest ../shared/seeds/*.txt --published 2018-07-12 --source "Korea Herald"
    """
    c: Context = ctx.obj
    report: IngestReport | None = None
    try:
        with c.open(create=True, n_process=workers, scheduler=scheduler) as sl, _Bar(not quiet and not as_json) as bar:
            report = sl.ingest(sources, published=published, source=source, language=language,
                               annotate=annotate, link=link, progress=bar)
    except KeyboardInterrupt:  # ingest keeps its own; this one landed in the bar's stop or the store's close
        if report is None:
            raise
        report.interrupted = True  # every article is stored and counted: the summary (and JSON) still comes
    if as_json:
        print_json(report.as_dict(), RECORD_JSON_SCHEMA)
    else:
        if not quiet:
            for p in report.problems + report.notes:
                err_console.print(one_line(f"{p.kind}: {p.input}: {p.reason}"))
        err_console.print(("interrupted; " if report.interrupted else "") + _summary(report)
                          + ("; run the same command again to resume" if report.interrupted else ""))
    if report.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if report.failed or report.unannotated:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
def annotate(
    ctx: typer.Context,
    redo: bool = typer.Option(False, "--redo", help="Annotate every article again, not only new ones."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
    workers: int = workers_option(),
    scheduler: str = scheduler_option(),
) -> None:
    """Run the nlp stage (entities, timexes, quotes) on articles not yet annotated.

    Example:  storyline ingest big.jsonl --no-annotate && storyline annotate --workers 2
    """
    c: Context = ctx.obj
    problems: list[Problem] = []
    unread: dict[str, int] = {}
    tally: dict[str, int] = {}
    interrupted = False
    try:
        with c.open(n_process=workers, scheduler=scheduler) as sl, _Bar(not quiet and not as_json) as bar:
            n = sl.annotate(progress=bar, redo=redo, problems=problems, unread=unread, tally=tally)
    except KeyboardInterrupt:  # what was annotated is stored (also when it landed in the close): say how much
        n, interrupted = tally.get("annotated", 0), True
    if as_json:
        print_json({"annotated": n, "unread": unread, "interrupted": interrupted,
                    "problems": [p.as_dict() for p in problems]}, RECORD_JSON_SCHEMA)  # as ingest --json lists them
    elif not quiet or interrupted:
        for p in problems:
            err_console.print(one_line(f"{p.kind}: {p.input}: {p.reason}"))
        err_console.print(("interrupted; " if interrupted else "") + f"annotated {n}" + _unread(unread)
                          + (f", not annotated {len(problems)}" if problems else "")
                          + ("; run the same command again to resume" if interrupted else ""))
    if interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if problems:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
def link(
    ctx: typer.Context,
    rebuild: bool = typer.Option(False, "--rebuild", help="Recompute all events and stories from scratch."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
) -> None:
    """Group annotated articles into events and stories and rebuild timelines.

    Example:  storyline link --rebuild     storyline link --json
    """
    c: Context = ctx.obj
    interrupted = False
    sl = c.open()
    try:
        with _Bar(not quiet and not as_json) as bar:
            sl.link(progress=bar, rebuild=rebuild)
    except KeyboardInterrupt:  # what was linked is stored: a script still gets its JSON, as from annotate
        interrupted = True
    except BaseException:
        sl.close()
        raise
    with interrupts_held(deliver=False) as late:  # a Ctrl-C now waits for the count and the close: JSON comes
        try:
            stories = sl.count_stories()
        finally:
            sl.close()
    interrupted = interrupted or late.arrived
    if as_json:
        print_json({"stories": stories, "interrupted": interrupted}, RECORD_JSON_SCHEMA)
    elif interrupted:  # a second --rebuild would start over; a plain link finishes the relink under way
        again = ("run the same command without --rebuild to finish it (--rebuild again starts over)" if rebuild
                 else "run the same command again to resume")
        err_console.print(f"interrupted; stories in the store: {stories}; {again}", markup=False)
    elif not quiet:
        err_console.print(f"linked; stories in the store: {stories}", markup=False)
    if interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
