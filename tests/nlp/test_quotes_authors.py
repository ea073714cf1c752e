"""Who speaks when the article names the speaker only in a modifier or a relay: a state's armed services ("the
Estonian defence forces", "US military said") speak for that state; "a Ministry of Education circular" is
the ministry's; "the paper reported, quoting a source" is the source's words; "his aide" is the aide the
article names; a participle hung on a reported report ("Yeo had written ..., stressing") goes on with that
reporter.  The real model and chains, sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, state", [
    ('Estonia protested to Moscow after a Russian plane breached its air space on Tuesday.\n\n'
     '"The plane entered Estonian airspace near the island of Vaindloo without permission," the Estonian '
     'defence forces said in a statement.', "Estonia"),
    ('Three US soldiers were killed in Afghanistan on Monday when their vehicle hit a bomb.\n\n'
     '"The unit was conducting operations to protect the border," US military said in a statement.', "US"),
])
def test_armed_services_with_a_state_word_speak_for_the_state(direct_speakers, text: str, state: str) -> None:
    """A state's armed services named with a state word before them speak for that state, as 'the Greek
    government' does."""
    assert [who for _, who in direct_speakers(text)] == [state]


def test_a_document_named_after_its_author_is_the_authors(direct_speakers) -> None:
    """'a Ministry of Education circular' names its author before the noun: a later 'the circular warns'
    is the ministry's."""
    text = ('A Ministry of Education circular instructed universities to stop copying foreign textbooks.\n\n'
            'The circular came amid the government\'s moves to wipe out illegal copying.\n\n'
            '"School leaders will be penalized if illegal copies are found in schools," the circular warns.')
    assert [who for _, who in direct_speakers(text)] == ["Ministry of Education"]


def test_a_report_quoting_a_source_is_the_sources(attributions) -> None:
    """'the Los Angeles Times reported ..., quoting a source familiar with the offer': the source speaks,
    not the paper that relays it."""
    text = ('Two investors submitted a bid on Wednesday to buy the Tribune company.\n\n'
            'The investors "have submitted a competitive bid for the entire Tribune company," the Los Angeles '
            'Times reported at its website, quoting a source familiar with the offer.')
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [("a source", None)]


def test_his_aide_is_the_aide_the_article_names(direct_speakers) -> None:
    """'his aide' is someone else than the one he speaks for: the one person the article titles 'aide',
    though it names him only in the next sentence."""
    text = ('Prime Minister Sergei Abramov, who had surgery two days ago, "feels well," the Interfax news agency '
            'quoted his aide as saying on Saturday.\n\n'
            '"Abramov feels well," Abramov\'s aide Tamerlan Mingayev said.')
    assert [who for _, who in direct_speakers(text)] == ["Tamerlan Mingayev", "Tamerlan Mingayev"]


def test_a_participle_goes_on_with_the_reporter_of_its_own_clause(attributions) -> None:
    """'The statement said that Yeo had written to Downer, stressing "..."': Yeo stressed it, not the
    statement that reports his letter."""
    text = ("Singapore's Ministry of Foreign Affairs said in a statement on Thursday that it would not change "
            "its decision.\n\n"
            "The statement said that Foreign Minister George Yeo had written to his Australian counterpart "
            'Alexander Downer on Wednesday, stressing that the decision could not be changed because of "the '
            'seriousness of the offense and the need to hold firm against drug trafficking".')
    assert [who for _, who in attributions(text)][-1] == "George Yeo"
