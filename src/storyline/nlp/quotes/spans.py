"""Finding quoted text: quote marks paired within paragraphs, never across a stray mark.

Marks are classified the way typesetters use them, not by counting: a mark
with a space (or the paragraph start) before it and a word after it opens a
quote; a mark after a word or punctuation and before a space or punctuation
closes one.  Only a mark that could be either is decided by what is open.
That is what keeps a stray closing mark at the end of a paragraph from
opening a quote that swallows the next one.

Pairing happens inside one paragraph.  A quote left open at the end of a
paragraph it began continues into the next paragraph only when that paragraph
opens with a quote mark (the news convention for multi-paragraph quotes); the
pieces are returned separately, linked by ``group``.  Any other unclosed quote
ends at its paragraph's end, or at a sentence end when that would run past
:data:`MAX_UNCLOSED` characters.

Offsets are those of the quoted text *inside* the marks.

Example::

    >>> [(q.text, q.partial) for q in find_spans('He called it "useful." "We will meet again," she said.')]
    [('useful.', True), ('We will meet again,', False)]
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from storyline.nlp.paragraphs import one_paragraph_a_line

MAX_CLOSED = 2500
"""A closed pair longer than this is a mispairing, not a quote."""
MAX_UNCLOSED = 600
"""An unclosed quote runs to its paragraph end, or to a sentence end within this many characters."""
MAX_SINGLE = 160
"""Single marks ('...') pair only over this short a stretch: longer ones are apostrophes."""

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_ANY = '"'
SINGLE_OPEN = "‘"
_PARA = re.compile(r"\n[ \t]*\n\s*|(?<=[.!?:\"”’])[ \t]*\n(?=[ \t]*[A-Z\"“‘'])")
_LINE = re.compile(r"[ \t]*\n(?![^\S\n]*[a-z])\s*")
"""A paragraph end in a text written one paragraph a line (:func:`storyline.nlp.paragraphs.one_paragraph_a_line`)."""
_SENT_END = re.compile(r"[.!?…][\"”’)]?(?=\s+[\"“‘(A-Z0-9])")
_SPACE_BEFORE = " \t\n([{—–-/"
_NESTED_CLOSE = "'’\"”»"
"""Marks that may close a quote nested at the very end of another."""


@dataclass
class Span:
    """One quoted stretch: ``start``/``end`` of the text inside the marks.

    ``closed`` says a closing mark was found; ``group`` is shared by the
    pieces of one quote that runs over several paragraphs; ``para`` is the
    paragraph index; ``open_at``/``close_at`` are the offsets of the marks
    themselves (``close_at`` = ``end`` when unclosed); ``close_end`` is one past
    the closing mark (two characters for ``''``), ``end`` when unclosed: where a
    stretch that takes the quote in whole, marks and all, ends.
    """

    start: int
    end: int
    text: str
    partial: bool
    closed: bool
    group: int
    para: int
    open_at: int
    close_at: int
    close_end: int

    @property
    def words(self) -> int:
        """How many words the quoted text has (a term of one or two is scare-quoted, a label is a few)."""
        return len(re.findall(r"\w+", self.text))

    @property
    def calls_for_cue(self) -> bool:
        """Whether the quoted text ends with a comma, '?' or '!': it calls for its attribution right after it.
        Also when a quote nested in it closes there with the comma inside its own mark ("I go, 'I will never
        smoke again,'"): the comma still says the outer sentence goes on.  Not a nested '!' or '?' ("and said,
        'Run!'"): that mark ends the nested words, and the outer sentence may end with them, so whatever
        verb of saying comes next need not be the quote's ("... and said, 'Run!'" Her brother told police a
        different story": review r35b)."""
        text = self.text.rstrip()
        return text[-1:] in ",?!" or text.rstrip(_NESTED_CLOSE).rstrip()[-1:] == ","


@dataclass
class _Mark:
    pos: int
    width: int
    kind: str  # "d" double, "s" single
    role: str  # "open", "close", "either"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank lines, or a line break after a sentence end; in a text written
    one paragraph a line, every line break before a line that does not start in lower case."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in (_LINE if one_paragraph_a_line(text) else _PARA).finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _flank(text: str, pos: int, width: int) -> str:
    """'open', 'close' or 'either' from the characters around a straight or ambiguous mark."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + width] if pos + width < len(text) else " "
    left_space = before in _SPACE_BEFORE or before.isspace()
    # an ellipsis after a mark opens a quote cut at its start ('said in a statement that"...] credit costs'),
    # so it is no sign of a close the way a full stop is
    ellipsis = text.startswith("...", pos + width)  # ('…' is no space-like mark: it leaves right_space False)
    right_space = after.isspace() or after in ".,;:!?)]}—–" and not ellipsis
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "either"


_MARK = re.compile("``|''|[\"“”„«»‘’']")


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """Every quote mark in text[start:end], classified by glyph and flanking."""
    out: list[_Mark] = []
    for m in _MARK.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch in ("``", "''"):
            out.append(_Mark(i, 2, "d", "open" if ch == "``" else _flank(text, i, 2)))
        elif ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == DOUBLE_ANY:
            out.append(_Mark(i, 1, "d", _double_role(text, i, ch)))
        else:
            flank = _flank(text, i, 1)
            if ch in SINGLE_OPEN and flank != "close":
                out.append(_Mark(i, 1, "s", "open"))
            elif flank != "either":  # an apostrophe inside a word (don't) is never a mark
                out.append(_Mark(i, 1, "s", flank))
    return out


def _double_role(text: str, i: int, ch: str) -> str:
    """Flanking decides; the glyph only when flanking cannot, and never for a mark alone between spaces."""
    flank = _flank(text, i, 1)
    if flank != "either":
        role = flank
    elif text[i - 1:i].isspace() and text[i + 1:i + 2].isspace():
        return "either"  # whatever is open decides
    else:
        role = "open" if ch in DOUBLE_OPEN else "close" if ch in DOUBLE_CLOSE else "either"
    # a misused opening glyph after a comma and before a lower-case word closes: 'progress, “said'
    if ch in DOUBLE_OPEN and text[max(0, i - 2):i] in (", ", ". ") and text[i + 1:i + 2].islower():
        return "either"
    return role


_CLEAR_END = re.compile(r"[.!?][\"”’]?[ \t]*\n\s*\n|[.!?][\"”’][ \t]+(?=[A-Z\"“‘])")
"""A sentence end no parse can doubt: a paragraph break, or a closing quote after a full stop before a capital."""


@dataclass(frozen=True)
class ClearEnds:
    """The sentence ends no parse can doubt in one text (:data:`_CLEAR_END`), found once: an article asks for
    the stretch around every cue and pronoun (:meth:`around`), and a search from the text's start each time
    costs a long text its square."""

    starts: list[int]  # where each end's match starts, in text order
    ends: list[int]  # where each end's match ends (the next sentence may start), in text order
    length: int

    @classmethod
    def of(cls, text: str) -> ClearEnds:
        found = [(m.start(), m.end()) for m in _CLEAR_END.finditer(text)]
        return cls([a for a, _ in found], [b for _, b in found], len(text))

    def around(self, at: int) -> tuple[int, int]:
        """(start, end) of the stretch around char ``at``: after the last end that closes by ``at``, up to
        the first that opens at or after it (one that spans ``at`` bounds neither side).  What a reporting
        verb governs never lies outside it, however the parser joined sentences.

        >>> text = 'He added it "should stay." Lavrov said no.'
        >>> text[slice(*ClearEnds.of(text).around(30))]
        'Lavrov said no.'
        """
        i = bisect.bisect_right(self.ends, at)
        j = bisect.bisect_left(self.starts, at)
        return (self.ends[i - 1] if i else 0), (self.starts[j] + 1 if j < len(self.starts) else self.length)


@dataclass(frozen=True)
class Ranges:
    """Char ranges (start, end) in text order, such as an article's quotes, and the ones a stretch crosses
    found by bisection: a long text asks for every reported clause, and reading all its quotes each time
    costs the text its square.

    >>> Ranges.of([(0, 5), (10, 20), (30, 40)]).crossing(12, 31)
    [(10, 20), (30, 40)]
    """

    ranges: list[tuple[int, int]]
    starts: list[int]
    reach: list[int]  # the furthest end of the ranges up to each one: ranges before the first past a char end by it

    @classmethod
    def of(cls, ranges: list[tuple[int, int]]) -> Ranges:
        ordered = sorted(ranges)
        return cls(ordered, [a for a, _ in ordered], list(itertools.accumulate((b for _, b in ordered), max)))

    def first_past(self, start: int) -> int:
        """The index of the first range that may end after char ``start`` (none before it does)."""
        return bisect.bisect_right(self.reach, start)

    def crossing(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges that overlap [start, end), in text order."""
        found = []
        for i in range(self.first_past(start), bisect.bisect_left(self.starts, end)):
            if self.ranges[i][1] > start:
                found.append(self.ranges[i])
        return found

    def covering(self, start: int, end: int) -> list[int]:
        """The indices of the ranges that hold all of [start, end), in text order."""
        first = bisect.bisect_left(self.reach, end)  # the ranges before it all end before ``end``
        return [i for i in range(first, bisect.bisect_right(self.starts, start)) if self.ranges[i][1] >= end]


def _sentence_cut(text: str, start: int, limit: int, first: bool) -> int:
    """The first (or last) sentence end in text[start:limit], or limit when there is none."""
    best = limit
    for m in _SENT_END.finditer(text, start, limit):
        best = m.end()
        if first:
            break
    return best


def _is_partial(text: str, para_start: int, open_at: int, quoted: str) -> bool:
    """A quote is partial unless it starts a sentence: capitalised, after a sentence end or an introducing , or :"""
    head = quoted.lstrip()[:1]
    before = text[para_start:open_at].rstrip()
    starts_sentence = not before or before[-1] in ".!?:,;\"”’—–-(" or before.endswith("--")
    return not (head.isupper() or head.isdigit() or head in "[(….") or not starts_sentence


def _pair_double(text: str, marks: list[_Mark]) -> list[tuple[int, int | None]]:
    """(open mark index, close mark index or None) for the double marks of one paragraph."""
    pairs: list[tuple[int, int | None]] = []
    open_i: int | None = None
    for i, mk in enumerate(marks):
        if mk.kind != "d":
            continue
        if open_i is None:
            if mk.role in ("open", "either"):
                open_i = i
            continue  # a closing mark with nothing open is stray
        misused = text[max(0, mk.pos - 4):mk.pos].rstrip().endswith(",") and mk.pos - marks[open_i].pos > 2
        if mk.role in ("close", "either") or misused:  # 'step in, “Smith said': a quote has no ', “' inside
            pairs.append((open_i, i))
            open_i = None
        else:  # a new opening mark: the open quote was never closed
            pairs.append((open_i, None))
            open_i = i
    if open_i is not None:
        pairs.append((open_i, None))
    return pairs


def _singles(text: str, pstart: int, marks: list[_Mark], inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted stretches outside double quotes: short phrases ('provocative acts'), or
    whole sentences when the mark opens a sentence and the closing mark touches punctuation."""
    out: list[tuple[int, int]] = []
    opener: _Mark | None = None
    for mk in marks:
        if mk.kind != "s" or any(a <= mk.pos < b for a, b in inside):
            continue
        if mk.role == "open":
            opener = mk
        elif opener is not None:
            span = mk.pos - opener.pos
            before = text[pstart:opener.pos].rstrip()
            sentence = (not before or before[-1] in ".!?:") and (
                text[mk.pos - 1:mk.pos] in ".,!?" or text[mk.pos + 1:mk.pos + 2] in (".", ","))
            if span <= MAX_SINGLE or (sentence and span <= MAX_CLOSED):
                out.append((opener.pos, mk.pos))
                opener = None
    return out


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MINOR = frozenset({"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "or", "with", "&"})
_MAX_TITLE_WORDS = 7

TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A word of a title: a letter (any script) first."""


def title_cased(quoted: str, small_words: frozenset[str], max_words: int) -> bool:
    """Whether a quote's words are in title case: one to ``max_words`` words, each capitalised but the
    ``small_words`` (lower case), the first one too; no '!' or '?' (an exclamation or a question is speech).

    >>> small = frozenset({"of", "the"})
    >>> title_cased("Lake of the Woods", small, 7), title_cased("lake of the Woods", small, 7)
    (True, False)
    >>> title_cased("Stop! Now", small, 7), title_cased("We Will Win", small, 2)
    (False, False)
    """
    words = TITLE_WORD.findall(quoted)
    if "!" in quoted or "?" in quoted or not 0 < len(words) <= max_words:
        return False
    return all(w[0].isupper() or (i > 0 and w.lower() in small_words) for i, w in enumerate(words))


def looks_like_title(text: str, quoted: str, open_at: int, close_at: int) -> bool:
    """A short Title Cased phrase in lower-case prose names a work or a thing ("American Pie"), not speech."""
    if not title_cased(quoted, _MINOR, _MAX_TITLE_WORDS):
        return False
    line_start = text.rfind("\n", 0, open_at) + 1
    line_end = text.find("\n", close_at)
    line = text[line_start:open_at] + " " + text[close_at + 1:line_end if line_end >= 0 else len(text)]
    prose = _WORD.findall(line)
    lower = [w for w in prose if w[0].islower() and w.lower() not in _MINOR]
    if len(lower) >= 3 and len(lower) >= len(prose) / 3:
        return True
    # news prose is dense with names: then the words right around the marks say whether it is prose
    near = _WORD.findall(text, max(line_start, open_at - 60), open_at)[-5:]
    near += _WORD.findall(text, close_at + 1, close_at + 60)[:5]
    return sum(w[0].islower() and w.lower() not in _MINOR for w in near) >= 2


def find_spans(text: str) -> list[Span]:
    """All quoted stretches of ``text``, in order (see the module docstring for the rules)."""
    spans: list[Span] = []
    paras = paragraphs(text)
    carry: int | None = None  # group of a quote left open at the end of the previous paragraph
    for pi, (pstart, pend) in enumerate(paras):
        marks = _marks(text, pstart, pend)
        pairs = _pair_double(text, marks)
        next_opens = pi + 1 < len(paras) and text[paras[pi + 1][0]:paras[pi + 1][0] + 1] in '"“„«‘`\''
        inside: list[tuple[int, int]] = []
        group_in = carry
        carry = None
        joined = False  # the quote before was left open up to this one's opening mark
        for oi, ci in pairs:
            om = marks[oi]
            qstart = om.pos + om.width
            reopened = False
            if ci is not None:
                qend, close_at, closed = marks[ci].pos, marks[ci].pos, True
                if qend - qstart > MAX_CLOSED:
                    continue
            else:
                later = [m.pos for m in marks[oi + 1:] if m.kind == "d"]
                limit = later[0] if later else pend
                opens_para = not text[pstart:om.pos].strip()
                runs_on = not later and next_opens and limit - qstart <= MAX_UNCLOSED  # 'He said: "... \n\n"...'
                reopened = bool(later) and limit - qstart <= MAX_UNCLOSED and _reopens(text, qstart, limit)
                if not runs_on and not reopened and (later or limit - qstart > MAX_UNCLOSED or not opens_para):
                    limit = _sentence_cut(text, qstart, min(limit, qstart + MAX_UNCLOSED), first=not opens_para)
                qend, close_at, closed = limit, limit, False
            inside.append((om.pos, close_at + 1))
            opens_para = not text[pstart:om.pos].strip()
            group = group_in if (group_in is not None and (opens_para or joined)) else len(spans)
            group_in = None
            joined = False
            width = marks[ci].width if ci is not None else 0
            _add(spans, text, pstart, om.pos, qstart, qend, (close_at, width), closed, group, pi)
            if reopened:
                group_in, joined = group, True  # the next quote goes on with this one
            if not closed and ci is None and qend >= pend - 1 and next_opens:
                carry = group
        for a, b in _singles(text, pstart, marks, inside):
            _add(spans, text, pstart, a, a + 1, b, (b, 1), True, len(spans), pi)
    spans.sort(key=lambda s: s.start)
    return spans


def _reopens(text: str, qstart: int, mark: int) -> bool:
    """An open quote whose sentences run up to a new opening mark ('"When I look ... I will say that. "The
    only thing ...'): one quote over paragraphs whose breaks were lost (a text rebuilt from tokens, a page
    joined into one block).  The news convention opens every paragraph of a long quote without closing the
    one before, so the open quote runs to the new mark and the new quote goes on with it.  Only whole
    sentences: both pieces start in upper case (not a phrase quoted mid-sentence after a mistyped mark)."""
    return text[qstart:qstart + 1].isupper() and text[qstart:mark].rstrip()[-1:] in ".!?" \
        and text[mark - 1:mark].isspace() and text[mark + 1:mark + 2].isupper()


def _add(spans: list[Span], text: str, pstart: int, open_at: int, qstart: int, qend: int, close: tuple[int, int],
         closed: bool, group: int, para: int) -> None:
    """Append a span trimmed of surrounding spaces, unless nothing is left; ``close`` is the closing mark's
    offset and width."""
    close_at, width = close
    raw = text[qstart:qend]
    lead = len(raw) - len(raw.lstrip())
    qstart, qend = qstart + lead, qend - (len(raw) - len(raw.rstrip()))
    if qend <= qstart or not any(ch.isalnum() for ch in text[qstart:qend]):
        return
    quoted = text[qstart:qend]
    partial = _is_partial(text, pstart, open_at, quoted)
    if partial and looks_like_title(text, quoted, open_at, close_at):
        return
    spans.append(Span(qstart, qend, quoted, partial, closed, group, para, open_at, close_at,
                      close_at + width if closed else qend))
