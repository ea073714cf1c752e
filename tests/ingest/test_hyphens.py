"""A word broken at a line-end hyphen is stored whole: one name, one entity (ingest/hyphens.py).

Texts written for these tests, laid out as wire copy arrives: the line's wrap turned into a space after
the hyphen, or kept as a line break inside the paragraph.
"""

from __future__ import annotations

from storyline.ingest.article import Given, IngestContext, build
from storyline.ingest.hyphens import rejoin_hyphens
from storyline.records import Article
from storyline.settings import Settings

WIRE = ("SEOUL, March 3 (Xinhua) -- South Korean President Roh Moo- hyun met Foreign Minister Ban Ki- moon on "
        "Monday to discuss the state-\nowned power company and a two- or three-year plan for pre- and post-war "
        "housing.\n\nRoh said the face- to-face talks with the North would go on.")


def _article(text: str, language: str | None = None) -> Article:
    given = Given(title="Roh Moo- hyun meets Ban Ki- moon", scraped=False,
                  metadata={"language": language} if language else {})
    art = build(IngestContext(Settings()), "wire-1", text, fmt="jsonl", given=given)
    assert isinstance(art, Article)
    return art


def test_a_name_broken_after_its_hyphen_is_stored_whole():
    art = _article(WIRE)
    assert "Roh Moo-hyun" in art.text and "Ban Ki-moon" in art.text
    assert art.title == "Roh Moo-hyun meets Ban Ki-moon"


def test_a_compound_broken_at_a_line_end_is_one_word_and_a_paragraph_break_stays():
    art = _article(WIRE)
    assert "the state-owned power company" in art.text
    assert "face-to-face talks" in art.text
    assert "housing.\n\nRoh said" in art.text


def test_suspended_hyphens_and_dashes_stay():
    art = _article(WIRE)
    assert "a two- or three-year plan for pre- and post-war housing" in art.text
    assert "(Xinhua) -- South Korean" in art.text
    assert rejoin_hyphens("children aged 9- to 5-year-olds") == "children aged 9- to 5-year-olds"
    assert rejoin_hyphens("deals page- we'll update it") == "deals page- we'll update it"
    paired = "The plan – Have a reason for using a network- why is it?"
    assert rejoin_hyphens(paired) == paired
    line_up = "Line-up: 23- Leonel Moreira, 27- Ian Lawrence."
    assert rejoin_hyphens(line_up) == line_up


def test_text_in_another_language_is_left_as_written():
    text = "Es wachsen hier sowohl erstklassige Weiß- als auch Rotweine, sagte der Winzer am Montag in Rust."
    assert _article(text, language="de").text == text
