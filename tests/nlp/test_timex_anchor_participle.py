"""A participle takes the tense of the clause it modifies; what "since" names has happened (branch timex19).

TimeML anchors an underspecified date by the event it modifies (TimeML Annotation Guidelines 1.2.1).  A gerund or
participle has no tense of its own: an adverbial one ("Delivering a speech on Thursday, she said") or one after
"after", "while", "when" lies at the time of its main verb, so a weekday or month under it follows that verb's
tense, not the nearest day.  Sentences written for these tests, one behaviour each, with the real model.
"""

from __future__ import annotations

import pytest

MON = "2006-11-20"  # a Monday
SAT = "2005-12-10"  # a Saturday


@pytest.mark.parametrize("text, dct, expected", [
    # an adverbial participle set off by a comma shares the past of "said"
    ("Delivering a speech at the university on Thursday afternoon, the minister said the talks went well.", MON,
     ("Thursday afternoon", "TIME", "2006-11-16TAF")),
    ("Recalling his visit to the region in April, the president said trade had grown.", MON,
     ("April", "DATE", "2006-04")),
    # the gerund of "after" and "when" under a past verb
    ("The helicopter was written off after making an emergency landing in the mountains on Thursday.", MON,
     ("Thursday", "DATE", "2006-11-16")),
    ("The champion was forced into a tiebreak when facing his rival on Thursday.", MON,
     ("Thursday", "DATE", "2006-11-16")),
    ("The hostages were freed four months later following a military operation in May.", "1997-04-24",
     ("May", "DATE", "1996-05")),
    # a participle under "will" shares the future
    ("The hosts will fancy their chances, opening the tournament against the champions on June 13.", SAT,
     ("June 13", "DATE", "2006-06-13")),
])
def test_a_participle_takes_the_tense_of_its_clause(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    ("The movement, which controls the government since its historic win in the January polls, has refused.",
     "2006-12-12", ("January", "DATE", "2006-01")),
    ("The index shows a sharp escalation in violence since the bombing of a shrine in the north in February.",
     "2006-12-12", ("February", "DATE", "2006-02")),
])
def test_what_since_names_has_happened(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    # a participle modifying a noun is no adverbial: the event starting on Thursday may lie ahead
    ("The team has replaced its rival in the mixed event starting on Thursday.", "2006-11-22",
     ("Thursday", "DATE", "2006-11-23")),
    # after a future act the gerund may be past: left to the nearest day
    ("The leader will take office on Monday after winning the vote on October 29.", "2006-12-30",
     ("October 29", "DATE", "2006-10-29")),
    # "going up" is no future, and "before" looks forward from its verb
    ("The index is slowing down, with shares going up 7 points, breaking the record set on Monday.", "2006-11-07",
     ("Monday", "DATE", "2006-11-06")),
    ("The minister said on Friday he would meet the envoy before leaving for Tokyo on Sunday.", "2006-11-03",
     ("Sunday", "DATE", "2006-11-05")),
])
def test_the_participle_rule_leaves_the_rest(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    # the day "on" which a simple past verb happened, or a noun's bare participle, cannot lie ahead of the DCT
    ("On Jan. 9, a small jet of the air force crashed in the mountains.", "2006-11-27",
     ("Jan. 9", "DATE", "2006-01-09")),
    ("The letter said the tariff, which took effect on Jan. 1, had cut exports.", "2006-11-16",
     ("Jan. 1", "DATE", "2006-01-01")),
    ("The decision was made at the summit of the council held on January 9 in Libreville.", "2005-11-29",
     ("January 9", "DATE", "2005-01-09")),
    # an unforeseen event named by its day
    ("Thousands were killed after the coast was hit by the December 26 tsunami.", "2005-11-08",
     ("December 26", "DATE", "2004-12-26")),
    # a holiday is read the same way (branch amend32c)
    ("On Christmas Day, a small jet of the air force crashed in the mountains.", "2006-12-20",
     ("Christmas Day", "DATE", "2005-12-25")),
    ("The company said it delivered the goods on New Year's Day.", "2006-12-20",
     ("New Year's Day", "DATE", "2006-01-01")),
])
def test_the_day_of_what_happened_is_not_ahead(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    # schedules in a past report keep the days ahead: a planning verb, a verb under "as", a long object between
    ("The ministers finalized the statements for the leaders' meeting slated on Nov. 18.", "2005-11-16",
     ("Nov. 18", "DATE", "2005-11-18")),
    ("Investors bought shares as they awaited an increase in the foreign shareholding limit on May 1.", "1997-04-05",
     ("May 1", "DATE", "1997-05-01")),
    ("They reviewed the agenda for the regional trade meeting in Busan on November 18.", "2005-11-12",
     ("November 18", "DATE", "2005-11-18")),
    ("The court set April 29 for the next hearing.", "1997-04-21", ("April 29", "DATE", "1997-04-29")),
    # "slated" (the tagger's lemma is "slat") is a planning verb as "expected" is: the nearer March (branch amend32c)
    ("The vote was slated for March 5.", "2006-11-01", ("March 5", "DATE", "2007-03-05")),
])
def test_a_schedule_in_a_past_report_keeps_its_day_ahead(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


FRI = "1997-04-18"  # a Friday


@pytest.mark.parametrize("text, expected", [
    # the day last named is a plan ahead of the report: a past clause's "the same day" is the report's own
    ("The prosecutor said her decision was due to be announced on Sunday night. "
     "She said earlier the same day that there were different opinions.", ("earlier the same day", "DATE", FRI)),
    ("The vote is due on Sunday. Thousands of supporters gathered in the capital in the afternoon, singing.",
     ("the afternoon", "TIME", FRI + "TAF")),
])
def test_a_past_clause_takes_no_day_in_focus_ahead_of_the_report(timexes_of, text, expected):
    assert expected in timexes_of(text, FRI)


def test_a_future_clause_keeps_the_day_in_focus(timexes_of):
    text = "The decision is due to be announced on Sunday. Supporters will gather in the afternoon."
    assert ("the afternoon", "TIME", "1997-04-20TAF") in timexes_of(text, FRI)
