"""``storyline stories`` / ``story`` / ``timeline``: the storylines, their events and dated entries."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import typer
from rich.table import Table

from storyline.api import STORY_ORDERS, BadCursor, Page
from storyline.cli.app import (
    ID_ARGUMENTS,
    RECORD_JSON_SCHEMA,
    Context,
    app,
    err_console,
    fail,
    followed,
    out_console,
    page_links,
    print_json,
    print_listing,
    print_page_json,
)
from storyline.cli.entities_cmd import entity_matches, say_others
from storyline.cli.quotes_cmd import said
from storyline.export import NO_STORIES
from storyline.plain import counted, date_span, merged_line, merged_row, quote_people
from storyline.records import Story, TimelineEntry
from storyline.timeline import story_title, top_timeline
from storyline.timeline.dates import display_date
from storyline.timeline.merge import history_flags, history_heading

QUOTE_CHARS = 200
"""A story's top quotes are cut to this many characters (at a word, the cut said)."""


def _story_row(s: Story) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "articles": s.articles, "events": len(s.events), "first": s.first,
            "last": s.last, "timeline_entries": len(s.timeline)}


@app.command()
def stories(
    ctx: typer.Context,
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="At most this many rows (a page)."),
    after: str = typer.Option(None, "--after", help="The page after this cursor (printed under each page)."),
    before: str = typer.Option(None, "--before", help="The page before this cursor (to page back)."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many rows first (slower deep in a large"
                               " store than --after)."),
    every: bool = typer.Option(False, "--all", help="List every story (no --limit)."),
    sort: str = typer.Option("largest", "--sort", help="largest (most articles first, copies not counted),"
                             " recent (latest article first, as the web UI lists them) or id."),
    as_json: bool = typer.Option(False, "--json", help="JSON output: {\"schema\": 2, \"stories\": [...],"
                             " \"total\": stories in the store, \"after\": next page's cursor, \"before\":"
                             " previous page's}."),
) -> None:
    """List stories: id, title, article count and date range, largest first, a page at a time.

    Each page ends with the cursor of the next one: pass it to --after (a deep
    page costs what the first does).  --offset still works.

    Example:  storyline stories --limit 10     storyline stories --sort recent --after CURSOR
              storyline stories --all --json
    """
    if sort not in STORY_ORDERS:
        fail(f"--sort must be one of {', '.join(STORY_ORDERS)}, not {sort!r}")
    if (after or before) and (offset or every):
        fail("--after/--before page by cursor: leave out --offset and --all")
    if every and offset:  # it listed every story, the offset unread, as if it had skipped them
        fail("--all lists every story from the first: leave out --offset")
    c: Context = ctx.obj
    shown: Page[Story] | None = None
    with c.open() as sl:  # only the rows shown need their timeline (its length, in JSON)
        if every or offset:
            rows = sl.stories(with_timeline=as_json, order=sort, limit=None if every else limit, offset=offset)
        else:
            try:
                shown = sl.story_page(order=sort, limit=limit, after=after, before=before, with_timeline=as_json)
            except BadCursor as exc:
                fail(f"--after/--before: {exc}")
            rows = shown.items
        total = len(rows) if every else sl.count_stories()
    if as_json:
        print_page_json("stories", [_story_row(s) for s in rows], shown.next if shown else None,
                        shown.prev if shown else None, total=total)  # as the text says "N of TOTAL stories"
        return
    if not rows:
        out_console.print(NO_STORIES if not total else
                          f"no stories past this page ({total} in all)")
        return
    print_listing(("id", "title", "articles", "events", "from", "to"),
                  [(str(s.id), s.title, str(s.articles), str(len(s.events)), s.first or "", s.last or "")
                   for s in rows])
    if shown is not None:
        out_console.print("; ".join([f"{len(rows)} of {total} stories", *page_links(shown.next, shown.prev)]),
                          markup=False)
    elif len(rows) < total:
        more = f"; next page: --offset {offset + len(rows)}" if offset + len(rows) < total else ""
        out_console.print(f"stories {offset + 1}-{offset + len(rows)} of {total}{more} (or --all)", markup=False)


