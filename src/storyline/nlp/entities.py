"""Entity mentions and within-article chains (placeholder until the entities work lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.records import Chain, Mention

_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def find_entities(doc: Doc) -> tuple[list[Mention], list[Chain]]:
    mentions: list[Mention] = []
    chains: list[Chain] = []
    by_name: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ not in _TYPES:
            continue
        idx = by_name.get(ent.text)
        if idx is None:
            idx = by_name[ent.text] = len(chains)
            chains.append(Chain(name=ent.text, type=ent.label_, keys=[ent.text.lower()]))
        chains[idx].mentions.append(len(mentions))
        mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, chain=idx))
    return mentions, chains
