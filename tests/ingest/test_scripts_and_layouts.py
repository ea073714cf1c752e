"""Cleaning keeps the story in any script and layout, and takes wire chrome out wherever it stands."""

from __future__ import annotations

import gzip
import json
import re

import pytest
import trafilatura

from storyline.ingest.article import IngestContext, build
from storyline.ingest.clean import clean_text
from storyline.ingest.html import article_from_html
from storyline.ingest.lines import ends_sentence, is_prose, word_count
from storyline.records import Article
from storyline.settings import Settings
from tests.conftest import DATA, needs_shared
from tests.ingest.pages import empty_page

EVAL = DATA / "trafilatura-eval"
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("line", [
    "東京都は月曜日、新たな感染者が確認されたと発表した。",
    "Правительство объявило о новых мерах в понедельник.",
    "أعلنت الحكومة عن إجراءات جديدة يوم الاثنين؟",
    "सरकार ने सोमवार को नए उपायों की घोषणा की।",
    "„Ich weiß ich bin betrunken und sollte das vielleicht nicht sagen…“",
])
def test_a_sentence_in_any_script_is_prose(line):
    assert is_prose(line) and ends_sentence(line)


def test_a_credit_in_brackets_of_any_width_does_not_stop_a_paragraph_from_being_prose():
    assert is_prose("正是有了英勇的你们，才有这座英雄的城！（评论员 罗博）")
    assert is_prose("Progress will be impossible so long as he praises obstruction. (Yonhap)")
    assert not is_prose("Weiterführender Link (extern)")


def test_words_of_unspaced_scripts_are_counted_by_characters():
    assert word_count("新华社记者在武汉血液中心拍照留念") >= 6
    assert word_count("Top stories") == 2


def test_a_numbered_list_after_the_story_stays_and_a_menu_after_it_goes():
    items = "\n".join(f"{i:02d}. Singer number {i}" for i in range(1, 8))
    raw = (f"Home\nNews\nA magazine ranked the best singers of all time on Monday.\n"
           f"Here is the full list from the magazine.\n{items}\nContact\nImprint")
    c = clean_text(raw, title="Best singers")
    assert "07. Singer number 7" in c.text and "01. Singer number 1" in c.text
    assert "Imprint" not in c.text and "Home" not in c.text


def test_a_list_whose_items_run_into_the_story_is_kept_whole():
    raw = ("Menu\n- Minutes of the last meeting\naccepted\n- Statutes\n"
           "We want to find a wording the members can vote on.\n- New members\n"
           "New members have joined regularly of late.")
    c = clean_text(raw, title="Minutes")
    assert c.text.startswith("- Minutes of the last meeting") and "Menu" not in c.text


def test_a_hard_wrapped_paragraph_is_judged_whole():
    raw = ("Sections\n\nThe council voted on Monday to close the old bridge\nfor repairs, officials said,"
           "\nand traffic will be diverted.\n\nThe bridge opened in 1931.")
    c = clean_text(raw, title="Bridge closed")
    assert c.text.startswith("The council voted on Monday to close the old bridge\nfor repairs")


def test_a_headline_only_item_is_kept_and_flagged():
    ctx = IngestContext(Settings())
    page = ("<html><head><title>Quake hits northern Japan</title></head><body><article>"
            "<h1>Quake hits northern Japan</h1><p>Quake hits northern Japan</p></article></body></html>")
    art = article_from_html(ctx, "brief.html", page)
    assert isinstance(art, Article), art
    assert art.text == "Quake hits northern Japan" and art.metadata.get("headline_only") is True
    brief = build(ctx, "flash.txt", "Quake hits northern Japan, officials say.", "text")
    assert isinstance(brief, Article) and brief.metadata.get("headline_only") is True


def test_wire_chrome_goes_wherever_it_stands():
    raw = ("By the CNN Wire Staff\n\n"
           "MEXICO CITY | Sat Apr 25, 2009 12:51 am BST MEXICO CITY (Reuters) - Mexico closed all schools.\n\n"
           "Officials said more cases were found. (an error occurred while processing this directive)\n\n"
           "Page last updated at 10:38 GMT, Monday, 27 April 2009 11:38 UK\n\nThe outbreak spread on Sunday.")
    c = clean_text(raw, title="Flu", scraped=False)
    assert c.text.startswith("MEXICO CITY (Reuters) - Mexico closed all schools.")
    for chrome in ("Wire Staff", "error occurred", "Page last updated", "BST"):
        assert chrome not in c.text
    assert c.date_lines == ["Sat Apr 25, 2009 12:51 am BST"]
    assert {r.reason for r in c.removed} == {"byline", "date line"}


@pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")
def test_chinese_and_japanese_pages_are_kept_with_as_much_text_as_bare_trafilatura_finds():
    cases = json.loads((EVAL / "evaldata.json").read_text(encoding="utf-8"))
    ctx = IngestContext(Settings())
    cjk = [(u, c) for u, c in sorted(cases.items()) if any(_CJK.search(s) for s in c["with"])
           and (EVAL / "pages" / (c["file"] + ".gz")).is_file()]
    assert len(cjk) >= 3
    found = baseline = 0
    for url, case in cjk:
        html = gzip.decompress((EVAL / "pages" / (case["file"] + ".gz")).read_bytes()).decode("utf-8", "replace")
        art = article_from_html(ctx, url, html)
        assert isinstance(art, Article), (case["file"], art)
        text = " ".join(" ".join([art.title, art.description or "", art.text]).split())
        bare = " ".join((trafilatura.extract(html, url=url) or "").split())
        found += sum(" ".join(s.split()) in text for s in case["with"])
        baseline += sum(" ".join(s.split()) in bare for s in case["with"])
    assert found >= baseline  # as much of the story as the extractor alone finds


def test_a_post_with_no_line_of_prose_is_kept_unless_its_lines_are_links():
    ctx = IngestContext(Settings())
    # no line ends a sentence, and none carries on the one before (each starts in capitals): each is judged alone
    verses = ["Der Nebel liegt noch über dem Fluss", "Die Boote warten still am Steg",
              "Kein Mensch ist heute unterwegs", "Nur eine Möwe zieht ihre Kreise",
              "Und irgendwo schlägt eine Glocke", "Der Tag beginnt ganz ohne Eile",
              "Ich trinke meinen Kaffee am Fenster", "Und sehe zu wie es hell wird"]
    poem = "".join(f"<p>{v}</p>" for v in verses)
    page = (f"<html><head><title>Morgen am Fluss</title></head><body><nav><a href='/'>Start</a></nav>"
            f"<article><h1>Morgen am Fluss</h1>{poem}</article></body></html>")
    art = article_from_html(ctx, "post.html", page)
    assert isinstance(art, Article), art
    assert all(v in art.text for v in verses)


@needs_shared  # the section front lists the headlines of real Wikinews articles
def test_a_section_front_of_headlines_is_refused_and_says_its_lines_are_links():
    ctx = IngestContext(Settings())
    problem = article_from_html(ctx, "front.html", empty_page())  # a section front: headlines, all links
    assert not isinstance(problem, Article)
    assert problem.reason.startswith("no article found in the HTML page")
    assert "5 of 5 lines are the text of a link" in problem.reason
