"""Labels a page leaves inside the story (control labels, source credits, download links, an ad note as summary) go.

Lines modelled on dev pages of trafilatura's evaluation set (backen.de,
handwerksblatt.de, zoll.de, resonator-podcast.de, heavenlynnhealthy.de, breakingbelizenews.com);
the sentences around them stay.
"""

from __future__ import annotations

from storyline.ingest.article import Given, IngestContext, build
from storyline.ingest.clean import clean_text
from storyline.ingest.html import article_from_html
from storyline.ingest.lines import chrome_reason, label_reason
from storyline.records import Article
from storyline.settings import Settings

STORY = ("Friseure dürfen ab Montag wieder öffnen, teilte die Landesregierung am Freitag mit.\n"
         "{}\n"
         "Kundinnen und Kunden müssen einen negativen Test vorlegen, wenn sie nicht geimpft sind.\n"
         "Die Regel gilt zunächst bis Ende des Monats, danach wird neu entschieden.")


def _kept_and_why(label: str) -> tuple[str, dict[str, str]]:
    c = clean_text(STORY.format(label), title="Friseure öffnen")
    return c.text, {r.text: r.reason for r in c.removed}


def test_a_control_label_left_between_paragraphs_goes():
    text, why = _kept_and_why("Bild anzeigen")
    assert "Bild anzeigen" not in text and why["Bild anzeigen"] == "control label"
    assert "Kundinnen und Kunden" in text
    assert label_reason("Alle 17 Schritte anzeigen") == "control label"
    assert label_reason("View all photos") == "control label"
    assert label_reason("Ver imágenes") == "control label"


def test_a_short_source_credit_goes_but_a_cited_reference_stays():
    text, why = _kept_and_why("Quelle: Landesregierung Hessen")
    assert "Quelle" not in text and why["Quelle: Landesregierung Hessen"] == "source credit"
    assert label_reason("Fuente: Instituto Nacional de Estadística") == "source credit"
    reference = ("Quelle: Carlsen OCL et al.: Physical activity in pregnancy: a Norwegian-Swedish mother-child "
                 "birth cohort study. AJOG Global Reports 2021.")
    assert label_reason(reference) is None


def test_photo_credits_in_other_languages_go():
    assert chrome_reason("Foto: dahancoo / Pixabay (Symbolbild)") == "photo credit"
    assert chrome_reason("Bild: Keystone") == "photo credit"
    assert chrome_reason("Crédito: Archivo") == "photo credit"


def test_a_download_label_with_type_and_size_goes_but_a_sentence_about_megabytes_stays():
    label = "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei"
    text, why = _kept_and_why(label)
    assert label not in text and why[label] == "download link"
    assert label_reason("The update weighs 300 MB and installs overnight.") is None
    assert label_reason("- 500 MB for Parallels Desktop application installation") is None


def test_an_embed_placeholder_with_a_long_explanation_goes():
    placeholder = ("Mit diesem Button kannst Du diese Podcast-Episode zu einer Kurationsliste der "
                   "Podcast-Suchmaschine FYYD hinzufügen.")
    text, why = _kept_and_why(placeholder)
    assert placeholder not in text and why[placeholder] == "embed placeholder"


def test_an_advertising_note_given_as_the_summary_is_not_kept_as_the_standfirst():
    raw = STORY.format("Die Salons bereiten sich seit Wochen auf die Öffnung vor, sagte die Innung.")
    note = "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI."
    art = build(IngestContext(Settings()), "p1", raw, "html", Given(title="Friseure öffnen", description=note))
    assert isinstance(art, Article)
    assert art.description is None
    assert ("disclosure", note) in {(r.reason, r.text) for r in art.removed}
    summary = "Die Friseure im Land dürfen nach Wochen wieder Kundschaft empfangen."
    art = build(IngestContext(Settings()), "p2", raw, "html", Given(title="Friseure öffnen", description=summary))
    assert isinstance(art, Article) and art.description == summary


def test_an_advertisement_spelt_with_cyrillic_look_alikes_goes_and_russian_and_greek_text_stays():
    ad = ("Аdvеrtіѕе wіth thе most visited news site in thе country. Wе оffеr fullу сuѕtоmіzаblе "
          "dіgіtаl mаrkеtіng расkаgеѕ.")  # Latin words with Cyrillic А, е, і, ѕ, о, у, с, а, р letters
    story = ("The health agency urged countries on Tuesday to keep testing in place as cases rose again.\n"
             "Правительство объявило о новых мерах в понедельник, сообщил министр.\n"
             "Η κυβέρνηση ανακοίνωσε νέα μέτρα τη Δευτέρα, είπε ο υπουργός.")
    c = clean_text(f"{story}\n{ad}", title="Testing stays")
    assert c.text == story
    assert {r.text: r.reason for r in c.removed}[ad] == "disguised text"
    page = ("<html><head><title>Testing stays</title></head><body><article><h1>Testing stays</h1>"
            + "".join(f"<p>{p}</p>" for p in story.split("\n")) + f"<p>{ad}</p></article></body></html>")
    art = article_from_html(IngestContext(Settings(min_text_chars=20)), "p.html", page)
    assert isinstance(art, Article) and art.text == story
