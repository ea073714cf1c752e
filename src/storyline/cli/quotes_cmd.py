"""``storyline quotes``: who said what, across the store."""

from __future__ import annotations

from typing import Any

import typer
from rich.text import Text

from storyline.api import BadCursor, Storyline
from storyline.cli.app import (
    ID_ARGUMENTS,
    Context,
    app,
    fail,
    followed,
    out_console,
    page_links,
    plain,
    print_page_json,
    search_seconds_option,
)
from storyline.cli.entities_cmd import entity_matches, say_others
from storyline.plain import SCARE_SPEAKER, day_of, quote_people, shorten, speaking_for
from storyline.records import QUOTE_KINDS, Article, Quote
from storyline.store.base import as_id


@app.command()
def quotes(
    ctx: typer.Context,
    query: str = typer.Argument(None, help="Only quotes matching this full-text query (FTS5 syntax)."),
    speaker: str = typer.Option(None, "--speaker", "-s", metavar="NAME_OR_ID",
                                help="Only quotes by this entity (name, alias or id), or "
                                "by people who speak for it ('Pentagon officials', 'Pentagon spokesman John Kirby')."),
    limit: int = typer.Option(100, "--limit", "-n", min=1, help="At most this many quotes (a page)."),
    after: str = typer.Option(None, "--after", help="The page after this cursor (printed under each page)."),
    before: str = typer.Option(None, "--before", help="The page before this cursor (to page back)."),
    kind: list[str] = typer.Option(
        None, "--kind", "-k", help="Only this kind: direct, indirect, mixed, scare, or all (repeatable; "
        "default: all but scare quotes)."),
    story: int = typer.Option(None, "--story", metavar="ID", parser=ID_ARGUMENTS["story_id"],
                              help="Only quotes in this story's articles (id from 'storyline stories', as the web's "
                              "quotes page filters by story; an old id is followed)."),
    seconds: float = search_seconds_option(),
    as_json: bool = typer.Option(False, "--json", help="JSON output: {\"schema\": 2, \"quotes\": [...], \"after\":"
                                 " next page's cursor, \"before\": previous page's}."),
) -> None:
    """List what was said, quoted or reported, with speakers, cues and articles, oldest first, a page at a time.

    Each page ends with the cursor of the next one: pass it to --after (a deep
    page costs what the first does).  Undated articles' quotes come last.  A query
    in Chinese, Japanese, Thai or Korean is found as written inside the quote (every term).

    Example:  storyline quotes --speaker "Angela Merkel" --kind indirect budget
              storyline quotes --limit 20 --after CURSOR     storyline quotes --story 3
    """
    c: Context = ctx.obj
    kinds = _kinds(kind)
    with c.open(search_seconds=seconds) as sl:
        sid = None
        if story is not None:  # an old id: the story that holds its articles now, said as 'storyline story' says it
            sid = followed(sl, story)
            if not sl.stories(with_timeline=False, ids=[sid]):
                fail(f"no story with id {story}; list them with 'storyline stories'")
        speaker_id = _speaker(sl, speaker)
        try:
            shown = sl.quote_page(speaker=speaker_id, query=query, limit=limit, kinds=kinds, after=after, before=before,
                                  story=sid)
        except BadCursor as exc:
            fail(f"--after/--before: {exc}")
        rows = shown.items
        ids = {e for _, q in rows for e in (q.speaker, q.body) if e is not None}
        names = sl.store.entity_names(sorted(ids | ({speaker_id} if isinstance(speaker_id, int) else set())))
        arts = {a.id: a for a in sl.articles(ids=sorted({aid for aid, _ in rows}))} if rows else {}
    if as_json:
        print_page_json("quotes", [_row(aid, q, arts.get(aid), names) for aid, q in rows], shown.next, shown.prev)
        return
    if not rows:
        by = names.get(speaker_id) if isinstance(speaker_id, int) else None
        # every filter given is said: "no quotes by 'Jobs'" hid the --story or --kind that emptied the list
        what = ((f" by {by or speaker!r}" if speaker else "") + (f" matching {query!r}" if query else "")
                + (f" of kind {' or '.join(kinds)}" if kinds and "all" not in kind else "")
                + (f" in story {sid}" if sid is not None else ""))
        out_console.print(f"no quotes{what}")
        return
    for aid, q in rows:
        art = arts.get(aid)
        named = None if q.speaker is None else names.get(q.speaker, "?")  # the resolved speaker's name
        # a speaker written but not resolved to a name ("officials", "he") is said, only unnamed: it read
        # "(speaker not said) (as 'officials', said)"
        if q.kind == "scare":  # read as a term in quotation marks: no speaker, as the web says it
            who = f"({SCARE_SPEAKER})"
        elif named is not None:
            who = named
        elif q.speaker_text and q.body is not None:  # "Pentagon officials (for Pentagon)": unnamed, for a body
            who = speaking_for(q.speaker_text, names.get(q.body, "?"))
        elif q.speaker_text:
            who = f"{q.speaker_text} (no name)"
        else:
            who = "(speaker not said)"
        said_as = f"as {q.speaker_text!r}" if q.speaker_text and named is not None else ""
        how = ", ".join(x for x in (said_as, q.cue or "") if x)
        day = day_of(art.published if art else None) or "undated"
        out_console.print(Text.assemble((plain(who), "bold"), plain(f" ({how})") if how else "",
                                        (f"  article {aid}, {day}", "dim")))
        out_console.print("  " + said(q))
    if links := page_links(shown.next, shown.prev):
        out_console.print("; ".join(links), markup=False)


