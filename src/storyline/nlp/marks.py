"""A quote mark written against the next word is a token of its own.

Wire copy sometimes loses the space after a closing quote mark (``... any
more."said Li``, ``... fine,"Bae said``).  spaCy's tokenizer splits the
period or comma off as an infix but leaves the mark on the word after it
(``"said``, ``fine,"Bae``), so the reporting verb or the name is no word the
parser knows, and the quote gets no speaker.  A double quote mark between a
sentence or clause mark and a letter is split off here, as it is when a space
follows; the text and its offsets are unchanged.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

GLUED_MARKS = (r'(?<=[.,!?])["\u201d](?=[A-Za-z])', r'[.,!?](?=["\u201d][A-Za-z])')
"""A closing double mark right after . , ! or ? and right before a letter, and that . , ! or ?."""


def split_glued(nlp: Language) -> Language:
    """``nlp`` whose tokenizer also splits :data:`GLUED_MARKS` (the language's own infixes kept).

    >>> import spacy
    >>> nlp = split_glued(spacy.blank("en"))
    >>> [t.text for t in nlp('"No more."said Li. "Fine,"Bae said.')]
    ['"', 'No', 'more', '.', '"', 'said', 'Li', '.', '"', 'Fine', ',', '"', 'Bae', 'said', '.']
    """
    if isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or []), *GLUED_MARKS]).finditer
    return nlp
