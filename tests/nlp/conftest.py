"""Fixtures of the reading tests: the real model's person chains, attributions and TIMEX3s of a written text."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from storyline.nlp.timex import find_timexes
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
def bodies(nlp):
    """text -> [(speaker phrase, speaker chain name or None, body chain name or None)] of every attribution
    but scare quotes, in text order: who spoke and the body an unnamed speaker speaks for."""

    def run(text: str) -> list[tuple[str | None, str | None, str | None]]:
        doc = nlp(text)
        mentions, chains = find_entities(doc)
        out = []
        for q in find_quotes(doc, mentions, chains):
            body = getattr(q, "body_chain", None)  # (read so, the same test runs on a release before bodies)
            if q.kind != "scare":
                out.append((q.speaker_text, chains[q.speaker_chain].name if q.speaker_chain is not None else None,
                            chains[body].name if body is not None else None))
        return out

    return run


@pytest.fixture
def starting(attributions):
    """(text, quoted) -> [(quote, speaker chain name or None)] of the attributions whose text starts with
    ``quoted``: a quote, or a report's content, by its first words."""

    def run(text: str, quoted: str) -> list[tuple[Quote, str | None]]:
        return [(q, who) for q, who in attributions(text) if q.text.startswith(quoted)]

    return run


@pytest.fixture
def covering(attributions):
    """(text, quoted) -> [(quote, speaker chain name or None)] of the attributions whose span holds where
    ``quoted`` begins in ``text``: a fragment, wherever the attribution that takes it in starts."""

    def run(text: str, quoted: str) -> list[tuple[Quote, str | None]]:
        at = text.index(quoted)
        return [(q, who) for q, who in attributions(text) if q.start <= at < q.end]

    return run


@pytest.fixture
def people(nlp):
    """text -> {person chain name: [its mentions' text]} of every PERSON chain."""

    def run(text: str) -> dict[str, list[str]]:
        mentions, chains = find_entities(nlp(text))
        return {c.name: [m.text for m in mentions if m.chain == i] for i, c in enumerate(chains)
                if c.type == "PERSON"}

    return run


@pytest.fixture
def direct_speakers(attributions):
    """text -> [(speaker phrase, speaker chain name or None)] of its direct quotes, in text order."""
    return lambda text: [(q.speaker_text, who) for q, who in attributions(text) if q.kind == "direct"]


@pytest.fixture
def terms_and_reports(attributions):
    """text -> (the quoted words given no speaker, [(kind, speaker chain name)] of the other attributions)."""

    def run(text: str) -> tuple[list[str], list[tuple[str, str | None]]]:
        found = attributions(text)
        return ([q.text for q, _ in found if q.kind == "scare" and q.speaker_text is None],
                [(q.kind, who) for q, who in found if q.kind != "scare"])

    return run


@pytest.fixture
def timexes_of(nlp):
    """(text, publication date) -> [(text, type, value)] of every TIMEX3 found, in text order."""
    return lambda text, published: [(t.text, t.type, t.value) for t in find_timexes(nlp(text), published)]
