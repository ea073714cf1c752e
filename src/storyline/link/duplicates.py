"""Near-duplicate detection: MinHash LSH over word shingles (datasketch), indexed in the store.

Wire copies of one story differ in chrome, bylines and a sentence here or
there; their word 5-shingle sets still overlap far more than two different
stories'.  An article whose estimated Jaccard similarity to a stored original
passes ``settings.near_duplicate_threshold`` is stored as a copy of it, so
later stages count the story once.

The LSH band keys of every original live in the store (``minhash_bands``),
written in the article's own transaction, so a lookup costs a few indexed
reads however large the store is, and no index is rebuilt at start-up.

Example::

    >>> from storyline.records import Article
    >>> from storyline.settings import Settings
    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> nd = NearDuplicates(store, Settings())
    >>> text = " ".join(f"word{i}" for i in range(200))
    >>> sig = nd.check(Article(external_id="a", title="t", text=text))[1]
    >>> store.add_article(Article(external_id="a", title="t", text=text, content_hash="a"), sig, nd.bands(sig))
    1
    >>> nd.check(Article(external_id="b", title="t", text=text + " Reuters"))[0]
    1
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.records import Article
from storyline.settings import Settings
from storyline.store.protocol import DuplicateIndex

_WORD = re.compile(r"\w+")
SHINGLE = 5
SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


class NearDuplicates:
    """Near-duplicate lookup over a store's LSH band index.

    LSH banding only finds candidates: pairs well under the threshold still
    collide now and then (on the newswire corpus a 0.73 pair did at 0.8), so
    each candidate's own signature is compared before an article is called a
    copy.  Signatures are stored as compact uint64 arrays (1 KB an article).
    """

    def __init__(self, store: DuplicateIndex, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        # datasketch's choice of bands and rows for this threshold (false positives and negatives weighed equally)
        lsh = MinHashLSH(threshold=settings.near_duplicate_threshold, num_perm=settings.minhash_perm)
        self.b, self.r = lsh.b, lsh.r
        missing = [(aid, self.bands(blob)) for aid, blob in store.minhashes_without_bands()]
        if missing:
            store.add_minhash_bands(missing)

    def signature(self, article: Article) -> bytes:
        mh = MinHash(num_perm=self.settings.minhash_perm, scheme=SCHEME)
        mh.update_batch(list(shingles(article.text)))
        return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()

    def bands(self, signature: bytes) -> list[tuple[int, int]]:
        """(band, key) pairs: each band of ``r`` hash values folded to a signed 64-bit key for SQLite."""
        values = np.frombuffer(signature, dtype=np.uint64)
        out = []
        for band in range(self.b):
            digest = hashlib.blake2b(values[band * self.r : (band + 1) * self.r].tobytes(), digest_size=8).digest()
            out.append((band, int.from_bytes(digest, "little", signed=True)))
        return out

    def check(self, article: Article) -> tuple[int | None, bytes]:
        """(id of the earliest stored original this article copies, or None; its serialized signature)."""
        signature = self.signature(article)
        values = np.frombuffer(signature, dtype=np.uint64)
        threshold = self.settings.near_duplicate_threshold
        hits = [aid for aid, blob in self.store.minhash_candidates(self.bands(signature))
                if float(np.mean(np.frombuffer(blob, dtype=np.uint64) == values)) >= threshold]
        return (min(hits) if hits else None), signature
