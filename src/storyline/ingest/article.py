"""From an input's parts to a stored ``Article``: cleaning, fallbacks, content hash.

Every reader ends here, so the rules that hold for all formats live in one
place: the body is cleaned, ``--published``/``--source``/``--language`` only
fill what the input lacks, the text's language is found (``metadata["language"]``),
a body too short to be an article is a ``Problem``, and the content hash makes
re-ingesting the same input a no-op.

Example::

    >>> ctx = IngestContext(Settings(min_text_chars=10), published="2018-07-12")
    >>> art = build(ctx, "a.txt", "Storm hits\\n\\nA storm hit the coast on Monday.", fmt="text")
    >>> (art.title, art.published, art.published_from)
    ('Storm hits', '2018-07-12', 'option')
    >>> build(ctx, "b.txt", "Home", fmt="text").reason
    'no article text (0 characters after cleaning)'
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from storyline.ingest.asides import is_disclosure
from storyline.ingest.clean import Cleaned, clean_text
from storyline.ingest.hyphens import rejoin_hyphens
from storyline.ingest.language import detect, normalize
from storyline.ingest.lines import is_prose
from storyline.ingest.published import (
    FUTURE,
    ORDER_UNCLEAR,
    after_reading,
    as_list,
    normalize_date,
    other_order,
    unclear_order,
)
from storyline.ingest.summary import repeats
from storyline.records import Article, RemovedLine
from storyline.settings import Settings


@dataclass
class Problem:
    """One line for the user about an input or a stored article; ``kind`` says which:

    - 'failed': bad input, no article (counted in ``IngestReport.failed``);
    - 'skipped': an input with nothing to read, no article (``skipped``);
    - 'unannotated': a stored article the annotators failed on, kept with the reason and retried by the
      next ``annotate`` (``unannotated``; its own kind, so a script can tell it from bad input);
    - 'note': an article stored all the same (its date could not be read), or an input a reader library
      warned about while reading it (:mod:`~storyline.ingest.library_logs`);
    - 'unchanged': an input whose bytes are stored already, not read again (see
      :attr:`IngestContext.stored`; counted as a duplicate, never listed).
    """

    input: str
    reason: str
    kind: str = "failed"

    def as_dict(self) -> dict[str, str]:
        """The three keys ``--json`` lists it by, the same in every command; a field added to the record
        later does not reach scripts unasked.

        >>> Problem("article 7", "not annotated: too many words", "unannotated").as_dict()["kind"]
        'unannotated'
        """
        return {"input": self.input, "reason": self.reason, "kind": self.kind}


SOURCE_FILE = "source_file"
"""The metadata key naming the file and line (JSON Lines), index (JSON array) or entry (feed) an article was
read from; a page's file is its external id already.  (Not ``read_from``: that name is the input hash's.)"""


def located(item: Article | Problem, where: str, fallback: str, label: str = "{where} (id {input})"
            ) -> Article | Problem:
    """A record's or feed entry's problem named by the place it is at (``file:line``, ``file#i``) and by its own
    id (``label``): "num-text: the 'text' field must be a string" left the user to grep every file of the batch
    for the id; an input that is only the ``fallback`` name (no id of its own) is named once.  An article keeps
    the place in ``metadata[SOURCE_FILE]``: its id alone never said which dump held it.

    >>> located(Problem("x7", "no article text"), "dump.jsonl:3", "dump.jsonl#3").input
    'dump.jsonl:3 (id x7)'
    >>> located(Problem("dump.jsonl#3", "no article text"), "dump.jsonl:3", "dump.jsonl#3").input
    'dump.jsonl:3'
    >>> located(Problem("feed.xml#3", "no article text"), "feed.xml#3", "feed.xml#3", "{where} ({input})").input
    'feed.xml#3'
    """
    if isinstance(item, Article):
        item.metadata.setdefault(SOURCE_FILE, where)  # the record's own field of that name wins
        return item
    if item.kind == "unchanged":
        return item
    name = where if item.input == fallback else label.format(where=where, input=item.input)
    return Problem(name, item.reason, item.kind)


@dataclass(frozen=True)
class IngestContext:
    """What every reader needs besides the input: settings and the command's fallbacks."""

    settings: Settings
    published: str | None = None
    source: str | None = None
    language: str | None = None
    stored: Callable[[str], bool] | None = None
    """Whether an input with this :func:`input_hash` is stored already and reading it again would change
    nothing (the API's check: an article read from it is stored, and ``--published`` would not date it).
    A reader whose work is costly (an HTML page: extraction) asks before it, and such an input is a Problem
    of kind 'unchanged'; a re-ingest of an unchanged pile then costs its hashing, not its extraction."""
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    """The moment of reading: a publication date more than a day after it is no publication date
    (:func:`~storyline.ingest.published.after_reading`)."""


@dataclass
class Given:
    """What an input said about an article besides its text (all optional)."""

    title: str | None = None
    description: str | None = None
    published: str | None = None
    published_from: str = "input"
    day_first: bool | None = None
    """Whether the input's locale writes an all-numeric day day-first (None: it does not say;
    :mod:`~storyline.ingest.dayorder`)."""
    order_unclear: bool = False
    """Whether ``published`` was read from an all-numeric day in a guessed order (a page's signal read when
    the page does not say its order): the reader that read it says so, as it no longer holds the raw text."""
    source: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: list[RemovedLine] = field(default_factory=list)
    boxed: dict[str, bool] = field(default_factory=dict)
    """Lines the page's markup places in the article's own box, and whether each is a heading, code, cell,
    item or quotation (:mod:`~storyline.ingest.places`)."""
    input_hash: str = ""
    """sha256 of the input as read, when the reader has it whole (an HTML page); else :func:`build` takes it
    from the raw text and the fields given."""
    scraped: bool = True
    """False when the text is the article as its publisher gave it (a JSON record): no page edges
    to trim, and a short text is a short article (a flash), not a page without one."""


def content_hash(title: str, text: str) -> str:
    """sha256 of the whitespace-folded title and body: the same article hashes the same."""
    norm = " ".join(title.split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def input_hash(*parts: str | bytes | None) -> str:
    """sha256 of what an article was read from: the same input hashes the same, whatever cleaning makes of it.

    Content hashes (:func:`content_hash`) are of the cleaned text, so a page read again by a storyline whose
    cleaning changed would otherwise be stored again, as a near-duplicate of itself.

    >>> input_hash("<p>x</p>", None, "u") == input_hash(b"<p>x</p>", "", "u") != input_hash("<p>x</p>", "u")
    True
    """
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else (part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def unchanged(ctx: IngestContext, external_id: str, read_from: str) -> Problem | None:
    """An 'unchanged' Problem when an article read from the input with hash ``read_from`` is stored and need not
    be read again (:attr:`IngestContext.stored`), else None: asked once per input, before the costly step (a
    page's extraction, a text's cleaning)."""
    if ctx.stored is not None and ctx.stored(read_from):
        return Problem(external_id, "stored already from the same input; not read again", "unchanged")
    return None


def build(
    ctx: IngestContext, external_id: str, raw_text: str, fmt: str, given: Given | None = None
) -> Article | Problem:
    """Clean ``raw_text`` and make the Article, or a 'skipped' Problem when no article is left (an 'unchanged'
    one when the input is stored already, see :attr:`IngestContext.stored`)."""
    g = given or Given()
    read_from = g.input_hash or input_hash(fmt, raw_text, g.title, g.published, g.url)
    # a reader that hashed its own input asked already (article_from_html, of the page before extraction)
    if not g.input_hash and (stored := unchanged(ctx, external_id, read_from)):
        return stored
    c = clean_text(raw_text, title=(g.title or "").strip() or None, scraped=g.scraped, boxed=g.boxed)
    brief = c.headline_only or (bool(c.text) and "\n" not in c.text and is_prose(c.text))
    if len(c.text) < (ctx.settings.min_text_chars if g.scraped else 1) and not brief:
        return Problem(external_id, f"no article text ({len(c.text)} characters after cleaning{_why_removed(c)})",
                       "skipped")
    metadata = dict(g.metadata)
    if c.headline_only or (brief and len(c.text) < ctx.settings.min_text_chars):
        metadata["headline_only"] = True  # a flash: kept, and flagged so readers know there is no more
    if c.title_from == "first sentence":
        metadata["title_from"] = "first sentence"
    description = g.description
    removed = g.removed + c.removed
    if description and repeats(description, c.text):
        description = None  # the page's summary is the story's own first paragraph (maybe cut short)
    elif description and is_disclosure(description):  # "*Werbung. Dieser Beitrag enthält Werbung für ..."
        removed = [*removed, RemovedLine(description, "disclosure")]
        description = None
    description = description or c.description
    read = normalize_date(g.published, g.day_first)
    published_from: str | None = g.published_from
    published = _not_after(ctx, read, published_from, metadata)
    guessed = g.order_unclear or unclear_order(g.published, g.day_first)
    line = c.date_lines[0] if c.date_lines else None
    line_read, line_guessed = normalize_date(line, g.day_first), unclear_order(line, g.day_first)
    shown = _not_after(ctx, line_read, "text", metadata)
    if (published is None and shown) or (published and shown and _utc_next_day(published, shown)):
        # the text's date line, or the page's own local day rather than the UTC one of its metadata
        published, published_from, guessed = shown, "text", line_guessed
    if published is None:  # no date left: a guessed day order that dated the input ahead, the other way round
        for value, was_guessed, signal in ((read, guessed, published_from), (line_read, line_guessed, "text")):
            if was_guessed and (other := other_order(value, ctx.now)):
                published, published_from, guessed = other, signal, False
                metadata[FUTURE] = [v for v in as_list(metadata.get(FUTURE)) if v != f"{signal} {value}"]
                if not metadata[FUTURE]:
                    del metadata[FUTURE]
                break
    if published is None and ctx.published:  # a typed date is held to the moment of reading as an input's is
        # (the CLI refuses a future one before reading; the API and a WARC's capture time meet it here)
        if (typed := _not_after(ctx, ctx.published, "option", metadata)) is not None:
            published, published_from, guessed = typed, "option", False
    if published is None:
        published_from = None
    metadata.pop(ORDER_UNCLEAR, None)
    if published and guessed:
        metadata[ORDER_UNCLEAR] = True
    if g.published and read is None:
        metadata["published_raw"] = g.published  # kept, shown and said: the input's date could not be read
    metadata.update(_language(metadata.get("language") or metadata.get("lang"), ctx.language, c.text))
    title, text = c.title, c.text
    if metadata.get("language") == "en":  # words broken at a line's hyphen made whole: "Ban Ki- moon"
        title, text = rejoin_hyphens(title), rejoin_hyphens(text)
        description = rejoin_hyphens(description) if description else description
    art = Article(
        external_id=external_id, title=title, text=text, description=description,
        published=published, published_from=published_from, source=g.source or ctx.source,
        url=g.url, dateline=c.dateline, format=fmt, metadata=metadata, removed=removed,
    )
    art.content_hash = content_hash(art.title, art.text)
    art.input_hash = read_from
    return art


def _not_after(ctx: IngestContext, value: str | None, signal: str | None, metadata: dict[str, Any]) -> str | None:
    """``value`` unless it lies more than a day after the moment of reading; then None, and the date is
    listed under :data:`~storyline.ingest.published.FUTURE` with its signal, so the next signal is taken and
    ``storyline show`` says why this one was not (never a silent today)."""
    if value is None or not after_reading(value, ctx.now):
        return value
    metadata[FUTURE] = [*as_list(metadata.get(FUTURE)), f"{signal} {value}"]  # a new list: the Given's stays
    return None


def _language(given: object, option: str | None, text: str) -> dict[str, str]:
    """The article's language and where it came from: the record's own ``language`` (or ``lang``) field, else the
    ``--language`` option, else the one its text is written in (:mod:`~storyline.ingest.language`)."""
    for value, source in ((given, "input"), (option, "option")):
        code = normalize(value)
        if code:
            return {"language": code, "language_from": source}
    found = detect(text)
    return {"language": found, "language_from": "text"} if found else {}


def _why_removed(c: Cleaned) -> str:
    """The cleaning rules that took the lines out, most lines first: '; removed: 7 navigation, 1 date line'.

    >>> _why_removed(clean_text("Home\\nSports\\nPosted on May 1, 2020"))
    '; removed: 1 navigation, 1 date line'
    """
    counts = Counter(r.reason for r in c.removed)
    return "; removed: " + ", ".join(f"{n} {why}" for why, n in counts.most_common()) if counts else ""


def _utc_next_day(stamp: str, shown: str) -> bool:
    """Whether a UTC time stamp falls on the day after the date the page shows (an evening story in the Americas).

    >>> _utc_next_day("2009-04-25T01:30:00+00:00", "2009-04-24"), _utc_next_day("2009-04-25", "2009-04-24")
    (True, False)
    """
    if not stamp.endswith(("+00:00", "Z")) or len(stamp) <= 10:
        return False
    try:
        return dt.date.fromisoformat(stamp[:10]) - dt.date.fromisoformat(shown[:10]) == dt.timedelta(days=1)
    except ValueError:
        return False
