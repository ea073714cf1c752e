"""``storyline articles`` / ``show`` / ``search``: look at what is stored."""

from __future__ import annotations

import typer
from rich.cells import cell_len
from rich.text import Text

from storyline.api import BadCursor
from storyline.cli.app import (
    ID_ARGUMENTS,
    RECORD_JSON_SCHEMA,
    Context,
    app,
    err_console,
    fail,
    out_console,
    page_links,
    plain,
    print_cut_json,
    print_json,
    print_listing,
    print_page_json,
    search_seconds_option,
)
from storyline.ingest.article import SOURCE_FILE
from storyline.ingest.published import date_from, not_taken
from storyline.plain import day_of, shorten, speaking_for
from storyline.store import snippet
from storyline.store.base import ends_before_start
from storyline.timeline.dates import is_date_prefix

SOURCE_CELLS = 24
"""An outlet's name in the article list is cut to this many terminal cells (``show`` and ``--json`` give it whole).

A page's site name can run to 70 characters ("Noticias de El Salvador - La
Prensa Gráfica | Informate con la verdad"); printed whole it pushed an
80-column table past the terminal, and the table dropped its id column, the
one thing a reader needs to ``show`` an article.
"""
_ALL_PAGE = 1000  # rows one query of `articles --all` reads: it walks by cursor, so each costs what the first does


def check_prefix(value: str | None) -> str | None:
    """Accept an ISO date prefix (``2019``, ``2019-01``, ``2019-01-31``, a datetime); anything else is a
    usage error: ``--since garbage`` listed no articles and said only that none match.

    >>> check_prefix("2019-01")
    '2019-01'
    """
    if value is not None and not is_date_prefix(value):
        raise typer.BadParameter(f"{value!r} is not an ISO date such as 2019, 2019-01 or 2019-01-31")
    return value


@app.command()
def articles(
    ctx: typer.Context,
    since: str = typer.Option(None, "--since", callback=check_prefix, help="Published on or after (ISO date prefix)."),
    until: str = typer.Option(None, "--until", callback=check_prefix, help="Published on or before (ISO date prefix)."),
    source: str = typer.Option(None, "--source", metavar="NAME", help="Only this source."),
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="At most this many rows (a page)."),
    after: str = typer.Option(None, "--after", help="The page after this cursor (printed under each page)."),
    before: str = typer.Option(None, "--before", help="The page before this cursor (to page back)."),
    every: bool = typer.Option(False, "--all", help="List every matching article (--limit is ignored)."),
    as_json: bool = typer.Option(False, "--json", help="JSON output: {\"schema\": 2, \"articles\": [...],"
                             " \"after\": next page's cursor, \"before\": previous page's}."),
) -> None:
    """List stored articles in publication order (undated last), a page at a time.

    Each page ends with the cursor of the next one: pass it to --after.

    Example:  storyline articles --since 2019-01 --source "The Diplomat"     storyline articles --after CURSOR
              storyline articles --all --json
    """
    c: Context = ctx.obj
    if ends_before_start(since, until):
        fail(f"--until {until} is before --since {since}: no date is in both; swap them?")
    if every and (after or before):
        fail("--all lists every article from the first: leave out --after/--before")
    with c.open() as sl:
        try:
            page = sl.article_page(since=since, until=until, source=source, limit=_ALL_PAGE if every else limit,
                                   after=after, before=before)
            rows = list(page.items)
            while every and page.next:  # by cursor, so each page costs what the first does
                page = sl.article_page(since=since, until=until, source=source, limit=_ALL_PAGE, after=page.next)
                rows += page.items
        except BadCursor as exc:
            fail(f"--after/--before: {exc}")
    if as_json:
        print_page_json("articles", [{"id": a.id, "published": a.published, "source": a.source, "title": a.title,
                                      "external_id": a.external_id, "duplicate_of": a.duplicate_of} for a in rows],
                        None if every else page.next, None if every else page.prev)
        return
    if not rows:  # an empty page says why rather than drawing an empty table
        out_console.print("no articles on this page" if after or before else
                          "no articles match these filters" if since or until or source else
                          "no articles yet: storyline ingest FILES", markup=False)
        return
    print_listing(("id", "published", "source", "title", "copy of"),
                  [(str(a.id), day_of(a.published), shorten(a.source or "", SOURCE_CELLS, cell_len), a.title,
                    str(a.duplicate_of or "")) for a in rows])
    if not every and (links := page_links(page.next, page.prev)):
        out_console.print("; ".join(links), markup=False)


