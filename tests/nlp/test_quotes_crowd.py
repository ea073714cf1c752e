"""What a crowd chants or shouts is nobody's named words: no speaker, not the subject of the sentence around
it.  The real model and chains, sentences written for the test."""

from __future__ import annotations


def test_a_chant_after_chants_of_is_not_the_subjects_words(attributions) -> None:
    """'Dana Pirelli left the court to chants of "MVP! MVP!"': the crowd's chant, not Pirelli's."""
    text = "Dana Pirelli scored 30 points. She left the court to chants of \"MVP! MVP! MVP!\" from the fans."
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [(None, None)]
    text = "Mayor Tom Harlan ended his speech amid cries of \"Resign now!\" from the back of the hall."
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [(None, None)]


def test_a_slogan_a_party_campaigns_under_stays_the_partys(attributions) -> None:
    """'Campaigning under the slogan "...", the Labour Party promised ...': a slogan has an owner, the subject
    (unchanged)."""
    text = "Campaigning under the slogan \"A fair deal for all,\" the Labour Party promised lower taxes."
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [("the Labour Party", "Labour Party")]
