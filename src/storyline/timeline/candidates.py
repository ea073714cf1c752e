"""Dated sentences of one article: the raw material of every timeline.

Each normalized date in an article, with the sentence around it, is a
*candidate* entry; so is the article's publication day with its lead
sentence (what the article reports).  Candidates are pure functions of an
``Article`` and its ``Annotation``: no store, no model.

Example::

    >>> from storyline.records import Annotation, Article, Sentence, Timex
    >>> text = "Trump said on Tuesday that Kim sent a letter on Monday. It was warm."
    >>> art = Article(external_id="x", title="t", id=1, published="2019-06-11", text=text)
    >>> ann = Annotation(article_id=1, sentences=[Sentence(0, 55), Sentence(56, 68)],
    ...                  timexes=[Timex(14, 21, "Tuesday", "DATE", "2019-06-11"),
    ...                           Timex(48, 54, "Monday", "DATE", "2019-06-10")])
    >>> [c.date for c in article_candidates(art, ann)]  # the two dates, and the lead on its publication day
    ['2019-06-11', '2019-06-10', '2019-06-11']
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import importlib.util
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.ingest.lines import dateline_at
from storyline.lead import LIST_HEADING
from storyline.plain import script_counts
from storyline.records import Annotation, Article, Sentence
from storyline.timeline.clauses import (
    closing_attribution,
    date_pieces,
    days_from_spans,
    holds_count,
    in_comparison,
    in_since_clause,
    modifies_noun,
    period_bounds,
    relative_aside,
    reporting_frame,
    tallied_over,
)
from storyline.timeline.dates import DAY, granularity, published_day, span, timeline_date
from storyline.timeline.display import DATE_WORDS, PHRASE_OPENERS, opens_mid_clause, subject_before
from storyline.timeline.status import HAPPENED, PLANNED, is_background, status_of
from storyline.timeline.verbs import has_event_verb
from storyline.timeline.words import WORD

MAX_TEXT = 220
"""Longer sentences are cut to the clauses around the date (characters)."""
MIN_WORDS = 4
"""A sentence with fewer words than this besides its date is a byline or heading, not a happening."""

LEAD_SKIP = 2
"""Background sentences (see status.py) skipped at most when looking for an article's lead."""

RECALL_DAYS = 7
"""A date this many days or more before an article is a past happening it recalls, not its news of the week."""

_CLAUSE_BREAK = re.compile(r"[;:]\s+|,\s+|\s+[-\u2013\u2014]+\s+")
_QUOTE_MARKS = " \t\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


@dataclass
class Candidate:
    """One dated sentence of one article, before merging across articles."""

    date: str
    article: int
    start: int  # the sentence's character span in the article text
    end: int
    text: str
    entities: list[int] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    published: bool = False  # dated by the article's publication day, not by a timex
    event: bool = False  # told with an event verb (see verbs.py): a happening, not background
    recalled: bool = False  # the date ends over RECALL_DAYS before the article's day: a later article looks back
    status: str = HAPPENED  # happened / planned / expected / recalled, from wording and the article's day
    background: bool = False  # describes (geography, biography) rather than reports (see status.py)
    named: set[str] = field(default_factory=set)  # of ``words``, those only in its names and reporting frame (who)


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, read on first use from their own module file.

    Importing ``spacy.lang.en.stop_words`` imports spaCy itself first, which costs seconds (9 s on a
    loaded 2-core machine), paid by ``storyline timeline --top`` on every run and by the web server on
    its first story page (the key dates rank days with these words), though neither parses anything.
    The module is a plain set with no imports, so it is run alone unless spaCy is loaded already.
    """
    if "spacy.lang.en.stop_words" in sys.modules:
        return frozenset(sys.modules["spacy.lang.en.stop_words"].STOP_WORDS)
    package = importlib.util.find_spec("spacy")  # finds the package without running its __init__
    path = Path(package.origin).parent / "lang" / "en" / "stop_words.py" if package and package.origin else None
    spec = importlib.util.spec_from_file_location("_storyline_en_stop_words", path) if path else None
    if spec is None or spec.loader is None or path is None or not path.is_file():
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def content_words(text: str) -> set[str]:
    """Lower-case content words (no stop words or date words, 4 letters or more), to tell happenings apart.

    >>> sorted(content_words("The summit in Singapore was held on June 12"))
    ['held', 'singapore', 'summit']
    """
    words = (m.group().lower() for m in WORD.finditer(text))
    return {w for w in words if len(w) >= 4 and w not in _stop_words() and w not in DATE_WORDS}


def own_words(text: str, lo: int = 0, hi: int = 0) -> set[str]:
    """The content words of ``text`` outside a clause placing its happening a day or a few from another one
    (:func:`~storyline.timeline.clauses.days_from_spans`), unless that clause holds the date at ``text[lo:hi]``:
    the words that link it to the same happening told elsewhere.

    >>> sorted(own_words("Rumsfeld was stepping down, one day after Democrats won control of the House."))
    ['rumsfeld', 'stepping']
    >>> s = "Rebels left the town one day after the truce of June 3."
    >>> sorted(own_words(s, s.index("June"), len(s) - 1))
    ['left', 'rebels', 'town', 'truce']
    """
    kept: list[str] = []
    at = 0
    for a, b in days_from_spans(text):
        if not a <= lo < min(b, hi):
            kept.append(text[at:a])
            at = b
    return content_words(" ".join([*kept, text[at:]]))


WHO = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
"""The kinds of named mention that say who was involved, or where; an event's (EVENT: "Hurricane Katrina", "World
Cup Final") tells what happened."""