@app.command()
def show(
    ctx: typer.Context,
    article_id: int = typer.Argument(..., parser=ID_ARGUMENTS["article_id"],
                                     help="Article id (see 'storyline articles')."),
    removed: bool = typer.Option(False, "--removed", help="Also list the lines cleaning removed, with reasons."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Show one article: fields, clean text, and its entities, timexes and quotes.

    Example:  storyline show 3 --removed
    """
    c: Context = ctx.obj
    with c.open() as sl:
        art = sl.article(article_id)
        if art is None:
            fail(f"no article with id {article_id}; list them with 'storyline articles'")
        ann = sl.annotation(article_id)
        held = sl.stories_holding([art])[article_id]
    if as_json:
        from dataclasses import asdict

        data = asdict(art)
        data["annotation"] = asdict(ann)
        data["stories"] = [{"id": sid, "title": title} for sid, title in held]  # as the article page's JSON
        if not removed:
            data.pop("removed")
        print_json(data, RECORD_JSON_SCHEMA)
        return
    con = out_console
    con.print(art.title, style="bold")
    raw = art.metadata.get("published_raw")  # the input's date, when it could not be read
    unread = f"the input's date {str(raw)!r} could not be read" if raw else ""
    came = "; ".join(w for w in (date_from(art.published_from, art.metadata), unread, not_taken(art.metadata))
                     if w) or "unknown"
    meta = [f"id {art.id}", f"published {art.published or '?'} ({came})",
            f"source {art.source or '?'}", f"language {art.metadata.get('language') or '?'}",
            f"external id {art.external_id}"]
    if art.metadata.get(SOURCE_FILE):  # the dump or feed a record came in (a page's file is its external id)
        meta.append(f"read from {art.metadata[SOURCE_FILE]}")
    if art.url:
        meta.append(art.url)
    if art.duplicate_of:
        meta.append(f"copy of {art.duplicate_of}")
    con.print(" · ".join(meta))
    for sid, story_title in held:  # the story that follows it, as the article page says
        con.print(f"in story {sid}: {story_title}", markup=False)
    if art.description:
        con.print(art.description, style="italic")
    if ann.skipped:
        con.print(f"not annotated: {ann.skipped}", style="italic")
    con.print()
    con.print(art.text)
    if ann.mentions:
        con.print("\nEntities", style="bold")
        names: dict[int | None, set[str]] = {}
        for m in ann.mentions:
            names.setdefault(m.entity, set()).add(m.text)
        for chain in ann.chains:
            forms = ", ".join(sorted(names.get(chain.entity, [])))
            con.print(f"  {chain.name} ({chain.type}) #{chain.entity}: {forms}")
    if ann.timexes:
        con.print("\nTime expressions", style="bold")
        for t in ann.timexes:
            signal = f"({t.signal}) " if t.signal else ""
            con.print(f"  {signal}{t.text!r} -> {t.value} {t.type}{' ' + t.mod if t.mod else ''}")
    if ann.quotes:
        con.print("\nQuotes and reported speech", style="bold")
        bodies = {c.entity: c.name for c in ann.chains if c.entity is not None}
        for q in ann.quotes:
            unnamed_body = bodies.get(q.body, "?") if q.speaker is None and q.body is not None else None
            who = speaking_for(q.speaker_text or "?", unnamed_body)  # "Pentagon officials (for Pentagon)"
            con.print(f"  ({q.kind}) {who} ({q.cue or '-'}, {q.confidence:.2f}): {q.text[:160]}")
    if removed:
        con.print("\nRemoved by cleaning", style="bold")
        for r in art.removed:
            con.print(f"  [{r.reason}] {r.text}")


@app.command()
def search(
    ctx: typer.Context,
    query: str = typer.Argument(..., help='FTS5 query: words, "a phrase", AND/OR/NOT, prefix*'),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="At most this many matches."),
    seconds: float = search_seconds_option(),
    as_json: bool = typer.Option(False, "--json", help="JSON output: {\"schema\": 2, \"articles\": [...], \"more\":"
                                 " true when more articles match than --limit}."),
) -> None:
    """Full-text search over titles and text, best matches first, with snippets.

    A query in Chinese, Japanese, Thai or Korean is found as written inside the text (every term).
    Matches are shown in bold between [ and ]; with --json, "snippet" is the text and "hits" the
    [start, end) offsets of the matches in it (a bracket in the article is only text).

    Example:  storyline search '"Kim Jong Un" letter'     storyline search 北京
    """
    c: Context = ctx.obj
    with c.open(search_seconds=seconds) as sl:
        hits = sl.search(query, limit + 1)  # one more, to say when the limit cut the list (as the web page does)
        more = len(hits) > limit
        hits = hits[:limit]
        held = sl.stories_holding([a for a, _, _ in hits])  # where each hit is followed, as the web page says
    if more:  # a reader took the first 20 for every match, and a script could not tell either
        err_console.print(f"more articles match than these {limit}: --limit N shows more, or add words to narrow",
                          markup=False)
    if as_json:
        print_cut_json("articles", [{"id": a.id, "title": a.title, "published": a.published,
                                     "snippet": snippet.unmarked(s), "hits": snippet.hit_spans(s), "rank": r,
                                     "stories": [{"id": sid, "title": t} for sid, t in held.get(a.id or 0, [])]}
                                    for a, s, r in hits], more)
        return
    if not hits:
        out_console.print(f"no articles match {query!r}", markup=False)
        return
    for a, snip, _ in hits:
        out_console.print(Text.assemble((str(a.id), "bold"), plain(f" {day_of(a.published)} {a.title}")))
        out_console.print(Text.assemble("    ", *((plain(f"[{t}]"), "bold") if hit else plain(t)
                                                 for t, hit in snippet.parts(snip))))
        if held.get(a.id or 0):
            out_console.print("    in " + "; ".join(f"story {sid}: {shorten(t, 80)}" for sid, t in held[a.id or 0]),
                              style="dim", markup=False)
