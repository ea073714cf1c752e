"""A he/she after a sentence sourced "according to X" is X speaking on, before that sentence's own subject or
the names in its content (mentions._according_to).

Sentences from the newswire records (dev data; record ids in each test), found by branch quotes20 among the
pronoun speakers right after an "according to" attribution.
"""

from __future__ import annotations


def _pronoun_speakers(attributions, text: str) -> list[str | None]:
    return [who for q, who in attributions(text) if (q.speaker_text or "").lower() in ("he", "she")]


def test_he_after_according_to_is_the_source_not_a_place_in_the_content(attributions):
    # XIN_ENG_20051114.0243: not "Masvingo Rural", a district the content lists
    text = ('Zimbabwe\'s Deputy Minister of Water Resources Munacho Mutezo said the dams were late.\n\n'
            'According to Mutezo, the contractors had completed projects such as the Valley Dam and Irrigation '
            'scheme in Kezi district, Masvingo Rural, Runde and Mawere water schemes.\n\n'
            'And the Marowa Nyathi Dam in Manicaland was being implemented, he said.')
    assert _pronoun_speakers(attributions, text) == ["Munacho Mutezo"]


def test_he_after_a_sentence_ending_according_to_is_its_source_not_its_subject(attributions):
    # XIN_ENG_20061125.0037: the weed's name, tagged a person, is the sentence's subject; Howard its source
    text = ('Geoffrey Howard of the World Conservation Union (IUCN) was quoted by Saturday\'s The Post as saying '
            'that the weed is spreading.\n\n'
            'Lantana Camara is regarded as one of the worst weeds because of its invasiveness, according to '
            'Howard.\n\n'
            'The weed is a serious threat to biodiversity in several World Heritage-listed areas, he added.')
    assert _pronoun_speakers(attributions, text) == ["Geoffrey Howard"]


def test_he_after_a_fact_sourced_at_a_persons_sentence_end_is_that_person(attributions):
    # "according to X" after a person's name sources one fact about that person, who speaks on (review of
    # quotes20: the source had been put before every subject)
    texts = {
        'Striker Carlos Ruiz will miss the final, according to coach Diego Lopez.\n\n"I am devastated," he said.':
            "Carlos Ruiz",
        'Opposition leader Peter Brown resigned on Friday, according to party spokesman David Green.\n\n'
        '"I have had enough," he said.': "Peter Brown",
        'Former minister John Smith was arrested on Monday, according to police spokesman Tom Hill.\n\n'
        'He said he was innocent and would fight the charges.': "John Smith",
    }
    for text, speaker in texts.items():
        found = _pronoun_speakers(attributions, text)
        assert len(found) == 1 and (found[0] or "").endswith(speaker), (text, found)  # the tagger may keep a title
