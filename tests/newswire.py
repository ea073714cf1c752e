"""Real newswire reports (../shared/data/newswire-1997-1998.jsonl) as the store's entity tests add them."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from storyline.ingest import content_hash
from storyline.records import Annotation, Article
from tests.conftest import DATA


def newswire_reports(wanted: Collection[str]) -> dict[str, Article]:
    """The records with these ids, as articles titled by their first sentence, with the record's source."""
    out = {}
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            if r["id"] in wanted:
                title = r["text"].split(". ")[0]
                out[r["id"]] = Article(external_id=r["id"], title=title, text=r["text"], published=r["published"],
                                       source=r["source"], content_hash=content_hash(title, r["text"]))
    return out


def attributions(nlp: Any, record: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """The record's attributions by their first 30 characters: (speaker phrase, speaker chain name, body chain
    name), from the real model ``nlp``."""
    from storyline.nlp import annotate_doc

    (article,) = newswire_reports({record}).values()
    ann = annotate_doc(nlp(article.text), article)
    names = [c.name for c in ann.chains]
    return {q.text[:30]: (q.speaker_text, names[q.speaker_chain] if q.speaker_chain is not None else None,
                          names[q.body_chain] if q.body_chain is not None else None)
            for q in ann.quotes}


def annotated_reports(nlp: Any, keys: Sequence[str]) -> list[tuple[Article, Annotation]]:
    """The records with these ids, in this order, numbered 1, 2, ... and annotated by the real model ``nlp``:
    what ``storyline.timeline.build_timeline`` reads as one story's articles."""
    from storyline.nlp import annotate_doc

    reports = newswire_reports(keys)
    items = []
    for i, key in enumerate(keys, 1):
        art = reports[key]
        art.id = i
        items.append((art, annotate_doc(nlp(art.text), art)))
    return items
