"""Whose happening a lead reports (nlp.lead_roles): the main participant against a person named as background.

Sentences from the ECB+ dev topics 35 (two Chargers players' DUI arrests a month apart), 25 and 5, and leads
that name a relative in an apposition (review r38b)."""

from __future__ import annotations

from storyline.nlp.pipeline import annotate_doc
from storyline.records import Article


def _roles(nlp, title: str, body: str) -> dict[str, str | None]:
    text = f"{title}\n\n{body}"
    ann = annotate_doc(nlp(text), Article("x", title, text))
    return {c.name: c.lead_role for c in ann.chains if c.type == "PERSON"}


def test_the_arrested_player_of_the_headline_and_lead_is_the_main_participant(nlp):
    roles = _roles(nlp, "Chargers' Jamal Williams arrested on DUI suspicion",
                   "Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving, the team's "
                   "second such arrest in less than a month. Chargers receiver Vincent Jackson was arrested for "
                   "investigation of DUI on Jan. 6.")
    assert roles["Jamal Williams"] == "main"
    assert roles.get("Vincent Jackson") != "main"  # named after the lead only: no participant of Williams's arrest


def test_a_player_named_in_a_phrase_about_an_earlier_placing_is_background(nlp):
    roles = _roles(nlp, "Saints place RB Pierre Thomas on injured reserve",
                   "One day after placing leading rusher Chris Ivory on injured reserve, the Saints have lost another "
                   "RB for the season. Coach Sean Payton announced Wednesday that Pierre Thomas was placed on IR.")
    assert roles["Pierre Thomas"] == "main"
    assert roles["Chris Ivory"] == "background"


def test_who_announces_is_no_participant_of_what_he_announces(nlp):
    title = ("Philadelphia 76ers President and General Manager Ed Stefanski announced that the team has relieved "
             "Maurice Cheeks of his head coaching responsibilities")
    text = f"{title}. Cheeks will be replaced on an interim basis by Sixers Senior Vice President Tony DiLeo."
    ann = annotate_doc(nlp(text), Article("x", title, text))
    roles = {c.name: c.lead_role for c in ann.chains if c.type == "PERSON"}
    assert roles["Maurice Cheeks"] == "main"
    assert roles["Ed Stefanski"] == "background"
    assert roles.get("Tony DiLeo") is None


def test_a_relative_named_in_an_apposition_is_no_participant_of_the_happening(nlp):
    roles = _roles(nlp, "Kim Jong Nam killed in Malaysia",
                   "Kim Jong Nam, the estranged half-brother of North Korean leader Kim Jong Un, was killed at Kuala "
                   "Lumpur airport on Monday.")
    assert roles["Kim Jong Nam"] == "main"
    assert roles["Kim Jong Un"] == "background"


def test_the_brother_an_apposition_names_is_no_participant_of_the_announcement(nlp):
    roles = _roles(nlp, "Jeb Bush joins race",
                   "Former Florida governor Jeb Bush, the brother of former President George W. Bush, announced his "
                   "run for president on Monday.")
    assert roles["Jeb Bush"] == "main"
    assert roles["George W. Bush"] != "main"


def test_the_person_of_an_of_phrase_of_the_argument_itself_stays_main(nlp):
    roles = _roles(nlp, "Police probe death of singer",
                   "Police are investigating the death of singer Whitney Houston in Beverly Hills.")
    assert roles["Whitney Houston"] == "main"
