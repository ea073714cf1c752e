"""``storyline export``: the store or one story in a documented, versioned format."""

from __future__ import annotations

import shlex
import sys

import typer

from storyline.cli.app import ID_ARGUMENTS, Context, app, err_console, followed


@app.command()
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("json", "--format", "-f",
                            help="json or jsonl (format: schema/export-v1.schema.json), or a story chronology: "
                            "markdown, csv (one row per timeline entry), timelinejs (TimelineJS3 JSON)."),
    output: str = typer.Option("-", "--output", "-o", help="File to write; - for standard output."),
    story: int = typer.Option(None, "--story", metavar="ID", parser=ID_ARGUMENTS["story_id"],
                              help="Only this story (id from 'storyline stories')."),
) -> None:
    """Export articles with their annotations, entities, events and stories.

    Example:  storyline export --format json --output store.json
              storyline export --format timelinejs --story 3 --output story3.json
    """
    c: Context = ctx.obj
    with c.open() as sl:
        if story is not None:  # an old id exports the story that holds its articles now, and says so
            story = followed(sl, story)
        empty = not sl.store.count_articles()
        if output == "-":
            from storyline.export import write

            write(sl.store, fmt, sys.stdout, story=story)
        else:
            sl.export_to(output, fmt, story=story)
    if empty:  # the output is well-formed but empty (a markdown heading alone): say why, as listings do; exit 0
        err_console.print(f"the store holds no articles, so the export is empty: ingest some first (storyline --db"
                          f" {shlex.quote(c.db)} ingest FILES)", markup=False)
    if output != "-":
        err_console.print(f"wrote {output}")
