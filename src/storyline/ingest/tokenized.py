"""Raw text back from tokenized news corpora (ECB+, the Wikinews TimeLine XML).

Those corpora keep each article as ``<token sentence=".." number="..">`` elements.
Measuring cleaning and ingest on them needs the article as a scraper would
have seen it, so this joins tokens back into sentences, one paragraph each.

Example::

    >>> detokenize(["He", "said", "``", "yes", "''", ",", "it", "'s", "$", "5", "."])
    'He said "yes", it\\'s $5.'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_QUOTED = re.compile(r'" ([^"]*?) "')
_CLOSING = re.compile(r'([.!?,]) "$')  # a quote opened in an earlier sentence closes here


def detokenize(tokens: list[str]) -> str:
    """Tokens joined as running text: no space before punctuation or clitics, quotes closed up."""
    s = " ".join(t.replace("``", '"').replace("''", '"') for t in tokens)
    s = _NO_SPACE_BEFORE.sub(r"\1", s)
    s = _NO_SPACE_AFTER.sub(r"\1", s)
    s = _QUOTED.sub(r'"\1"', s)
    return _CLOSING.sub(r'\1"', s)


def token_sentences(path: str | Path) -> list[str]:
    """The sentences of one tokenized XML file, in order, as text."""
    sents: dict[int, list[str]] = {}
    for tok in ET.parse(path).getroot().iter("token"):
        sents.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    return [_join_tokens(sents[k]) for k in sorted(sents)]


def _join_tokens(tokens: list[str]) -> str:
    """A URL the tokenizer split apart (``http : / / x . com``) is closed up; other text detokenized."""
    if tokens and re.match(r"(https?|www)$", tokens[0], re.I):
        return "".join(tokens)
    return detokenize(tokens)


def token_text(path: str | Path) -> str:
    """The file as scraped text: one sentence a paragraph."""
    return "\n\n".join(token_sentences(path))
