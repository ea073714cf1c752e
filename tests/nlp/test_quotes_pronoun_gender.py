"""A he/she speaker agrees in gender with the person it names.  A one-word name is no gendered title ("King",
a woman); a he/she or his/her near a named subject that may be someone else's gives that subject no gender.

The branch pronouns read a person's gender from the article's own pronouns ("Abu Ali said he was flogged"); its
reviews (r34e, r34f) found reworded passages where the pronoun was someone else's ("a lawyer for the family, said
she", "spoke about her condition", "After Merkel spoke, Erdogan said she") and a cost quadratic in a run-on
sentence, so the vote was taken out (stop 34); the passages below pin what the store gives without it.
"""

from __future__ import annotations

import pytest

SPEAKERS = [
    # ECB+ 19/19_4ecbplus.xml: the witness Tishana King is a 'she' ("King" alone is no title)
    ("Tishana King, 39, a medical records clerk, said she gave a tape-recorded interview to detectives. "
     "King told The News she was drawn to her third-floor window late Saturday night. "
     "\u201cKimani started backing up,\u201d King said. King said Kimani Gray appeared to be cornered by the "
     "cops. \u201cHis hands were down,\u201d she said.", "His hands were down", "Tishana King"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SPEAKERS)
def test_a_pronoun_speaker_is_a_person_of_its_gender(covering, text, quoted, speaker):
    found = [who for q, who in covering(text, quoted) if q.kind == "direct"]
    assert found == [speaker]



# The review's passages (r34e): in each the he/she or his/her after a named subject is someone else's, so it
# must not give that subject a gender that sends the next pronoun quote to the wrong person.
NOT_THEIRS = [
    # the subject is someone's: 'she' is the client, not her lawyer
    ("Nadia Rahman was convicted of fraud on Tuesday. Her lawyer, Sanjeev Bhasin, said she would appeal the "
     "verdict. \"We will fight this all the way,\" he said.", "We will fight", "Sanjeev Bhasin"),
    ("Serena Williams withdrew from the final on Saturday. Her coach Mouratoglou said she was injured. "
     "\"It is a pity,\" he said.", "It is a pity", "Mouratoglou"),
    ("Rahul Dravid retired on Friday. His mother Pushpa said he had always loved the game. "
     "\"He worked so hard,\" she said.", "He worked so hard", "Pushpa"),
    ("Muhammed Ali arrived in Berlin on Friday. Lonnie, his wife, said he was doing well. \"He is happy to be "
     "here,\" she said.", "He is happy", "Lonnie"),
    # a his inside the subject's own apposition is the one she is sister to
    ("Kim Jong Nam was killed at Kuala Lumpur airport in 2017. Kim Yo Jong, his half-sister, attended the "
     "funeral. \"He was family,\" she said.", "He was family", "Kim Yo Jong"),
    # the one told, and the one whose resignation is accepted, are not the subject
    ("The bank announced changes on Monday. Sharma told her she would be promoted. \"She earned it,\" he said.",
     "She earned it", "Sharma"),
    ("The health minister Kim Sun-ja offered to quit over the outbreak. President Moon accepted her resignation "
     "on Tuesday. \"Mistakes were made,\" he said.", "Mistakes were made", "Moon"),
    # r34f: the same situations reworded; without a vote from the article's pronouns the quote is the subject's
    ("Nadia Rahman was convicted on Tuesday. Sanjeev Bhasin, a lawyer for the family, said she would appeal. "
     "\"We will fight,\" he said.", "We will fight", "Sanjeev Bhasin"),
    ("Yingluck was admitted to hospital on Monday. Thongchai spoke about her condition. \"The doctors are "
     "pleased,\" he said.", "The doctors are pleased", "Thongchai"),
    ("After Merkel spoke at the summit, Erdogan said she had been very clear. \"We must work together,\" he "
     "said.", "We must work together", "Erdogan"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), NOT_THEIRS)
def test_a_pronoun_that_may_be_someone_elses_gives_the_subject_no_gender(covering, text, quoted, speaker):
    found = [who for q, who in covering(text, quoted) if q.kind == "direct"]
    assert found == [speaker]
