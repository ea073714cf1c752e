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
    """An in-memory LSH index over the originals in a store.

    LSH banding only finds candidates: pairs well under the threshold still
    collide now and then (on the newswire corpus a 0.73 pair did at 0.8), so
    each candidate's own signature is compared before an article is called a
    copy.  The signatures are kept as compact uint64 arrays (1 KB an article).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lsh = MinHashLSH(threshold=settings.near_duplicate_threshold, num_perm=settings.minhash_perm)
        self.signatures: dict[int, np.ndarray] = {}

    @classmethod
    def from_store(cls, store: _HasMinhashes, settings: Settings) -> NearDuplicates:
        index = cls(settings)
        for aid, blob in store.minhashes():
            index._insert(aid, np.frombuffer(blob, dtype=np.uint64))
        return index

    def _insert(self, article_id: int, hashvalues: np.ndarray) -> None:
        mh = MinHash(num_perm=self.settings.minhash_perm, hashvalues=hashvalues, scheme=SCHEME)
        self.lsh.insert(article_id, mh, check_duplication=False)
        self.signatures[article_id] = hashvalues

    def signature(self, article: Article) -> MinHash:
        mh = MinHash(num_perm=self.settings.minhash_perm, scheme=SCHEME)
        mh.update_batch(list(shingles(article.text)))
        return mh

    def check(self, article: Article) -> tuple[int | None, bytes]:
        """(id of the earliest stored original this article copies, or None; its serialized signature)."""
        mh = self.signature(article)
        values = np.asarray(mh.hashvalues, dtype=np.uint64)
        threshold = self.settings.near_duplicate_threshold
        hits = [h for h in self.lsh.query(mh) if float(np.mean(self.signatures[h] == values)) >= threshold]
        return (min(hits) if hits else None), values.tobytes()

    def add(self, article_id: int, article: Article, signature: bytes) -> None:
        if article.duplicate_of is not None:
            return  # copies are found through their original
        self._insert(article_id, np.frombuffer(signature, dtype=np.uint64))
