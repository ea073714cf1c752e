"""A who's who or fact box ("NAME: Leader of ...") is no transcript (quotes.transcript._speaks).

Sentences written for these tests; the newswire case they stand for is a box of candidates for India's prime
minister, each "NAME: description" read as a 646-character quote of that candidate (branch nlpsweep2).
"""

from __future__ import annotations

BOX = ("Leading candidates for the post of prime minister after the fall of the government:\n\n"
       "JOHN MARLOWE: Leader of the regional Farmers Party, one of the members of the ousted coalition. "
       "Marlowe's party has 20 members in parliament.\n\n"
       "ANNA KOWALSKI: Chief minister of the northern province and leader of the Green League. Kowalski's "
       "party has 17 members.")

INTERVIEW = ("Chris Wallace interviewed Senator Ann Blake on Sunday.\n\n"
             "WALLACE: Will you run for president next year?\n\n"
             "BLAKE: Not this year. I have not decided yet, and my family will decide with me.")


def _labelled(attributions, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, who) for q, who in attributions(text) if q.cue and q.cue.endswith(":")]


def test_a_who_is_who_entry_is_not_the_named_person_speaking(attributions) -> None:
    assert _labelled(attributions, BOX) == []


def test_interview_lines_still_speak_even_one_opening_without_a_verb_after_the_first(attributions) -> None:
    rows = _labelled(attributions, INTERVIEW)
    assert ("Will you run for president next year?", "Chris Wallace") in rows
    assert [who for _, who in rows].count("Ann Blake") == 1
