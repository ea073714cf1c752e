"""Key terms of an article: the content lemmas a reader would use to tell stories apart."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


def key_terms(doc: Doc, limit: int = 40) -> list[str]:
    """The most frequent content lemmas (lower case), most frequent first.

    >>> import spacy
    >>> key_terms(spacy.blank("en")("storm storm rain"))  # a blank pipeline has no POS tags
    []
    """
    counts = Counter(
        t.lemma_.lower()
        for t in doc
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha and len(t) > 2
    )
    return [w for w, _ in counts.most_common(limit)]
