"""Every quote row of the acceptance spec, on the real seed files, through the API and the export.

The rows come from ``shared/acceptance/seeds.json``; this test reads the spec
and checks it the way ``check_seeds.py`` does (text contains, sane bounds,
speaker entity name or alias), so nothing here restates an answer.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import SHARED, needs_shared, shared_json

SPEC = shared_json("acceptance/seeds.json")
pytestmark = needs_shared
ROWS = [(art["key"], i) for art in SPEC.get("articles", []) for i in range(len(art.get("quotes", [])))]
_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_FOLD)).strip().lower()


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory, nlp) -> dict[str, Any]:
    import storyline
    from storyline.export import export_data

    with storyline.open(tmp_path_factory.mktemp("seeds") / "seeds.db") as sl:
        for art in SPEC["articles"]:
            sl.ingest([str(SHARED / art["file"])], published=art["published"], link=False)
        return export_data(sl.store)


@pytest.mark.parametrize(("key", "row"), ROWS, ids=[f"{k}{i}" for k, i in ROWS])
def test_seed_quote_row_is_found_with_its_speaker(export: dict[str, Any], key: str, row: int) -> None:
    spec = next(a for a in SPEC["articles"] if a["key"] == key)
    want = spec["quotes"][row]
    art = next(a for a in export["articles"] if fold(a["title"]) == fold(spec["title"]))
    hits = [q for q in art["quotes"] if fold(want["contains"]) in fold(q["text"])]
    assert hits, f"not extracted: {want['contains']!r}"
    assert all(len(fold(q["text"])) <= len(fold(want["contains"])) + 400 for q in hits), "quote runs too long"
    for q in hits:
        assert art["text"][q["start"]:q["end"]] == q["text"]
    entities = {e["id"]: e for e in export["entities"]}
    names = [{fold(entities[q["speaker"]]["name"])} | {fold(a) for a in entities[q["speaker"]]["aliases"]}
             for q in hits if q["speaker"] in entities]
    speakers = {fold(want["speaker"])} if "speaker" in want else {fold(s) for s in want["speaker_any"]}
    assert any(n & speakers for n in names), f"speakers given: {[sorted(n)[:3] for n in names]}"
