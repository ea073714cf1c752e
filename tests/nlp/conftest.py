"""Fixtures of the quote tests: the real model's attributions of a written text."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from storyline.records import Quote


@pytest.fixture
def attributions(nlp):
    """text -> [(quote, speaker chain name or None)] of every attribution, in text order."""

    def run(text: str) -> list[tuple[Quote, str | None]]:
        doc = nlp(text)
        mentions, chains = find_entities(doc)
        return [(q, chains[q.speaker_chain].name if q.speaker_chain is not None else None)
                for q in find_quotes(doc, mentions, chains)]

    return run


@pytest.fixture
def direct_speakers(attributions):
    """text -> [(speaker phrase, speaker chain name or None)] of its direct quotes, in text order."""
    return lambda text: [(q.speaker_text, who) for q, who in attributions(text) if q.kind == "direct"]
