"""A name set off by an age ("Gates, aged 61,") is a person's, however the tagger typed it: a 'he' in the
next sentence may refer to it.  The real model and chains, sentences written for the test."""

from __future__ import annotations


def _reports(attributions, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.kind, q.speaker_text, who) for q, who in attributions(text) if q.kind == "indirect"]


def test_a_he_after_a_name_set_off_by_an_age_is_that_person(attributions) -> None:
    """'Gates' is typed an organisation; before, the 'he' went back to Nelson Mandela."""
    text = ('Schools were shut in memory of Nelson Mandela. The letter marked the second time in a year that '
            'Gates, aged 61, has stepped down. He ran the fund until 2008, later revealing he had been ill.')
    assert _reports(attributions, text) == [("indirect", "He", "Gates")]


def test_a_count_after_a_place_makes_no_person(attributions) -> None:
    """'Ohio, 20,' is a count after a place, not an age: the 'he' stays with the governor (unchanged)."""
    text = ('Governor Tom Hale counted the votes: Ohio, 20, went his way. He later said he was pleased.')
    assert _reports(attributions, text) == [("indirect", "He", "Tom Hale")]
