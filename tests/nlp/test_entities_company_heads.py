"""A name the tagger calls a person that opens a company's full name written in the article ("Beijing Alibaba"
after "the Beijing Alibaba Information Technology Co., Ltd") is the company's short name, and takes no place
("a Beijing court") for a short form.  The real model, sentences written for the test."""

from __future__ import annotations

from storyline.nlp.entities import find_entities

TEXT = ("A Beijing court on Friday rejected a lawsuit against the Beijing Alibaba Information Technology Co., Ltd "
        "over software provided by Beijing Alibaba last August.")


def test_a_company_s_short_name_is_no_person(nlp) -> None:
    _, chains = find_entities(nlp(TEXT))
    assert not [c.name for c in chains if c.type == "PERSON"]


def test_the_place_stays_a_place(nlp) -> None:
    _, chains = find_entities(nlp(TEXT))
    assert [c.aliases for c in chains if c.name == "Beijing"] == [["Beijing"]]
