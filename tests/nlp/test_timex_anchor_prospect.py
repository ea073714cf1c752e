"""A past clause that only frames a prospect leaves its day either side of the DCT (branch timex42).

A weekday under a past verb is the most recent one ("said Friday"), but the
day of what a past act points forward to is not bound by it: a meeting
"scheduled" or "slated" for a day (a planning participle with no auxiliary,
as "was scheduled" already was), a thing put off or kept "until" a day, a
clause under "before", or a day reached through "due".  Such a day is the
nearer one, as for a clause without tense.  The sentences are those of the
newswire (1997-2006) the judged timeline and timex samples found dated a week
back, with their publication dates; the real model parses them.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, dct, expected", [
    # a planning participle with no auxiliary (DCT a Friday; the Lombok meeting was on the Monday after)
    ("Indonesia Friday dismissed a report that it would sign a security pact with Australia during the "
     "bilateral meeting scheduled Monday on the resort island of Lombok.", "2006-11-10",
     ("Monday", "DATE", "2006-11-13")),
    # DCT a Wednesday; the Leaders' Meeting in Busan was on the Friday after
    ("The ministerial meeting was held prior to the Economic Leaders' Meeting of the Asia-Pacific Economic "
     "Cooperation (APEC) forum in South Korea's southeastern port city of Busan slated on Friday.", "2005-11-16",
     ("Friday", "DATE", "2005-11-18")),
    # "put off until": the new day lies after the putting off (DCT a Wednesday)
    ("A summit between U.S. President George W. Bush and Iraqi Prime Minister Nuri al-Maliki was put off until "
     "Thursday, local media reported on Wednesday.", "2006-11-29", ("Thursday", "DATE", "2006-11-30")),
    # a clause under "before" (DCT a Monday; the Iraqi election was on the Thursday after)
    ("Before 15.5 million voters cast their ballots on Thursday, 300,000 Iraqi hospital patients, detainees and "
     "members of the security forces voted for the 275 deputies who are to serve four-year terms.", "2005-12-12",
     ("Thursday", "DATE", "2005-12-15")),
    # a summit "due to open" (DCT a Friday; the Beijing summit opened the next day)
    ("47 delegations of the 48 African countries have arrived for a landmark China-Africa summit due to open "
     "Saturday.", "2006-11-03", ("Saturday", "DATE", "2006-11-04")),
])
def test_the_day_a_past_clause_looks_ahead_to_is_the_nearer_one(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    # the past still holds where the clause reports the act itself (newswire sentences of the same kind)
    ("Urawa beat defending champions Gamba Osaka 3-2 on Saturday to secure the league crown.", "2006-12-04",
     ("Saturday", "DATE", "2006-12-02")),
    ("It was reported that Israeli guards in Ofer prison attacked Palestinian prisoners on Monday and Tuesday, "
     "firing tear gas and beating them by club and wounding some 20 prisoners.", "2005-11-30",
     ("Tuesday", "DATE", "2005-11-29")),
    ("The trial of ousted Iraqi dictator Saddam Hussein was adjourned Monday until Wednesday, an AFP correspondent "
     "said.", "2005-12-05", ("Monday", "DATE", "2005-12-05")),
    # "due to" a cause is no prospect (DCT a Saturday; they pulled out on the Monday before)
    ("After American veteran Andre Agassi and second seed Rafael Nadal pulled out due to injuries on Monday, Federer "
     "has been left the only top-five player in the elite field.", "2005-11-19", ("Monday", "DATE", "2005-11-14")),
    # a verb with a past form of its own under "before" stays past: "the day" is the report's
    ("Laxman and Ganguly put on 46 for the fifth wicket before Ntini was called back into the South African attack "
     "late in the day and induced an edge from Laxman, pushing away from his body.", "2006-12-15",
     ("the day", "DATE", "2006-12-15")),
])
def test_a_past_report_keeps_its_past_day(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)
