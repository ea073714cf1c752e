"""Quotes and speakers (placeholder until the quotes work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.records import Chain, Mention, Quote


def find_quotes(doc: Doc, mentions: list[Mention], chains: list[Chain]) -> list[Quote]:
    return []
