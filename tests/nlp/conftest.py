"""Fixtures of the quote tests: the real model's attributions of a written text."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes


@pytest.fixture
def direct_speakers(nlp):
    """text -> [(speaker phrase, speaker chain name or None)] of its direct quotes, in text order."""

    def run(text: str) -> list[tuple[str | None, str | None]]:
        doc = nlp(text)
        mentions, chains = find_entities(doc)
        return [(q.speaker_text, chains[q.speaker_chain].name if q.speaker_chain is not None else None)
                for q in find_quotes(doc, mentions, chains) if q.kind == "direct"]

    return run
