"""Key terms of an article: the content lemmas a reader would use to tell stories apart."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


def key_terms(doc: Doc, limit: int = 40, skip: tuple[int, int] = (0, 0)) -> list[str]:
    """The most frequent content lemmas (lower case), most frequent first.

    ``skip``: characters whose words are no terms, the wire credit of the
    dateline (:func:`storyline.ingest.lines.credit_span`): "Xinhua" opens every
    Xinhua report, which tells nothing of what it reports.

    >>> import spacy
    >>> key_terms(spacy.blank("en")("storm storm rain"))  # a blank pipeline has no POS tags
    []
    """
    return _most_frequent(doc, limit, skip, tagged=True)


def plain_terms(doc: Doc, limit: int = 40, skip: tuple[int, int] = (0, 0)) -> list[str]:
    """The most frequent words (lower case) that are no stop word of the text's language: :func:`key_terms`
    for a text no tagger reads (a language the model does not know, :mod:`storyline.nlp.foreign`)."""
    return _most_frequent(doc, limit, skip, tagged=False)


def _most_frequent(doc: Doc, limit: int, skip: tuple[int, int], tagged: bool) -> list[str]:
    counts = Counter(
        t.lemma_.lower() if tagged else t.lower_
        for t in doc
        if (not tagged or t.pos_ in _CONTENT_POS) and not t.is_stop and t.is_alpha and len(t) > 2
        and not skip[0] <= t.idx < skip[1]
    )
    return [w for w, _ in counts.most_common(limit)]
