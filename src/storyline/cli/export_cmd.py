"""``storyline export``: the store or one story in a documented, versioned format."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from storyline.cli.app import Context, app, err_console, fail


@app.command()
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("json", "--format", "-f",
                            help="json or jsonl (format: schema/export-v1.schema.json), or a story chronology: "
                            "markdown, csv (one row per timeline entry), timelinejs (TimelineJS3 JSON)."),
    output: str = typer.Option("-", "--output", "-o", help="File to write; - for standard output."),
    story: int = typer.Option(None, "--story", help="Only this story (id from 'storyline stories')."),
) -> None:
    """Export articles with their annotations, entities, events and stories.

    Example:  storyline export --format json --output store.json
              storyline export --format timelinejs --story 3 --output story3.json
    """
    c: Context = ctx.obj
    with c.open() as sl:
        text = sl.export(fmt, story=story)
    if output == "-":
        sys.stdout.write(text)
        return
    path = Path(output)
    if not path.parent.is_dir():
        fail(f"{output}: folder {path.parent} does not exist")
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # never leave a half-written export behind
    err_console.print(f"wrote {output}", markup=False)
