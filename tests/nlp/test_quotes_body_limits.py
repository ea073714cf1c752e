"""Where the body an unnamed worker speaks for is left unset rather than guessed (review r37a of speakerbody): a
nationality is no body of its own, a past worker speaks for nobody, a place only says where a worker is, a
"his" that could mean two men owns nothing, and a speaker never speaks for himself.  The real model and chains;
sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Kenyan police said the man was arrested on Monday.",
    "The Dutch government said the talks had stalled.",
    "Chinese officials said the visit was off.",
    "A senior Israeli official said the talks had stalled.",
])
def test_a_nationality_with_no_country_named_is_no_body(bodies, text: str) -> None:
    """Stored as a body, "Chinese" is an entity apart from China: a search for China misses it."""
    assert bodies(text)[-1][1:] == (None, None)


def test_a_nationality_stands_for_the_country_the_article_names(bodies) -> None:
    text = "China protested on Monday. A Chinese foreign ministry spokesman said the visit was off."
    assert bodies(text)[-1] == ("A Chinese foreign ministry spokesman", None, "China")


@pytest.mark.parametrize("text, speaker", [
    ("A former Pentagon official said the missile test had failed.", "A former Pentagon official"),
    ("An ex-Pentagon official said the missile test had failed.", "An ex-Pentagon official"),
])
def test_a_past_worker_speaks_for_nobody_and_the_body_is_not_the_speaker(bodies, text: str, speaker: str) -> None:
    assert bodies(text)[-1] == (speaker, None, None)


@pytest.mark.parametrize("text", [
    "A lawyer in London said the ruling would be appealed.",
    "Officials in Washington said the talks had stalled.",
    "A New York lawyer representing the family said the suit would be filed on Monday.",
    "Israel freed 20 men on Monday. An Israeli lawyer for the Palestinian prisoners said the hearing was postponed.",
])
def test_a_place_that_only_says_where_the_worker_is_is_no_body(bodies, text: str) -> None:
    assert bodies(text)[-1][1:] == (None, None)


@pytest.mark.parametrize("text, body", [
    ("An official at the Pentagon said the missile test had failed.", "Pentagon"),
    ("An official with the World Bank said the loan was approved.", "World Bank"),
    ("A Microsoft lawyer said the company would appeal.", "Microsoft"),
    ("Nairobi officials said the drought had worsened.", "Nairobi"),
])
def test_a_body_where_or_for_which_the_worker_works_is_kept(bodies, text: str, body: str) -> None:
    assert bodies(text)[-1][1:] == (None, body)


@pytest.mark.parametrize("text", [
    "Smith met Jones on Monday. His lawyer said the meeting was private.",
    "Clinton met Netanyahu on Monday. His spokesman said the talks went well.",
])
def test_his_with_two_men_before_it_gives_no_body_and_no_speaker(bodies, text: str) -> None:
    assert bodies(text)[-1][1:] == (None, None)


@pytest.mark.xfail(strict=True, reason="the small model types the lone speaking surname 'Smith' ORG, and a rule "
                   "that read every one-word ORG subject of 'said' as maybe a man took the body from the one man "
                   "named after a company ('Microsoft said Bill Gates ...'); review r38a, branch amend38a")
def test_his_after_a_lone_surname_typed_org_gives_no_body(bodies) -> None:
    assert bodies("Smith said Jones was wrong. \"He is innocent,\" his lawyer said.")[-1][1:] == (None, None)


@pytest.mark.parametrize(("text", "owner"), [
    # review r38a: a company of one word that speaks is no other man a "his" could mean
    ("Microsoft said Bill Gates would step down in July. \"He has done a great job,\" his spokesman said.",
     "Bill Gates"),
    ("Akio Toyoda will testify in Washington on Wednesday, Toyota said. \"He will apologise to customers,\" his "
     "spokesman said.", "Akio Toyoda"),
    ("Hamas said Ismail Haniyeh would travel to Cairo. \"He will meet Egyptian officials,\" his aide said.",
     "Ismail Haniyeh"),
])
def test_his_after_an_organisation_that_spoke_is_the_one_man_it_named(bodies, text: str, owner: str) -> None:
    assert bodies(text)[-1][1:] == (None, owner)


def test_his_with_one_man_before_it_gives_his_body(bodies) -> None:
    text = "Jackson met reporters on Monday. His lawyer said the case was closed."
    assert bodies(text)[-1] == ("His lawyer", None, "Jackson")


def test_a_body_equal_to_the_speaker_is_dropped(bodies) -> None:
    """The parse may read the aide's principal as the one who speaks; he does not speak for himself."""
    text = "An aide to Netanyahu's rival, Ehud Barak, said the talks had stalled."
    speaker, name, body = bodies(text)[-1]
    assert body is None or body != name


