"""Asides inside the article block (related links, appeals, disclosures) go; the story's sentences stay."""

from __future__ import annotations

from storyline.ingest.asides import aside_reasons, is_appeal, is_disclosure, related_label
from storyline.ingest.clean import clean_text


def test_a_related_heading_takes_its_headlines_and_an_inline_teaser_goes():
    raw = ("The council voted on Monday to close the old bridge for repairs.\n"
           "VEA TAMBIÉN: Otra noticia del día en la ciudad\n"
           "Traffic will be diverted over the river for two months, officials said.\n"
           "Lesen Sie auch die folgenden Beiträge:\n- Warum Brücken altern\n- Der Verkehr bleibt dicht")
    c = clean_text(raw, title="Bridge closed")
    assert c.text == ("The council voted on Monday to close the old bridge for repairs.\n"
                      "Traffic will be diverted over the river for two months, officials said.")
    reasons = {r.text: r.reason for r in c.removed}
    assert reasons["VEA TAMBIÉN: Otra noticia del día en la ciudad"] == "related links"
    assert reasons["- Der Verkehr bleibt dicht"] == "related links"


def test_a_related_heading_stops_at_the_next_paragraph_of_the_story():
    texts = ["The storm hit the coast on Monday.", "Read also", "Storm season starts early",
             "Officials said the damage was heavy and schools would stay shut."]
    assert aside_reasons(texts, [0, 1, 2, 3]) == {1: "related links", 2: "related links"}


def test_appeals_go_only_from_the_end_and_never_take_the_first_line():
    texts = ["The newsletter of the union said members should subscribe to the strike fund.",
             "Members voted on Tuesday.",
             "Get our daily newsletter by email: free sign up.",
             "© 2022 The Daily Example. All rights reserved."]
    assert aside_reasons(texts, [0, 1, 2, 3]) == {2: "reader appeal", 3: "copyright"}
    assert aside_reasons(texts[2:], [0, 1]) == {1: "copyright"}


def test_disclosures_and_appeals_are_told_from_story_sentences():
    assert is_disclosure("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.")
    assert is_disclosure("We may receive compensation when you click on links to those products.")
    assert not is_disclosure("The company said advertising revenue fell by a third in the quarter.")
    assert is_appeal("If you enjoyed reading this post – would you consider supporting our work?")
    assert not is_appeal("As a close community we will come together to support our colleagues and students.")
    assert related_label("Weitere Informationen:") == "heading"
    assert related_label("Weitere Informationen hierzu gibt es in Kürze auf der Website.") is None


def test_a_short_call_between_paragraphs_goes_but_a_sentence_about_giving_stays():
    texts = ["The council voted on Monday to close the old bridge.", "Zum Newsletter anmelden",
             "He donated to the campaign in 1964 and was an early donor to the party.",
             "Traffic will be diverted for two months, officials said."]
    assert aside_reasons(texts, [0, 1, 2, 3]) == {1: "reader appeal"}


def test_see_also_in_german_dutch_italian_and_spanish_heads_related_links():
    raw = ("Die Raumfahrtbehörde startet am Mittwoch einen eigenen Streamingdienst ohne Gebühren.\n"
           "Der Dienst soll Starts, Serien und Dokumentationen zeigen, sagte eine Sprecherin.\n"
           "Siehe auch:\nThema:\nBeiträge aus dem Forum\nInteressante Links\n"
           "Zunächst startet der Dienst in den USA.")
    c = clean_text(raw, title="Streamingdienst startet")
    assert "Forum" not in c.text and c.text.endswith("sagte eine Sprecherin.\nZunächst startet der Dienst in den USA.")
    assert {r.text: r.reason for r in c.removed}["Beiträge aus dem Forum"] == "related links"
    for label in ("Siehe auch:", "Zie ook", "Vedi anche:", "Véase también"):
        assert related_label(label) == "heading", label
    assert related_label("Siehe auch die Erklärung, die der Minister am Montag vor der Presse abgab.") is None


def test_a_log_in_to_comment_notice_closing_the_page_goes_in_any_of_its_languages():
    story = ["The club will stream every match of the winter cup on its own channel, the organisers said.",
             "Results will be posted here after each round."]
    for notice in ("Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?",
                   "You must be logged in to post a comment.",
                   "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
                   "Vous devez être connecté pour publier un commentaire."):
        assert aside_reasons([*story, notice], [0, 1, 2]) == {2: "reader appeal"}, notice
    assert is_appeal("You must be logged in to post a comment.")
    assert not is_appeal("Readers said they logged in to the site every morning to read the results.")


def test_a_story_sentence_about_advertising_for_something_is_no_disclosure():
    # dev pages utopia.de, der-farang.com: the story says someone advertises; the page makes no disclosure
    raw = ("Auf Instagram zeigt sich die Unternehmerin besorgt um die Klimakrise – um mit viel Ironie Werbung für "
           "ein neues Produkt zu machen.\n"
           "Der Spot erschien am Dienstag und wurde mehr als eine Million Mal angesehen.\n"
           "Einige Nutzer fragten, ob sie vor der Wahl Werbung für sich machen wolle.")
    c = clean_text(raw, title="Werbespot zur Klimakrise")
    assert c.text == raw and not c.removed
    assert is_disclosure("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.")


def test_a_subheading_about_a_charity_drive_and_a_tutorial_button_stay():
    # dev pages: a church auction's subheading (a Lübeck paper), a tutorial telling the reader which button to click
    texts = ["Nach Begrüßung durch die Pastoren übernimmt eine Sängerin die Versteigerung.",
             "1400 Euro sind für die Spendenaktion zusammengekommen",
             "Then click on the Send HTTP GET request button. This operation will send the following request:",
             "Nach über zwei Stunden haben die Objekte neue Besitzer gefunden, sagte der Pastor.",
             "Jetzt spenden!"]
    assert aside_reasons(texts, [0, 1, 2, 3, 4]) == {4: "reader appeal"}
