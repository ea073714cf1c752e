"""A nationality word before a worker noun stands for the country the article names, by the country's demonym
(issue 9, review r37c's left case): "American", "British", "Dutch", "Swiss" share no stem with "United States",
"Britain", "Netherlands", "Switzerland", so a match by spelling missed them.  "Korean" names two states and
stands for one only through a "Korea" the article writes (never by elimination: review r38a).  Sentences
written for the test; the real model and chains."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "body"), [
    ("The United States and Iran held talks in Oman. \"We are ready,\" American officials said.", "United States"),
    ("Britain sent troops on Monday. \"No deal,\" British officials said.", "Britain"),
    ("The Netherlands and Switzerland met in Bern. \"We agree,\" Dutch officials said.", "Netherlands"),
    ("The Netherlands and Switzerland met in Bern. \"Fine,\" a Swiss spokesman said.", "Switzerland"),
    ("Korea hosted the talks. \"We want peace,\" Korean officials said.", "Korea"),
    # a word naming two states stands for the one whose written name begins with it (review r38a's probe)
    ("The Dominican Republic and Haiti closed the border. \"It is temporary,\" a Dominican official said.",
     "Dominican Republic"),
    # a nationality on a body of the state, with that body's own modifier (review r38a's guard)
    ("France and Germany met in Paris. \"We protest,\" a French foreign ministry spokesman said.", "France"),
    ("Saudi Arabia hosted the summit. \"It went well,\" a Saudi defence ministry official said.", "Saudi Arabia"),
    # a field of government between them is the state's (AFP_ENG_19970430.0472 'an Egyptian tax official')
    ("Egypt raised taxes. \"It is needed,\" an Egyptian tax official said.", "Egypt"),
    ("Israel closed the border. \"We are ready,\" senior Israeli security sources said.", "Israel"),
    ("Bosnia held elections on Sunday. \"We are calm,\" Bosnian officials said.", "Bosnia"),
])
def test_a_demonym_stands_for_the_country_the_article_names(bodies, text: str, body: str) -> None:
    assert bodies(text)[-1][1:] == (None, body)


@pytest.mark.parametrize("text", [
    "North Korea and South Korea held talks. \"We want peace,\" Korean officials said.",
    "Indiana passed a law on Monday. \"It is bad,\" Indian officials said.",
    "Canada and Mexico met in Ottawa. \"We agree,\" Dutch officials said.",
    # review r38a: never by elimination; the South may be spoken of by its capital, which no code keys
    "North Korea fired a missile on Monday. Seoul put its troops on alert. \"We are ready,\" Korean officials said.",
    "South Korea hosted the talks. \"We want peace,\" Korean officials said.",
])
def test_a_demonym_whose_country_is_not_named_once_is_no_body(bodies, text: str) -> None:
    """Two Koreas named, or one (the other may be meant by its capital): either could be meant; Indiana is no
    country of the Indians; no Netherlands named."""
    assert bodies(text)[-1][1:] == (None, None)


@pytest.mark.parametrize("text", [
    # review r38a: a private body's noun stands between the nationality and the worker: he works for that body
    "Switzerland froze the accounts on Monday. \"We were not told in advance,\" a Swiss bank official said.",
    "The United States imposed tariffs on steel. \"This will cost jobs,\" an American company official said.",
    "France and Germany signed the deal. \"The market will welcome it,\" a French industry source said.",
    "The Netherlands beat Spain 2-1 on Saturday. \"We deserved it,\" a Dutch team official said.",
])
def test_a_nationality_before_a_private_bodys_noun_is_no_body(bodies, text: str) -> None:
    assert bodies(text)[-1][1:] == (None, None)


def test_every_country_has_a_demonym_and_a_word_names_at_most_the_states_it_may_mean() -> None:
    import pycountry

    from storyline.nlp.demonyms import DEMONYMS, countries_of

    named = {code for codes in DEMONYMS.values() for code in codes}
    states = {c.alpha_2 for c in pycountry.countries if c.alpha_2 not in {
        "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF", "GG",
        "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF",
        "NU", "PF", "PM", "PN", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VA", "VG", "VI", "WF", "YT"}}
    assert states - named == set()  # every sovereign state (dependencies and the Holy See aside)
    assert countries_of("the Dutch") == {"NL"} and countries_of("Britons") == {"GB"}
    assert countries_of("Korean") == {"KR", "KP"} and countries_of("Kurdish") == frozenset()


def test_demonym_plurals_in_men_and_other_spellings_name_their_state() -> None:
    """Review r38a: "-men" plurals, "Ivoirian", "Barbudan"; "Afghani" (a currency) and "Yemenite" (mostly the
    Jewish community) name no state; "Turkmen" is a singular of its own."""
    from storyline.nlp.demonyms import countries_of

    assert countries_of("Frenchmen") == {"FR"} and countries_of("Dutchmen") == {"NL"}
    assert countries_of("Irishmen") == {"IE"} and countries_of("Turkmen") == {"TM"}
    assert countries_of("Ivoirian") == {"CI"} and countries_of("Barbudan") == {"AG"}
    assert countries_of("Afghani") == frozenset() and countries_of("Yemenite") == frozenset()
