"""Letter tests that held only for A-Z: a date line, a byline's names and a first sentence's end, in any alphabet."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.clean import clean_text
from storyline.ingest.html import article_from_html
from storyline.records import Article
from storyline.settings import Settings


def _page(title: str, lang: str, lines: list[str]) -> str:
    paras = "\n".join(f"<p>{x}</p>" for x in lines)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f"<article><h1>{title}</h1>{paras}</article><footer>© 2021 Example</footer></body></html>")


def _article(url: str, html: str) -> Article:
    art = article_from_html(IngestContext(Settings()), url, html.encode())
    assert isinstance(art, Article)
    return art


_RU = ("ru", "Москва начала вакцинацию", "Москва начала массовую вакцинацию населения.",
       ["12.05.2021 Москва начала массовую вакцинацию населения.",
        "В первый день прививку получили более десяти тысяч человек, сообщили в мэрии города.",
        "Записаться на вакцинацию можно в поликлиниках и на портале государственных услуг.",
        "По словам врачей, запись на ближайшие дни уже почти заполнена, и очереди растут с каждым днём."])
_EL = ("el", "Νέα μέτρα από την κυβέρνηση", "η κυβέρνηση ανακοίνωσε νέα μέτρα.",
       ["Στις 12.05.2021 η κυβέρνηση ανακοίνωσε νέα μέτρα.",
        "Τα μέτρα αφορούν τα καταστήματα, τα σχολεία και τις δημόσιες συγκοινωνίες σε όλη τη χώρα.",
        "Ο υπουργός είπε ότι τα μέτρα θα ισχύσουν για τουλάχιστον δύο εβδομάδες από τη Δευτέρα.",
        "Η αντιπολίτευση ζήτησε να συζητηθούν τα μέτρα στη Βουλή πριν από την εφαρμογή τους."])


@pytest.mark.parametrize(("lang", "title", "kept", "lines"), [_RU, _EL])
def test_an_opening_sentence_in_cyrillic_or_greek_that_holds_a_date_is_no_date_line(lang, title, kept, lines):
    art = _article(f"https://example.{lang}/news/2021/05/12/story", _page(title, lang, lines))
    assert kept in art.text


def test_a_page_stamp_in_any_alphabet_is_still_a_date_line():
    raw = ("Опубликовано 12.05.2021\nМосква начала массовую вакцинацию населения в среду утром.\n"
           "В первый день прививку получили более десяти тысяч человек, сообщили в мэрии.")
    c = clean_text(raw, title="Москва начала вакцинацию")
    assert "Опубликовано" not in c.text and c.text.startswith("Москва начала")


def test_a_byline_whose_names_start_with_a_capital_outside_latin_1_goes():
    lines = ["The city council voted on Monday to close the old bridge over the river for repairs.",
             "By Łukasz Żak and Šárka Nováková",
             "Engineers found cracks in two of its pillars during an inspection last month, the council said.",
             "Traffic will be sent over the northern bridge until the work ends next spring, officials said."]
    art = _article("https://example.com/news/bridge", _page("Council closes the old bridge", "en", lines))
    assert "Łukasz" not in art.text and ("By Łukasz Żak and Šárka Nováková", "byline") in [
        (r.text, r.reason) for r in art.removed]


def test_a_title_made_from_the_first_sentence_ends_at_its_stop_in_any_alphabet():
    ru = clean_text("Президент подписал закон о бюджете на следующий год. Депутаты одобрили его в среду.")
    assert ru.title == "Президент подписал закон о бюджете на следующий год"
    el = clean_text("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία. Οι βουλευτές τα ψήφισαν χθες.")
    assert el.title == "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία"
    zh = clean_text("双方于周一在北京恢复会谈。部长们先到，随后举行了记者会。")
    assert zh.title == "双方于周一在北京恢复会谈"
