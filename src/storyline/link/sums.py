"""Sums of many runs of floats, each taken left to right as Python's ``sum`` takes it, in C-level passes.

Consolidation sums thousands of runs at once (the squares of a region's vectors for their norms, the
products of two centroids' shared features for their mean cosine), and each must be the very float the
one-at-a-time code gave: numpy's own ``sum`` is pairwise, which can differ in the last bit, and a last bit
can move a link's weight past another's.  A cumulative sum is sequential, so each run's sum is the last
column of the cumulative sums of a table of the runs padded with zeros (adding 0.0 leaves a sum as it is).

Example::

    >>> import numpy as np
    >>> runs = [[0.1, 0.7, 0.2], [], [0.3]]
    >>> running_sums(np.array([0.1, 0.7, 0.2, 0.3]), np.array([3, 0, 1])).tolist() == [sum(r) for r in runs]
    True
"""

from __future__ import annotations

from typing import Any

import numpy as np

CELLS = 2_000_000
"""Cells of a padded table (or of a block of entries) summed at once: 16 MB of floats."""


def running_sums(vals: np.ndarray, sizes: np.ndarray, cells: int = CELLS) -> np.ndarray:
    """Per run of ``sizes`` consecutive ``vals``, their sum taken left to right (0.0 for an empty run), a
    block of runs of about ``cells`` padded values at a time."""
    out = np.zeros(len(sizes))
    if not len(vals):
        return out
    starts = np.cumsum(sizes) - sizes
    widest = max(1, int(sizes.max()))
    step = max(1, cells // widest)
    for lo in range(0, len(sizes), step):
        size = sizes[lo : lo + step]
        total = int(size.sum())
        within = run_offsets(size, total)
        table = np.zeros((len(size), widest))
        table[np.repeat(np.arange(len(size)), size), within] = vals[starts[lo] : starts[lo] + total]
        out[lo : lo + step] = np.cumsum(table, axis=1)[:, -1]
    return out


def run_offsets(sizes: np.ndarray, total: int | None = None) -> np.ndarray:
    """Each entry's place within its run, for runs of ``sizes`` consecutive entries (``total``: their sum).

    >>> run_offsets(np.array([3, 0, 2])).tolist()
    [0, 1, 2, 0, 1]
    """
    total = int(sizes.sum()) if total is None else total
    return np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)


__all__ = ["CELLS", "run_dots", "run_offsets", "running_sums", "sparse_rows", "vocab_columns"]


def vocab_columns(keys: list[str]) -> tuple[dict[str, int], np.ndarray]:
    """The keys numbered by first appearance, and each entry's number (its column in a sparse table).

    >>> vocab, cols = vocab_columns(["b", "a", "b"]); (vocab, cols.tolist())
    ({'b': 0, 'a': 1}, [0, 1, 0])
    """
    vocab = {k: i for i, k in enumerate(dict.fromkeys(keys))}
    return vocab, np.fromiter(map(vocab.__getitem__, keys), dtype=np.int64, count=len(keys))


def sparse_rows(vals: np.ndarray, cols: np.ndarray, sizes: np.ndarray, n_cols: int) -> Any:
    """Runs of ``sizes`` consecutive entries (``vals`` in columns ``cols``) as the rows of a sparse table, its
    indices sorted so that each value is then found by a binary search in its row (:func:`run_dots`)."""
    from scipy.sparse import csr_matrix

    table = csr_matrix((vals.copy(), cols.copy(), np.concatenate(([0], np.cumsum(sizes)))),
                       shape=(len(sizes), max(1, n_cols)))
    table.sort_indices()
    return table


def run_dots(vals: np.ndarray, cols: np.ndarray, starts: np.ndarray, sizes: np.ndarray, table: Any,
             rows: np.ndarray, against: np.ndarray) -> np.ndarray:
    """Per pair (``rows[i]``, ``against[i]``): the entries of run ``rows[i]`` (``vals`` in ``cols``, from
    ``starts``, ``sizes`` long) times row ``against[i]`` of ``table`` (:func:`sparse_rows`) at the same
    columns, summed left to right in the run's order -- the float ``sum(x * other.get(k, 0.0) for k, x in
    run.items())`` gives -- a block of about :data:`CELLS` entries at a time.

    >>> vals, cols, sizes = np.array([0.5, 0.25, 2.0]), np.array([0, 1, 0]), np.array([2, 1])
    >>> table = sparse_rows(vals, cols, sizes, 2)
    >>> run_dots(vals, cols, np.array([0, 2]), sizes, table, np.array([0, 0, 1]), np.array([0, 1, 0])).tolist()
    [0.3125, 1.0, 1.0]
    """
    out = np.zeros(len(rows))
    step = max(1, CELLS // max(1, int(sizes.max()) if len(sizes) else 1))
    for lo in range(0, len(rows), step):
        a, b = rows[lo : lo + step], against[lo : lo + step]
        n = sizes[a]
        at = np.repeat(starts[a], n) + run_offsets(n)
        if not len(at):
            continue  # empty runs only: their sums stay 0.0, as sum([]) is
        prods = vals[at] * np.asarray(table[np.repeat(b, n), cols[at]]).ravel()
        out[lo : lo + step] = running_sums(prods, n)
    return out