_TITLED_FUNCTION = frozenset("In On At For Of".split())
"""Short function words a sentence writes lower-case; capitalised after the first word they mark Title Case copy
("The" is left out: "The Washington Post" is a name mid-sentence)."""


def name_words(text: str, names: Sequence[tuple[int, int]] = (), frame: tuple[int, int] | None = None,
               deeds: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The content words ``text`` uses only to say who was involved or who told it, and nowhere else in it: inside
    a mention naming who (``names``, offsets in ``text``: "Tony Blair", "Siberia"), in its reporting frame
    ``frame`` (:func:`~storyline.timeline.clauses.reporting_frame`: "Prime Minister Tony Blair said on Tuesday
    that"), or written with a capital letter ("Defense Secretary", "the Dalai Lama").  Not a capital that tells
    nothing: inside a mention naming what happened (``deeds``: "Hurricane Katrina hit New Orleans", "the World Cup
    Final"), in copy that shows no case (wire copy in capitals, "POPE BENEDICT ARRIVED IN TURKEY", or a headline in
    Title Case), or the sentence's first word
    before a lower-case one ("Troops left"; but "Prime Minister Tony Blair" is a name from its first word).

    >>> sorted(name_words("Voters expressed anger at President Bush, the Post said."))
    ['bush', 'post', 'president']
    >>> sorted(name_words("Hurricane Katrina hit New Orleans.", [(22, 33)], None, [(0, 17)]))
    ['orleans']
    >>> sorted(name_words("POPE BENEDICT ARRIVED IN TURKEY", [(25, 31)]))
    ['turkey']
    >>> sorted(name_words("Pope Arrives In Turkey On Tuesday For Four-Day Visit", [(16, 22)]))
    ['turkey']
    """
    inside = [*names, *([frame] if frame else [])]
    words = list(WORD.finditer(text))
    # copy that shows no case, where a capital tells no name: wire copy in capitals ("POPE BENEDICT ARRIVED"), or
    # a headline in Title Case ("Pope Arrives In Turkey On Tuesday"), known by a short function word capitalised
    # after the first word (a sentence writes "in", "on", "the" lower-case beside its names: "President Bush met
    # Prime Minister Ehud Olmert at the White House")
    shouted = (sum(w.group().isupper() for w in words) * 2 > len(words)
               or any(w.group() in _TITLED_FUNCTION for w in words[1:]))
    upper: set[str] = set()
    lower: set[str] = set()
    for i, m in enumerate(words):
        word, at = m.group(), m.start()
        if any(x <= at < y for x, y in inside):
            upper.add(word.lower())
        elif (any(x <= at < y for x, y in deeds) or shouted or not word[0].isupper()
              or (i == 0 and len(words) > 1 and not words[1].group()[0].isupper())):
            lower.add(word.lower())
        else:
            upper.add(word.lower())
    return content_words(" ".join(upper - lower))


def trim(text: str, start: int, end: int, limit: int = MAX_TEXT) -> str:
    """The sentence, or when longer than ``limit`` a window of it that holds ``text[start:end]``.

    The window starts at the sentence start when the date lies early enough
    (the subject and verb of a news sentence come first), otherwise at the
    clause break or word before the date; it ends at the last clause break
    or word that fits.

    >>> trim("He came back, and on Monday, after a long wait, the talks began in earnest.", 20, 26, 40)
    'He came back, and on Monday …'
    >>> trim("After a long wait and many delays, talks began on Monday in the capital city.", 50, 56, 40)
    '… began on Monday in the capital city.'
    """
    text = " ".join(text.split()) if len(text) <= limit else text
    if len(text) <= limit:
        return text.strip()
    lo = 0
    if end > limit * 3 // 4:
        lo = max(0, start - limit // 3)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
        lo = breaks[0] if breaks else _phrase_start(text, text.find(" ", lo, start) + 1)
    hi = max(end, lo + limit)
    if hi < len(text):
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, end, hi)]
        hi = breaks[-1] if breaks and breaks[-1] - lo > limit // 2 else max(end, text.rfind(" ", end, hi))
    piece = " ".join(text[lo:hi].split()).strip(" ,;:-\u2013\u2014")
    return ("… " if lo > 0 else "") + piece + (" …" if hi < len(text) else "")


def _ended(said: str, cut: bool) -> str:
    """An entry's text with " …" after it when its sentence goes on past it (``cut``), unless it ends so already."""
    return said + " …" if cut and not said.endswith("…") else said


def _in_piece(spans: Sequence[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The ``spans`` (offsets in the text) lying inside ``text[lo:hi]``, as offsets from ``lo``."""
    return [(x - lo, y - lo) for x, y in spans if lo <= x and y <= hi]


_PHRASE_WORDS = 8
"""At most this many words a cut steps back to the start of the phrase it fell in."""
_TOKEN = re.compile(r"\S+")


def _phrase_start(text: str, lo: int) -> int:
    """Where the phrase holding the word at ``text[lo]`` starts, when a cut at a word (no clause break near) fell
    inside a name or after its determiner or preposition: back over the capitalized words before it, then its
    determiners and prepositions ("… London hotel where ..." of "at the London hotel where ..." is "… at the
    London hotel where ..."), so that the piece shows it opens mid-sentence instead of on what looks like its
    subject (:func:`~storyline.timeline.top.reads_alone`).  A cut after any other word stays where it is
    ("said Tayan would visit": "Tayan" opens the clause).

    >>> s = "Police searched the bar at the London hotel where he met them on November 1."
    >>> s[_phrase_start(s, s.index("London")):][:25]
    'at the London hotel where'
    >>> s = "The ministry said Tayan would visit Israel on April 7."
    >>> s[_phrase_start(s, s.index("Tayan")):][:5]
    'Tayan'
    """
    if not text[lo : lo + 1].isupper():
        return lo
    start = lo
    for m in reversed(list(_TOKEN.finditer(text, max(0, lo - 120), lo))[-_PHRASE_WORDS:]):
        word = m.group().strip("\"'(")
        # a step goes over a name's word or a lower-case opener; a capitalized opener is a sentence's own first
        # word ("The", "In"), and anything else (a verb, a punctuated word) ends the phrase
        if (word[:1].isupper() and word.isalpha()) == (word.lower() in PHRASE_OPENERS):
            break
        start = m.start()
    return start


def _told_on(body: str, lo: int, hi: int, names: list[tuple[int, int]]) -> bool:
    """Whether the date at ``body[lo:hi]`` dates the sentence's closing attribution ("..., said X on Thursday.");
    ``names``: the sentence's named mentions, in ``body``'s offsets."""
    comma = body.rfind(",", 0, lo)
    return comma > 0 and closing_attribution(body, comma + 1, [(lo, hi)], names)


_CLOSED = re.compile("[.!?\u2026:;|][\"')\\]\u2019\u201d\u00bb\u00ab\u201c\u2018]*\\s*$")


def whole_sentences(text: str, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The parser's sentences, joined where it broke one inside a line with no closing mark before the break.

    A sentence ends with a stop, a question or exclamation mark (a closing
    quote or bracket may follow) or at the end of its line; a break is joined
    only where the sentence reads on (:func:`_runs_on`).  The model's
    parser sometimes breaks mid-sentence (most of all on text in a language
    it was not trained on), and a timeline entry cut there does not read
    alone ("Wenn man am Zenit angelangt ist").

    >>> text = "Wenn man am Zenit angelangt ist und die Messlatte hoch legt, zählt jedes Detail. Neu: ein Test.\\nKopf"
    >>> [text[s.start:s.end] for s in whole_sentences(text, [Sentence(0, 31), Sentence(32, 80),
    ...                                                      Sentence(81, 95), Sentence(96, 100)])]
    ['Wenn man am Zenit angelangt ist und die Messlatte hoch legt, zählt jedes Detail.', 'Neu: ein Test.', 'Kopf']
    """
    out: list[Sentence] = []
    for s in sentences:
        last = out[-1] if out else None
        if (last is not None and last.end <= s.start and "\n" not in text[last.end : s.start]
                and not _CLOSED.search(text, last.start, last.end)
                and _runs_on(text[last.start : last.end], text[s.start : s.start + 1])):
            out[-1] = Sentence(last.start, s.end)
        else:
            out.append(s)
    return out


def _runs_on(before: str, first: str) -> bool:
    """Whether a sentence reads on past a break: it ends in a lowercase word, a comma or a hyphen, or the next
    piece starts in lowercase.  A name, number or noun before a capital is more often a heading or teaser the
    page set on the line of the story ("... Leistung mit Respekt Der Deutsche Turner-Bund hat ...").
    """
    last = before.rstrip()[-1:]
    return first.islower() or last.islower() or last in ",-\u2013("


_AUTHOR = r"[A-Z\u00c0-\u00de][\w'\u2019.-]*"
_YEAR = r"(?:1[6-9]|20)\d\d[a-z]?"
_INITIALS = rf"(?:(?:van|von|de)\s+)?{_AUTHOR}\s+[A-Z]{{1,3}}(?:-[A-Z])?"
# an author-year reference: "(Moré, 2012)", "(Koch & Stevenson, 2017)", "(Baal et al. 1994)", "Baal et al. (1994)",
# "Jacobs (1998)", and a reference list's "Smeets P, Duchateau MJ, 2003."
_CITATION = re.compile(
    rf"\(\s*{_AUTHOR}(?:\s+{_AUTHOR})?(?:\s*(?:,|&|and|und|et)\s+{_AUTHOR}(?:\s+{_AUTHOR})?)*"
    rf"(?:\s+et\s+al\.?,?|,)\s+{_YEAR}\s*\)"
    rf"|\b{_AUTHOR}(?:\s+et\s+al\.?,?)?\s*\(\s*{_YEAR}\s*\)"
    rf"|\b{_INITIALS}(?:,\s+{_INITIALS})*,\s+{_YEAR}\b")
CITATION_CHARS = 120
"""How far before a year an author-year reference may start."""


def cited(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the year of an author-year reference: it dates a publication the
    article cites, not a happening it tells.

    >>> s = "Der Einfluss wird diskutiert (Koch & Stevenson, 2017). Er stieg 2017 stark."
    >>> cited(s, s.index("2017"), s.index("2017") + 4), cited(s, s.rindex("2017"), s.rindex("2017") + 4)
    (True, False)
    """
    return any(m.start() <= start and end <= m.end()
               for m in _CITATION.finditer(text, max(0, start - CITATION_CHARS), min(len(text), end + 3)))


def _sentence_of(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence holding a character offset (``starts``: the sentences' sorted start offsets)."""
    i = bisect.bisect_right(starts, offset) - 1
    return sentences[i] if i >= 0 and offset < sentences[i].end else None


def _wire_start(text: str, pos: int, end: int | None = None) -> int:
    """Where the story's words start after a wire dateline opening ``text[pos:end]``
    (:func:`~storyline.ingest.lines.dateline_at`, the reading ingest gives ``Article.dateline``); 0 when none
    opens it.

    >>> text = "WASHINGTON -- US President Donald Trump on Thursday revealed a letter."
    >>> _wire_start(text, 0), _wire_start("Officials in Washington said so.", 0)
    (14, 0)
    """
    found = dateline_at(text, pos, end)
    return found.body if found else 0


def _body_start(text: str, s: Sentence) -> int:
    """Where a sentence's own words begin: after a dateline or heading the parser ran into it.

    >>> _body_start("June 9, 2008\\n\\nApple launched a 3G iPhone today.", Sentence(0, 47))
    14
    >>> _body_start("BEIJING, Nov. 30 (Xinhua) -- Officials said talks would go on.", Sentence(0, 63))
    29
    >>> _body_start("MEXICO CITY (Reuters) - Mexico shut schools on Friday.", Sentence(0, 55))
    24
    >>> s = "Experts urge calm over bird flu\\n\\nby Li Xing\\n\\nBEIJING, Nov. 25 (Xinhua) -- Experts urged calm."
    >>> s[_body_start(s, Sentence(0, len(s))):]
    'Experts urged calm.'
    >>> s = "-- Exit polls show the opposition leads."
    >>> s[_body_start(s, Sentence(0, len(s))):]
    'Exit polls show the opposition leads.'
    """
    # the dateline opening the sentence's line: the parser may end a sentence inside one ("BEIJING" | ", Nov. 11
    # (Xinhua) -- To the ...")
    skip = _wire_start(text, text.rfind("\n", 0, s.start) + 1)
    start = skip if s.start < skip < s.end else s.start
    breaks = list(re.finditer(r"\n\s*\n", text[s.start : s.end]))
    # a headline and a byline the parser ran into a wire dateline: the story starts at the dateline
    start = next((s.start + m.end() for m in breaks if _wire_start(text, s.start + m.end(), s.end)), start)
    for m in breaks:
        if s.start + m.end() <= start:
            continue
        if len(WORD.findall(text[start : s.start + m.start()])) >= MIN_WORDS:
            break
        start = s.start + m.end()
    start = _wire_start(text, start, s.end) or start  # "CITY, Nov. 30 (Agency) --" opens a wire story
    bullet = _BULLET.match(text, start, s.end)  # a list item's mark ("-- Monitoring the situation ...") is no word
    start = bullet.end() if bullet else start
    return start if start < s.end else s.start


# a spaced hyphen is a list mark also before a figure: chronologies and day sheets open their items with one
# ("- 1999: NATO bombs Serbia", "- 10:00 GMT ..."); a sign is glued to its figure ("-5 degrees")
_BULLET = re.compile(r"(?:-{1,3}|[\u2013\u2014\u2022*])[ \t]+(?=\w|[\"\u201c])")


def in_latin_letters(text: str) -> bool:
    """Whether a sentence is written in Latin letters, as a timeline entry is: twice as many of its letters
    Latin as in all other scripts (a Han character is a word's worth of letters, and a Chinese biography's
    sentence holding "(CHIJ Saint Nicholas Girls' School)" has more Latin letters than Han ones).

    >>> in_latin_letters("Li Na won the final in Beijing (北京) on Sunday.")
    True
    >>> in_latin_letters("就读于圣尼各拉女校（CHIJ Saint Nicholas Girls' School），中学毕业后考入新加坡理工学院"
    ...                  "（Singapore Polytechnic）研读工商管理研究。")
    False
    """
    counts = script_counts(text)
    return counts["LATIN"] >= 2 * (counts.total() - counts["LATIN"])


def _is_byline(sentence_text: str, date_text: str) -> bool:
    """A date standing (nearly) alone — a dateline or heading — reports no happening.

    So does a wire dateline the parser cut off from its story, which ends in a dash:

    >>> _is_byline("By Ann Lee RAFAH, Gaza Strip, Nov. 25 (Xinhua) --", "Nov. 25")
    True
    >>> _is_byline("MEXICO CITY | Sat Apr 25, 2009 12:51 am BST MEXICO CITY (Reuters) -", "Sat Apr 25, 2009")
    True
    """
    rest = sentence_text.replace(date_text, " ", 1)
    return len(WORD.findall(rest)) < MIN_WORDS or sentence_text.rstrip().endswith(("--", " -", "\u2014", "\u2013"))


_CLOCK = re.compile(
    r"\b\d{1,2}\s*[:.]\s*\d\d(?:\s*[:.]\s*\d\d)?(?:\s*[ap]\.?\s*m\b\.?)?"
    r"(?:\s*\(?\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b(?:\s*[+-]\s*\d\d?(?:\s*:\s*\d\d)?)?\)?)?",
    re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*[,\u2013\u2014-]?\s*(?:at\s+)?" + _CLOCK.pattern, re.IGNORECASE)
_STAMP_VERB = frozenset("published updated posted modified filed created".split())
_STAMP_WORDS = _STAMP_VERB | frozenset(
    "first originally last on at by am pm gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et pt "
    "monday tuesday wednesday thursday friday saturday sunday".split())
# a stamp word set as a label right before the date ("... Where She Knows Everyone' UPDATED 05 / 03 / 2013"): in
# capitals or capitalized, as a page prints it, never the lower-case verb of a sentence ("it was updated on May 3")
_STAMP_LABEL = re.compile(r"\b(?:Published|Updated|Posted|Modified|PUBLISHED|UPDATED|POSTED|MODIFIED)\s*:?[\s\d/.,-]*$")
_POSTED_IN = re.compile(r"\b(?:posted|filed|published)\s+(?:in|under)\s+[^.\n]{1,80}\s+on\s*$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Za-z])")
_CLOCK_LEFT = re.compile(r"\b0\s*,?\s*$")  # a clock time (replaced by " 0 ") right before the date
_STAMP_GAP = re.compile(r"[\s,;:)\]-]*")


def page_stamp(text: str, lo: int, hi: int) -> int:
    """Where the page's time stamp that holds the date ``text[lo:hi]`` ends, or 0 when the date is no stamp.

    A page prints when it was published or updated on a line of its own, or
    opening the lead's line: a date with a clock time ("2 October 2013, 15: 39
    (GMT+05: 00)", "7: 15 a. m. Dec. 7, 2009") or a stamp word ("Updated Saturday,
    December 05, 2009", "posted in Pedestrian Accidents on Wednesday, September
    18, 2013").  It dates the page, not a happening; run into the headline above
    it by the parser, it made an entry of headline and stamp.

    >>> s = "Crash kills one\\n\\nPublished 12: 17 am, Monday, September 16, 2013\\n\\nA man died."
    >>> page_stamp(s, s.index("Monday"), s.index("2013") + 4) == s.index("2013") + 4
    True
    >>> s = "4 October 2013, 18: 07 (GMT+05: 00) Regarding the election, a decision was taken."
    >>> s[page_stamp(s, 0, 14):]
    ' Regarding the election, a decision was taken.'
    >>> page_stamp("On Monday, Sept. 16, the court ruled for him.", 3, 19)
    0

    A stamp labelled after the headline on its line ("Lohan Checks Into Rehab UPDATED 05 / 03 / 2013 at 11: 00
    AM EDT"), or the second of two stamps a bar parts ("PUBLISHED: ... | UPDATED: 22: 19 GMT, 12 March 2013"):

    >>> s = "Lohan Checks Into Rehab UPDATED 05 / 03 / 2013 at 11: 00 AM EDT"
    >>> page_stamp(s, s.index("2013"), s.index("2013") + 4) == len(s)
    True
    >>> s = "PUBLISHED: 02: 31 GMT, 12 March 2013 | UPDATED: 22: 19 GMT, 12 March 2013"
    >>> page_stamp(s, s.rindex("12 March"), len(s)) == len(s)
    True
    >>> s = "The site was updated on 12 March 2013 at 10: 00 am."
    >>> page_stamp(s, s.index("12 March"), s.index("2013") + 4)
    0
    """
    line_lo = text.rfind("\n", 0, lo) + 1
    line_hi = text.find("\n", hi)
    line_hi = len(text) if line_hi < 0 else line_hi
    before = _CLOCK.sub(" 0 ", text[line_lo:lo])
    stop = max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0)
    before = before[max(stop, before.rfind("|") + 1):]  # "PUBLISHED: 02: 31 GMT, 12 March 2013 | UPDATED: ..."
    after = _CLOCK_AFTER.match(text, hi)
    end = after.end() if after else hi
    if _POSTED_IN.search(before) or (after is not None and _STAMP_LABEL.search(before)):
        return end
    words = {w.lower() for w in WORD.findall(before)}
    if not words <= _STAMP_WORDS:
        return 0
    if after is not None or _CLOCK_LEFT.search(before) or words & _STAMP_VERB:
        return end
    rest = {w.lower() for w in WORD.findall(_CLOCK.sub(" ", text[end:line_hi]))}
    return end if rest <= _STAMP_WORDS else 0


def _pieces(text: str, start: int, end: int, found: list[tuple[int, int, str]],
            names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str, tuple[int, int] | None]]:
    """Each dated timex of one sentence with the clause piece it goes with (None: the whole sentence).

    A sentence naming several dates is cut into clauses (:func:`date_pieces`);
    dates left sharing one piece keep only the most specific one, the date
    that piece is about ("In 2018 the leaders met on June 12" goes under June 12).

    >>> s = "He was arrested on June 3 in Paris and charged on June 5."
    >>> [(d, p) for _, _, d, p in _pieces(s, 0, len(s), [(19, 25, "2019-06-03"), (50, 56, "2019-06-05")])]
    [('2019-06-03', (0, 34)), ('2019-06-05', (35, 57))]
    """
    found = sorted(found)
    if len({d for _, _, d in found}) < 2:
        return [(lo, hi, d, None) for lo, hi, d in found]
    spans = date_pieces(text[start:end], [(lo - start, hi - start) for lo, hi, _ in found],
                        names=[(a - start, b - start) for a, b in names if start <= a and b <= end])
    best: dict[tuple[int, int], tuple[int, int, str]] = {}
    for (lo, hi, date), piece in zip(found, spans, strict=True):
        if piece not in best or granularity(date) > granularity(best[piece][2]):
            best[piece] = (lo, hi, date)
    whole = (0, end - start)
    return [(lo, hi, d, None if piece == whole else piece) for piece, (lo, hi, d) in best.items()]


def _before(date: str, published: str | None) -> bool:
    """Whether ``date`` ended over RECALL_DAYS before the publication day (False when that is unknown).

    >>> _before("2018-06", "2018-07-12T09:00"), _before("2018-07-10", "2018-07-12"), _before("2018", "2018-07-12")
    (True, False, False)
    """
    if (day := published_day(published)) is None:
        return False
    try:
        return span(date)[1] < day - dt.timedelta(days=RECALL_DAYS)
    except (ValueError, OverflowError):  # no date; a publication day within RECALL_DAYS of the calendar's start
        return False


def _lead_status(status: str, lead: bool) -> str:
    """A lead dated by its publication day that tells a plan ("Apple will own all Apple trademarks") reports
    the day's news: the plan was made or announced that day, so it happened (a forecast stays expected).

    >>> _lead_status("planned", True), _lead_status("planned", False), _lead_status("expected", True)
    ('happened', 'planned', 'expected')
    """
    return HAPPENED if lead and status == PLANNED else status


def _news_date(date: str, published: str | None) -> bool:
    """Whether a date a lead names can be its news: a day, or a coarser date not wholly before the article.

    A lead naming only an earlier year or month ("a breach of the 1991
    settlement") tells that day's news against its background, so it still
    goes with the publication day.

    >>> _news_date("2006-03-29", "2006-03-28"), _news_date("1991", "2006-05-08"), _news_date("2006-05", "2006-05-08")
    (True, False, True)
    """
    return granularity(date) == DAY or not _before(date, published)


def _begun(date: str, published: str | None) -> bool:
    """Whether ``date`` is a period (coarser than a day) begun by the publication day: one a running count can
    cover ("so far this year"); one still to come is a schedule's ("as of March next year").  False in an undated
    article, as :func:`_period`.

    >>> _begun("2006", "2006-11-29"), _begun("2007-03", "2006-11-29"), _begun("2006-11-28", "2006-11-29")
    (True, False, False)
    """
    if (day := published_day(published)) is None:
        return False
    try:
        return granularity(date) < DAY and span(date)[0] <= day
    except ValueError:
        return False


def _period(first: str | None, last: str | None, published: str | None) -> bool:
    """Whether two dates bound a period a sentence tells a tally or trend over: both coarser than a day (a span
    of days is a happening's: "will visit from Nov. 22 to 27"), the first not after the last, and begun by the
    publication day.  A period still to come is a schedule ("Elections will be held from March to April" in a
    November article): a plan of its first month, kept as one.  An undated article cannot tell a schedule from
    a tally, so it counts no period and its dates stay what they were (as :func:`_before` recalls nothing there).

    >>> _period("2006-01", "2006-09", "2006-11-28"), _period("2010", "2008", "2006-11-28")
    (True, False)
    >>> _period("2006-11-22", "2006-11-27", "2006-11-28"), _period("2007-03", "2007-04", "2006-11-28")
    (False, False)
    >>> _period("2006", "2010", "2006-11-18"), _period("2006-01", "2006-09", None)
    (True, False)
    """
    if first is None or last is None or granularity(first) == DAY or granularity(last) == DAY:
        return False
    if (day := published_day(published)) is None:
        return False
    try:
        return span(first)[0] <= day and span(first)[0] <= span(last)[0]
    except ValueError:
        return False


def article_candidates(
    article: Article, ann: Annotation, only_entity: int | None = None, lead: bool = True
) -> list[Candidate]:
    """Every dated sentence of an article, plus its publication day for the lead.

    The lead goes with the publication day unless its own dates put its news
    on other days ("The agency on June 18 called for ..." in a July 2
    article); a year or month wholly before the article is its background
    ("a breach of the 1991 settlement") and leaves the lead on its day.
    With ``only_entity`` only sentences mentioning that store entity count; the
    publication day then goes with the first such sentence that has no date of
    its own (what the article reports about the entity), when ``lead`` is on.
    """
    aid = article.id or ann.article_id
    text = article.text
    sentences = whole_sentences(text, ann.sentences)
    starts = [s.start for s in sentences]
    starts_of: dict[tuple[int, int], int] = {}  # each sentence's body start, found once when first asked
    stamped: dict[tuple[int, int], int] = {}  # a sentence holding the page's time stamp -> where the stamp ends
    for t in ann.timexes:
        s = _sentence_of(sentences, starts, t.start)
        end = page_stamp(text, t.start, t.end) if s is not None else 0
        if end and s is not None:
            stamped[(s.start, s.end)] = max(end, stamped.get((s.start, s.end), 0))

    def body_start(s: Sentence) -> int:
        key = (s.start, s.end)
        if key not in starts_of:
            starts_of[key] = _body_start(text, s)
            if key in stamped:  # a headline and stamp the parser ran into the lead are no part of it
                after = _STAMP_GAP.match(text, stamped[key])
                starts_of[key] = min(s.end, max(starts_of[key], after.end() if after else stamped[key]))
        return starts_of[key]

    ents_in: dict[tuple[int, int], list[int]] = {}
    names_in: dict[tuple[int, int], list[tuple[int, int]]] = {}  # where each sentence names someone or something
    who_in: dict[tuple[int, int], list[tuple[int, int]]] = {}  # of those, the ones naming who (see WHO)
    events_in: dict[tuple[int, int], list[tuple[int, int]]] = {}  # and the ones naming what happened
    for m in ann.mentions:
        s = _sentence_of(sentences, starts, m.start)
        if s is None:
            continue
        key = (s.start, s.end)
        names_in.setdefault(key, []).append((m.start, m.end))
        if m.type in WHO:
            who_in.setdefault(key, []).append((m.start, m.end))
        elif m.type == "EVENT":
            events_in.setdefault(key, []).append((m.start, m.end))
        if m.entity is not None:
            ents_in.setdefault(key, []).append(m.entity)
    out: list[Candidate] = []
    dated: dict[tuple[int, int], set[str]] = {}  # sentence -> the dates its timexes give
    quoted = [(q.start, q.end) for q in ann.quotes if q.kind == "direct"]
    in_quote: dict[tuple[int, int], bool] = {}  # each sentence's answer, found once when first asked

    def mid_quote(s: Sentence) -> bool:
        """Whether the sentence goes on a quote an earlier sentence opened and says nothing past it: the
        speaker's words out of their quote, read as the article's own ('Even items from 2,000 years ago still
        make vogue artwork today."').  One that names its speaker after the quote ('..., Stanimirovic said
        Friday.') says whose words they are."""
        key = (s.start, s.end)
        if key not in in_quote:
            start = body_start(s)
            in_quote[key] = any(a < start < b and text[a:start].strip(_QUOTE_MARKS)
                                and not WORD.search(text[b : s.end]) for a, b in quoted)
        return in_quote[key]

    def add(date: str, s: Sentence, lo: int, hi: int, published: bool, piece: tuple[int, int] | None = None,
            baseline: bool = False) -> None:
        key = (s.start, s.end)
        ents = ents_in.get(key, [])
        if (only_entity is not None and only_entity not in ents) or mid_quote(s):
            return
        start = body_start(s)
        if LIST_HEADING.match(text, start):
            return
        lo, hi = max(lo, start), max(hi, start)
        body = text[start : s.end]
        a, b = piece or (0, len(body))
        told = body[a:b]  # what the date's piece tells: its words link it to the same happening in other articles
        at, to = a, b  # where it lies in the body (an aside below shows another cut)
        # the sentence's names, in the body's offsets
        names = _in_piece(names_in.get(key, []), start, s.end)
        if piece is None and _told_on(body, lo - start, hi - start, names):
            lo = hi = start  # "..., said the minister here on Thursday": what was said is the news, from its start
        # "Rahman, who beat Lewis in 2001, barely landed a punch": the date dates its clause, an aside to the news
        aside = None if hi <= lo else relative_aside(body, lo - start, hi - start, names)
        ant = None  # the antecedent an aside is shown after
        if aside is not None and piece is None:  # a piece of a sentence with several dates keeps its own cut
            ant, a, b = aside
        said = trim(body[a:b].rstrip(" ,;:"), lo - start - a, hi - start - a)
        if ant is not None:  # "Rahman … famously beat Lewis in 2001 …"
            x, y = ant
            said = ("… " if x > 0 else "") + " ".join(body[x:y].split()) + " … " + said.removeprefix("… ")
        elif a > 0 and not said.startswith("…"):
            said = "… " + said
        said = _ended(said, b < len(body.rstrip()))
        head = (subject_before(body, a, [x - start for x, _, _ in own.get(key, [])], names)
                if piece is not None and granularity(date) == DAY else "")
        # "Mahathir … was rushed to the NHI early Thursday morning ...": a short subject, and the piece cut to
        # leave it room within the entry's length
        if head and opens_mid_clause(said) and len(head) <= MAX_TEXT // 3:
            if len(head) + len(said) > MAX_TEXT:
                said = _ended(trim(body[a:b].rstrip(" ,;:"), lo - start - a, hi - start - a, MAX_TEXT - len(head) - 5),
                              b < len(body.rstrip()))
            said = f"{head} … {said.removeprefix('… ')}"
        clause, recalled = body[a:b], _before(date, article.published)
        where = (lo - start - a, hi - start - a) if hi > lo else None  # the date's place in the clause (a lead: none)
        words = own_words(told, lo - start - at, hi - start - at)
        who, deeds = (_in_piece(found.get(key, []), start + at, start + to) for found in (who_in, events_in))
        # the date the frame is told on: the candidate's, or for a lead the first of its sentence's own
        spots = [(lo, hi)] if hi > lo else [(x, y) for x, y, _ in own.get(key, [])]
        frames = (reporting_frame(told, x - start - at, y - start - at, who) for x, y in spots)
        in_names = name_words(told, who, next((f for f in frames if f), None), deeds)
        out.append(Candidate(date=date, article=aid, start=start, end=s.end, text=said,
                             entities=list(dict.fromkeys(ents)), words=words, named=words & in_names,
                             published=published,
                             event=has_event_verb(clause), recalled=recalled,
                             status=_lead_status(status_of(clause, date, article.published, recalled, where),
                                                 published),
                             background=aside is not None or baseline or is_background(clause)))

    own: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # sentence -> its dated timexes (start, end, date)
    # "the lowest close since July 21", "have killed 500 fighters since Wednesday", "the worst clashes since the
    # protests erupted on March 18": a date after "since" is where a span starts, a baseline the sentence measures
    # from, not the day of what it reports (nor its sentence's news day); so is a year that modifies a noun ("the
    # 2003 invasion", "a potential 2008 presidential candidate"): it dates what the noun names; and so is the date of a
    # comparison's baseline ("declined to 118.32 yen compared with 118.45 yen on Wednesday", "from 35.22 on Monday")
    baselines: set[int] = set()  # where each such timex's phrase starts
    tallies: set[tuple[int, int]] = set()  # the sentences holding a running count's period
    # "trade volume from January to September hit 1.13 billion dollars", "From 1977 to 2001, the index declined":
    # months or years bounding a period that has begun date a tally or a trend over it, not a happening of its
    # first month.  The date-order test only catches a move to an earlier date ("bringing forward the end of the
    # term from 2010 to 2008"); a move to a later one reads as a period ("postponed from February to April")
    dates = [timeline_date(t.type, t.value, t.anchored) for t in ann.timexes]
    values = dict(zip((t.start for t in ann.timexes), dates, strict=True))
    bounds = {x for pair in period_bounds(text, sorted((t.start, t.end, t.signal) for t in ann.timexes))
              for x in pair if _period(values[pair[0]], values[pair[1]], article.published)}
    for t, date in zip(ann.timexes, dates, strict=True):
        start = t.phrase_start  # "on Monday": the clause around the date starts at its preposition
        s = _sentence_of(sentences, starts, start)
        if date is None or s is None or cited(text, t.start, t.end):
            continue
        if start >= body_start(s) and not _is_byline(text[s.start : s.end], text[start : t.end]):
            tally = (_begun(date, article.published) and tallied_over(text, t.start, t.end)
                     and holds_count(text[s.start : s.end], [(x.start - s.start, x.end - s.start) for x in ann.timexes
                                                            if s.start <= x.start and x.end <= s.end
                                                            and x.type == "DATE"]))
            if tally:
                tallies.add((s.start, s.end))
            if (in_since_clause(text, t.start) or modifies_noun(text, t.start, t.end)
                    or in_comparison(text, t.start) or t.start in bounds or tally):
                baselines.add(start)
            dated.setdefault((s.start, s.end), set()).update(() if start in baselines else (date,))
            own.setdefault((s.start, s.end), []).append((start, t.end, date))
        else:
            dated.setdefault((s.start, s.end), set())
    for (a, b), found in own.items():
        s = Sentence(a, b)
        for lo, hi, date, piece in _pieces(text, body_start(s), s.end, found, names_in.get((a, b), [])):
            add(date, s, lo, hi, False, piece, lo in baselines)
    pub = (article.published or "")[:10]
    if lead and timeline_date("DATE", pub) and len(pub) == 10:
        skipped = 0
        for s in sentences:
            body = text[body_start(s) if (s.start, s.end) in stamped else s.start : s.end]
            # a sentence in another script holding a few Latin words (a Chinese biography's "(CHIJ Saint Nicholas
            # Girls' School)") is no lead an English timeline can show
            if (len(WORD.findall(body)) < MIN_WORDS or _is_byline(body, "") or not in_latin_letters(body)
                    or mid_quote(s)):
                continue
            key = (s.start, s.end)
            if LIST_HEADING.match(text, body_start(s)):
                break  # a list's heading opens the article: it has no lead
            if only_entity is None:  # the lead, unless its own dates put its news on other days
                if is_background(body) and s is not sentences[-1] and skipped < LEAD_SKIP:
                    skipped += 1  # an explainer opening with geography: its news is further down
                    continue
                own_dates = dated.get(key, set())
                if pub in own_dates or not any(_news_date(d, article.published) for d in own_dates):
                    # "So far this year, the rebels have killed 300 people.": a lead whose only dates are a
                    # running count's period is background to the day, as that period is
                    add(pub, s, s.start, s.start, True, baseline=not own_dates and key in tallies)
                break
            if only_entity in ents_in.get(key, []) and key not in dated:
                add(pub, s, s.start, s.start, True)
                break
    return _one_date_per_text(out, dated)


def _one_date_per_text(cands: list[Candidate], dated: dict[tuple[int, int], set[str]]) -> list[Candidate]:
    """A lead and a date of its own sentence showing the same text: keep the one the sentence is about.

    The lead's publication day wins over a year, month or season the
    sentence names ("should recover in 1997") and over any day when the
    sentence names its publication day too ("released Sunday"); a day the
    sentence names while leaving its publication day unnamed wins over the lead,
    unless it is background to it (the baseline after "since": "held since April 3").

    >>> lead = Candidate("1997-04-13", 1, 0, 60, "Hostages seized on April 3 were freed.", published=True)
    >>> seized = Candidate("1997-04-03", 1, 0, 60, "Hostages seized on April 3 were freed.")
    >>> [c.date for c in _one_date_per_text([seized, lead], {(0, 60): {"1997-04-03"}})]
    ['1997-04-03']
    >>> lead = Candidate("1997-04-13", 1, 0, 60, "Hostages held since April 3 were freed.", published=True)
    >>> since = Candidate("1997-04-03", 1, 0, 60, "Hostages held since April 3 were freed.", background=True)
    >>> [c.date for c in _one_date_per_text([since, lead], {(0, 60): set()})]
    ['1997-04-13']
    """
    drop: set[int] = set()
    for i, lead in enumerate(cands):
        if not lead.published:
            continue
        for j, c in enumerate(cands):
            if c.published or c.start != lead.start or c.text != lead.text or c.date == lead.date:
                continue
            named = lead.date in dated.get((c.start, c.end), set())
            drop.add(j if granularity(c.date) < DAY or named or c.background else i)
    return [c for k, c in enumerate(cands) if k not in drop]
