"""Plans read off English grammar, each with the near misses that are no plan (issue 10, branch wording50)."""

from __future__ import annotations

from storyline.records import Annotation, Article, Sentence, Timex
from storyline.timeline.candidates import article_candidates
from storyline.timeline.status import status_of


def test_be_to_infinitive_of_arrangement_is_a_plan_but_not_of_destiny_or_judgement():
    assert status_of("The city council is to vote on the budget on Tuesday.", "2030-05-07", "2030-05-06") == "planned"
    assert status_of("An aide said the mayor was to fly to Lagos on Thursday.", "2030-05-09",
                     "2030-05-09") == "planned"
    for text in ("The weather is to blame for Monday's delays.", "The move was to prove costly on Monday.",
                 "Officials warned on Monday of what is to come.", "As is to be expected, prices rose on Monday.",
                 "The aim is to cut waiting lists, the minister said on Monday."):
        assert status_of(text, "2030-05-06", "2030-05-06") == "happened", text


def test_set_for_a_time_is_a_schedule_but_set_for_life_is_not():
    assert status_of("The hearing is set for June 3.", "2030-06-03", "2030-05-06") == "planned"
    assert status_of("The hearing is set for June 3.", "2030-06-03", "2030-06-03") == "planned"
    assert _one("2030-05-06", "The hearing is set for June 3, 2030.", "for June 3, 2030", "2030-06-03") == "planned"
    assert status_of("The lottery winner said on Monday she was set for life.", "2030-05-06",
                     "2030-05-06") == "happened"


def test_a_time_between_expected_and_to_keeps_the_forecast():
    assert status_of("Guards were expected on Monday to escort the convoy.", "2030-05-06", "2030-05-06") == "expected"
    assert status_of("The bank is expected later today to raise rates.", "2030-05-06", "2030-05-06") == "expected"


def test_a_plan_told_in_the_past_perfect_did_not_come_about():
    """"had hoped to", "was last scheduled for", "was to have": planned whatever the date, even one before the
    article's day; "had been set" (a fire) and "as had been expected" are no plan."""
    assert status_of("The team had hoped to sign the striker this week.", "2030-W19", "2030-05-08") == "planned"
    assert status_of("The vote was last scheduled for April 20.", "2030-04-20", "2030-05-06") == "planned"
    assert status_of("The ship was to have docked on Monday.", "2030-05-06", "2030-05-07") == "planned"
    assert status_of("The fire had been set on Monday, police said.", "2030-05-06", "2030-05-07") == "happened"
    assert status_of("As had been expected, the court ruled on Monday.", "2030-05-06", "2030-05-06") == "happened"


def _one(published: str, text: str, when: str, value: str) -> str:
    art = Article(external_id="1", title="t", text=text, id=1, published=published)
    ann = Annotation(article_id=1, sentences=[Sentence(0, len(text))],
                     timexes=[Timex(text.index(when), text.index(when) + len(when), when, "DATE", value)])
    return next(c.status for c in article_candidates(art, ann) if c.date == value)


def test_a_modal_counts_only_in_the_clause_the_date_lies_in():
    """A subordinate clause's "might" does not make the dated march a forecast; a modal on the dated verb does,
    and "could not" (a failed attempt) and "may have" (the past) never do."""
    day = "2030-05-06"
    assert _one(day, "Protesters marched on Monday, saying the law might hurt farmers.", "Monday", day) == "happened"
    assert _one(day, "Unions warned that a strike could start on Monday.", "Monday", day) == "expected"
    assert _one("2030-05-20", "In May the court ruled on the appeal.", "May", "2030-05") == "happened"
    assert _one(day, "Rescuers could not reach the flooded village on Monday.", "Monday", day) == "happened"
    assert status_of("Police said on Monday the man may have fled abroad.", day, day) == "happened"
    assert _one(day, "The leader may have to wait until Monday for a vote.", "Monday", day) == "expected"


def _at(text: str, words: str) -> tuple[int, int]:
    """Where the date's words are in ``text``: the place ``article_candidates`` gives ``status_of``."""
    return text.index(words), text.index(words) + len(words)


def test_plan_wording_counts_only_in_the_dated_verbs_own_clause_before_the_date():
    """Review r50f: the past perfect of a clause beside the date ("Ministers, who had hoped to agree a deal, signed
    it on Monday") and a be + to of a noun of purpose set off by a comma ("The problem is to find enough money,
    officials said on Monday") read the whole sentence as a plan; each counts only in the date's own clause, before
    the date, with no comma between."""
    for text in ("Ministers, who had hoped to agree a deal, signed it on Monday.",
                 "Troops had planned to withdraw by 2030 but stayed; on Monday they left.",
                 "The problem is to find enough money, officials said on Monday.",
                 "The strategy was to wait, the general told reporters on Monday."):
        assert status_of(text, "2030-05-06", "2030-05-07", at=_at(text, "on Monday")) == "happened", text
    text = "The city council is to vote on the budget on Tuesday."
    assert status_of(text, "2030-05-07", "2030-05-06", at=_at(text, "on Tuesday")) == "planned"


def test_a_modal_in_a_headlines_capitals_is_a_forecast_and_may_with_a_capital_is_the_month():
    for text in ("STORM COULD HIT COAST ON MONDAY", "Storm Could Hit Coast On Monday",
                 "Rain MIGHT delay the race on Monday."):
        at = _at(text.lower(), "on monday")
        assert status_of(text, "2030-05-06", "2030-05-06", at=at) == "expected", text
    for text in ("Voters go to the polls in the May 5 elections on Monday.", "May Day rallies were held on Monday."):
        assert status_of(text, "2030-05-06", "2030-05-06", at=_at(text, "on Monday")) == "happened", text
