"""A quoted fragment inside a clause is the words of whoever that clause says spoke, never of a party the
clause only speaks of: not the subject of a passive ('X was charged with "..."': the charge's words), nor the
object of a verb before a participle that reports ('... to extradite X, calling it "..."').  The real model
and chains, sentences written for the test."""

from __future__ import annotations


def test_a_fragment_under_a_passive_is_not_its_subjects_words(attributions) -> None:
    """'X has been charged with "..."': the words of whoever charged him, unnamed here, not his."""
    text = ("Corporal Dan Mercer, an aide to General Ray Holt, has been charged under the Official Secrets Act "
            "with \"endangering the safety of the state.\"")
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [(None, None)]
    text = "The colonel was dismissed in May for \"conduct unworthy of an officer of the armed forces\"."
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [(None, None)]


def test_an_active_plain_verbs_subject_still_speaks(attributions) -> None:
    """The subject of an active verb over a long fragment stays its speaker (unchanged)."""
    text = "Minister Ana Ruiz promised on Monday to \"rebuild every school destroyed by the floods this year.\""
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [("Minister Ana Ruiz", "Ana Ruiz")]


def test_the_object_of_a_verb_before_the_cue_is_not_its_speaker(direct_speakers) -> None:
    """'Norway ... respected the decision to free Jonas Vik, calling it a "..."': Norway calls it so, not the
    man whose release it is."""
    text = ("Norway said on Friday it respected the court's decision to free former rebel leader Jonas Vik, "
            "calling it a \"fair outcome\" for the country.")
    # (the phrase was 'it', the object of "calling it", until branch quotes20: an object described is no speaker)
    assert direct_speakers(text) == [("Norway", "Norway")]


def test_whoever_a_passive_cue_addresses_is_not_its_speaker(attributions) -> None:
    """'Countries ... were urged "..."' (the parser hangs 'urged' under 'using', with no subject of its own):
    the countries are urged, they do not speak; nor does someone 'hailed as a "..."'."""
    text = ("Countries still using the death penalty were urged \"to halt all executions and to review the cases "
            "of those already sentenced.\"")
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [(None, None)]
    text = "Vera Lind has been hailed as a \"true hero\" of the revolution."
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [(None, None)]
