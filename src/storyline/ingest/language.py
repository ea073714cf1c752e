"""The language an article is written in, found at ingest, so that annotation reads only what its model can.

The English spaCy model tags German, Spanish or Portuguese words as names ("Diese" a nationality, "Zeit" an
organisation), reads numbers as years and hears quotes everywhere; knowing the language lets the nlp stage
leave such a text alone.  ``py3langid`` (langid.py's model, shipped inside the package, 97 languages) names
it; a record's own ``language`` field or the ``--language`` option wins over it.

Example::

    >>> detect("The council voted on Tuesday to close the old bridge for repairs.")
    'en'
    >>> detect("Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu sperren.")
    'de'
    >>> detect("Kim Jong Un met Donald Trump.") is None  # too few words to tell
    True
    >>> normalize("en-US"), normalize("German"), normalize("??")
    ('en', 'de', None)
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

SAMPLE_CHARS = 3000
"""Characters read from the start of the text: enough to tell any language apart, and a page's length costs
nothing more (the classifier is linear in its input)."""

MIN_WORDS = 5
"""A line votes when it has this many different words of letters in lower case (or, in a script without
spaces, three times as many letters), with their letters; see :func:`detect`."""

_PUNCT = "\"'()[]{}<>.,:;!?¡¿…«»‹›“”„‘’‚–—-/*#@|"

_LETTERS = re.compile(r"[^\W\d_]+")
"""A word: a run of letters (a whole clause in a script without spaces)."""

_CODE = re.compile(r"[a-z]{2,3}")


@functools.cache
def _identifier() -> Any:
    """langid's model, loaded once per process, with probabilities normalised to 0..1."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, by langid's classifier.

    Each line votes for its language with its letters, so a page that quotes a tweet in Japanese or a German
    paragraph stays in the language of most of its lines.  A line is read by its words of letters that start
    in lower case: names and numbers belong to no language, and a results table or a list of scorers ("8 Christian
    Rigano (Messina)") would otherwise be read as Italian or Aragonese.  When no line has enough such words
    (a list of matches "A v B, C v D") the words of all lines are read together; a text with too few to tell
    (a headline, a sentence of names: "Kim Jong Un met Donald Trump on Tuesday.") is in no language known (None),
    and is read by the model as it always was.
    """
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    votes: Counter[str] = Counter()
    every: list[str] = []
    for line in sample.splitlines():
        words = [w for w in _words(line) if not w[0].isupper()]
        every += words
        if _enough(words, line):
            votes[_classify(words)] += sum(map(len, words))
    if votes:
        return votes.most_common(1)[0][0]
    return _classify(every) if _enough(every, sample) else None


def _words(line: str) -> list[str]:
    """The words of a line: tokens between spaces that are letters only, once quotes and stops are stripped (a
    URL, a file name or markup is none); a token with no ASCII letter gives its runs of letters, as a Chinese
    clause has no spaces between its words and punctuation."""
    out: list[str] = []
    for token in line.split():
        word = token.strip(_PUNCT)
        if word.isalpha():
            out.append(word)
        elif not any(ch.isascii() and ch.isalpha() for ch in word):
            out += _LETTERS.findall(word)
    return out


def _enough(words: list[str], line: str) -> bool:
    """Whether ``words`` say which language ``line`` is in: MIN_WORDS different ones, or a script without
    spaces and three times as many letters."""
    return len(set(words)) >= MIN_WORDS or (not line.isascii() and sum(map(len, words)) >= 3 * MIN_WORDS)


def _classify(words: list[str]) -> str:
    return str(_identifier().classify(" ".join(words))[0])


def normalize(value: object) -> str | None:
    """A language as given by a record or an option ('en', 'en-US', 'de_DE', 'German') as a two- or
    three-letter lower-case code, or None when it names none."""
    if not isinstance(value, str) or not value.strip():
        return None
    head = re.split(r"[-_]", value.strip().lower())[0]
    if _CODE.fullmatch(head):
        return head
    import pycountry

    try:
        lang = pycountry.languages.lookup(value.strip())
    except LookupError:
        return None
    return str(getattr(lang, "alpha_2", None) or lang.alpha_3)
