"""Speaker errors found by judging web sample S (branch quotes22), each fixed on the parse, with rewordings.

- A quote whose last words are a nested quote ending in a comma ("I go, 'I will never smoke again,'") calls for
  its cue right after it, as one ending in a bare comma does, even where the parser starts a new sentence at
  the cue; one ending in a nested '!' or '?' does not (review r35b: the next sentence's verb is not its cue),
  at a known cost: the cue right after such a quote is missed too (review r35f, strict xfails below).
- "Issued a statement, saying that X had been '...' and describing Y as '...'": the second participle goes on
  from the first, so its quote is the one who made the statement's, not the reported clause's subject's; but
  not a participle in the form the reported clause's auxiliary gives its first verb ("X was marching and
  chanting '...'"): that conjunct reads as before quotes22, the reported subject's, whatever its verb (review
  r35f), though a statement's own next act reads so too (strict xfails below: the parse cannot tell them).
- No condition on an act is told apart by the act's form (review r35f): "her client would testify unless
  prosecutors sought 'the death penalty'" (stop 34's r34g) stays open, a strict xfail.
- "In Dr. Shadlen's words, '...'", "in the words of X", "in her own words:": the owner of the words speaks,
  when the phrase is set off from its clause ("critics saw in the minister's words '...'" names no speaker;
  review r35b), not when the verb it hangs on takes the quote as its object ("In X's words, critics saw
  '...'"), nor with the owner inside the quote (review r35f); "in other words" names nobody.

Speakers are compared by their entity (chain name), not by the phrase that names them.
The first sentence of each group is from the web pool's dev pages (pawszilla.com.celine.html, sample S), or
the reviews' (r34g, r35b, r35f); the others are rewordings (other verbs, names, order, tense) written to check the
rule.
"""

from __future__ import annotations

import pytest


def _speakers(starting, text: str, quoted: str) -> list[str | None]:
    """Speaker entities (chain names) of the attributions whose text starts with ``quoted``."""
    return [who for _, who in starting(text, quoted)]


NESTED_CLOSE = [
    # pawszilla.com.celine.html (sample S): the parser starts a sentence at "Alley said"
    ("And Wootton asked her if she had tried something different each time. “It’s like when I quit smoking, I go, "
     "‘I will never smoke again,’” Alley said.", "It’s like", "Alley"),
    ("Reporters asked about the fight. “When they asked me, I told them, ‘Never again,’” Maria Lopez recalled.",
     "When they asked", "Maria Lopez"),
    ('The actor spoke about his childhood. "My mother always said, \'Be kind to everyone,\'" says Tom Hanks.',
     "My mother", "Tom Hanks"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), NESTED_CLOSE)
