"""What the user named, expanded into inputs: files, folders (recursive), globs, ``-`` for stdin.

Each name becomes zero or more :class:`Input` objects, or one ``Problem`` when
it cannot be read at all (no such file, a FIFO or device, an empty folder, a
pattern matching nothing), so one bad name never stops the batch.

Example::

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); (d / "a.txt").write_text("x")
    1
    >>> [i.name for i in expand([str(d)]) if isinstance(i, Input)] == [str(d / "a.txt")]
    True
    >>> next(expand([str(d / "missing.txt")])).reason
    'no such file or folder'
"""

from __future__ import annotations

import glob
import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storyline.ingest.article import Problem

STDIN = "-"
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Input:
    """One readable thing: a regular file, or standard input read into memory."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BufferedReader(io.BytesIO(self.data))  # type: ignore[arg-type]
        assert self.path is not None
        return open(self.path, "rb")  # noqa: SIM115 - the caller closes it


def _file(path: Path, name: str) -> Input | Problem:
    try:
        st = path.stat()
    except OSError as exc:
        return Problem(name, _os_reason(exc))
    if not stat.S_ISREG(st.st_mode):
        return Problem(name, "not a regular file (a FIFO, socket or device); give a file or a folder")
    if not os.access(path, os.R_OK):
        return Problem(name, "permission denied")
    return Input(name, path=path)


def _folder(path: Path, name: str) -> Iterator[Input | Problem]:
    found = False
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(path, onerror=errors.append):
        for err in errors:  # an unreadable folder inside: say so, read the rest
            yield Problem(str(err.filename or name), f"cannot read the folder: {_os_reason(err)}")
        errors.clear()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:  # os.walk passes them by
            found = True
            yield Problem(os.path.join(dirpath, d), "a link to a folder is not followed (it may lead back into "
                          "the tree); name the folder itself to read it", "skipped")
        for fn in sorted(filenames):
            if fn.startswith("."):
                continue
            found = True
            yield _file(Path(dirpath) / fn, str(Path(dirpath) / fn))
    for err in errors:
        yield Problem(str(err.filename or name), f"cannot read the folder: {_os_reason(err)}")
        found = True
    if not found:
        yield Problem(name, "folder holds no files", "skipped")


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, NotADirectoryError):
        return "a path component is a file, not a folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def expand(sources: Iterable[str], stdin: BinaryIO | None = None,
           max_bytes: int | None = None) -> Iterator[Input | Problem]:
    """Inputs for each name in order; folders and patterns expand sorted, so runs are repeatable.

    Standard input is read up to ``max_bytes`` (+1, to tell that it is larger).
    """
    for src in sources:
        if src == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1) if max_bytes is not None else stream.read()
            if max_bytes is not None and len(data) > max_bytes:
                yield Problem("<stdin>", f"larger than the size cap ({max_bytes} bytes); give a file", "skipped")
                continue
            yield Input("<stdin>", data=data)
            continue
        path = Path(src).expanduser()
        try:
            is_dir = path.is_dir()
            exists = path.exists() or path.is_symlink()
        except OSError as exc:
            yield Problem(src, _os_reason(exc))
            continue
        if is_dir:
            yield from _folder(path, src)
        elif exists or not (_GLOB_CHARS & set(src)):
            yield _file(path, src)
        else:
            matches = sorted(glob.glob(os.path.expanduser(src), recursive=True))
            if not matches:  # failed, as a missing file is: 'nothing*.html' is most often a typo, and exit 0 hid it
                yield Problem(src, "the pattern matches no file")
            for m in matches:
                yield from (_folder(Path(m), m) if Path(m).is_dir() else [_file(Path(m), m)])
