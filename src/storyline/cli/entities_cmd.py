"""``storyline entities`` / ``entity``: who and what the stored articles name, and where."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import typer
from rich.table import Table

from storyline.api import Storyline
from storyline.cli.app import (
    ID_ARGUMENTS,
    RECORD_JSON_SCHEMA,
    Context,
    app,
    err_console,
    fail,
    out_console,
    print_cut_json,
    print_json,
    print_listing,
)
from storyline.plain import counted, day_of
from storyline.records import ENTITY_TYPES, Entity, Sentence
from storyline.store.base import as_id, negative_id

TYPES = ", ".join(ENTITY_TYPES)
WIDE = 100
"""From this many columns ``entities`` shows each entity's first and last day; narrower, one line a row needs
the room for the aliases (``entity NAME`` and ``--json`` give the days)."""
NAME_CELLS = 30
"""An entity's name in a list is cut at a word to this many cells ("Democratic Forces for the …"): a name of
40 characters or more is rare but real, and left uncut it squeezed the other columns to nothing at 80 columns;
``entity NAME`` and ``--json`` give the whole name."""


@app.command()
def entities(
    ctx: typer.Context,
    type_: str = typer.Option(None, "--type", "-t", help=f"Only this type: {TYPES}."),
    name: str = typer.Option(None, "--name", metavar="NAME",
                             help="Only entities with an alias containing this (any case)."),
    limit: int = typer.Option(50, "--limit", "-n", min=0, help="At most this many rows (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="JSON output: {\"schema\": 2, \"entities\": [...], \"more\":"
                                 " true when --limit left some out}."),
) -> None:
    """List entities, most written about first: id, name, type, aliases, articles, first and last date (the
    dates from 100 columns; --json always has them).

    Example:  storyline entities --type PERSON --name kim
    """
    if type_ and type_.upper() not in TYPES.split(", "):
        fail(f"--type {type_!r} is not an entity type; use one of {TYPES}")
    c: Context = ctx.obj
    with c.open() as sl:
        rows = sl.entities(name=name, type=type_, limit=limit + 1 if limit else None)
    more = bool(limit) and len(rows) > limit
    if more:  # the 50 a page cut without a word: a script took them for every entity
        rows = rows[:limit]
        err_console.print(f"more entities than these {limit}: --limit 0 lists all, --type or --name narrows",
                          markup=False)
    if as_json:
        print_cut_json("entities", [asdict(e) for e in rows], more)
        return
    if not rows:  # say so rather than draw an empty table
        out_console.print("no entities match" if name or type_ else "no entities yet: ingest articles first",
                          markup=False)
        return
    _listing(rows, dated=out_console.width >= WIDE)  # at 80 columns the days leave the aliases no room


def _listing(rows: list[Entity], dated: bool = False) -> None:
    """Entities one line a row: the name cut to :data:`NAME_CELLS`, the aliases to the room left."""
    print_listing(("id", "name", "type", "aliases", "articles", *(("first", "last") if dated else ())),
                  [(str(e.id), e.name, e.type, ", ".join(a for a in e.aliases if a != e.name), str(e.articles),
                    *((day_of(e.first), day_of(e.last)) if dated else ())) for e in rows],
                  flexible="aliases", lines=1, caps={"name": NAME_CELLS})


@app.command()
def entity(
    ctx: typer.Context,
    entity_ref: str = typer.Argument(..., metavar="NAME_OR_ID", help="An entity id, or a name or alias (any case)."),
    limit: int = typer.Option(100, "--limit", "-n", min=0, help="At most this many mentions (0: all)."),
    as_json: bool = typer.Option(False, "--json", help="JSON output: {\"schema\": 1, \"entity\": {...},"
                                 " \"mentions\": [...], \"more\": true when --limit left some out}."),
) -> None:
    """Show one entity and its mentions over time: date, article, title and the sentence.

    Example:  storyline entity "Kim Jong Un"      storyline entity 12 --json
    """
    c: Context = ctx.obj
    with c.open() as sl:
        ent = _pick(sl, entity_ref, as_json)
        rows = _mention_rows(sl, ent.id)
    more = bool(limit) and len(rows) > limit
    if more:  # the header says "147 mentions" and the table showed 100 without a word (as 'entities' says it)
        rows = rows[:limit]
        err_console.print(f"more mentions than these {limit} ({ent.mentions} in all):"
                          " --limit 0 lists all", markup=False)
    if as_json:  # "more" as a listing cut by --limit says it
        print_json({"entity": asdict(ent), "mentions": rows, "more": more}, RECORD_JSON_SCHEMA)
        return
    out_console.print(f"#{ent.id} {ent.name} ({ent.type}): {counted(ent.articles, 'article')}, "
                      f"{counted(ent.mentions, 'mention')},"
                      f" {day_of(ent.first)} .. {day_of(ent.last)}")
    if len(ent.aliases) > 1:
        out_console.print("aliases: " + ", ".join(ent.aliases))
    table = Table("date", "article", "title", "as", "sentence")
    for r in rows:
        table.add_row(day_of(r["published"]), str(r["article"]), _short(r["title"], 40), r["text"], r["sentence"])
    out_console.print(table)


def by_id(sl: Storyline, entity_id: int) -> list[Entity]:
    """The entity of an id, or (said on stderr) the one it was merged into: a later article showed two entities
    were one, and the old id names its survivor as ``storyline story OLD_ID`` does; empty when neither."""
    now, moves = sl.entity_now(entity_id)
    for r in moves:
        err_console.print(f"entity {r.old_id} was merged into entity {r.new_id} on {r.at[:10]} ({r.why})",
                          markup=False)
    return [now] if now is not None else []


def entity_matches(sl: Storyline, ref: str) -> list[Entity]:
    """The entities a typed reference may mean, the one meant first: an id (a merged one followed to its survivor,
    said on stderr), else an exact name or alias, else a part of one, most mentioned first.  ``entity``,
    ``timeline --entity`` and ``quotes --speaker`` all read their entity here, so one word means one thing in each:
    ``-1`` was refused by ``entity -1`` but read as a part of "C-17" by ``entity -- -1`` and ``timeline --entity
    -1``, and by ``quotes --speaker -1`` too ("no quotes by '-1'").  None found is a usage error, in one line."""
    if negative_id(ref):
        ID_ARGUMENTS["entity_ref"](ref)  # refused in the words 'entity -1' gets
    word = ref.strip()
    if word.isascii() and word.isdigit():  # an id, even one too large to name anything
        found = by_id(sl, eid) if (eid := as_id(word)) is not None else []
        if not found:
            fail(f"no entity with id {word}; list them with 'storyline entities'")
        return found
    found = sl.entity_candidates(ref)
    if not found:
        fail(f"no entity named like {ref!r}; list them with 'storyline entities --name ...'")
    return found


def say_others(name: str, found: list[Entity], option: str, all_taken: bool = False) -> None:
    """On stderr, when a name means several entities: which the command reads (the most mentioned, or with
    ``all_taken`` every one) and the ids, with the ``option`` (``timeline --entity``, ``quotes --speaker``) that
    takes one of them.

    Three reports of one flood kept "Sheikh Hasina" as three entities, and the timeline showed one of them
    as if it were the only one; ``storyline entity`` refuses such a name and lists the ids.  ``quotes --speaker
    Air`` took every entity with "Air" in an alias (50 in the newswire) without a word.
    """
    if as_id(name) is not None or len(found) < 2:
        return
    shown = found if all_taken else found[1:]
    ids = f"{', '.join(f'#{e.id}' for e in shown[:10])}{' …' if len(shown) > 10 else ''}"
    which = (f"all are taken ({ids}; storyline {option} ID for one)" if all_taken else
             f"this is #{found[0].id}, the most mentioned (others: {ids}; storyline {option} ID)")
    err_console.print(f"{len(found)} entities match {name!r}; {which}", markup=False)


def _pick(sl: Storyline, name: str, as_json: bool = False) -> Entity:
    """The one entity a name means (:func:`entity_matches`); several is a usage error, with the candidates on
    stdout (as JSON with ``as_json``: a script reads them as it reads ``entities``)."""
    found = entity_matches(sl, name)
    if len(found) > 1:
        if as_json:
            print_cut_json("entities", [asdict(e) for e in found[:20]], len(found) > 20)
        else:
            _listing(found[:20])
        fail(f"{len(found)} entities match {name!r}; give one of their ids: storyline entity ID")
    return found[0]


def _mention_rows(sl: Storyline, entity_id: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    mentions = sl.entity_mentions(entity_id)
    spans = sl.sentences_timexes(list(dict.fromkeys(art.id for art, _ in mentions if art.id is not None)))
    sentences = {aid: sents for aid, (sents, _) in spans.items()}
    for art, m in mentions:
        assert art.id is not None
        rows.append({"published": art.published, "article": art.id, "title": art.title, "text": m.text,
                     "start": m.start, "end": m.end, "sentence": snippet(art.text, sentences[art.id], m.start, m.end)})
    return rows


def snippet(text: str, sentences: list[Sentence], start: int, end: int, width: int = 160) -> str:
    """The sentence holding a mention, cut to about ``width`` characters around it, on one line.

    >>> snippet("One. Kim met Trump in Hanoi. Three.", [Sentence(0, 4), Sentence(5, 28)], 9, 12)
    'Kim met Trump in Hanoi.'
    """
    a, b = next(((s.start, s.end) for s in sentences if s.start <= start < s.end), (start, end))
    head = tail = ""
    if b - a > width:
        lo = max(a, start - width // 2)
        hi = min(b, max(end, lo + width))
        if lo > a:  # cut at word boundaries, and say so
            lo, head = min(start, text.find(" ", lo) + 1 or lo), "…"
        if hi < b:
            hi, tail = max(end, text.rfind(" ", lo, hi)), "…"
        a, b = lo, hi
    return head + " ".join(text[a:b].split()) + tail


def _short(text: str | None, n: int) -> str:
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"
