"""A blank line ends a sentence: the parser is told so before it runs.

spaCy's parser decides sentence ends itself, and on news it often runs a
sentence over a paragraph break, most often after a paragraph that ends in a
closing quote mark (``... to end."`` then a new paragraph naming the next
speaker).  In the first 200 articles of the newswire set 132 of 2,280 sentences
spanned a blank line.  Such a sentence gives a quote the next paragraph's
subject as its speaker, anchors a date by the wrong clause's tense, and puts
two paragraphs into one timeline entry.  Marking the first word after a blank
line as a sentence start (the parser keeps preset starts) removes all of them;
a single line break, as in hard-wrapped text, is left to the parser.

A text with no blank line at all is written one paragraph a line (storyline's
HTML ingest writes a page so: each block of the page, a heading, a credit line,
a caption, a name under a pull quote, is a line of its own).  There each line
break ends a paragraph, unless the next line starts in lower case (a wrapped
line carrying on).  Left to the parser, a heading ran into the quote under it
("3. Plant Carefully" took the quote as its subject's) and a name under a
pull quote joined the next sentence.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

NAME = "paragraph_breaks"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE_BREAK = re.compile(r"\n(?![^\S\n]*[a-z])")


def one_paragraph_a_line(text: str) -> bool:
    """Whether ``text`` has line breaks but no blank line: each line is a paragraph (module docstring).

    >>> one_paragraph_a_line("Plant Carefully\\n“Dig a hole,” she says."), one_paragraph_a_line("A.\\n\\nB.")
    (True, False)
    """
    return "\n" in text and _BLANK_LINE.search(text) is None


def paragraph_break(text: str) -> re.Pattern[str]:
    """What ends a paragraph in ``text``: a blank line, or in a text written one paragraph a line a line
    break before a line that does not start in lower case."""
    return _LINE_BREAK if one_paragraph_a_line(text) else _BLANK_LINE


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at each word after a blank line; keep a paragraph's closing marks in its last sentence.

    Left alone, the parser also starts a sentence at the closing quote mark
    of ``... to end."`` when a paragraph follows, which leaves the mark
    alone as a sentence of its own.

    >>> import spacy
    >>> doc = paragraph_breaks(spacy.blank("en")('He said "It is over."\\n\\nThe minister agreed.'))
    >>> [(t.text, t.is_sent_start) for t in doc if t.is_sent_start is not None][1:]
    [('.', False), ('"', False), ('The', True)]
    """
    text = doc.text
    ends = [m.start() for m in paragraph_break(text).finditer(text)]
    words = [tok for tok in doc if not tok.is_space]
    for prev, tok in zip(words, words[1:], strict=False):
        k = bisect.bisect_left(ends, prev.idx + len(prev.text))
        if k < len(ends) and ends[k] < tok.idx:
            tok.is_sent_start = True
            while prev.i > 0 and (prev.is_punct or prev.is_quote):
                before = doc[prev.i - 1]  # a mark written right after the paragraph's last word closes it
                if before.is_space or prev.idx != before.idx + len(before.text_with_ws):
                    break
                prev.is_sent_start = False
                prev = before
    return doc


def add_to(nlp: Language) -> Language:
    """``nlp`` with :func:`paragraph_breaks` before its parser (once; a pipeline without a parser is left alone)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    return nlp
