"""Plain text from ECB+ token XML, for the quote benchmark and its gold annotations.

ECB+ keeps tokens with sentence numbers but no spacing or paragraphs.  This
joins tokens the way newswire is typeset: no space before closing punctuation,
PTB quote tokens (``...'') back to curly marks, and a blank line after a
sentence that ends in a letter or digit, not punctuation (URL, headline, dateline), so
headers stay apart from the body.  The gold file is annotated on exactly this
text, so the benchmark and the annotation agree on every character.

Example::

    >>> detokenize([["He", "said", ",", "``", "Yes", ".", "''"]])
    'He said, “Yes.”'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "n't", "n’t", "'re", "'ve",
                    "'ll", "'d", "'m", "’re", "’ve", "’ll", "’d", "’m", "...", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_DOUBLE = {'"', "``", "''", "“", "”", "'''", "'\""}
_SINGLE = {"'", "‘", "’"}
_CLOSERS_BEFORE = {".", ",", "!", "?", ";", ":", "—", "--"}


def read_sentences(path: Path) -> list[list[str]]:
    """Tokens of an ECB+ file grouped by their sentence number, in order."""
    by_sent: dict[int, list[str]] = defaultdict(list)
    for tok in ET.parse(path).getroot().iter("token"):
        by_sent[int(tok.get("sentence", "0"))].append(tok.text or "")
    return [by_sent[k] for k in sorted(by_sent)]


def _merge(toks: list[str]) -> list[str]:
    """Undo token splits that would read wrong: ' ' -> '' and ’ s -> ’s."""
    out: list[str] = []
    for tok in _split_glued(toks):
        if out and tok == "'" and out[-1] == "'":
            out[-1] = "''"
        elif out and tok.lower() in ("s", "t") and out[-1] in ("'", "’"):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _split_glued(toks: list[str]) -> list[str]:
    """Split a quote mark glued to a word by the ECB+ tokenizer ('"In' -> '"', 'In')."""
    out: list[str] = []
    for tok in toks:
        if len(tok) > 1 and tok[0] in '"“”' and tok[1:2].isalnum():
            out += [tok[0], tok[1:]]
        elif len(tok) > 1 and tok[-1] in '"“”' and tok[-2:-1].isalnum():
            out += [tok[:-1], tok[-1]]
        else:
            out.append(tok)
    return out


def _role(tok: str, prev: str | None, is_open: bool) -> str:
    """'open' or 'close' for a quote token: typography first, then position, then alternation."""
    if tok in ("``", "“", "‘"):
        return "open"
    if tok in ("''", "”", "'''", "’"):
        return "close"
    if prev is None:
        return "open"
    if prev in _CLOSERS_BEFORE and is_open:
        return "close"
    return "close" if is_open else "open"


def _mark(tok: str, kind: str, role: str) -> str:
    if kind == "s":
        return "‘" if role == "open" else "’"
    if tok == '"':
        return tok
    return "“" if role == "open" else "”"


def detokenize(sentences: list[list[str]]) -> str:
    """Newswire-looking text from token lists (see module docstring)."""
    out: list[str] = []
    is_open = {"d": False, "s": False}
    for si, raw in enumerate(sentences):
        toks = _merge(raw)
        if si:
            prev_sent = sentences[si - 1]
            out.append("\n\n" if prev_sent and prev_sent[-1][-1:].isalnum() else " ")
        glue = True  # no space before the first token of a sentence
        for i, tok in enumerate(toks):
            prev = toks[i - 1] if i else None
            kind = "d" if tok in _DOUBLE else "s" if tok in _SINGLE else ""
            if kind == "s" and tok != "‘" and not is_open["s"] and prev and prev[-1:].lower() == "s" and not glue:
                out.append(tok)  # possessive apostrophe: workers'
                continue
            if kind:
                role = _role(tok, prev, is_open[kind])
                is_open[kind] = role == "open"
                mark = _mark(tok, kind, role)
                out.append(mark if role == "close" or glue else " " + mark)
                glue = role == "open"
                continue
            space = "" if glue or tok in _NO_SPACE_BEFORE or tok.lower() in _NO_SPACE_BEFORE or tok[:1] in "'’" else " "
            out.append(space + tok)
            glue = tok in _NO_SPACE_AFTER
    return re.sub(r"[ \t]+", " ", "".join(out)).strip()


def ecb_text(path: Path) -> str:
    """The reconstructed text of one ECB+ file (what the gold annotations refer to)."""
    return detokenize(read_sentences(path))


def select_files(root: Path, per_topic: int = 2) -> list[Path]:
    """The first ``per_topic`` files of every topic, in natural order (1_1ecb, 1_1ecbplus, 1_2ecb ...)."""
    def key(p: Path) -> tuple[int, int, str]:
        m = re.match(r"(\d+)_(\d+)(ecb\w*)\.xml$", p.name)
        return (int(m.group(1)), int(m.group(2)), m.group(3)) if m else (0, 0, p.name)

    topics = sorted((d for d in root.iterdir() if d.is_dir() and d.name.isdigit()), key=lambda d: int(d.name))
    out: list[Path] = []
    for d in topics:
        out += sorted(d.glob("*.xml"), key=key)[:per_topic]
    return out


def topic_of(path: Path) -> int:
    """The ECB+ topic number of a file (1_3ecb.xml -> 1); odd topics are dev, even held-out."""
    return int(path.name.split("_", 1)[0])


def half_of(path: Path) -> str:
    """'dev' or 'held-out' for events, stories and quotes (``ecb_events.parity_f1``'s 1 and 0, ``quotes_ecb``):
    odd topics are dev, even held out.  ``timex_ecbplus.half_of`` splits the other way for time expressions."""
    return "dev" if topic_of(path) % 2 == 1 else "held-out"
