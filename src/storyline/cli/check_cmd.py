"""``storyline check``: verify the store's invariants (what every write keeps true)."""

from __future__ import annotations

from dataclasses import asdict

import typer

from storyline.cli.app import EXIT_VIOLATIONS, LISTING_JSON_SCHEMA, Context, app, err_console, print_json


@app.command()
def check(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="JSON output: {\"schema\": 2, \"violations\": [...]}"
                                 " (empty when consistent), as every listing's --json is an object."),
) -> None:
    """Check that the store is consistent: every event in a stored story, every link to a stored article,
    every annotated article with its annotation, copies pointing to an original, the full-text index
    complete, sizes that agree.  Exit 0 when all hold, 1 with one line per violation.

    Example:  storyline --db news.db check --json
    """
    c: Context = ctx.obj
    with c.open() as sl:
        found = sl.check()
    if as_json:
        # an object as every listing's --json (``LISTING_JSON_SCHEMA``); until 2026-12-08 the bare list
        print_json({"violations": [asdict(v) for v in found]}, LISTING_JSON_SCHEMA)
    else:
        for v in found:
            err_console.print(f"violation: {v.name}: {v.detail} (rule: {v.rule})")
        err_console.print(f"{len(found)} violations" if found else "ok: every invariant holds")
    if found:
        raise typer.Exit(EXIT_VIOLATIONS)
