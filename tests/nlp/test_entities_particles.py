"""An Arabic surname's article drops in its short form: "Nuri al-Maliki ... Maliki said" is one person, and a
quote of "Maliki" is the full name's.  The real model, sentences written for the test."""

from __future__ import annotations

from storyline.nlp.entities import find_entities

TEXT = ("Iraqi Prime Minister Nuri al-Maliki met the cabinet on Sunday. Maliki said the talks went well. "
        "Syrian President Bashar el-Assad flew to Moscow. Assad told reporters he was pleased.")


def test_the_short_form_joins_the_full_name(nlp) -> None:
    _, chains = find_entities(nlp(TEXT))
    people = {c.name: c.aliases for c in chains if c.type == "PERSON"}
    assert set(people) == {"Nuri al-Maliki", "Bashar el-Assad"}
    assert "Maliki" in people["Nuri al-Maliki"] and "Assad" in people["Bashar el-Assad"]


def test_the_quote_is_the_full_name_s(attributions) -> None:
    assert [who for _, who in attributions(TEXT)] == ["Nuri al-Maliki", "Bashar el-Assad"]
