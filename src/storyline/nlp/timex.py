"""Temporal expressions (placeholder until the timex work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.records import Timex


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    return [Timex(e.start_char, e.end_char, e.text, "DATE", "XXXX", anchored=False) for e in doc.ents if e.label_ == "DATE"]
