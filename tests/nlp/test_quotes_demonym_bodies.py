"""A nationality word before a worker noun stands for the country the article names, by the country's demonym
(issue 9, review r37c's left case): "American", "British", "Dutch", "Swiss" share no stem with "United States",
"Britain", "Netherlands", "Switzerland", so a match by spelling missed them.  "Korean" names two states and
stands for one only when the article names exactly one of them.  Sentences written for the test; the real
model and chains."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "body"), [
    ("The United States and Iran held talks in Oman. \"We are ready,\" American officials said.", "United States"),
    ("Britain sent troops on Monday. \"No deal,\" British officials said.", "Britain"),
    ("The Netherlands and Switzerland met in Bern. \"We agree,\" Dutch officials said.", "Netherlands"),
    ("The Netherlands and Switzerland met in Bern. \"Fine,\" a Swiss spokesman said.", "Switzerland"),
    ("South Korea hosted the talks. \"We want peace,\" Korean officials said.", "South Korea"),
    ("Bosnia held elections on Sunday. \"We are calm,\" Bosnian officials said.", "Bosnia"),
])
def test_a_demonym_stands_for_the_country_the_article_names(bodies, text: str, body: str) -> None:
    assert bodies(text)[-1][1:] == (None, body)


@pytest.mark.parametrize("text", [
    "North Korea and South Korea held talks. \"We want peace,\" Korean officials said.",
    "Indiana passed a law on Monday. \"It is bad,\" Indian officials said.",
    "Canada and Mexico met in Ottawa. \"We agree,\" Dutch officials said.",
])
def test_a_demonym_whose_country_is_not_named_once_is_no_body(bodies, text: str) -> None:
    """Two Koreas named: either could be meant; Indiana is no country of the Indians; no Netherlands named."""
    assert bodies(text)[-1][1:] == (None, None)


def test_every_country_has_a_demonym_and_a_word_names_at_most_the_states_it_may_mean() -> None:
    import pycountry

    from storyline.nlp.quotes.demonyms import DEMONYMS, countries_of

    named = {code for codes in DEMONYMS.values() for code in codes}
    states = {c.alpha_2 for c in pycountry.countries if c.alpha_2 not in {
        "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO", "GF", "GG",
        "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF",
        "NU", "PF", "PM", "PN", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM", "VA", "VG", "VI", "WF", "YT"}}
    assert states - named == set()  # every sovereign state (dependencies and the Holy See aside)
    assert countries_of("the Dutch") == {"NL"} and countries_of("Britons") == {"GB"}
    assert countries_of("Korean") == {"KR", "KP"} and countries_of("Kurdish") == frozenset()
