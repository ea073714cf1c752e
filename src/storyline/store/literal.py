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
    >>> literal_snippet("新华社北京12月2日电 北京遭遇今冬首场大雪。", ["北京"], width=6)
    '新华社[北京]12月2 …'
"""

from __future__ import annotations

import re
import unicodedata

SPACELESS_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")
"""Unicode character-name prefixes of the scripts whose words a space-splitting tokenizer cannot find."""

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def spaceless(query: str) -> bool:
    """Whether ``query`` holds a letter of a script written without spaces between words."""
    return any(c.isalpha() and unicodedata.name(c, "").startswith(SPACELESS_SCRIPTS) for c in query)


def literal_terms(query: str) -> list[str]:
    """The terms of a query to find as written: split at spaces, FTS5's quotes, brackets, ``*`` and
    operators dropped (a term may be a whole phrase of a spaceless script, whose words have no spaces)."""
    terms = (t.strip('"*()^+-') for t in query.split())
    return list(dict.fromkeys(t for t in terms if t and t not in _OPERATORS))


def literal_snippet(text: str, terms: list[str], width: int = 30) -> str:
    """About ``width`` characters either side of the first match of a term in ``text``, every match
    between ``[`` and ``]`` (as FTS5's snippet marks them) and ``…`` where the text is cut."""
    found = [m for m in (text.find(t) for t in terms) if m >= 0]
    at = min(found) if found else 0
    a, b = max(0, at - width), min(len(text), at + width)
    cut = text[a:b]
    marked = re.sub("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), lambda m: f"[{m[0]}]", cut)
    return ("…" if a > 0 else "") + " ".join(marked.split()) + (" …" if b < len(text) else "")
