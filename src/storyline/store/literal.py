"""Search in scripts written without spaces between words: Chinese, Japanese, Thai (and Korean, whose words
carry their particles): the query's terms found as they are written, anywhere in a title or text.

FTS5's ``unicode61`` tokenizer (and PostgreSQL's parser) splits text at spaces and punctuation, so the
sentence "北京遭遇今冬首场大雪" is one token and ``search 北京`` found nothing.  A query holding such a
script is searched by substring instead (``LIKE '%北京%'`` for each term, every term required), and its
snippet cut here around the first match.  That reads every article's text (no index: FTS5's trigram
tokenizer would need a second index as large as the text and still matches no term under three
characters, such as 北京); measured on 50,000 stored newswire-sized articles in
``benchmarks/RESULTS.md`` (branch usersweep3).  A query in a spaced script keeps the full-text index.

Example::

    >>> spaceless("北京 snow"), spaceless("COVID-19"), spaceless("Москва")
    (True, False, False)
    >>> literal_terms('"北京" AND 大雪')
    ['北京', '大雪']
    >>> from storyline.store.snippet import bracketed
    >>> bracketed(literal_snippet("新华社北京12月2日电 北京遭遇今冬首场大雪。", "", literal_marks(["北京"]), width=6))
    '新华社[北京]12月2 …'
"""

from __future__ import annotations

import re

from storyline.plain import script_of
from storyline.store.base import QueryError
from storyline.store.snippet import HIT_CLOSE, HIT_OPEN

SPACELESS_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "THAI", "LAO", "KHMER",
                               "MYANMAR", "TIBETAN"})
"""The scripts (:func:`~storyline.plain.script_of`) whose words a space-splitting tokenizer cannot find."""

_UNSUPPORTED = {"OR", "NOT", "NEAR"}


def spaceless(query: str) -> bool:
    """Whether ``query`` holds a letter of a script written without spaces between words."""
    return any(c.isalpha() and script_of(c) in SPACELESS_SCRIPTS for c in query)


def literal_terms(query: str) -> list[str]:
    """The terms of a query to find as written, every one required: split at spaces, FTS5's quotes, brackets,
    ``*`` and ``AND`` dropped (a term may be a whole phrase of a spaceless script, whose words have no spaces).

    An operator that would turn a term's meaning round if dropped (``OR``, ``NOT``, ``NEAR``, ``-term`` in
    PostgreSQL's syntax) is refused (a :class:`~storyline.store.base.QueryError`, a usage error) rather than
    read as "every term".
    """
    words = query.split()
    for w in words:
        if w in _UNSUPPORTED or (w.startswith("-") and len(w) > 1):
            op = w if w in _UNSUPPORTED else "-"
            raise QueryError(f"search query {query!r}: {op} cannot be used with a script written without spaces, "
                             "which is searched as written with every term required; leave it out")
    terms = (t.strip('"*()^+') for t in words)
    return list(dict.fromkeys(t for t in terms if t and t != "AND"))


def literal_marks(terms: list[str]) -> re.Pattern[str]:
    """One pattern that finds every term, longest first (compiled once per search, used for each hit), any
    case, as the search finds them."""
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)


def literal_snippet(text: str, title: str, marks: re.Pattern[str], width: int = 30) -> str:
    """About ``width`` characters either side of the first match of a term (``marks``) in ``text`` (in ``title`` when
    the text holds none), every match marked as FTS5's snippet marks it (:mod:`~storyline.store.snippet`) and
    ``…`` where the text is cut."""
    first = marks.search(text)
    if first is None and title:
        text, first = title, marks.search(title)
    at = first.start() if first else 0
    a, b = max(0, at - width), min(len(text), at + width)
    marked = marks.sub(lambda m: f"{HIT_OPEN}{m[0]}{HIT_CLOSE}", text[a:b])
    return ("…" if a > 0 else "") + " ".join(marked.split()) + (" …" if b < len(text) else "")
