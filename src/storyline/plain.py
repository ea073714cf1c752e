"""Text from articles made inert: no control characters (ANSI escapes, bells, cursor moves).

Used wherever article text leaves the program for something that interprets
it: the terminal (``cli``) and the export formats (``export``); also the
counts those say in words (:func:`counted`) and a story's dates (:func:`date_span`).

Example::

    >>> strip_control("Title\\x1b[31m red\\x07")
    'Title[31m red'
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from storyline.records import Lineage, Quote

# C0 and C1 control characters (an ANSI escape starts with one) except tab and newline
_CONTROL = dict.fromkeys([*(c for c in range(32) if c not in (9, 10)), *range(127, 160)])


def strip_control(text: str) -> str:
    """``text`` without control characters other than tab and newline."""
    return text.translate(_CONTROL)


def one_line(text: str) -> str:
    """``text`` on one line: line breaks and other control characters written as escapes, as Python writes them.

    A problem line names its input, and a file name may hold a line break: printed as it was, ``failed: two``
    and ``lines.txt: binary data ...`` were two lines, and a script that reads one problem a line misread both.

    >>> one_line("in/two\\nlines.txt: binary data"), one_line("Zürich – Bericht.html")
    ('in/two\\\\nlines.txt: binary data', 'Zürich – Bericht.html')
    """
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" else c for c in text)


def counted(n: int, noun: str) -> str:
    """``n`` and a regular English noun, plural unless ``n`` is 1, as the web pages write counts.

    >>> counted(1, "article"), counted(0, "event"), counted(12, "mention")
    ('1 article', '0 events', '12 mentions')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


def date_span(first: str | None, last: str | None) -> str:
    """A story's dates as the CLI and the exports say them: first to last, '?' for a missing end, one date
    for a story of one day, or 'undated'.

    >>> date_span("2024-12-01", "2024-12-03"), date_span(None, "2024-12-03"), date_span(None, None)
    ('2024-12-01 to 2024-12-03', '? to 2024-12-03', 'undated')
    >>> date_span("2020-02-14", "2020-02-14")
    '2020-02-14'
    """
    if first and first == last:  # "2020-02-14 to 2020-02-14" said one day twice
        return first
    return f"{first or '?'} to {last or '?'}" if first or last else "undated"


def day_of(value: str | None) -> str:
    """The day of an ISO date or timestamp (``2022-04-21T22:04:54-06:00`` -> ``2022-04-21``), as a list shows it
    (the CLI's lists and the web's ``day`` filter).

    A page's stamp with its time and zone took 25 columns of an 80-column
    table; the day is what a list is read by, and ``show`` and ``--json`` give
    the whole stamp.

    >>> day_of("2022-04-21T22:04:54-06:00"), day_of(None)
    ('2022-04-21', '')
    """
    return (value or "")[:10]


def speaking_for(speaker: str, body: str | None) -> str:
    """An unnamed speaker as the lists show one: the phrase as written and the body it speaks for, if any.

    >>> speaking_for("Pentagon officials", "Pentagon"), speaking_for("officials", None)
    ('Pentagon officials (for Pentagon)', 'officials')
    """
    return f"{speaker} (for {body})" if body is not None else speaker


SCARE_SPEAKER = "no speaker: read as a term in quotation marks"
"""What the CLI's ``quotes`` and the web's quote lists say in a scare quote's speaker place: the annotator read the
words as a term set off, not someone's statement, so it names no one (and may be wrong: it is its reading)."""


def quote_people(q: Quote, names: Mapping[int, str]) -> dict[str, Any]:
    """Who a quote is by, in the fields every JSON output gives (``quotes --json``, ``story --json`` and the web
    pages' JSON twins alike): ``speaker_id`` and ``body_id`` the entity ids, ``speaker_name`` the name the output
    shows (the entity's canonical name, or for an unnamed speaker the words the article uses with the body they
    speak for), ``speaker_text`` the words as written and ``body_name`` the body's name.  The names come from
    ``names`` (entity id to canonical name, :meth:`storyline.api.Storyline.entity_names`), never from the caller's
    own spelling, so one quote reads the same in a story, a quotes page and an article page: a story's overview
    spells a speaker as its chain does in that article ("US"), the entity is "United States" everywhere.  The older
    ``speaker`` and ``body`` fields stay beside them, an id in the CLI's JSON and a name on the web's.

    >>> quote_people(Quote(0, 5, "We won", speaker_text="Pentagon officials", body=7), {7: "Pentagon"})
    ... # doctest: +NORMALIZE_WHITESPACE
    {'speaker_id': None, 'speaker_name': 'Pentagon officials (for Pentagon)', 'speaker_text': 'Pentagon officials',
     'body_id': 7, 'body_name': 'Pentagon'}
    >>> quote_people(Quote(0, 5, "We won", speaker=3, speaker_text="US"), {3: "United States"})["speaker_name"]
    'United States'
    """
    body_name = names.get(q.body) if q.body is not None else None
    if q.speaker is not None:
        shown = names.get(q.speaker, q.speaker_text)
    else:
        shown = speaking_for(q.speaker_text, body_name) if q.speaker_text else None
    return {"speaker_id": q.speaker, "speaker_name": shown, "speaker_text": q.speaker_text, "body_id": q.body,
            "body_name": body_name}


