"""A quote after a comma that closes a clause handing over a noun of speech ('sent a message to the protesters,
"..."') is the words of that clause's subject, or of the noun's author when it names one.  The real model and
chains, sentences written for the test."""

from __future__ import annotations


def test_a_quote_after_a_clause_that_sends_a_message_is_the_senders(direct_speakers) -> None:
    text = ('After the trial ended, Mayor Lena Ortiz sent a message to the protesters, "We have heard you, and we '
            'will act."')
    assert direct_speakers(text) == [("Mayor Lena Ortiz", "Lena Ortiz")]


def test_a_quote_after_a_farewell_left_is_the_leavers(direct_speakers) -> None:
    text = 'In his last speech, Senator Tom Berg offered this farewell, "I have loved every day of this work."'
    assert direct_speakers(text) == [("Senator Tom Berg", "Tom Berg")]


def test_a_message_received_is_its_authors_and_never_the_receivers(direct_speakers) -> None:
    """'Rosa Diaz received a letter from Governor Amy Walsh, "..."' is the governor's; 'received a message,
    "..."' names no author, so nobody (unchanged: the receiver never speaks)."""
    assert direct_speakers('On Monday the union leader Rosa Diaz received a letter from Governor Amy Walsh, '
                           '"We will meet your demands."') == [("Governor Amy Walsh", "Amy Walsh")]
    assert direct_speakers('On Monday the union leader Rosa Diaz received a message, "We will meet your demands '
                           'by Friday."') == [(None, None)]