def test_a_quote_ending_in_a_nested_quote_with_a_comma_takes_the_cue_after_it(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


NESTED_END_OF_SENTENCE = [
    # review r35b: the next sentence's "told" took the quote
    ("Maria Lopez remembered the crash. “He looked at me and said, ‘Run!’” Her brother, Tom Lopez, told police a "
     "different story.", "He looked", "Maria Lopez"),
    ("Maria Lopez remembered the crash. “He looked at me and said, ‘Run!’” Tom Lopez told police a different "
     "story.", "He looked", "Maria Lopez"),
    ("Maria Lopez remembered the crash. “He turned to me and asked, ‘Are you hurt?’” Her husband, Tom, gave "
     "reporters another account.", "He turned", "Maria Lopez"),
    ("Ann Lee recalled the night. “The guard shouted, ‘Stop!’” Later her colleague Bob Tan told the inquiry he "
     "heard nothing.", "The guard", "Ann Lee"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), NESTED_END_OF_SENTENCE)
def test_a_quote_ending_in_a_nested_exclamation_or_question_keeps_its_speaker(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


CUE_RIGHT_AFTER_A_NESTED_MARK = [
    # review r35f (n1.txt, n2.txt): right on quotes22, wrong since its nested '!' / '?' was taken out (review r35b)
    ("Maria Lopez remembered the crash. “He looked at me and said, ‘Run!’” Tom Lopez said.", "He looked",
     "Tom Lopez"),
    ("The trial heard from two witnesses. “The guard shouted, ‘Stop!’” Ann Lee testified.", "The guard", "Ann Lee"),
    ("The firefighter spoke after the blaze. “I heard a child cry, ‘Help me!’” Captain Luis Ortega said.", "I heard",
     "Luis Ortega"),
]


@pytest.mark.xfail(strict=True, reason="the cost of taking the nested '!' / '?' out (review r35f): a cue right "
                   "after such a quote is not looked for, as the next sentence's verb is not")
@pytest.mark.parametrize(("text", "quoted", "speaker"), CUE_RIGHT_AFTER_A_NESTED_MARK)
def test_a_cue_right_after_a_nested_exclamation_or_question_takes_the_quote(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


SECOND_PARTICIPLE = [
    # pawszilla.com.celine.html (sample S): was given "her time"
    ("But come 2008 the actress decided to leave the company. Kirstie Alley released a statement to People "
     "magazine, saying that her time with Jenny Craig had been “nothing short of extraordinary,” and describing "
     "the people there as “first-rate.”", "first-rate", "Kirstie Alley"),
    ('Johnson posted a message to her fans, writing that the tour had been "the best time of my life" and '
     'describing the crew as "family."', "family", "Johnson"),
    ('Smith released a statement saying the merger had been "a great success" and describing the staff as '
     '"first-rate."', "first-rate", "Smith"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SECOND_PARTICIPLE)
def test_a_second_participle_of_saying_goes_on_from_the_first(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


PROGRESSIVE_CONJUNCT = [
    # review r35b's shapes with named parties (the reporter on quotes22)
    ('Mayor John Reed issued a statement saying Ann Berg was marching outside city hall and chanting "No justice, '
     'no peace."', "No justice", "Ann Berg"),
    ('Senator Tom Hale gave an account to police, saying Mark Davis was pacing the aisle and yelling "Nobody '
     'move!"', "Nobody move", "Mark Davis"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), PROGRESSIVE_CONJUNCT)
def test_a_participle_sharing_the_reported_auxiliary_is_the_reported_subjects(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


def test_a_labelling_participle_after_a_progressive_reads_as_an_uttering_one(starting):
    # review r35f: the parse gives no ground to tell 'calling them "..."' from 'yelling "..."' after "was
    # pacing": both are the reported clause's conjuncts alike (main gave the first to the reporter)
    opening = "Senator Tom Hale gave an account to police, saying Mark Davis was pacing the aisle and "
    labelling = _speakers(starting, opening + 'calling the passengers "cowards."', "cowards")
    uttering = _speakers(starting, opening + 'yelling "Nobody move!"', "Nobody move")
    assert labelling == uttering == ["Mark Davis"]


STATEMENTS_NEXT_ACT_AFTER_A_PROGRESSIVE = [
    # review r35f (p1.txt), right on quotes22: the statement adds or urges, not the crews or the engineers
    ('Mayor John Reed issued a statement saying crews were clearing the roads and adding that "no school will '
     'close."', "no school", "John Reed"),
    ('Governor Ann Berg released a statement saying engineers were working on the outage and urging customers to '
     '"be patient while we fix this."', "be patient", "Ann Berg"),
]


@pytest.mark.xfail(strict=True, reason="the parse cannot tell a statement's next act from the reported subject's "
                   "after a progressive clause (review r35f): both read as the reported subject's")
@pytest.mark.parametrize(("text", "quoted", "speaker"), STATEMENTS_NEXT_ACT_AFTER_A_PROGRESSIVE)
def test_a_statements_next_act_after_a_progressive_is_the_reporters(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


def test_a_second_participle_after_a_perfect_still_goes_on_from_the_first(starting):
    # the auxiliary 'had' is the reported clause's, but 'calling' is not of the form it gives 'fled'
    text = 'Mayor John Reed issued a statement saying the suspect had fled and calling him "armed and dangerous."'
    assert _speakers(starting, text, "armed") == ["John Reed"]


@pytest.mark.xfail(strict=True, reason="the parse cannot decide who chose a condition's words (review r35f): "
                   "the fragment is given to the one who would testify")
def test_a_condition_on_an_act_put_forward_stays_in_the_report(covering):
    # stop 34's review r34g, open since
    text = 'The lawyer said her client would testify unless prosecutors sought "the death penalty."'
    assert [q.kind for q, _ in covering(text, "the death")] == ["mixed"]


IN_WHOSE_WORDS = [
    # medicalnewstoday.com.318674.html (sample S): no speaker on main
    ("The researchers wondered whether this threshold is also responsible for our “eureka!” moments. In Dr. "
     "Shadlen’s words, “Could the moment when the brain believes it has accumulated enough evidence be tied to "
     "awareness?”", "Could the moment", "Shadlen"),
    ('The senator spoke for an hour. In the words of Senator John Smith, "this bill is a disgrace to the '
     'chamber."', "this bill", "John Smith"),
    ('Mayor Anna Berg did not hold back. In her own words: "We were lied to for months."', "We were lied",
     "Anna Berg"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), IN_WHOSE_WORDS)
def test_a_quote_in_someones_words_is_theirs(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


SET_OFF_WORDS = [
    # rewordings: the phrase inside the clause between commas, and after the quote
    ('The plan, in the words of Senator John Smith, is "a disgrace to the chamber and to the country."',
     "a disgrace", "John Smith"),
    ('Mayor Anna Berg spoke last. "We were lied to for months and nobody paid for it," in her own words.',
     "We were lied", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SET_OFF_WORDS)
def test_a_set_off_in_someones_words_names_the_speaker_anywhere_in_the_sentence(starting, text, quoted, speaker):
    assert _speakers(starting, text, quoted) == [speaker]


WORDS_READ_NOT_QUOTED = [
    # review r35b, then rewordings
    ('Critics saw in the minister\'s words "a clear threat to the free press."', "a clear threat"),
    ('Editors found in the president\'s words "a change of course at the bank."', "a change"),
    ('Analysts heard in the governor\'s words "a thinly veiled attack on judges."', "a thinly"),
    ('Observers detected in the chairman\'s words "a hint that rates will rise soon."', "a hint"),
    # review r35f (wall.txt): the phrase set off, but the verb it hangs on takes the quote as its object
    ('In Senator John Smith\'s words, critics saw "a clear threat to the free press."', "a clear threat"),
    # review r35f: the owner inside the quote
    ('Ann Berg spoke last. In words of, "nothing at all."', "nothing at all"),
]


@pytest.mark.parametrize(("text", "quoted"), WORDS_READ_NOT_QUOTED)
def test_words_read_not_quoted_name_no_speaker(starting, text, quoted):
    assert [(q.kind, who) for q, who in starting(text, quoted)] == [("scare", None)]


def test_in_other_words_names_no_speaker(starting):
    # a whole clause, not a scare term: the quote is looked up by "in ... words" (review r35b)
    text = 'Prices rose again. In other words, "the recovery has not come and nobody in this town believes it will."'
    assert [(q.speaker_text, who) for q, who in starting(text, "the recovery")] == [(None, None)]
