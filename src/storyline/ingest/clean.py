"""Page-chrome removal for text as scraped: title, standfirst, dateline, body.

A scraped page is a run of lines: navigation and the headline (often twice)
on top, then the story, then more navigation.  The story is the stretch from
the first to the last line of prose (:func:`~storyline.ingest.lines.is_prose`);
lines outside it are chrome unless they are the title; inside it, only lines
that are chrome wherever they sit (photo credits, share buttons,
"Advertisement", cookie notices, the title repeated) are taken out.  Every
removed line is kept in ``removed`` with its reason, so a user can check.

Example::

    >>> page = ("Home\\n\\nStorm hits coast\\n\\nStorm hits coast\\n\\n"
    ...         "MIAMI -- A storm hit the coast on Monday.\\n\\nShare")
    >>> c = clean_text(page)
    >>> (c.title, c.text, c.dateline)
    ('Storm hits coast', 'MIAMI -- A storm hit the coast on Monday.', 'MIAMI')
    >>> [(r.text, r.reason) for r in c.removed]
    [('Home', 'navigation'), ('Storm hits coast', 'repeated title'), ('Share', 'share/subscribe/navigation')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import regex

from storyline.ingest.asides import RUN_CHROME, aside_reasons
from storyline.ingest.lines import (
    INLINE_CHROME,
    STAMP,
    chrome_reason,
    dateline_at,
    edge_reason,
    ends_sentence,
    find_dateline,
    fold,
    is_date_line,
    is_named_byline,
    is_prose,
    is_title_copy,
    label_reason,
    sentence_count,
    split_priority_label,
    text_key,
    word_count,
    words,
)
from storyline.records import RemovedLine

MAX_STANDFIRST_CHARS = 320
MAX_TITLE_CHARS = 160
INTRO_WORDS = 6  # "Following are the results on Tuesday:" opens a story as a sentence does
LEAD_LINES = 3
DEK_WORDS = 8  # a subheading under the headline is longer than a menu entry or a section label
HEADLINE_SHARE = 0.4  # a line with this share of its words in the title is the headline worded again, not a dek
LONG_LINE_WORDS = 20  # a line this long is text even without final punctuation (headlines are shorter)
MENU_GAP = 20  # plain lines (no item, no row) between a few short sentences above and the story: a site's menu
MENU_WORDS = 40  # ... when the text lines above it hold fewer words than this (menu entries phrased as questions)
MENU_SHARE = 0.8  # ... and the plain lines are this share of the lines between at least
# a word that can end a sentence: two lower-case letters, a digit or four letters before its mark (not an
# initial, "U.S." or "A."), in any alphabet ("году.", "οικονομία.", "été.")
_SENTENCE_WORD = regex.compile(r"(?:\p{Ll}{2}|\d|\p{L}{4})[.!?]$")
# the full stop of a script written without spaces (Chinese, Japanese), with its closing quotes: it ends a sentence
# inside a run with no space after it
_FULL_STOP = re.compile(r"[。！？｡][」』”）)]*")
# words a period follows inside a sentence: abbreviated months, titles and company forms ("held on Nov. 4",
# "Gov. Sarah Palin", "Apple Inc. said"); they end in two lower-case letters, so the test above lets them through
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen gov sen rep lt col capt sgt adm maj prof rev "
    "st mt ft jr sr no vs corp inc co ltd bros".split())
# a list item: a bullet or dash, or a number with a dot or bracket ("- Statuten", "• Paris", "01. Robert Plant")
_ITEM = re.compile(r"^(?P<m>[-–—•*·▪►✓]|\d{1,3}[.)])\s*\S")
_OPENING_MARKS = "\"'„“‘("


def _continues(line: str) -> bool:
    """Does this line carry on the one before it (a hard-wrapped paragraph)?  It starts with a letter in lower
    case, or in a script without case (Chinese, Arabic), after any opening mark; a capital in any script
    ("Übersicht", "Москва") starts a line of its own, as "Sections" does.

    >>> [_continues(s) for s in ("for repairs,", "(and more", "Übersicht", "Москва", "和平协议", "2019 began")]
    [True, True, False, False, True, False]
    """
    first = line.lstrip(_OPENING_MARKS)[:1]
    return first.isalpha() and not first.istitle()  # an upper-case letter is title case too


@dataclass
class Cleaned:
    """The parts of one cleaned article.  ``title_from`` is 'line', 'given' or 'first sentence'."""

    title: str
    text: str
    description: str | None = None
    dateline: str | None = None
    title_from: str = "line"
    headline_only: bool = False
    """The page held only its headline (the body was the title again): the title is kept as the text."""
    date_lines: list[str] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    block: int
    reason: str | None = None


def split_lines(raw: str) -> list[_Line]:
    """Non-empty stripped lines, each with the number of its blank-line-separated block."""
    out: list[_Line] = []
    block = 0
    for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        s = ln.strip()
        if not s:
            block += 1
            continue
        out.append(_Line(s, block))
    return out


def strip_stamps(raw: str) -> tuple[str, list[str]]:
    """The text without template leftovers and time-stamped datelines, and the stamps taken out.

    Server-side include errors go wherever they are; a ``PLACE | date time zone``
    stamp opening a line goes, its date kept for the publication date.

    >>> strip_stamps("MEXICO CITY | Sat Apr 25, 2009 12:51 am BST MEXICO CITY (Reuters) - Schools shut.")
    ('MEXICO CITY (Reuters) - Schools shut.', ['Sat Apr 25, 2009 12:51 am BST'])
    """
    raw = INLINE_CHROME.sub("", raw)
    stamps = [m.group("stamp") for m in STAMP.finditer(raw)]
    return STAMP.sub("", raw), stamps


def first_sentence_end(line: str) -> int | None:
    """Where the first sentence of ``line`` ends (after its mark), if it ends: at least four words, and not
    at an initial or an abbreviation; in a script written without spaces, at its full stop.

    >>> line = "Leaders will meet in Beijing on Nov. 4 for the summit. Ministers came first."
    >>> line[: first_sentence_end(line)]
    'Leaders will meet in Beijing on Nov. 4 for the summit.'
    >>> line = "双方于周一在北京恢复会谈。部长们先到。"
    >>> line[: first_sentence_end(line)]
    '双方于周一在北京恢复会谈。'
    """
    for i, m in enumerate(re.finditer(r"\S+", line)):
        stop = _FULL_STOP.search(m.group())
        if stop:
            return m.start() + stop.end()
        word = m.group().rstrip("\"'”’")
        if i < 3 or not _SENTENCE_WORD.search(word):
            continue
        if word.endswith(".") and word[:-1].lstrip("\"'“‘(").lower() in _ABBREVIATIONS:
            continue
        return m.start() + len(word)
    return None


def first_sentence_title(text: str) -> str:
    """A title made from the first sentence, cut at a word boundary (for inputs with none)."""
    first = text.strip().split("\n", 1)[0] if text.strip() else ""
    end = first_sentence_end(first)
    s = first[:end] if end else first
    if len(s) <= MAX_TITLE_CHARS:
        return s.rstrip(".。")
    cut = s[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def _pick_title(top: list[_Line], lines: list[_Line]) -> _Line | None:
    """The headline among the lines above the story: a line the page repeats, else the longest one."""
    counts: dict[str, int] = {}
    for ln in lines:
        counts[fold(ln.text)] = counts.get(fold(ln.text), 0) + 1
    usable = [ln for ln in top if ln.reason in (None, "navigation") and len(ln.text) <= MAX_TITLE_CHARS]
    repeated = [ln for ln in usable if counts[fold(ln.text)] > 1]
    if repeated:
        return repeated[0]
    if not usable:
        return None
    headline = [ln for ln in usable if not ln.text.endswith((",", ";", ":"))] or usable
    return max(headline, key=lambda ln: word_count(ln.text))


def _join(lines: list[_Line]) -> str:
    """Lines of one block joined by newlines, blocks by a blank line."""
    parts: list[str] = []
    prev: int | None = None
    for ln in lines:
        if prev is not None:
            parts.append("\n" if ln.block == prev else "\n\n")
        parts.append(ln.text)
        prev = ln.block
    return "".join(parts)


def clean_text(
    raw: str, title: str | None = None, scraped: bool = True, boxed: Mapping[str, bool] = MappingProxyType({})
) -> Cleaned:
    """Split scraped text into title, standfirst, dateline and body, dropping chrome.

    ``title`` is the title the input already gave (JSON field, HTML metadata);
    without one the headline is found among the lines above the story, or made
    from the first sentence when the text starts with the story itself.
    ``scraped=False`` is for text a publisher gave as the article (a JSON
    record's ``text``): only chrome that is chrome anywhere is taken out, since
    there are no page edges to trim.  ``boxed`` holds the lines (as
    :func:`~storyline.ingest.markup.text_key`) that the page's markup places in
    the article's own box (:mod:`~storyline.ingest.places`): at the story's
    edges they are not taken for navigation.
    """
    raw, stamps = strip_stamps(raw)
    lines = split_lines(raw)
    for ln in lines:
        ln.reason = chrome_reason(ln.text)
    first, last = _story_span(lines) if scraped else (0, len(lines) - 1)
    lead = lines[: min(first + LEAD_LINES, len(lines))] if scraped else []
    for ln in lead:  # a page's own date stamp and byline sit by its headline, sometimes under the standfirst
        ln.reason = ln.reason or ("date line" if is_date_line(ln.text) else "byline" if is_named_byline(ln.text)
                                  else None)
    top = lines[:first]
    for ln in top + lines[last + 1 :]:
        ln.reason = ln.reason or edge_reason(ln.text)
    if scraped and boxed:
        first, last = _widen_for_box(lines, first, last, boxed)
        top = lines[:first]
    title_from = "given" if title else "line"
    front = _front_matter(lines, first)
    for ln in front:
        ln.reason = _front_reason(ln.text)
    if not title:
        heads = [ln for ln in front if ln.reason == "heading"]
        head = heads[0] if heads else _pick_title(top, lines)
        if head is not None:
            title, head.reason = head.text, "title"
    for ln in lines:
        if title and ln.reason in (None, "navigation") and is_title_copy(ln.text, title):
            ln.reason = "repeated title"
    date_lines = stamps + [ln.text for ln in lead if ln.reason == "date line"]
    opened_by_dek = False  # a text opened by the dek has no dateline (one opens the text)
    if scraped and _is_dek(lines, first, title):
        first -= 1
    elif scraped and _is_opening_dek(lines, first, title):
        lines[0].reason, first, opened_by_dek = None, 0, True
    if scraped:
        for ln in lines[first : last + 1]:
            ln.reason = ln.reason or label_reason(ln.text)
        keep = [i for i in range(first, last + 1) if lines[i].reason is None]
        # the runs' lines marked before them, to the block's end: the last card's link follows its last summary
        seen = sorted({*keep, *(i for i in range(first, len(lines)) if lines[i].reason in RUN_CHROME)})
        for i, why in aside_reasons([ln.text for ln in lines], keep, seen).items():
            lines[i].reason = why
    body = [ln for ln in lines[first : last + 1] if ln.reason is None]
    description = _standfirst(lines, first, body) if scraped else None
    if description is not None:
        body = body[1:]
    label, text = split_priority_label(_join(body))  # the wire's "URGENT:" is no word of the story nor its title
    if title:
        title = split_priority_label(title)[1]
    headline_only = False
    if not text and title and any(ln.reason == "repeated title" for ln in lines):
        text, headline_only = title, True  # a brief whose whole text is its headline: keep it, flagged
    opening = dateline_at(text)  # read once: the title starts after it, and Article.dateline is its place to end
    if not title:
        title, title_from = first_sentence_title(text[opening.body if opening else 0 :]), "first sentence"
    removed = [RemovedLine(ln.text, ln.reason) for ln in lines if ln.reason not in (None, "title")]
    if label:
        removed.append(RemovedLine(label, "priority label"))
    dateline = (None if opening is None or (opened_by_dek and description is None)
                else text[opening.span[0] : opening.end])
    return Cleaned(title=title, text=text, description=description, dateline=dateline,
                   title_from=title_from, headline_only=headline_only, date_lines=date_lines, removed=removed)


FRONT_LINES = 3
"""Lines above a wire dateline that can be its headline, byline and editor's note."""
_EDITORS_NOTE = re.compile(r"^(?:eds?\.?:|editor'?s note|\(.*\)$)", re.I)


def _front_matter(lines: list[_Line], first: int) -> list[_Line]:
    """The headline, byline and editor's note lines above a wire dateline that opens the story.

    Wire copy puts them on lines of their own over "CITY, Nov. 14 (Agency)
    --", which starts the story; a record's text often keeps them, so the
    title would be a byline ("by Sportswriter Gao Peng") and the dateline
    would be missed.  Only short lines that are no sentence count: a story
    whose first paragraph comes before a dateline (a digest) keeps it.

    >>> texts = ["Nation cuddles Olympic mascots", "By Zhou Yan", "BEIJING, Nov. 14 (Xinhua) -- A cub was named."]
    >>> [ln.text for ln in _front_matter([_Line(t, i) for i, t in enumerate(texts)], 0)]
    ['Nation cuddles Olympic mascots', 'By Zhou Yan']
    """
    above: list[_Line] = []
    for ln in lines[first : first + FRONT_LINES + 1]:
        if ln.reason is not None:
            continue
        if find_dateline(ln.text):
            return above
        if ends_sentence(ln.text) or word_count(ln.text) >= LONG_LINE_WORDS:
            return []
        above.append(ln)
    return []


def _front_reason(line: str) -> str:
    """What a front-matter line is: 'byline', "editor's note" or 'heading' (the headline, or a second one)."""
    if re.match(r"by\s", line, re.I):
        return "byline"
    return "editor's note" if _EDITORS_NOTE.match(line) else "heading"


def _story_span(lines: list[_Line]) -> tuple[int, int]:
    """Indexes of the story's first and last line: the first and last line of text.

    A hard-wrapped paragraph is judged whole (its lines joined), so its pieces
    are text when the paragraph is.  A line ending in a colon introduces what
    follows (a results table, a line-up), so when the story's last text line
    does, the lines after it are its list and stay; so does a list that
    starts inside the story or right after its last line and runs on past it
    (a race calendar, a top-100), and a list whose later items are inside the
    story.  A page with no line of text at all but with sentences (a poem, a
    dialogue of short lines) is kept whole: the extractor chose it as the article.
    A site menu above the story whose entries read as short sentences is
    passed over (:func:`_past_menu`).
    """
    text = [i for group in _paragraphs(lines)
            if _is_text(" ".join(lines[i].text for i in group)) for i in group if lines[i].reason is None]
    if not text:  # kept whole only when some line ends a sentence: a list of headlines is no article
        return (0, len(lines) - 1) if any(ends_sentence(ln.text) for ln in lines) else (len(lines), len(lines) - 1)
    first, last = _past_menu(lines, text), text[-1]
    for i in text[: text.index(first)]:
        lines[i].reason = "menu"  # entries phrased as sentences above the story; the rest get the edge's reason
    if lines[last].text.endswith(":"):
        return first, len(lines) - 1
    return _widen_for_tables(lines, *_widen_for_lists(lines, first, last))


def _past_menu(lines: list[_Line], text: list[int]) -> int:
    """The story's first text line, past a site menu whose entries read as short sentences.

    A menu can hold entries phrased as questions or short sentences ("Was sind
    Arbeitsunfälle?", "Wer ist versichert?"), which are text by the prose
    test, so the story would start at the top of the menu.  A few text lines
    (under ``MENU_WORDS`` words in all) set apart from the text below by a run
    of ``MENU_GAP`` or more lines that are neither text nor list items nor
    table rows (``MENU_SHARE`` of the run's lines at least) are the menu's:
    :func:`_story_span` gives those text lines reason 'menu', and the run
    between them and the story gets the edge's reason like any line above
    it; the story starts below.  A story's own list (items or rows) between
    its opening and the rest keeps the opening.
    """
    first, menu_words = text[0], 0
    for k in range(len(text) - 1):
        menu_words += word_count(lines[text[k]].text)
        if menu_words >= MENU_WORDS:
            break
        gap = lines[text[k] + 1 : text[k + 1]]
        plain = [ln for ln in gap if not _marker(ln.text) and not is_table_row(ln.text)]
        if len(plain) >= MENU_GAP and len(plain) >= MENU_SHARE * len(gap):
            first = text[k + 1]
    return first


def _widen_for_box(lines: list[_Line], first: int, last: int, boxed: Mapping[str, bool]) -> tuple[int, int]:
    """Move the story's ends over the lines next to them that the markup puts in the article's box.

    A heading, a code line or a table row next to the story's first or last
    sentence does not read as prose, but in the box that holds the story's
    prose it is the story's.  The end moves over a run of lines in the box,
    as far as the last shaped one (heading, code, cell, item, quotation:
    ``boxed`` maps a line to whether it is); a plain line of the box past it
    (a credit, a label, an appeal) stays out.  The start moves over shaped
    lines only: above the story, the box's plain lines are its byline,
    reading time or kicker.  The lines reached lose the 'navigation' reason
    the edge gave them (a date line or a byline keeps its own).
    """
    if first >= len(lines):
        return first, last
    start = first
    while start > 0 and boxed.get(text_key(lines[start - 1].text)):
        start -= 1
    end, j = last, last
    while j + 1 < len(lines) and (key := text_key(lines[j + 1].text)) in boxed:
        j += 1
        end = j if boxed[key] else end
    for ln in lines[start:first] + lines[last + 1 : end + 1]:
        if ln.reason == "navigation":
            ln.reason = None
    return start, end


def _paragraphs(lines: list[_Line]) -> list[list[int]]:
    """Runs of line indexes that are one paragraph broken by hard line breaks.

    A line that ends no sentence, followed in its block by one that starts in
    lower case, is continued by it.
    """
    groups: list[list[int]] = []
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        if (prev is not None and groups and prev.block == ln.block and not is_prose(prev.text)
                and not prev.text.endswith(":") and _continues(ln.text)):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def is_table_row(line: str) -> bool:
    r"""A row of a table as the extractor writes it (``| Stadion | Stadion im. A. Smoczyka |``), not a menu.

    A cell holding three or more parts set off by bars (``About \| Media \| Search``:
    the extractor escapes a bar inside a cell) is a row of links laid out in a table.

    >>> is_table_row("| 250 g | Weizenmehl |"), is_table_row(r"| | A.Word.A.Day | About \| Media \| Search |")
    (True, False)
    """
    s = line.strip()
    return (len(s) > 1 and s.startswith("|") and s.endswith("|")
            and not any(cell.count("\\|") >= 2 for cell in s.split(" | ")))


def _widen_for_tables(lines: list[_Line], first: int, last: int) -> tuple[int, int]:
    """Move the story's ends over a table set right against its first or last line.

    The extractor keeps the tables of the block it chose; a table that
    touches the story (a match's facts under the report, a recipe's
    ingredients over its steps, a product's data sheet) is the article's
    data, though no row reads as prose.  A table apart from the story, with
    another line between, stays outside.
    """
    while last + 1 < len(lines) and is_table_row(lines[last + 1].text):
        last += 1
    while 0 < first < len(lines) and is_table_row(lines[first - 1].text):
        first -= 1
    return first, last


def _marker(line: str) -> str | None:
    """The kind of list item a line is: 'number', 'bullet', or None when it is no item."""
    m = _ITEM.match(line)
    if m is None:
        return None
    return "number" if m.group("m")[0].isdigit() else "bullet"


def _widen_for_lists(lines: list[_Line], first: int, last: int) -> tuple[int, int]:
    """Move the story's ends over the lists that belong to it (items of one kind, at most one line apart)."""
    inside = {k for ln in lines[first : last + 1] if (k := _marker(ln.text))}
    after = _marker(lines[last + 1].text) if last + 1 < len(lines) else None
    for kind in inside | ({after} if after else set()):
        j = last
        while j + 1 < len(lines) and (_marker(lines[j + 1].text) == kind or (
                j + 2 < len(lines) and _marker(lines[j + 2].text) == kind and j > last)):
            j += 1
        if j - last >= 2 or (kind in inside and j > last):
            last = j
        i = first
        while kind in inside and i - 1 >= 0 and (_marker(lines[i - 1].text) == kind or (
                i - 2 >= 0 and _marker(lines[i - 2].text) == kind)):
            i -= 1
        while i < first and _marker(lines[i].text) != kind:
            i += 1
        first = i
    return first, last


def _is_text(line: str) -> bool:
    n = word_count(line)
    return is_prose(line) or n >= LONG_LINE_WORDS or (n >= INTRO_WORDS and line.endswith(":"))


def _is_dek(lines: list[_Line], first: int, title: str | None) -> bool:
    """Whether the line above the story is its subheading: a long line right under the headline.

    Pages set it without final punctuation ("Seit November ausgefallener Sender
    wieder aktiv – ..."), so it is not prose, but it is the article's own
    summary.  When it is, it is put back (its reason cleared).
    """
    if first < 2 or first >= len(lines) or not title:
        return False
    head, dek = lines[first - 2], lines[first - 1]
    if head.reason != "title" and not (head.reason == "navigation" and fold(head.text) in fold(title)):
        if head.reason != "repeated title":
            return False
    if dek.reason != "navigation" or word_count(dek.text) < DEK_WORDS or _marker(dek.text):
        return False
    dek.reason = None
    return True


def _is_opening_dek(lines: list[_Line], first: int, title: str | None) -> bool:
    """Whether the extracted block's first line, above the story, is the article's kicker or dek.

    The block can open with the line a page sets over or under its headline
    ("Die unglaubliche Geschichte eines Verbotes, das es nie gab"): without
    final punctuation the edge rule takes it for navigation.  It is the
    article's own summary when it is long (``DEK_WORDS``), is not the headline
    worded again (under ``HEADLINE_SHARE`` of its words in the title), and is
    no label, list item or table row (no colon, marker or bar).  When it is,
    it is put back (its reason cleared).
    """
    if first == 0 or first >= len(lines) or not title:
        return False
    dek = lines[0].text
    if lines[0].reason != "navigation" or word_count(dek) < DEK_WORDS or _marker(dek) or ":" in dek or "|" in dek:
        return False
    own = [fold(w) for w in words(dek)]
    headline = {fold(w) for w in words(title)}
    return sum(w in headline for w in own) < HEADLINE_SHARE * len(own)


def _standfirst(lines: list[_Line], first: int, body: list[_Line]) -> str | None:
    """A one-sentence paragraph opening the story and set apart from it by chrome.

    Pages put the standfirst between the headline and the photo; its
    separation from the next paragraph by removed lines (a photo credit, the
    headline again) is what tells it from the story's own first paragraph.
    """
    if len(body) < 2 or first >= len(lines):
        return None
    lead, nxt = body[0], body[1]
    if lead is not lines[first] or lead.block == nxt.block:
        return None
    between = lines[lines.index(lead) + 1 : lines.index(nxt)]
    if not between or any(ln.reason is None for ln in between):
        return None
    if len(lead.text) > MAX_STANDFIRST_CHARS or sentence_count(lead.text) > 1:
        return None
    return lead.text
