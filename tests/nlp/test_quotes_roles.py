"""A body or person the article names, referred to again by a description: a company by its trade ("the
automaker"), a speaker by his role and the body he speaks for ("the NATO spokesman", "the US official").
The real model and chains, sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, company", [
    ('Ford Motor Co. said on Monday that its sales fell in May.\n\n'
     '"Demand for large vehicles remained weak throughout the month," the automaker said in a statement.',
     "Ford Motor Co."),
    ('Allianz said on Friday that storm claims had risen sharply this year.\n\n'
     '"The winter was the costliest in a decade for our customers," the insurer said.', "Allianz"),
])
def test_a_company_named_by_its_trade_is_the_company_named_before(direct_speakers, text: str,
                                                                  company: str) -> None:
    """'the automaker', 'the insurer' refer back to the company, as 'the company' does."""
    assert [who for _, who in direct_speakers(text)] == [company]


@pytest.mark.parametrize("text, person", [
    ('NATO troops raided a house near Pale on Monday, a spokesman said.\n\n'
     'The soldiers searched the home of a man "suspected of helping the fugitive," said Derek Chappell.\n\n'
     '"The search was conducted to gather information about his network," said the NATO spokesman.',
     "Derek Chappell"),
    ('"No country should be able to block a debate on its record," said John Shattuck, the US envoy for '
     'human rights.\n\n'
     'China has lodged a motion to block the resolution at the meeting on Tuesday.\n\n'
     '"We are concerned by the efforts to foreclose discussion," the US official said.', "John Shattuck"),
])
def test_a_role_with_a_body_names_the_one_who_spoke_last(direct_speakers, text: str, person: str) -> None:
    """News names a speaker and quotes him again by his role and the body he speaks for: the body is
    whom he speaks for, the speaker is the person named just before."""
    assert direct_speakers(text)[-1][1] == person


def test_a_role_after_an_unnamed_speaker_stays_unnamed_speaking_for_the_body(bodies) -> None:
    """When the one who spoke last is unnamed ("a NATO spokesman said"), the description names nobody
    new: an unnamed spokesman, speaking for the body (kept as the quote's body, not its speaker)."""
    text = ('Derek Chappell said the raid had ended without arrests.\n\n'
            'The troops left the house after an hour, a NATO spokesman said.\n\n'
            '"The search was conducted to gather information," said the NATO spokesman.')
    assert bodies(text)[-1] == ("the NATO spokesman", None, "NATO")


def test_a_body_noun_written_after_a_name_is_that_body(direct_speakers) -> None:
    """'the International Crisis group said' (the tagger leaves 'group' out of the name): a later 'the group'
    and its 'it' are that body, not an organisation named in between."""
    text = ('The European Union should act quickly on Kosovo, the International Crisis group said Wednesday.\n\n'
            'Kosovo has been run by a United Nations mission since 1999.\n\n'
            '"The risk of implosion becomes greater the longer the status is not settled," the group said.\n\n'
            'It said the envoy would propose a plan. "Germany should make this a priority," it said.')
    assert [who for _, who in direct_speakers(text)] == ["International Crisis", "International Crisis"]


def test_it_goes_on_with_the_body_that_reported_last(direct_speakers) -> None:
    """'Japan should ..., the board said in a statement. "...," it said': the body that reported last goes on
    reporting; its 'it' is not the country its report was about."""
    text = ("The Asian Development Bank's board met in Manila on Monday.\n\n"
            'Japan should spend more on roads, the board said in a statement.\n\n'
            '"The outlook for Asia remains strong," it said.')
    assert [who for _, who in direct_speakers(text)] == ["Asian Development Bank"]


@pytest.mark.parametrize("text, person", [
    ('The United States said on Monday that it rejects interference in the internal affairs of Lebanon.\n\n'
     '"And we certainly would reject any efforts on the part of outside governments to interfere or influence" '
     "Lebanon's political process, State Department deputy spokesman Tom Casey said at a briefing.", "Tom Casey"),
    ('No reaction was immediately available from the World Food Programme.\n\n'
     '"There are roughly 2.4 million children who we believe are adversely affected" by the food shortage, '
     'Nicholas Burns said.', "Nicholas Burns"),
])
def test_a_name_and_cue_closing_the_sentence_of_a_quote(direct_speakers, text: str, person: str) -> None:
    """A quote that closes inside its sentence ('"..." by the food shortage, Nicholas Burns said') is the
    words of the name and cue that close it after a comma, as with a noun subject (', a senior official
    said'), not of the subject reporting before."""
    assert direct_speakers(text)[-1][1] == person


def test_the_daily_is_a_paper_that_reported_not_a_company_named_since(direct_speakers) -> None:
    """'the daily said' is the paper the article let report, never a company named in between."""
    text = ('Ford Motor Co. and Mazda Motor Corp. will buy parts together, the Nihon Keizai Shimbun said Sunday.\n\n'
            'Ford took control of Mazda by raising its stake to 33.4 percent last year.\n\n'
            '"The two companies will select suppliers on the basis of competitiveness," the daily said.')
    assert [who for _, who in direct_speakers(text)] == ["Nihon Keizai Shimbun"]


def test_the_paper_is_the_one_that_reported_last(direct_speakers) -> None:
    """News quotes one paper after another: 'the paper' is the paper that reported last, not the one an
    earlier 'the paper' meant."""
    text = ('The sports paper Ole said Argentina had lost its way.\n\n'
            '"It was like waking up from a dream," said the paper.\n\n'
            'The daily La Nacion said that the score was a harsh punishment for the team.\n\n'
            '"There was a battle of style, and ours was clearly superior," the paper said.')
    assert [who for _, who in direct_speakers(text)] == ["Ole", "La Nacion"]
