"""Attributions on the dev half of the hand-annotated Wikinews gold (benchmarks/data), with the real model.

The held-out half is never used here; benchmarks/quotes_wikinews.py reports it.
"""

from __future__ import annotations

import json
import sys

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from tests.conftest import DATA, ROOT

GOLD = ROOT / "benchmarks" / "data" / "wikinews_attributions.jsonl"
WIKINEWS = DATA / "wikinews-timeline"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


@pytest.fixture(scope="module")
def dev(nlp):
    """(gold attribution, our quote or None, chains) for every dev gold attribution."""
    if not WIKINEWS.is_dir():
        pytest.skip(f"needs the Wikinews TimeML texts in {WIKINEWS} (../shared beside the repository)")
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_demo_data import convert

    lines = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    arts = [a for a in lines[0]["articles"] if a["split"] == "dev"]
    out = []
    for art in arts:
        doc = nlp(convert(WIKINEWS / art["file"])["text"])
        mentions, chains = find_entities(doc)
        ours = [q for q in find_quotes(doc, mentions, chains) if q.kind != "scare"]
        for g in lines[1:]:
            if g["article"] == art["id"] and g["kind"] != "not":
                hit = next((q for q in ours if _overlap((g["content_start"], g["content_end"]), (q.start, q.end))),
                           None)
                out.append((g, hit, chains))
    return out


def test_most_dev_attributions_of_every_kind_are_found(dev) -> None:
    for kind in ("direct", "indirect", "mixed"):
        rows = [(g, q) for g, q, _ in dev if g["kind"] == kind]
        assert sum(q is not None for _, q in rows) >= 0.9 * len(rows), kind


def test_reported_speech_gets_its_named_speaker(dev) -> None:
    named = [(g, q, chains) for g, q, chains in dev if g["kind"] == "indirect" and g["speaker_type"] == "name"]
    right = 0
    for g, q, chains in named:
        if q is not None and q.speaker_chain is not None:
            names = [chains[q.speaker_chain].name, *chains[q.speaker_chain].aliases]
            right += any(k.lower() in n.lower() for k in g["speaker_keys"] for n in names)
    assert right >= 0.85 * len(named)


def test_an_unnamed_source_keeps_its_description(dev) -> None:
    described = [(g, q) for g, q, _ in dev if g["speaker_type"] == "description" and q is not None]
    assert described
    for g, q in described:
        assert q.speaker_chain is None and q.speaker_text is not None
        assert any(k.lower() in q.speaker_text.lower() for k in g["speaker_keys"]), g["source"]
