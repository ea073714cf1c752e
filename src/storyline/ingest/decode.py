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

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), *((bom, "utf-16") for bom in UTF16_BOMS))
SNIFF = 8192


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell."""


def is_utf16(data: bytes) -> bool:
    """Whether ``data`` starts with a UTF-16 byte order mark (as Windows tools save text).

    >>> is_utf16("\ufeff{}".encode("utf-16-le")), is_utf16("\ufeff{}".encode("utf-8"))
    (True, False)
    """
    return data.startswith(UTF16_BOMS)


def looks_binary(data: bytes) -> bool:
    """More than a stray NUL byte or many control characters in the first few KB (and no UTF-16 BOM).

    A stray NUL or two (one per 1,000 bytes at most: a scraper's or a copy's slip inside a real article) is no
    sign of binary data; :func:`decode` drops them.  Binary formats hold NULs in their headers and far more.

    >>> text = b"Flood waters rose across northern Bangladesh on Monday. " * 40
    >>> looks_binary(text[:900] + b"\\x00\\x00" + text[900:]), looks_binary(b"\\x00" * 3 + text[:100])
    (False, True)
    """
    head = data[:SNIFF]
    if is_utf16(head):
        return False
    nuls = head.count(0)
    if nuls * 1000 > len(head):
        return True
    head = head.replace(b"\x00", b"")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) for ``data``; ``declared`` (e.g. an HTTP charset) is tried after UTF-8."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    if looks_binary(data):
        raise NotText("binary data, not text")
    data = data.replace(b"\x00", b"")  # stray NULs (looks_binary let them pass): no character of any text
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
