"""A day a past clause only sets up: the open case, and the past reports any rule for it must keep.

A weekday under a past verb is read as the most recent one ("said Friday").
Branch timex42 read a day a verb of putting off moves "until" ("was put off
until Thursday"), or that "due" on a noun names, as the coming one; reviews
r42b and r42c showed every such trigger fires on past reports written after
the day as often as on prospects ("had been adjourned until Wednesday, when
the judge ruled"; "the shipment due Wednesday never arrived"), so the rule was
taken out: what tells them apart is in the rest of the sentence (a "when"
clause of its own, "last week"), which no rule here reads yet.  The
newswire (1997-2006) sentences main reads a week back stay as strict xfails;
the guards are the reviews' probes of past reports, dated on a weekday where
the forward day is the nearer one.  The real model parses them.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, dct, expected", [
    # "put off until": the new day lies after the putting off (DCT a Wednesday)
    ("A summit between U.S. President George W. Bush and Iraqi Prime Minister Nuri al-Maliki was put off until "
     "Thursday, local media reported on Wednesday.", "2006-11-29", ("Thursday", "DATE", "2006-11-30")),
    # DCT a Wednesday: the coming Monday, five days on, not the Monday two days back that is nearer
    ("Constitutional talks were adjourned until Monday to allow for a two-day meeting of the Great Council of Chiefs "
     "beginning Thursday.", "1997-04-09", ("Monday", "DATE", "1997-04-14")),
    # a month: the coming January, not the one gone (DCT 2006-12-18)
    ("TDH, which evacuated 5 employees Sunday, has suspended its Darfur operations until January, although it "
     "retains a skeleton staff in the region.", "2006-12-18", ("January", "DATE", "2007-01")),
    # "due" on a noun (DCT a Wednesday)
    ("In Bangkok, the key SET index was up just 0.05 point at 691.21 at the end of morning trade with investors "
     "sidelined ahead of key monthly economic data due for release Thursday, brokers said.", "1997-04-23",
     ("Thursday", "DATE", "1997-04-24")),
])
@pytest.mark.xfail(strict=True, reason="a day a past verb of putting off moves 'until' is read back; the forward "
                   "reading was taken out after reviews r42b/r42c (past reports use the same words)")
def test_the_day_a_past_clause_sets_up_is_the_coming_one(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    # "until" on a verb that does not put off: a past end (DCT a Friday)
    ("Protesters stayed in the main square until Monday, when riot police cleared it with water cannon.",
     "2024-03-15", ("Monday", "DATE", "2024-03-11")),
    # "due" under a copula is a past deadline (DCT a Friday)
    ("The bond payment, which was due on Monday, was missed, the finance ministry said on Friday.", "2024-03-15",
     ("Monday", "DATE", "2024-03-11")),
    # "due to" a cause is no prospect (DCT a Saturday; they pulled out on the Monday before)
    ("After American veteran Andre Agassi and second seed Rafael Nadal pulled out due to injuries on Monday, Federer "
     "has been left the only top-five player in the elite field.", "2005-11-19", ("Monday", "DATE", "2005-11-14")),
    # a verb under "before" and a planning participle with no auxiliary report what happened (DCT a Thursday)
    # review r42c: a day a verb of putting off moved, told after it passed (DCT a Friday; a Tuesday for the month)
    ("The hearing had been adjourned until Wednesday, when the judge ruled that the recordings were admissible.",
     "2025-03-14", ("Wednesday", "DATE", "2025-03-12")),
    ("The factory suspended production until March, when it reopened with half its former staff.", "2025-05-20",
     ("March", "DATE", "2025-03")),
    ("Thousands of residents fled the coast before the hurricane hit on Sunday, officials said on Thursday.",
     "2024-03-14", ("Sunday", "DATE", "2024-03-10")),
    ("The talks between the two leaders, scheduled for Monday, went ahead despite the protests, a spokesman said on "
     "Friday.", "2024-03-15", ("Monday", "DATE", "2024-03-11")),
    # review r43c (branch until43, not merged): past reports with none of the clues a parse rule read
    ("The inquest into the crash was adjourned until Tuesday. On Tuesday the coroner recorded a verdict of "
     "misadventure.", "2025-09-18", ("Tuesday", "DATE", "2025-09-16")),
    ("Passengers said their flight had been delayed until Saturday, leaving them stranded in the terminal for two "
     "nights.", "2025-06-16", ("Saturday", "DATE", "2025-06-14")),
    ("Arsenal beat Wolves 3-0 in a game that was postponed until Wednesday because of snow.", "2025-01-16",
     ("Wednesday", "DATE", "2025-01-15")),
    ("Shares in the company have fallen 15 percent since its annual results were delayed until Monday.",
     "2025-02-27", ("Monday", "DATE", "2025-02-24")),
])
def test_a_past_report_keeps_its_past_day(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)
