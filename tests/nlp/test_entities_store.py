"""Entities across a real store: real articles ingested into a SQLite file, chains resolved to entities."""

from __future__ import annotations

import json

import storyline
from storyline.export import export_data
from tests.conftest import DATA, SHARED, needs_shared, shared_json

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
SPEC = shared_json("acceptance/seeds.json")
pytestmark = needs_shared


def _records(*ids: str) -> list[str]:
    want = set(ids)
    out = []
    with NEWSWIRE.open(encoding="utf-8") as fh:
        for line in fh:
            if json.loads(line)["id"] in want:
                out.append(line)
    assert len(out) == len(want)
    return out


def _names(ent: dict) -> set[str]:
    return {ent["name"].lower()} | {a.lower() for a in ent["aliases"]}


def _entities_named(data: dict, name: str) -> list[dict]:
    return [e for e in data["entities"] if name.lower() in _names(e)]


def test_one_person_across_articles_is_one_entity_and_other_kims_stay_apart(tmp_path):
    # two AFP stories on North Korea: one names Kim Jong-Il once, the other names him, his father
    # Kim Il-Sung and several other Kims, and calls both leaders "Kim"
    feed = tmp_path / "afp.jsonl"
    feed.write_text("".join(_records("AFP_ENG_19970413.0441", "AFP_ENG_19970425.0415")), encoding="utf-8")
    with storyline.open(tmp_path / "store.db") as sl:
        assert sl.ingest([str(feed)], link=False).annotated == 2
        son = sl.entities(name="Kim Jong-Il", exact=True)
        father = sl.entities(name="Kim Il-Sung", exact=True)
        assert len(son) == 1 and son[0].articles == 2 and son[0].type == "PERSON"
        assert len(father) == 1 and father[0].id != son[0].id
        kims = [e for e in sl.entities(type="PERSON") if e.name.startswith("Kim ")]
        assert len({e.id for e in kims}) == len({e.name.lower().replace("-", " ") for e in kims}) >= 4
        assert all(e.name != "Kim" for e in sl.entities())  # "Kim" alone joined a full name
        mentions = sl.entity_mentions(son[0].id)
        assert {a.id for a, _ in mentions} == {a.id for a in sl.articles()}
        assert all(a.text[m.start:m.end] == m.text for a, m in mentions)


def test_seed_spec_entities_and_cross_article_identity(tmp_path):
    """Reads acceptance/seeds.json: every entity row, same_entity and different_entity pair."""
    with storyline.open(tmp_path / "seeds.db") as sl:
        for art in SPEC["articles"]:
            sl.ingest([str(SHARED / art["file"])], published=art["published"], link=False)
        data = export_data(sl.store)
    for art in SPEC["articles"]:
        stored = next(a for a in data["articles"] if a["published"].startswith(art["published"]))
        in_article = {m["entity"] for m in stored["mentions"]}
        for want in art["entities"]:
            cands = [e for e in _entities_named(data, want["name"]) if e["id"] in in_article]
            assert cands, f"{art['key']}: no entity {want['name']!r} mentioned in the article"
            if "type" in want:
                assert any(e["type"] == want["type"] for e in cands), (want, cands)
            if "aliases" in want:
                assert any({a.lower() for a in want["aliases"]} <= _names(e) for e in cands), (want, cands)
    for a, b in SPEC["across"]["same_entity"]:
        assert {e["id"] for e in _entities_named(data, a)} & {e["id"] for e in _entities_named(data, b)}, (a, b)
    for a, b in SPEC["across"]["different_entity"]:
        ea, eb = _entities_named(data, a), _entities_named(data, b)
        assert ea and eb and not {e["id"] for e in ea} & {e["id"] for e in eb}, (a, b)


def test_annotating_again_keeps_the_same_entities(tmp_path):
    # this AFP story names a "Rice" with no first name: a chain without keys, which opens a new entity each time
    feed = tmp_path / "afp.jsonl"
    feed.write_text("".join(_records("AFP_ENG_19970411.0037")), encoding="utf-8")
    with storyline.open(tmp_path / "redo.db") as sl:
        sl.ingest([str(feed)], link=False)
        before = {(e.name, e.type, e.mentions) for e in sl.entities()}
        assert ("Rice", "PERSON", 1) in before
        assert sl.annotate(redo=True) == 1
        assert {(e.name, e.type, e.mentions) for e in sl.entities()} == before
