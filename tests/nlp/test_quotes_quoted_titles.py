"""A title or name in quote marks, written in title case, is no quote and has no speaker (labels.is_title).

Sentences written for these tests; the newswire cases they stand for are a film ("Brokeback Mountain"), a ship
("Lake Hongze"), a newspaper ("The Daily Champion") set in quote marks at a paragraph's start or after a
comma, where the quoted-term rules did not look (branch names3).
"""

from __future__ import annotations


def test_a_film_title_after_a_comma_is_no_quote(terms_and_reports):
    terms, reports = terms_and_reports('Based on a short story by novelist Annie Proulx, "Brokeback Mountain" '
                                       'chronicles the romance between two cowboys.')
    assert terms == ["Brokeback Mountain"] and reports == []


def test_ship_names_in_a_list_are_no_quotes(terms_and_reports):
    terms, _ = terms_and_reports('The fleet included the missile destroyer, "Qingdao", and the depot ship, '
                                 '"Lake Hongze", with 506 officers on board.')
    assert terms == ["Qingdao", "Lake Hongze"]


def test_a_newspaper_name_opening_a_paragraph_is_no_quote(terms_and_reports):
    terms, _ = terms_and_reports('The film cost 300 million yuan.\n\n"The Daily Champion", a Lagos-based '
                                 'newspaper, reported that thieves took his phones.')
    assert terms == ["The Daily Champion"]


def test_title_case_speech_ending_in_a_comma_is_still_a_quote(direct_speakers):
    assert direct_speakers('The minister spoke to the crowd.\n\n"We Will Win," the minister said.') \
        == [("the minister", None)]


def test_an_exclamation_in_title_case_inside_single_marks_is_still_a_quote(terms_and_reports):
    terms, _ = terms_and_reports("The officer put both hands on his head and said, \u201c\u2018Oh, God!\u2019\u201d "
                                 "King recalled.")
    assert terms == []


def test_a_day_is_no_source_of_reported_speech(attributions):
    # the parse makes "Thursday" the subject of "said": reported._can_speak refuses a time as the source
    found = attributions("Exporters cheered after the Bank of Japan (BOJ) Thursday said that it would keep "
                         "rates low.")
    assert not any((q.speaker_text or "").endswith("Thursday") for q, _ in found)