def _row(aid: int, q: Quote, art: Article | None, names: dict[int, str]) -> dict[str, Any]:
    """A quote as ``quotes --json`` gives it: ``speaker`` and ``body`` the entity ids, with who spoke in the fields
    every JSON output shares (``plain.quote_people``)."""
    return {"article": aid, "published": art.published if art else None, "speaker": q.speaker, "body": q.body,
            **quote_people(q, names),
            "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end, "kind": q.kind,
            "confidence": round(q.confidence, 3), "partial": q.partial, "text": q.text, "start": q.start, "end": q.end}


def _speaker(sl: Storyline, speaker: str | None) -> str | int | None:
    """What ``--speaker`` selects: an entity id (``--speaker 331``, an id ``entities`` and ``entity`` print; a merged
    id goes on to its survivor, said on stderr), as ``entity ID`` and ``timeline --entity ID`` take one, else every
    entity with the name in an alias (so ``--speaker Microsoft`` keeps "Microsoft CEO Steve Ballmer"), the ids taken
    said on stderr as ``timeline --entity`` says the entities a name matches: ``--speaker Air`` took 50 entities of
    the newswire without a word.  An id or a name no entity has is a usage error, as for a timeline.
    """
    if not speaker:
        return None
    found = entity_matches(sl, speaker)  # an id or a name as 'entity' and 'timeline --entity' read it
    if as_id(speaker) is not None:
        return found[0].id
    say_others(speaker, sl.entities(name=speaker), "quotes --speaker", all_taken=True)
    return speaker


def said(q: Quote, limit: int | None = None) -> str:
    """A quote as the listings print it: the speaker's words in quotation marks, a scare quote (a term set off in
    quotation marks, as the annotator reads it) in them and marked ``[scare]``, reported speech marked with its kind and
    none (the article's words), a partial quote opened with '…', and a quote cut to ``limit`` characters at a
    word, the cut said by '…' (the web pages mark them alike).

    >>> said(Quote(0, 10, "We will win"))
    '“We will win”'
    >>> said(Quote(0, 10, "the talks would resume soon", kind="indirect"), limit=18)
    '[indirect] the talks would …'
    >>> said(Quote(0, 10, "dismayed", kind="scare"))
    '[scare] “dismayed”'
    """
    text = q.text if limit is None else shorten(q.text, limit)
    words = f"“{text}”" if q.kind == "direct" else f"[scare] “{text}”" if q.kind == "scare" else f"[{q.kind}] {text}"
    return ("… " if q.partial else "") + words


def _kinds(given: list[str] | None) -> list[str] | None:
    """The --kind values checked: None (the default listing) or a list of known kinds."""
    if not given:
        return None
    if "all" in given:
        return list(QUOTE_KINDS)
    unknown = [k for k in given if k not in QUOTE_KINDS]
    if unknown:
        fail(f"--kind {unknown[0]!r} is not a quote kind; use one of {', '.join(QUOTE_KINDS)} or all")
    return given