def merged_row(r: Lineage) -> dict[str, Any]:
    """One id merged into a story (a row of :meth:`storyline.api.Storyline.merged_here`) as ``merged_here`` gives it
    in both ``storyline story N --json`` and the story page's JSON twin: ``id`` the old id, ``into`` the id it was
    merged into (the story itself, or one merged on into it), ``at`` the day, ``why`` the reason.

    >>> merged_row(Lineage("story", 12, "merged_into", 3, "2026-12-07T03:30:55Z", "its 1 article ..."))["at"]
    '2026-12-07'
    """
    return {"id": r.old_id, "into": r.new_id, "at": day_of(r.at), "why": r.why}


def merged_line(rows: list[Lineage], cid: int) -> str:
    """The ids merged into story ``cid`` in one line, as ``storyline story`` prints them ('' when none).

    >>> merged_line([Lineage("story", 12, "merged_into", 3, "2026-12-07T03:30:55Z"),
    ...              Lineage("story", 9, "merged_into", 12, "2026-12-06T01:00:00Z")], 3)
    'merged here: story 12 on 2026-12-07, story 9 (by way of story 12) on 2026-12-06'
    """
    said = [f"story {r.old_id}{'' if r.new_id == cid else f' (by way of story {r.new_id})'} on {day_of(r.at)}"
            for r in rows]
    return f"merged here: {', '.join(said)}" if said else ""


def shorten(text: str, limit: int, width: Callable[[str], int] = len) -> str:
    """``text`` cut at the last word that fits in ``limit`` characters, with an ellipsis (all of it, ellipsis
    included, within ``limit``); ``width`` measures whether it fits (the CLI passes the terminal's cell width).

    >>> shorten("Share prices on the Jakarta Stock Exchange ended lower", 30)
    'Share prices on the Jakarta …'

    A letter may take two cells (Chinese): the cut is measured by ``width`` too.

    >>> shorten("北京市人民政府新闻办公室发布会", 12, lambda s: 2 * len(s))
    '北京市人民 …'
    """
    if width(text) <= limit:
        return text
    cut = text[: max(1, limit - 2)]
    while len(cut) > 1 and width(cut) > limit - 2:
        cut = cut[:-1]
    cut = cut.rsplit(" ", 1)[0].rstrip(",;:(")
    return cut + " …"


_SCRIPT_NAMES = {"CJK": "Chinese characters", "HIRAGANA": "Japanese kana", "KATAKANA": "Japanese kana",
                 "HANGUL": "Korean Hangul"}
WORD_SCRIPTS = frozenset(_SCRIPT_NAMES)
"""Scripts (:func:`script_of`) whose one character is a word's worth of letters: Chinese, Japanese, Korean."""


def script_of(letter: str) -> str:
    """The writing system of a letter as Unicode names it, the first word of its character name ("LATIN",
    "CJK", "ARABIC"; "?" for a character without a name).

    >>> script_of("a"), script_of("北"), script_of("ب")
    ('LATIN', 'CJK', 'ARABIC')
    """
    return unicodedata.name(letter, "?").split(" ")[0]


def script_counts(text: str) -> Counter[str]:
    """How many of ``text``'s letters each script holds, by :func:`script_of`'s names.

    >>> sorted(script_counts("Li Na 李娜").items())
    [('CJK', 2), ('LATIN', 4)]
    """
    return Counter(script_of(c) for c in text if c.isalpha())


def main_script(text: str) -> str | None:
    """The writing system most of ``text``'s letters are in, as a reader names it ("Latin", "Arabic",
    "Cyrillic", "Chinese characters"); None when it has no letters.  Read from Unicode's character names, so
    a reason can say what a text is written in rather than what it is not.

    >>> main_script("Flood waters rose"), main_script("ارتفعت مياه الفيضانات"), main_script("北京遭遇今冬首场大雪")
    ('Latin', 'Arabic', 'Chinese characters')
    >>> main_script("Паводок"), main_script("2024 -- 17:00") is None
    ('Cyrillic', True)
    """
    counts = script_counts(text)
    if not counts:
        return None
    script = counts.most_common(1)[0][0]
    return _SCRIPT_NAMES.get(script, script.title())
