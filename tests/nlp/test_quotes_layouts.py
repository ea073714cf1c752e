"""Who speaks when the reporting clause is laid out in ways the parse misreads: a description after the cue with
a phrase of its own, a subject between the quote and its cue, a statement named before a colon, a quote mark right
after a word, an unnamed reporter in the sentence before, a body's name shortened.  The real model and
chains, sentences written for the test."""

from __future__ import annotations


def test_an_age_said_on_an_occasion_is_the_person_named_before(direct_speakers) -> None:
    """'said the 29-year-old on the eve of the Open': the 'on' phrase dates the saying, it does not bring in
    someone new, so the age is the golfer of the sentence before."""
    text = ("Golf champion Trevor Ames has become the fourth South African to be made an honorary member of the "
            "Tour. “I actually have goosebumps just thinking about this,” said the 29-year-old on the eve of the "
            "South African Open in Paarl.")
    assert direct_speakers(text) == [("the 29-year-old", "Trevor Ames")]


def test_a_body_shortened_after_its_state_speaks_for_that_state(attributions) -> None:
    """'the US military said ... "...," the military said': the bare body is the one written with its state."""
    text = ("A US soldier was killed when a roadside bomb struck his vehicle west of Baghdad, the US military said "
            "on Sunday. “The soldier was killed in an explosion near the camp,” the military said in a statement.")
    direct = [who for q, who in attributions(text) if q.kind == "direct"]
    assert direct == ["US"]


def test_a_subject_between_the_quote_and_its_cue_speaks(direct_speakers) -> None:
    """'"...," a source with knowledge of the team's thinking said': the phrase between the closing mark and the
    cue is the cue's subject, even where the parser hangs it inside the quote; not the manager the sentence
    before was about."""
    text = ("The timing of this move by team president and general manager Ed Stone was a head-scratcher. "
            "“It's not 100 percent on the coach,” a source with knowledge of the 76ers' thinking said Saturday "
            "afternoon. “But at the same time, we didn't seem to have a plan.”")
    assert direct_speakers(text) == [("a source", None), ("a source", None)]


def test_a_statement_named_before_a_colon_is_its_authors(direct_speakers) -> None:
    """'Below is a statement by X, director of ...: "..."': the quote is the statement, X made it."""
    text = ("Scientists sent letters to the department on Friday. Below is a statement by Maria Gomez, director "
            "of the group's science programme: \"Several last-minute changes have undermined the law, and today "
            "the administration has begun to repair the damage.\"")
    assert direct_speakers(text) == [("Maria Gomez", "Maria Gomez")]


def test_a_quote_right_after_a_word_takes_the_cue_before_it(direct_speakers) -> None:
    """'said 16-year-old Lyudmila "Sometimes ..."': the comma or colon before the mark is lost and the parser
    starts a new sentence at the mark; the cue of the sentence before introduces the quote."""
    text = ("The children help with the cooking. \"We sit all together and eat like a regular family,\" said "
            "16-year-old Lyudmila \"Sometimes we wait for each other to finish.\"")
    assert [who for _, who in direct_speakers(text)] == ["Lyudmila", "Lyudmila"]


def test_an_unnamed_reporter_before_a_quote_is_kept_not_the_subject(direct_speakers) -> None:
    """'Lana Moore checked into a clinic ..., her rep confirms to the magazine. "..."': the quote is the rep's
    (unnamed, no entity), not the actress's the paraphrase was about."""
    text = ("Lana Moore checked into a clinic in Malibu on Thursday night, her rep confirms to the magazine. "
            "\"She showed up in the morning and hated it. She is interested in going back.\"")
    assert direct_speakers(text) == [("her rep", None)]


def test_a_quote_with_a_cue_of_its_own_is_not_the_reporter_before(direct_speakers) -> None:
    """The paraphrase's unnamed reporter does not take a quote that has its own cue, even one the parse left
    without a speaker ('Analysts said ... . "...," said one businessman'): that one says who spoke."""
    text = ("Analysts said the bid was fully priced. \"Bank of Melbourne is a very attractive asset,\" said one "
            "businessman in the city.")
    assert [phrase for phrase, _ in direct_speakers(text)] != ["Analysts"]
