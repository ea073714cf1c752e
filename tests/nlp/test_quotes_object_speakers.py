"""Who speaks when a reporting verb has an object: the object cited "as saying" speaks, the object described
"as" something does not; a place speaks only through its state's bodies.

Sentences from the newswire records (dev data; record ids in each test), read while judging sample X
(branch quotes20).
"""

from __future__ import annotations


def _speakers(attributions, text: str, quoted: str) -> list[tuple[str | None, str | None]]:
    """(speaker phrase, speaker chain name) of the attributions whose text starts with ``quoted``."""
    return [(q.speaker_text, who) for q, who in attributions(text) if q.text.startswith(quoted)]


def test_the_person_a_paper_cites_as_saying_speaks_not_the_paper(attributions):
    # AFP_ENG_20061218.0111: "it" (the Times) cites the police chief
    text = ('Police have now offered the amnesty to local dealers, the Times newspaper reported.\n\n'
            '"Dealing class A drugs is a serious offence. However, our priority remains finding the person '
            'responsible for these murders," it cited police chief Stewart Gull as saying.')
    assert _speakers(attributions, text, "Dealing class A drugs") == [("police chief Stewart Gull", "Stewart Gull")]


def test_a_message_cited_as_saying_speaks_for_its_author(attributions):
    # XIN_ENG_20061127.0371: the agency cites a message from the president
    text = ('Zambian President Levy Mwanawasa on Monday congratulated Joseph Kabila for his re-election.\n\n'
            'State-owned Zambia News and Information Services (ZANIS) cited a message from Mwanawasa as saying '
            'that Kabila\'s re-election was a clear testimony of the confidence that the people of DRC have in '
            'his proven leadership ability.')
    found = _speakers(attributions, text, "Kabila's re-election was a clear testimony")
    assert [(phrase, (who or "").split()[-1:]) for phrase, who in found] == [("a message", ["Mwanawasa"])]


def test_the_one_described_as_something_is_not_its_speaker(attributions):
    # AFP_ENG_20051212.0328: Lahoud describes Tueni; the quote is Lahoud's
    text = ('Pro-Syrian President Emile Lahoud said he was "outraged" by the killing, describing Tueni as '
            'Lebanon\'s "symbol of freedom".')
    assert _speakers(attributions, text, "symbol of freedom") == [("Pro-Syrian President Emile Lahoud",
                                                                  "Emile Lahoud")]


def test_a_thing_described_is_not_the_speaker_its_describer_is(attributions):
    # AFP_ENG_20051207.0459: "describing it to AFP as ...": 'it' (the attack) says nothing
    text = ('An Israeli air strike killed a militant in Rafah on Wednesday.\n\n'
            'Chief Palestinian negotiator Saeb Erakat "strongly condemned" the attack, describing it to AFP as a '
            '"crime which is part of a framework of an Israeli escalation."')
    assert _speakers(attributions, text, "crime which is part") == [("Chief Palestinian negotiator Saeb Erakat",
                                                                    "Saeb Erakat")]


def test_a_named_movement_speaks_as_itself(attributions):
    # AFP_ENG_20061209.0246, its "calling it" written "saying it was" so that the movement is the subject
    text = ('The ruling Islamist Hamas movement, which won a stunning upset in a parliamentary vote less than a '
            'year ago, slammed the decision, saying it was "a clear coup against democracy."')
    assert [who for _, who in _speakers(attributions, text, "it was \"a clear coup")] == ["Hamas"]


def test_a_countrys_opposition_party_is_no_voice_of_the_country(attributions):
    # AFP_ENG_19970427.0493
    text = ('Indonesia\'s main opposition party has complained about unfair media coverage just two days into the '
            'official campaigning period, claiming that a state-owned television station was biased.')
    assert [who for _, who in _speakers(attributions, text, "a state-owned television")] == [None]


def test_a_countrys_ministry_still_speaks_for_the_country(attributions):
    assert [who for _, who in _speakers(attributions, '"We reject the charges," Syria\'s foreign ministry said.',
                                        "We reject the charges")] == ["Syria"]


def test_a_countrys_police_court_commission_and_central_bank_speak_for_the_country(attributions):
    # state institutions, like its ministries and army (review of quotes20)
    text = ('"We are on alert," Britain\'s police said. "The law stands," Germany\'s highest court said. '
            '"The vote was rigged," Kenya\'s electoral commission said. "We will raise rates," China\'s central '
            'bank said. "We will fight," Israel\'s army said.')
    assert [who for _, who in attributions(text)] == ["Britain", "Germany", "Kenya", "China", "Israel"]


def test_a_countrys_company_union_and_commercial_bank_are_no_voice_of_the_country(attributions):
    text = ('"Prices will rise," Japan\'s largest carmaker said. "We will strike," Britain\'s biggest union said. '
            '"Profits rose," Japan\'s biggest bank said. "We want talks," Iran\'s main opposition group said.')
    assert [who for _, who in attributions(text)] == [None, None, None, None]


def test_a_bare_movement_is_no_organisation_named_before(attributions):
    # "the movement" alone is a cause or a camp, never the company the article named last (review of quotes20)
    text = ('Shares of Acme Corp fell 5 percent on Monday. Thousands of students joined the protest movement in the '
            'capital.\n\n"We will march again," the movement said in a statement.')
    assert [(q.speaker_text, who) for q, who in attributions(text)] == [("the movement", None)]
