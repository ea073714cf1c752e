"""Chrome the extractor hands over inside the article block goes, the story stays (pages written here).

Each page sets a short story inside one ``<article>`` with the chrome a site
puts there: a cookie dialog's text after the story, a list of teaser cards
closed by "Mehr lesen..." links, a menu whose entries are questions above it.
"""

from __future__ import annotations

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.records import Article
from storyline.settings import Settings

STORY = [
    "Le conseil municipal a voté lundi la fermeture du vieux pont pour des travaux de réparation.",
    "La circulation sera déviée par le pont du Nord pendant deux mois, ont indiqué les services de la ville.",
    "Les commerçants du quartier craignent une baisse de leur chiffre d'affaires pendant le chantier.",
    "Le maire a promis une aide aux commerces touchés et une réouverture avant les fêtes de fin d'année.",
]
GESCHICHTE = [
    "Mit dem Ende der Sperrfrist darf ab Februar wieder mit stickstoffhaltigen Düngemitteln gedüngt werden.",
    "Auf gefrorenen, überschwemmten oder schneebedeckten Böden bleibt die Düngung aber weiterhin verboten.",
    "Als gefroren gilt ein Boden, der zum Zeitpunkt der Düngung an der Oberfläche Frost aufweist.",
    "Verstöße gegen die Regeln sind bußgeldbewehrt, teilte die Landwirtschaftskammer am Montag mit.",
]


def _read(body: str, title: str, box: str = "article") -> Article:
    page = (f"<html><head><title>{title}</title></head><body><{box}><h1>{title}</h1>{body}</{box}>"
            "</body></html>")
    art = article_from_html(IngestContext(Settings()), "https://example.org/news/a.html", page)
    assert isinstance(art, Article)
    return art


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in lines)


def _cards(link: str, cards: list[tuple[str, str]]) -> str:
    """Teaser cards of other stories: each a headline and a summary over its link."""
    return "".join(f"<div><h3>{head}</h3><p>{blurb}</p><a href='/news/{n}.html'>{link}</a></div>"
                   for n, (head, blurb) in enumerate(cards))


def test_a_cookie_dialogs_text_after_the_story_goes():
    dialog = [
        "Soucieux de la protection de vos données personnelles, nous vous informons que sur ce site,",
        "l'éditeur et des tiers utilisent des cookies et autres traceurs.",
        "En dehors des cookies strictement nécessaires au fonctionnement du site,",
        "votre consentement est nécessaire pour les cookies de :",
        "Mesure d'audience : pour établir des statistiques de fréquentation du site.",
        "En cliquant sur « TOUT REFUSER », vous refusez le dépôt de ces cookies.",
        "Cookies de mesures d'audience",
        "Ces cookies permettent d'établir des statistiques de fréquentation du site.",
    ]
    art = _read(_paras(STORY + dialog), "Le vieux pont fermé pour travaux")
    assert art.text.split("\n") == STORY
    assert {r.text for r in art.removed if r.reason == "consent dialog"} >= set(dialog[1:])


def test_teaser_cards_closed_by_read_more_links_go_and_the_story_stays():
    cards = _cards("Mehr lesen...", [
        ("Herbstdüngung 2021", "Auch in diesem Jahr stellt sich die Frage, wie eine Düngung nach der Ernte zu "
                               "bemessen ist."),
        ("Neue Landesverordnung", "Die neue Verordnung gibt vor, dass vor dem Düngen der Boden beprobt "
                                  "werden muss."),
        ("Lagerraum anerkannt", "Das Ministerium hat entschieden, dass ein Nachgärer als Lagerraum "
                                "anerkannt wird."),
    ])
    art = _read(_paras(GESCHICHTE) + cards, "Sperrfristende am 1. Februar")
    assert art.text.split("\n") == GESCHICHTE
    assert "Herbstdüngung 2021" in {r.text for r in art.removed if r.reason == "related links"}


def test_a_menu_of_questions_above_the_story_is_passed_over():
    entries = ["Was sind Arbeitsunfälle?", "Was sind Berufskrankheiten?", "Wer ist versichert?"] + [
        f"Bereich {n} im Überblick" for n in range(1, 25)]
    # a menu of the site's own link elements, which the extractor does not know as links
    menu = "".join(f"<site-menu-item><site-link href='/menu/{n}.html'><div><p>{t}</p></div></site-link>"
                   "</site-menu-item>" for n, t in enumerate(entries))
    art = _read(menu + _paras(GESCHICHTE), "Sperrfristende am 1. Februar", box="main")
    assert art.text.split("\n") == GESCHICHTE
    assert "Wer ist versichert?" in {r.text for r in art.removed if r.reason == "menu"}


