"""Who speaks on a web page as storyline's HTML ingest writes it: one paragraph a line, no blank lines, so a
heading, a tweet's credit or a pull quote's credit line is a line of its own; and people a feature names
once, then by occupation or title ("the singer", "the duchess") or inside a title phrase ("the officer for
X, Name,").  The real model and chains, sentences written for the test."""

from __future__ import annotations

import pytest


def test_a_heading_line_above_a_quote_is_not_its_speaker(direct_speakers) -> None:
    """'3. Plant Carefully' on its own line is a heading: the quote under it is the expert's who 'says' after
    it (the heading ran into the quote's sentence and was taken for a name)."""
    text = ("Ryan McEnaney grows hydrangeas for a nursery in Minnesota.\n"
            "3. Plant Carefully\n"
            "“Dig a hole slightly larger than the pot your hydrangea came in,” McEnaney says.")
    assert [who for _, who in direct_speakers(text)] == ["Ryan McEnaney"]


def test_a_tweet_credit_line_above_a_quote_is_not_its_speaker(direct_speakers) -> None:
    """An embedded tweet's credit ('— Drew Mikkelsen (@drewm) January 6, 2020') ends its line; the quote on
    the next line is the words of whoever its own cue names."""
    text = ("Raquel Montoya-Lewis was sworn in as a justice of the state Supreme Court on Monday.\n"
            "She is the first state justice of Native American heritage. pic.twitter.com/CIHDX5qmux — Drew "
            "Mikkelsen (@drewmikkelsenk5) January 6, 2020\n"
            "“I was raised to remember that I come from those who survived,” Montoya-Lewis said after her "
            "appointment.")
    assert [who for _, who in direct_speakers(text)] == ["Raquel Montoya-Lewis"]


def test_a_pull_quote_credit_line_is_its_speaker(direct_speakers) -> None:
    """A line that is one whole quote, then a line that is only a name (with a degree after a comma)."""
    text = ("Researchers at Columbia University led by Michael Shadlen studied how people decide.\n"
            "This mathematical trick was the evidence accumulation model.\n"
            "“Essentially, becoming aware of a decision follows the same process as the decision itself.”\n"
            "Michael Shadlen, Ph.D.\n"
            "In other words, the study shows when the brain has reached its threshold.")
    assert [who for _, who in direct_speakers(text)] == ["Michael Shadlen"]


def test_a_quote_line_followed_by_a_sentence_is_not_credited_to_a_name_in_it(direct_speakers) -> None:
    """Only a line that is nothing but the name (and a title) credits the quote above it."""
    text = ("Researchers studied how people decide.\n"
            "“Essentially, becoming aware of a decision follows the same process as the decision itself.”\n"
            "Michael Shadlen led the study at Columbia University, which was published on Monday.")
    assert [who for _, who in direct_speakers(text)] == [None]


@pytest.mark.parametrize("text, person", [
    ("Celine Dion spoke out against bullying in a video for a charity in Quebec.\n\n"
     "“Because I myself was a victim of bullying at school, I can understand the distress,” the singer said.",
     "Celine Dion"),
    ("Harry Kewell said on Saturday the Socceroos were excited about the draw.\n\n"
     "“I'm not fussed about who we are playing,” the Liverpool player told the paper.", "Harry Kewell"),
])
def test_an_occupation_names_the_person_named_before(direct_speakers, text: str, person: str) -> None:
    """A feature names a singer or a player once, then writes 'the singer said'."""
    assert [who for _, who in direct_speakers(text)] == [person]


def test_a_name_set_off_inside_a_title_phrase_holds_the_title(direct_speakers) -> None:
    """'the former Chief Marketing Officer for Jenny Craig, Leesa Eichberger,': the parser hangs the name
    under the company, yet she is the officer, and the 'she' after it is hers."""
    text = ("In 2014 the former Chief Marketing Officer for Jenny Craig, Leesa Eichberger, spoke to the website "
            "Ad Age about Kirstie Alley.\n\n"
            "“Her humor and honesty about her weight set her apart from other spokespeople,” she said.")
    assert [who for _, who in direct_speakers(text)] == ["Leesa Eichberger"]


def test_a_pronoun_after_a_gendered_description_is_that_persons(attributions) -> None:
    """'The duchess has hinted ..., but during her interview with Winfrey she spoke ... . She revealed':
    the duchess is Meghan, named before; not Winfrey, named inside the sentence."""
    text = ("Meghan, the wife of Prince Harry, gave an interview to CBS.\n\n"
            "The duchess has hinted before that her mental health suffered, but during her interview with Oprah "
            "Winfrey she spoke for the first time about how severe it had been. She revealed that life within "
            "the royal family was so isolating that she contemplated suicide.")
    assert [who for q, who in attributions(text) if q.speaker_text == "She"] == ["Meghan"]


def test_going_on_before_a_quote_is_a_cue(direct_speakers) -> None:
    """'Alley went on, "..."': 'go on' then a comma reports; 'would go on to a council' does not."""
    text = ("Kirstie Alley spoke to the magazine about her weight.\n\n"
            "Alley went on, “I couldn't walk out my front door without a million paparazzi.”")
    assert [who for _, who in direct_speakers(text)] == ["Kirstie Alley"]
