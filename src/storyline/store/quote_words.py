"""What two outlets' copies of one quote share: its words, folded, and the digest the store indexes.

The quotes listing shows a wire quote reprinted by five outlets once; the
store keeps each quote's :func:`quote_words` in an indexed column so that a
page finds a quote's copies by an index probe (see ``store/quote_pages.py``).

Example::

    >>> quote_words("\u201cWe will  meet,\u201d") == quote_words('"we will meet"')
    True
"""

from __future__ import annotations

import hashlib
import string

_PUNCT = str.maketrans({c: " " for c in string.punctuation + "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb"})


def quote_key(text: str) -> str:
    """The words of a quote, folded: what two outlets' copies of one quote share.

    >>> quote_key("\u201cWe will  meet,\u201d")
    'we will meet'
    """
    return " ".join(text.casefold().translate(_PUNCT).split())


def quote_words(text: str) -> str:
    """The stored, indexed form of :func:`quote_key`: 16 hex digits of its BLAKE2b digest.

    A digest, not the words: an index entry stays small however long the quote
    (PostgreSQL refuses a b-tree entry past ~2.7 kB).
    """
    return hashlib.blake2b(quote_key(text).encode(), digest_size=8).hexdigest()
