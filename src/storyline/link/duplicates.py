"""Near-duplicate detection: MinHash LSH over word shingles (datasketch).

Wire copies of one story differ in chrome, bylines and a sentence here or
there; their word 5-shingle sets still overlap far more than two different
stories'.  An article whose estimated Jaccard similarity to a stored original
passes ``settings.near_duplicate_threshold`` is stored as a copy of it, so
later stages count the story once.

Example::

    >>> from storyline.records import Article
    >>> from storyline.settings import Settings
    >>> nd = NearDuplicates(Settings())
    >>> text = " ".join(f"word{i}" for i in range(200))
    >>> a = Article(external_id="a", title="t", text=text)
    >>> nd.add(1, a, nd.check(a)[1])
    >>> nd.check(Article(external_id="b", title="t", text=text + " Reuters"))[0]
    1
"""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.records import Article
from storyline.settings import Settings

_WORD = re.compile(r"\w+")
SHINGLE = 5
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them


class _HasMinhashes(Protocol):
    def minhashes(self): ...  # type: ignore[no-untyped-def]


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


class NearDuplicates:
    """An in-memory LSH index over the originals in a store."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lsh = MinHashLSH(threshold=settings.near_duplicate_threshold, num_perm=settings.minhash_perm)

    @classmethod
    def from_store(cls, store: _HasMinhashes, settings: Settings) -> NearDuplicates:
        index = cls(settings)
        for aid, blob in store.minhashes():
            mh = MinHash(num_perm=settings.minhash_perm, hashvalues=np.frombuffer(blob, dtype=np.uint64), scheme=SCHEME)
            index.lsh.insert(aid, mh, check_duplication=False)
        return index

    def signature(self, article: Article) -> MinHash:
        mh = MinHash(num_perm=self.settings.minhash_perm, scheme=SCHEME)
        mh.update_batch(list(shingles(article.text)))
        return mh

    def check(self, article: Article) -> tuple[int | None, bytes]:
        """(id of the earliest stored original this article copies, or None; its serialized signature)."""
        mh = self.signature(article)
        hits = self.lsh.query(mh)
        original = min(hits) if hits else None
        return original, np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()

    def add(self, article_id: int, article: Article, signature: bytes) -> None:
        if article.duplicate_of is not None:
            return  # copies are found through their original
        mh = MinHash(num_perm=self.settings.minhash_perm, hashvalues=np.frombuffer(signature, dtype=np.uint64), scheme=SCHEME)
        self.lsh.insert(article_id, mh, check_duplication=False)
