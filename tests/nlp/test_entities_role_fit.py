"""A short form two full names share goes to the person its role fits (chains._fitting_role).

Sentences written for these tests; the newswire cases they stand for are a South Korean defence minister Kim
written after "North Korean leader Kim Jong-Il", and "President Ford" after "Betty Ford" (branch nlpsweep2).
"""

from __future__ import annotations


def test_a_minister_short_form_does_not_join_the_leader_named_last(people):
    found = people("Kim Min-Soo, a former army chief of staff, took office on Friday. North Korean leader "
                   "Kim Jong-Un visited a missile factory on Monday. Defence minister Kim told troops to "
                   "be ready.")
    assert found["Kim Jong-Un"] == ["Kim Jong-Un"]
    assert found["Kim Min-Soo"] == ["Kim Min-Soo", "Kim"]


def test_president_short_form_goes_to_the_president_not_his_wife(people):
    found = people("US President George Bush arrived in Paris with his wife Laura Bush. Laura Bush visited "
                   "a school for girls. President Bush met French leaders on Tuesday.")
    assert found["George Bush"] == ["George Bush", "Bush"]
    assert found["Laura Bush"] == ["Laura Bush", "Laura Bush"]


def test_a_short_form_without_a_role_still_joins_the_person_named_last(people):
    found = people("US President George Bush arrived in Paris with his wife Laura Bush. Laura Bush visited "
                   "a school for girls. Bush met French leaders on Tuesday.")
    assert found["Laura Bush"] == ["Laura Bush", "Laura Bush", "Bush"]


def test_a_role_spelled_out_fits_its_abbreviation(people):
    found = people("Col. John Harding led the patrol into the valley on Monday. His wife Mary Harding stayed in "
                   "the capital with their children. Colonel Harding said the road was clear.")
    assert found["John Harding"] == ["John Harding", "Harding"]
    assert found["Mary Harding"] == ["Mary Harding"]
