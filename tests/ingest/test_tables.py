"""A table set against the story is the article's data; a table apart from it, or a menu laid out as one, is not."""

from __future__ import annotations

from storyline.ingest.article import IngestContext
from storyline.ingest.clean import clean_text, is_table_row
from storyline.ingest.html import article_from_html
from storyline.records import Article
from storyline.settings import Settings

REPORT = ("The home side won the semi-final return leg 57:33 on Monday evening and reached the final.\n"
          "Their captain scored in every heat he rode and the visitors won only one race all night.")
FACTS = "| Discipline | Speedway |\n| Stadium | Municipal Stadium |\n| Referee | Anna Kowalska |"


def test_a_facts_table_right_under_the_last_paragraph_stays():
    c = clean_text(f"Home\nResults\n{REPORT}\n{FACTS}\nContact\nImprint", title="Semi-final")
    assert "| Stadium | Municipal Stadium |" in c.text and "| Referee | Anna Kowalska |" in c.text
    assert "Imprint" not in c.text and "Home" not in c.text


def test_an_ingredients_table_right_above_the_first_paragraph_stays():
    table = "| 250 g | flour |\n| 50 ml | milk |\n| 1 | egg |"
    steps = ("Warm the milk and melt the butter in it.\n"
             "Mix the flour with the yeast in a bowl, add the milk and knead the dough for five minutes.")
    c = clean_text(f"Recipes\nMuffins\n{table}\n{steps}", title="Muffins")
    assert c.text.startswith("| 250 g | flour |") and "| 1 | egg |" in c.text


def test_a_table_apart_from_the_story_and_a_menu_laid_out_as_a_table_stay_out():
    menu = r"| | Daily Word | About \| Media \| Search \| Contact | |"
    c = clean_text(f"{REPORT}\nMore from the league\n{FACTS}", title="Semi-final")
    assert "Stadium" not in c.text
    c = clean_text(f"{REPORT}\n{menu}", title="Semi-final")
    assert "About" not in c.text
    assert is_table_row("| Stadium | Municipal Stadium |") and not is_table_row(menu)


def test_a_page_keeps_the_facts_box_the_extractor_found_under_the_report():
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in
                   [("Discipline", "Speedway"), ("Stadium", "Municipal Stadium"), ("Referee", "Anna Kowalska")])
    paragraphs = "".join(f"<p>{p}</p>" for p in REPORT.split("\n"))
    page = (f"<html><head><title>Semi-final</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main><div class='report'><h1>Semi-final</h1>{paragraphs}</div>"
            f"<div class='facts'><table>{rows}</table></div></main>"
            f"<footer><a href='/imprint'>Imprint</a></footer></body></html>")
    art = article_from_html(IngestContext(Settings(min_text_chars=20)), "p.html", page)
    assert isinstance(art, Article)
    assert "Municipal Stadium" in art.text and "Anna Kowalska" in art.text