def test_a_nationality_stands_for_the_country_whose_whole_name_it_holds(bodies) -> None:
    """r37a: "Indian" shares more letters with Indiana than with India, but holds all of India's name."""
    text = "India and the state of Indiana signed a trade pact on Monday. Indian officials said the talks went well."
    assert bodies(text)[-1] == ("Indian officials", None, "India")


@pytest.mark.parametrize("text, body", [
    ("A Pentagon official with knowledge of the program said the missile test had failed.", "Pentagon"),
    ("A White House spokesman for the campaign said the rally was cancelled.", "White House"),
])
def test_a_worker_phrase_after_the_noun_that_names_nobody_leaves_the_body_named_before_it(bodies, text: str,
                                                                                         body: str) -> None:
    """Review r37c: "with knowledge of the program" names no employer; only a lawyer's "for X" is whom he serves."""
    assert bodies(text)[-1][1:] == (None, body)


@pytest.mark.parametrize("text", [
    "According to Kenyan police, the man was arrested on Monday.",
    "According to police in Nairobi, the man was arrested on Monday.",
    "According to a court in Cairo, the man was sentenced on Monday.",
])
def test_a_people_or_a_place_inside_according_to_is_not_the_speaker(bodies, text: str) -> None:
    """Review r37c: with no body, the "according to" fallback made "Kenyan", Nairobi or Cairo the speaker."""
    assert bodies(text)[-1][1] is None


@pytest.mark.parametrize("text, speaker", [
    ('"The talks are over," an American official who asked not to be named said.',
     "an American official"),
    ("A former Pentagon official, who asked not to be named, said the test had failed.",
     "A former Pentagon official"),
])
def test_an_unnamed_worker_before_who_keeps_his_description_as_the_speaker(bodies, text: str, speaker: str) -> None:
    """Review r37c: with the worker's body unset, the relative clause's speaker read "who"."""
    assert bodies(text)[-1] == (speaker, None, None)


@pytest.mark.parametrize("text", [
    '"Margins will fall," said a source familiar with Tesla\'s thinking.',
    '"The case has no merit," a lawyer familiar with Exxon\'s defence said.',
    '"The launch will slip," a source familiar with Apple\'s plans said.',
])
def test_what_a_worker_is_familiar_with_is_not_whom_he_speaks_for(bodies, text: str) -> None:
    """Final read fr37: the preposition of any adjective after the noun was read as "close to X"'s."""
    assert bodies(text)[-1][1:] == (None, None)


def test_a_source_close_to_someone_speaks_for_him(bodies) -> None:
    assert bodies('"The vote will pass," said a source close to Prime Minister Tony Blair.')[-1][1:] == (None,
                                                                                                       "Tony Blair")


def test_his_after_a_company_that_spoke_is_the_one_man_named(bodies) -> None:
    """A body of more than one word ("Goldman Sachs said") is no lone surname: the one man is the owner."""
    text = "Goldman Sachs said Lloyd Blankfein would testify. \"He has done nothing wrong,\" his lawyer said."
    assert bodies(text)[-1] == ("his lawyer", None, "Lloyd Blankfein")
