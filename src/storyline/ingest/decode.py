"""Bytes to text: UTF-8 when it is, else the encoding charset-normalizer finds; binary refused.

Scraped files arrive as UTF-8, cp1252, latin-1, UTF-16 with a BOM ...  Reading
them as UTF-8 blindly either fails or turns "café" into "cafÃ©", so anything
that is not valid UTF-8 is handed to charset-normalizer, and a file that looks
like no text at all (NUL bytes, or no encoding fits) is reported as binary.

Example::

    >>> decode("The café reopened.".encode("cp1252"))
    ('The café reopened.', 'cp1252')
    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    True
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SNIFF = 8192


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first few KB (and no UTF-16 BOM)."""
    head = data[:SNIFF]
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) for ``data``; ``declared`` (e.g. an HTTP charset) is tried after UTF-8."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    if looks_binary(data):
        raise NotText("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    if sum(1 for b in data[:SNIFF] if b < 128) >= 0.9 * min(len(data), SNIFF):
        try:  # mostly ASCII with a few high bytes: Western text in the Windows code page, by far the commonest
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise NotText("no text encoding fits the bytes")
    return str(best), best.encoding
