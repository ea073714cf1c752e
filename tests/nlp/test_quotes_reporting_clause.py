"""Who speaks when a sentence has two reporting clauses, or a pronoun or a passive agent stands for the
speaker: the syntax of the reporting clause on the layouts TimeBank's dev news showed.  The real model and
chains, sentences written for the test."""

from __future__ import annotations


def test_a_trailing_reporter_the_parse_puts_inside_what_was_said_does_not_take_the_words(attributions) -> None:
    """'She said the attack was "...," Israel radio reported': the radio reports her saying; the parser hangs
    'Israel radio reported' inside what she said, which made the radio the speaker of her words."""
    text = ("Dana Levi testified in court on Monday. She said the attack was \"a disgrace for the country,\" "
            "Israel radio reported.")
    assert [(q.kind, q.speaker_text, who) for q, who in attributions(text)] == [("mixed", "She", "Dana Levi")]
    text = ("Mayor Tom Briggs spoke on Monday. He said the budget was \"a betrayal of the city,\" Channel 4 "
            "reported.")
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [("He", "Tom Briggs")]


def test_a_reporter_before_its_content_still_gives_the_words_to_the_speaker_it_reports(attributions) -> None:
    """'The Times reported that an insider said ...': the nested report, written before its content, is the
    insider's (unchanged)."""
    text = "The Times reported that an insider said the plan was \"a disaster for the city.\""
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [("an insider", None)]


def test_a_pronoun_in_a_clause_before_the_main_one_is_its_subject(direct_speakers) -> None:
    """'Although he called conditions "...," Mr. LaMothe forecast ...': the pronoun written before the name
    means the main clause's subject, when the gender agrees."""
    text = ("Kellogg's sales fell in the quarter. Although he called current market conditions \"highly "
            "competitive,\" Mr. LaMothe, Kellogg's chairman, forecast an earnings increase for the full year.")
    assert direct_speakers(text) == [("he", "LaMothe")]
    text = "Tom Reed met Jane Fox. Although she called the offer \"an insult,\" Tom Reed said he would study it."
    assert direct_speakers(text) == [("she", "Jane Fox")]


def test_someone_brought_in_by_a_possessive_stays_unnamed_when_the_parse_splits_the_phrase(direct_speakers) -> None:
    """'She turned to her community rabbi ... The rabbi called the talk "nonsense."': 'her community rabbi'
    brings in someone new (the parser reads 'rabbi' as a verb and hangs 'her' on 'community'), so the rabbi
    is nobody named, not the woman the sentence before was about."""
    text = ("Margalit Har-Shefi knew of the plan. She turned to her community rabbi and told him about it. "
            "The rabbi called the talk \"nonsense.\"")
    assert direct_speakers(text) == [("The rabbi", None)]


def test_a_title_naming_its_post_is_not_a_holder_of_another_post(attributions) -> None:
    """'The Iraqi ambassador to Greece said ...' after 'special ambassador Mikhail Sytenko': a title whose own
    phrase names the post is someone else when the holder's title does not name it."""
    text = ("A spokesman said special ambassador Mikhail Sytenko left Tuesday for talks with Syria. Sytenko is "
            "also expected to visit Baghdad. The Iraqi ambassador to Greece said in Athens the Americans could "
            "leave \"as soon as the threats are eliminated.\"")
    assert [(q.kind, who) for q, who in attributions(text) if q.speaker_text == "The Iraqi ambassador"] == [
        ("mixed", None)]


def test_a_word_named_as_a_word_is_nobodys_quote(attributions) -> None:
    """'While shying away from using the word "blockade," Mr. Bush acknowledged ...': the quote mentions a
    word, nobody is said to speak it (a scare quote, no speaker), even with a cue right after it."""
    text = ("While shying away from actually using the word \"blockade,\" Mr. Bush acknowledged that the U.S. and "
            "others were trying to block shipping to Iraq.")
    assert [(q.kind, who) for q, who in attributions(text) if q.text.startswith("blockade")] == [("scare", None)]


def test_a_word_classified_by_someone_is_theirs_inside_anothers_report(attributions) -> None:
    """'sites classified as "sensitive" by the local authorities, a U.N. spokesman said': the passive agent of
    'classified as' used the word, not the spokesman who reports the tour."""
    text = ("Scott Ritter led his team on a tour of three sites in Iraq classified as \"sensitive\" by the local "
            "authorities, a U.N. spokesman said.")
    assert [(q.kind, q.speaker_text) for q, who in attributions(text) if q.text == "sensitive"] == [
        ("direct", "the local authorities")]


def test_a_states_authorities_speak_for_the_state(attributions) -> None:
    """'Egyptian authorities said ...' after Egypt is named: the authorities speak for Egypt, as 'the Greek
    government' speaks for Greece."""
    text = ("No bird flu case has been found in Egypt. Egyptian authorities said there was \"no sign\" of the flu "
            "in the country so far.")
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [("Egyptian authorities", "Egypt")]
