"""A store that once had article vectors (``<db>.vectors.npz``, written by the embedding path removed in
2026-12) loses that file when storyline opens it; nothing else beside the store is touched."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import storyline


def old_vectors(path: Path, articles: int) -> None:
    """The file as the old ``link.embed.VectorFile.save`` wrote it: ``numpy.savez`` of ids and 384-wide vectors."""
    np.savez(path, ids=np.arange(1, articles + 1, dtype=np.int64),
             vectors=np.ones((articles, 384), dtype=np.float32))


def test_opening_a_store_deletes_the_vectors_an_earlier_storyline_kept_beside_it(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    storyline.open(db).close()
    old_vectors(tmp_path / "news.db.vectors.npz", 3)
    old_vectors(tmp_path / "news.db.vectors.tmp.npz", 2)  # a save that was interrupted
    keep = {tmp_path / "notes.txt": b"my notes", tmp_path / "news.db.vectors.npz.bak": b"a copy of mine",
            tmp_path / "other.db.vectors.npz": b"another store's"}
    for path, data in keep.items():
        path.write_bytes(data)
    with storyline.open(db) as sl:
        assert sl.store.count_articles() == 0
    assert not (tmp_path / "news.db.vectors.npz").exists()
    assert not (tmp_path / "news.db.vectors.tmp.npz").exists()
    assert all(path.read_bytes() == data for path, data in keep.items())
    assert db.exists()


def test_a_file_of_that_name_that_is_not_the_old_vectors_is_left(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    storyline.open(db).close()
    np.savez(tmp_path / "news.db.vectors.npz", embeddings=np.zeros((2, 8)))  # the user's own arrays
    (tmp_path / "news.db.vectors.tmp.npz").write_text("not a zip at all", encoding="utf-8")
    storyline.open(db).close()
    assert (tmp_path / "news.db.vectors.npz").exists()
    assert (tmp_path / "news.db.vectors.tmp.npz").read_text(encoding="utf-8") == "not a zip at all"


def test_a_damaged_file_of_that_name_never_stops_the_store_opening(tmp_path: Path) -> None:
    """A zip whose member name claims UTF-8 and is not makes ``zipfile`` raise ``UnicodeDecodeError``, not
    ``BadZipFile``; the store must open all the same and the file stay (review r46b's damaged copies)."""
    db = tmp_path / "news.db"
    storyline.open(db).close()
    old_vectors(tmp_path / "news.db.vectors.npz", 2)
    data = bytearray((tmp_path / "news.db.vectors.npz").read_bytes())
    entry = data.find(b"PK\x01\x02")  # the first central-directory entry
    flags = int.from_bytes(data[entry + 8:entry + 10], "little") | 0x800  # "the name is UTF-8"
    data[entry + 8:entry + 10] = flags.to_bytes(2, "little")
    data[entry + 46] = 0xFF  # and it is not
    (tmp_path / "news.db.vectors.npz").write_bytes(bytes(data))
    with storyline.open(db) as sl:
        assert sl.store.count_articles() == 0
    assert (tmp_path / "news.db.vectors.npz").read_bytes() == bytes(data)
