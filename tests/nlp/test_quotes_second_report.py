"""A reporter's second act: in "X said (that) A did this and did that" a verb of saying with no subject of its
own, in the reporter's own form, is what X goes on to say, though the parser coordinates it with A's clause;
its words are X's and X's first report ends before it.

Sentences from the newswire records (dev data; record ids in each case), read while judging sample Y and the
newswire dump (branch quotes21).
"""

from __future__ import annotations

import pytest


def _found(starting, text: str, quoted: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker phrase, speaker chain name) of the attributions whose text starts with ``quoted``."""
    return [(q.kind, q.speaker_text, who) for q, who in starting(text, quoted)]


def test_a_name_called_after_a_claim_is_the_claimants_word(starting):
    # AFP_ENG_20061203.0529: Rosales calls Chavez a puppet; Chavez (the claim's subject) says nothing
    text = ('Rosales, for his part, claimed Chavez planned to turn Venezuela into a communist state and called '
            'him "a puppet seated on Castro\'s lap."')
    assert _found(starting, text, "a puppet") == [("direct", "Rosales", "Rosales")]
    assert _found(starting, text, "Chavez planned") == [
        ("indirect", "Rosales", "Rosales")]  # the claim ends before "and called him"


SECOND_REPORTS = [
    # XIN_ENG_20061126.0071: Olmert pledges, not Israel
    ('Speaking at a high school in the Bedouin town of Rahat, Olmert said that Israel must give the truce a '
     'chance and pledged that " the government of Israel will not miss this opportunity for calm."',
     "the government of Israel", "Olmert"),
    # AFP_ENG_19970413.0466: Matsushita describes, not "the country's economic recovery"
    ('Bank of Japan governor Yasuo Matsushita said Monday that the country\'s economic recovery was gathering '
     'pace and described the dollar\'s recent surge against the yen as "steep."', "steep",
     "Bank of Japan governor Yasuo Matsushita"),
    # AFP_ENG_20051210.0197: Klinsmann insists, not "the draw"
    ('Klinsmann, who won the 1990 World Cup with West Germany, admitted the draw could have been much worse but '
     'insisted his team would not underestimate anyone.', "his team would not", "Klinsmann"),
    # XIN_ENG_20061124.0259: Steiner emphasizes, not "urgent assistance"
    ('Steiner said urgent assistance to meet Cote D\'Ivoire costs was in the spotlight but emphasized that this '
     'was by no means a unique case.', "this was by no means", "Steiner"),
]


@pytest.mark.parametrize(("text", "quoted", "phrase"), SECOND_REPORTS)
def test_a_second_verb_of_saying_goes_on_with_the_reporter(starting, text, quoted, phrase):
    assert [spoke for _, spoke, _ in _found(starting, text, quoted)] == [phrase]


STILL_REPORTED = [
    # XIN_ENG_20061109.0149: "were urging" (an auxiliary, a number of its own) is what riot police did
    ('However, Kibunja said riot police had taken control of most of the slum and were urging people to return '
     'home.', "to return home", "riot police"),
    # XIN_ENG_20061127.0327: "told him" tells the reporter, so the official told him
    ('Aref said that during the recess, a U.S. official came to his office and told him that he had the power to '
     'convict or acquit his defendant.', "he had the power", "a U.S. official"),
]


@pytest.mark.parametrize(("text", "quoted", "phrase"), STILL_REPORTED)
def test_what_the_reported_subject_goes_on_to_do_stays_reported(starting, text, quoted, phrase):
    assert [spoke for _, spoke, _ in _found(starting, text, quoted)] == [phrase]
