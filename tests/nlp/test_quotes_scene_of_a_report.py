"""A fragment inside someone's report that hangs on a verb only through an adjunct setting the scene of the
act ("provided they do so within a 'set time limit'", "respond 'appropriately'", "in a 'good' atmosphere") is
part of that report: the reporter's words, the verb no report of its own.

Sentences from the newswire records and ECB+ dev topics (dev data; ids in each case), read while judging
sample Y and the newswire dump (branch quotes21).
"""

from __future__ import annotations

import pytest

IN_THE_REPORT = [
    # AFP_ENG_19970413.0456 (sample Y): "assert their right" is no speech of "Foreigners"
    ('Foreigners who had been previously living in Hong Kong could assert their right of abode, provided they do '
     'so within a "set time limit" after the handover, Wang said.', "set time limit", "Wang"),
    # AFP_ENG_19970407.0657: the minister's word, not his ministry's
    ('Japan\'s Finance Minister Hiroshi Mitsuzuka said his ministry would respond "appropriately" to the '
     'dollar\'s gains against the yen.', "appropriately", "Hiroshi Mitsuzuka"),
    # XIN_ENG_20051103.0048 (sample K): Song's word for the atmosphere, not "both sides"'s
    ('After the morning session, Song told reporters that both sides stated their positions during the opening '
     'session in a "good" atmosphere.', "good", "Song"),
]


@pytest.mark.parametrize(("text", "quoted", "reporter"), IN_THE_REPORT)
def test_a_fragment_setting_the_scene_of_a_reported_act_is_the_reporters(covering, text, quoted, reporter):
    found = [(q.kind, who) for q, who in covering(text, quoted)]
    assert found == [("mixed", reporter)]


def test_a_condition_on_a_reported_apology_stays_the_apologisers_words(attributions):
    # ECB+ 13/13_6ecb.xml: "she apologizes if ... 'undeserved negative attention'": her words, quoted
    text = ('On Saturday, the Alaska Governor said she apologizes if the incident was in any way connected to '
            '"undeserved negative attention" brought on by her failed bid for the vice presidency.')
    found = [(q.kind, q.speaker_text) for q, _ in attributions(text) if q.text == "undeserved negative attention"]
    assert found == [("direct", "she")]