def test_teaser_cards_whose_date_runs_into_the_summary_go():
    cards = "".join(
        f"<div><p>{kicker}</p><h3>{head}</h3><p><span>{day}</span>{blurb}</p></div>"
        for kicker, head, day, blurb in [
            ("Workshop", "Die besten Touren finden", "06.03.2016",
             "Werden Sie Ihr eigener Guide und lernen Sie, wie Sie Touren planen und sicher nachfahren."),
            ("Komoot Premium", "Tourenportal mit neuem Jahresabo", "26.09.2019",
             "Bisher musste man nur für Karten bezahlen, ab sofort gibt es ein Abo mit allen Funktionen."),
            ("Strava", "Sicherheitsupdate für alle", "01.09.2021",
             "Wer die kostenpflichtige Version nutzt, kennt die Sicherheitsfunktionen der App schon länger."),
        ])
    art = _read(_paras(GESCHICHTE) + cards, "Sperrfristende am 1. Februar")
    assert art.text.split("\n") == GESCHICHTE
    assert "Die besten Touren finden" in {r.text for r in art.removed if r.reason == "related links"}


def test_a_most_read_box_after_the_story_goes():
    box = ("<h4>Más leídas de Política</h4><ul>"
           "<li>Marcha federal. Los piqueteros desafían al Gobierno con una protesta de tres días</li>"
           "<li>Análisis. El ministro, una semana en la cuerda floja</li></ul>")
    historia = [
        "El oficialismo convocó a una sesión para el jueves, una hora antes que la pedida por la oposición.",
        "Si consigue el quorum, avanzará con la prórroga de tres impuestos que financian la gestión cultural.",
        "La oposición calificó la maniobra como un intento de vaciar su propia sesión especial.",
    ]
    art = _read(_paras(historia) + box, "El oficialismo adelanta su sesión")
    assert art.text.split("\n") == historia


def test_picture_credits_between_paragraphs_go():
    credits = ["Photo Source: Markus Spiske from Pexels.", "Image credit: www.apple.com/in/", "©iStock",
               "Bildnachweis"]
    body = (_paras(STORY[:2]) + f"<p>{credits[0]}</p><p>{credits[1]}</p>" + _paras(STORY[2:3])
            + f"<p>{credits[2]}</p>" + _paras(STORY[3:]) + f"<p>{credits[3]}</p>")
    art = _read(body, "Le vieux pont fermé pour travaux")
    assert art.text.split("\n") == STORY
    assert {r.text for r in art.removed if r.reason == "photo credit"} == set(credits)


def test_the_readers_comments_under_the_story_go():
    comments = ["Kommentare", "Harzer66", "Ach ja...", "Es regnet doch immer, wenn man es nicht braucht.",
                "Es gibt kein Recht auf Veröffentlichung."]
    art = _read(_paras(GESCHICHTE + comments), "Sperrfristende am 1. Februar")
    assert art.text.split("\n") == GESCHICHTE
    assert {r.text for r in art.removed if r.reason == "comments"} == set(comments)


STORY_EN = [
    "The city council voted on Monday to close the old bridge for two months of repairs.",
    "Traffic will be diverted over the north bridge while the work goes on, the city said.",
    "Shop owners in the district fear a drop in trade while the road is shut.",
    "The mayor promised help for the shops hit and a reopening before the holidays.",
]


CARDS_EN = [("Harbour dredging starts", "Work to deepen the harbour channel began this week after years of delay."),
            ("New parking rules", "Drivers will pay for parking in the town centre on Sundays from next month."),
            ("Library reopens", "The central library opened its doors again after a year of building work.")]


def test_english_teaser_cards_closed_by_read_more_links_go():
    art = _read(_paras(STORY_EN) + _cards("Read more", CARDS_EN), "Old bridge closed for repairs")
    assert art.text.split("\n") == STORY_EN
    removed = {r.text: r.reason for r in art.removed}
    assert removed["Harbour dredging starts"] == "related links"
    assert removed["Read more"] == "share/subscribe/navigation"  # the link keeps the reason it had


def test_english_readers_comments_under_the_story_go():
    comments = ["3 Comments", "harbourwatcher", "About time too.", "The bridge has been falling apart for years.",
                "Comments are moderated before they appear."]
    art = _read(_paras(STORY_EN + comments), "Old bridge closed for repairs")
    assert art.text.split("\n") == STORY_EN
    assert {r.text for r in art.removed if r.reason == "comments"} == set(comments[1:])


DIALOG_EN = ["We care about your privacy.", "This website uses cookies to improve your experience.",
             "Strictly necessary cookies keep the site working and cannot be switched off.",
             "Analytics: these help us count visits to the site.", "You can withdraw your consent at any time.",
             "Accept all cookies"]


def test_an_english_cookie_dialog_after_the_story_goes():
    art = _read(_paras(STORY_EN + DIALOG_EN), "Old bridge closed for repairs")
    assert art.text.split("\n") == STORY_EN
    removed = {r.text: r.reason for r in art.removed}
    assert removed["Analytics: these help us count visits to the site."] == "consent dialog"
    assert removed["This website uses cookies to improve your experience."] == "cookie notice"


def test_an_english_related_articles_box_after_the_story_goes():
    box = ("<h4>Related articles</h4><ul><li>Harbour dredging starts after years of delay</li>"
           "<li>New parking rules for the town centre</li><li>Library reopens its doors</li></ul>")
    art = _read(_paras(STORY_EN) + box, "Old bridge closed for repairs")
    assert art.text.split("\n") == STORY_EN
    assert "- Library reopens its doors" in {r.text for r in art.removed if r.reason == "related links"}