@app.command()
def story(
    ctx: typer.Context,
    story_id: int = typer.Argument(..., parser=ID_ARGUMENTS["story_id"], help="Story id (see 'storyline stories')."),
    as_json: bool = typer.Option(False, "--json", help="JSON output: the story's fields, 'merged_from' (the"
                                 " merges the id asked for went through to reach the story shown, as lineage rows;"
                                 " empty for a current id), 'merged_here' (the ids linking merged into the story"
                                 " shown, as its web page's JSON gives them), events, entities, quotes."),
) -> None:
    """Show one story: its events, the entities it names most and its top quotes.

    An old id shows the story that holds its articles now and says where it
    went; a story that took in other ids names them ("merged here: ...").

    Example:  storyline story 3 --json
    """
    c: Context = ctx.obj
    with c.open() as sl:
        ov = sl.story(story_id)
        moves = sl.merges("story", story_id) if ov is None else []
        if moves:  # an old id: say where it went and show the story that holds its articles now
            ov = sl.story(moves[-1].new_id)
        here = sl.merged_here("story", ov.story.id) if ov is not None else []
    if ov is None:
        fail(f"no story with id {story_id}; list them with 'storyline stories'")
    if as_json:
        print_json({**_story_row(ov.story), "merged_from": [asdict(r) for r in moves],
                    "merged_here": [merged_row(r) for r in here],
                    "events": [asdict(e) for e in ov.events],
                    "entities": [asdict(e) for e in ov.entities],
                    # who said it as every JSON output names it (``speaker`` stays the entity id, as in
                    # 'quotes --json')
                    "quotes": [{"article": a, **asdict(q), **quote_people(q, ov.names)} for a, q in ov.quotes]},
                   RECORD_JSON_SCHEMA)
        return
    con = out_console
    for r in moves:
        con.print(f"story {r.old_id} was merged into story {r.new_id} on {r.at[:10]} ({r.why})", markup=False)
    st = ov.story
    con.print(f"{st.title or 'Story'}  (story {st.id})", style="bold", soft_wrap=True)  # a headline can be long
    con.print(f"{counted(st.articles, 'article')}, {counted(len(ov.events), 'event')}, {date_span(st.first, st.last)}")
    if here:
        con.print(merged_line(here, st.id), markup=False, soft_wrap=True)
    print_listing(("event", "title", "articles", "from", "to"),
                  [(str(e.id), e.title, str(len(e.articles)), e.first or "", e.last or "") for e in ov.events],
                  title="Events")
    ents = Table("entity", "name", "type", "articles", "mentions", title="Top entities")
    for n in ov.entities:
        ents.add_row(str(n.entity), n.name, n.type, str(n.articles), str(n.mentions))
    con.print(ents)
    if ov.quotes:
        con.print("Top quotes", style="bold")
        for aid, q in ov.quotes:  # named as the JSON names the speaker; '?' when neither a name nor words
            con.print(f"  {quote_people(q, ov.names)['speaker_name'] or '?'} (article {aid}): {said(q, QUOTE_CHARS)}",
                      markup=False)


def _entries_table(entries: list[TimelineEntry], title: str) -> Table:
    table = Table("date", "what happened", "status", "sources", "salience", title=title, show_lines=False)
    for e in entries:
        table.add_row(display_date(e.date), e.text, e.status, ", ".join(str(a) for a in e.articles),
                      f"{e.salience:.2f}")
    return table


TIMELINE_JSON_SCHEMA = 2
"""The shape of ``timeline --json``: 2 is an object (``schema``, ``title``, ``note``, ``entries``), so a script
gets the heading and the "built by an older release" note the text prints; 1 was the bare list of entries."""


@app.command()
def timeline(
    ctx: typer.Context,
    story_id: int = typer.Argument(None, parser=ID_ARGUMENTS["story_id"],
                                   help="Story id (see 'storyline stories'); or use --entity."),
    entity: str = typer.Option(None, "--entity", "-e", metavar="NAME_OR_ID",
                               help="An entity's timeline (name, alias or id)."),
    top: int = typer.Option(None, "--top", min=1,
                            help="The N days that matter most, one happening each, in date order."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Show a story's timeline, or an entity's: dated entries with their source articles.

    Example:  storyline timeline 3 --top 10     storyline timeline --entity "Kim Jong Un"
    """
    if (story_id is None) == (entity is None):
        fail("give a story id or --entity NAME (one of them)")
    c: Context = ctx.obj
    why, stale = "no sentence naming it carries a date", ""
    with c.open() as sl:
        if entity is not None:
            found = entity_matches(sl, entity)  # as 'entity NAME_OR_ID' reads it
            ent, entries = found[0], sl.entity_timeline(found[0])[1]
            old = [False] * len(entries)
            say_others(entity, found, "timeline --entity")
            title = f"{ent.name} ({ent.type}, entity {ent.id})"
        else:
            st = sl.store.story(followed(sl, story_id))
            if st is None:
                fail(f"no story with id {story_id}; list them with 'storyline stories'")
            entries, title = st.timeline, f"{story_title(sl.store, st)} (story {st.id})"
            old = history_flags(entries, st.first, st.articles)
            why = sl.timeline_note(st.id, not entries)
            stale = f"story {st.id}'s timeline was {why}" if entries and why else ""  # an older release's
            if stale and not as_json:
                err_console.print(stale, markup=False)
        if top is not None:  # the key days of the story itself, as the web page's key dates: no history
            entries = top_timeline(sl.store, entries, top) if entity is not None else sl.story_top(st, top)
            old = [False] * len(entries)
    if as_json:  # a story's entries say whether they are history, as the web page's JSON does
        print_json({"title": title, "note": why if stale or not entries else None,
                    "entries": [{**asdict(e), "history": h} if story_id is not None else asdict(e)
                                for e, h in zip(entries, old, strict=True)]}, TIMELINE_JSON_SCHEMA)
        return
    if not entries:
        out_console.print(f"{title}: no dated entries ({why})")
        return
    if top is None and any(old):  # the history its articles recall first, apart, as the web page does
        out_console.print(_entries_table([e for e, h in zip(entries, old, strict=True) if h],
                                         history_heading(sum(old))))
        entries = [e for e, h in zip(entries, old, strict=True) if not h]
    out_console.print(_entries_table(entries, title))
