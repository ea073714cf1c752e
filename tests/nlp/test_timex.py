"""Temporal expressions: one newswire-style sentence per rule, with the real model.

Each case is (sentence, publication date, text the timex must contain, TIMEX3
value[, mod]).  The sentences are written for these tests; the seed articles
are checked separately, against ../shared/acceptance/seeds.json.
"""

from __future__ import annotations

import json

import pytest

from storyline.nlp.timex import find_timexes
from tests.conftest import SHARED, needs_shared

THU = "2018-07-12"  # a Thursday

CASES = [
    # weekdays by tense: the publication day, past -> most recent, future -> next
    ("The minister resigned on Thursday.", THU, "Thursday", "2018-07-12"),
    ("Officials said they had signed the accord on Monday.", THU, "Monday", "2018-07-09"),
    ("The vote will be held Sunday, the commission said.", THU, "Sunday", "2018-07-15"),
    # a time word right after a verb dates that verb, whatever clause the parser hangs it on
    ("The company said Monday it will close two plants.", THU, "Monday", "2018-07-09"),
    ("The union announced on Tuesday it would strike.", THU, "Tuesday", "2018-07-10"),
    ("Negotiations broke down last Friday.", THU, "last Friday", "2018-07-06"),
    ("The storm hit the coast this past weekend.", THU, "this past weekend", "2018-W27-WE"),
    ("The vote is this coming Monday.", THU, "this coming Monday", "2018-07-16"),
    ("Police arrived on Tuesday afternoon.", THU, "Tuesday afternoon", "2018-07-10TAF"),
    ("The match was played on Saturday, July 7.", THU, "July 7", "2018-07-07"),
    # deictic words
    ("The storm hit the coast yesterday.", THU, "yesterday", "2018-07-11"),
    ("The results will be published tomorrow.", THU, "tomorrow", "2018-07-13"),
    ("Unemployment is now at a record low.", THU, "now", "PRESENT_REF"),
    ("The mayor recently announced a plan to cut taxes.", THU, "recently", "PAST_REF"),
    # this / last / next
    ("The company cut 300 jobs last week.", THU, "last week", "2018-W27"),
    ("Shares have rallied this week.", THU, "this week", "2018-W28"),
    # a Sunday closes the working week: its "last week" is the Monday-to-Saturday just gone, its future "this week"
    # the one ahead (2018-07-15 is a Sunday, the last day of 2018-W28)
    ("The rebels seized the town last week, the army said.", "2018-07-15", "last week", "2018-W28"),
    ("Parliament will vote on the budget this week.", "2018-07-15", "this week", "2018-W29"),
    ("Police said this week they were treating the death as murder.", "2018-07-15", "this week", "2018-W28"),
    ("Consumer prices rose last month.", THU, "last month", "2018-06"),
    ("The summit is planned for next month.", THU, "next month", "2018-08"),
    ("Sales fell 4 percent last year.", THU, "last year", "2017"),
    # "the past day" is a length, as "the past week", not "the past" (newswire, 2006)
    ("Oil markets dived during the past day on fears over Iran.", THU, "the past day", "P1D"),
    ("Shares fell in the past hour.", THU, "the past hour", "PT1H"),
    ("Retail sales jumped this summer.", THU, "this summer", "2018-SU"),
    # "last"/"past" + season: the most recent whole one (said in November, the summer just gone; newswire, 2005-2006)
    ("Visitors came to Albania in large numbers last summer.", "2006-11-06", "last summer", "2006-SU"),
    ("The service was tested last spring in Helsinki.", "2005-11-20", "last spring", "2005-SP"),
    ("Visitors came to Albania in large numbers last summer.", THU, "last summer", "2017-SU"),  # summer runs still
    ("The stadium will open next summer.", "2006-11-06", "next summer", "2007-SU"),
    ("The stadium will open next fall.", THU, "next fall", "2018-FA"),
    # named months and days without a year
    ("In March, the court ruled against the ban.", THU, "March", "2018-03"),
    ("Parliament will debate the bill in March.", THU, "March", "2019-03"),
    ("The report was dated July 6.", THU, "July 6", "2018-07-06"),
    ("Ministers met in Brussels on 3 July.", THU, "3 July", "2018-07-03"),
    ("The strike began in early May.", THU, "early May", "2018-05", "START"),
    ("The lease will expire at the end of February.", THU, "the end of February", "2019-02", "END"),
    # full dates, years, decades, quarters
    ("The treaty was signed on June 12, 2018, in Geneva.", "2019-06-11", "June 12, 2018", "2018-06-12"),
    ("The plant opened in April 2016.", THU, "April 2016", "2016-04"),
    ("Inflation peaked in the 1990s.", THU, "the 1990s", "199"),
    ("Profit rose 8 percent in the second quarter.", THU, "the second quarter", "2018-Q2"),
    ("Revenue for fiscal 2017 was flat.", THU, "fiscal 2017", "2017"),
    ("Profit rose in Q3 2016.", THU, "Q3 2016", "2016-Q3"),
    ("The FY19 budget was cut.", THU, "FY19", "2019"),
    ("The ceremony on 25/12/2016 was cancelled.", THU, "25/12/2016", "2016-12-25"),
    ("The factory was built two years ago.", THU, "two years ago", "2016"),
    ("A year earlier, the firm had lost money.", THU, "A year earlier", "2017"),
    ("Three days later, the rebels withdrew.", THU, "Three days", "P3D"),  # counted from the story, not the DCT
    ("Prices fell 3 percent in 2015.", THU, "2015", "2015"),
    ("The plant will close in mid-2020.", THU, "mid-2020", "2020", "MID"),
    ("The attack happened on New Year's Eve.", THU, "New Year's Eve", "2017-12-31"),
    ("Voting begins at 7 a.m. local time Sunday.", THU, "7 a.m. local time Sunday", "2018-07-15T07:00"),
    ("The treaty expires at the end of the decade.", THU, "the end of the decade", "201", "END"),
    # durations, with numbers in words and modifiers
    ("Exports have grown in the past nine months.", THU, "the past nine months", "P9M"),
    ("The talks lasted three months.", THU, "three months", "P3M"),
    ("It took a decade to build the bridge.", THU, "a decade", "P10Y"),
    ("The hearing lasted six hours.", THU, "six hours", "PT6H"),
    ("Protesters stayed in the square all night long.", THU, "all night long", "P1D"),
    ("After years of war, the two sides signed a truce.", THU, "years", "PXY"),
    ("The strike lasted thirty-five days.", THU, "thirty-five days", "P35D"),
    ("Production resumed after a more than 300 day halt.", THU, "more than 300 day", "P300D", "MORE_THAN"),
    ("The rebels held the town for almost two years.", THU, "almost two years", "P2Y", "LESS_THAN"),
    ("The contract runs for the next 18 months.", THU, "the next 18 months", "P18M"),
    # sets and clock times
    ("The board meets every week.", THU, "every week", "P1W"),
    ("The market closed at 3 p.m. on Thursday.", THU, "3 p.m.", "2018-07-12T15:00"),
    ("The polls closed at 20:00 GMT.", THU, "20:00 GMT", "2018-07-12T20:00"),
    ("Updated 7/10/2018 4:15 PM", THU, "7/10/2018 4:15 PM", "2018-07-10T16:15"),
    ("Speaking hours earlier, the minister denied the report.", THU, "hours", "PTXH"),
    ("The ceasefire held for four and a half months.", THU, "four and a half months", "P4.5M"),
    ("Shares rose 2 percent in the latest quarter.", THU, "the latest quarter", "2018-Q2"),
    # a half or a quarter "of the year" is one expression, of the year in focus; two quarters make a half
    ("Sales rose in the first half of the year.", THU, "the first half of the year", "2018-H1"),
    ("Third-quarter profit fell 5 percent.  The second half of the year will be weaker.", "1989-11-01",
     "the second half of the year", "1989-H2"),
    ("The slump will last through the first two quarters of 1990.", "1989-10-26", "the first two quarters of 1990",
     "1990-H1"),
    ("Talks resume later this month.", THU, "later this month", "2018-07", "END"),
    ("The company paid a dividend of $1 a year.", THU, "a year", "P1Y"),
    ("Voters went to the polls in the 1950s and again in nineteen ninety-six.", THU, "nineteen ninety-six", "1996"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_rule_finds_and_normalizes(nlp, case):
    sentence, dct, text, value = case[:4]
    mod = case[4] if len(case) > 4 else None
    found = find_timexes(nlp(sentence), dct)
    hits = [t for t in found if text.lower() in t.text.lower()]
    assert hits, f"no timex containing {text!r} in {[(t.text, t.value) for t in found]}"
    assert hits[0].text.lower() == text.lower() or not text.lower().startswith("this "), hits[0].text
    assert hits[0].value == value
    if mod:
        assert hits[0].mod == mod


def test_offsets_point_into_the_text(nlp):
    doc = nlp("On Tuesday, two days after the vote, the president said talks would resume next month.")
    for t in find_timexes(doc, "2019-06-11"):
        assert doc.text[t.start : t.end] == t.text


def test_year_range_gives_both_years(nlp):
    found = find_timexes(nlp("Veterans of the 1914-18 war were honoured."), THU)
    assert [t.value for t in found] == ["1914", "1918"]


def test_without_publication_date_relative_values_stay_unresolved(nlp):
    found = {t.text: t for t in find_timexes(nlp("Talks ended on Thursday and resume next week."), None)}
    assert found["Thursday"].value == "XXXX-WXX-4" and not found["Thursday"].anchored
    assert found["next week"].value == "XXXX-WXX" and not found["next week"].anchored


def test_absolute_dates_need_no_publication_date(nlp):
    (t,) = find_timexes(nlp("The treaty was signed on June 12, 2018."), None)
    assert (t.value, t.anchored) == ("2018-06-12", True)


@pytest.mark.parametrize("sentence", [
    "Prices may fall further, analysts warned.",
    "Theresa May met the German chancellor.",
    "More than 2000 people marched through the capital.",
    "The driver, who was 52 years old, was unhurt.",
    "A dour first half saw few chances.",
    "A gunman opened fire at an office Christmas party.",
    "The deal was agreed at the Winter Meetings.",
    "She won a second term.",
    "She hid in a second-floor office.",
    "He watched the evening news before work on the night shift.",
    "Tourists flew to Easter Island.",
])
def test_look_alikes_are_not_timexes(nlp, sentence):
    assert [t.text for t in find_timexes(nlp(sentence), THU)] == []


@pytest.mark.parametrize("sentence", [
    "Second-quarter sales rose 4 percent. The figures compare with a loss in the corresponding period last year.",
    "Second-quarter sales rose 4 percent, up from the same quarter of last year.",
])
def test_the_period_a_year_before_is_one_expression(nlp, sentence):
    found = [(t.text, t.value) for t in find_timexes(nlp(sentence), "1989-10-26")]
    assert found[0] == ("Second-quarter", "1989-Q2") and found[1][1] == "1988-Q2" and len(found) == 2, found
    assert found[1][0].endswith("last year"), found


def test_quarter_in_focus_and_year_ago_period(nlp):
    doc = nlp("Third-quarter profit rose 12 percent. In the year-ago period the company lost money.")
    values = [t.value for t in find_timexes(doc, "1989-10-26")]
    assert values == ["1989-Q3", "1988-Q3"]


@pytest.mark.parametrize("sentence, extent, signal", [
    ("Sales have risen since April.", "April", "since"),
    ("In 2010 the plant closed.", "2010", "In"),
    ("The talks ended on Monday.", "Monday", "on"),
    ("The law must pass by the end of the month.", "the end of the month", "by"),
    ("Prices rose over the past year.", "the past year", "over"),
    ("Output fell over several years.", "several years", "over"),
    ("It has been the rule in the past.", "the past", "in"),
])
def test_extent_is_what_timeml_tags_and_the_preposition_is_its_signal(nlp, sentence, extent, signal):
    (t,) = find_timexes(nlp(sentence), THU)
    assert (t.text, t.signal) == (extent, signal)
    assert t.signal_start is not None and sentence[t.signal_start : t.end] == f"{signal} {extent}"


@pytest.mark.parametrize("sentence", [
    "The contract is worth $40 million over five years.",
    "The cost will be spread over five years.",
])
def test_over_after_an_amount_spread_across_years_is_a_signal(nlp, sentence):
    (t,) = find_timexes(nlp(sentence), THU)
    assert (t.text, t.mod, t.signal) == ("five years", None, "over")


def test_over_before_a_number_is_a_modifier_not_a_signal(nlp):
    (t,) = find_timexes(nlp("The strike lasted over 300 days."), THU)
    assert (t.text, t.mod, t.signal) == ("over 300 days", "MORE_THAN", None)


@needs_shared
def test_seed_articles_timexes(tmp_path):
    """Every timex row of seeds.json, through ingest and the store (the file holds the answers)."""
    import storyline

    spec = json.loads((SHARED / "acceptance" / "seeds.json").read_text(encoding="utf-8"))
    with storyline.open(tmp_path / "seeds.db") as sl:
        for art in spec["articles"]:
            report = sl.ingest([str(SHARED / art["file"])], published=art["published"], link=False)
            (aid,) = report.ids
            stored = sl.annotation(aid).timexes
            text = sl.article(aid).text
            for row in art["timexes"]:
                vals = [t.value for t in stored if row["text"].lower() in text[t.phrase_start : t.end].lower()]
                ok = any(v == row["value"] or v.startswith(row["value"] + "T") for v in vals)
                assert ok, f"{art['key']}: {row['text']!r} expected {row['value']}, got {vals}"


@pytest.mark.parametrize("sentence, name", [
    ("She told USA Today that she would resign.", "Today"),
    ('Baker, speaking on ABC\'s "This Week," said the request gives a legal basis.', "This Week"),
])
def test_a_time_word_inside_a_title_is_no_timex(nlp, sentence, name):
    assert name not in [t.text for t in find_timexes(nlp(sentence), THU)]


@pytest.mark.parametrize("sentence, text", [
    ("This week, the company paid for the trip.", "This week"),
    ("Today the talks resumed.", "Today"),
    ("He said Tuesday that talks resume today.", "today"),
])
def test_a_time_word_opening_a_sentence_is_still_a_timex(nlp, sentence, text):
    assert text in [t.text for t in find_timexes(nlp(sentence), THU)]


@pytest.mark.parametrize("sentence, text, value", [
    ("In London at mid-afternoon yesterday, the shares were up 2 pence.", "mid-afternoon yesterday", "2018-07-11TAF"),
    ("The vote is set for evening tomorrow.", "evening tomorrow", "2018-07-13TEV"),
])
def test_a_day_part_named_before_its_day_is_one_time(nlp, sentence, text, value):
    found = {t.text: (t.type, t.value) for t in find_timexes(nlp(sentence), THU)}
    assert found.get(text) == ("TIME", value), found


@pytest.mark.parametrize("sentence, text, value", [
    ("The navy wants to use the base for at least 20 more years.", "at least 20 more years", "P20Y"),
    ("The talks need three additional weeks.", "three additional weeks", "P3W"),
])
def test_a_count_of_more_units_is_a_duration(nlp, sentence, text, value):
    found = {t.text: t.value for t in find_timexes(nlp(sentence), THU)}
    assert found.get(text) == value, found


def test_a_time_word_in_a_title_case_headline_is_still_a_timex(nlp):
    found = [t.text for t in find_timexes(nlp("Smith to Host Next Year's Awards"), THU)]
    assert "Next Year" in found, found



def _values(nlp, sentence: str, dct: str = THU) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.value, t.mod) for t in find_timexes(nlp(sentence), dct)}


@pytest.mark.parametrize(("sentence", "day", "value"), [
    # the expecting or scheduling is past, what it dates lies after it: the nearer of the two weekdays
    ("The minister, who was expected in Oslo early Friday, will sign the accord.", "early Friday", "2018-07-13"),
    ("The vote was scheduled for Saturday.", "Saturday", "2018-07-14"),
    # a past event stays past
    ("The minister was arrested on Friday.", "Friday", "2018-07-06"),
])
def test_a_passive_of_expecting_dates_forward(nlp, sentence, day, value):
    assert _values(nlp, sentence)[day][0] == value


# (behaviour, sentence, extent, value, mod): each written for the rule it pins down
VALUE_CASES = [
    ("ago ends the expression whatever follows, at the unit's granularity",
     "Two decades ago the city was poor.", "Two decades ago", "199", None),
    ("ago ends the expression whatever follows", "Several years ago the firm was sold.", "Several years ago",
     "PAST_REF", None),
    ("ago at a century's granularity", "Two centuries ago the town was founded.", "Two centuries ago", "18", None),
    ("later ends the expression whatever follows: the length", "A week later the talks resumed.", "A week", "P1W",
     None),
    ("or so after a relative period is part of it", "The factory will be closed over the next year or so.",
     "the next year or so", "P1Y", "APPROX"),
    ("or so after a counted duration is part of it", "The repairs will take a week or so.", "a week or so", "P1W",
     "APPROX"),
    ("an uncounted plural is a vague duration: centuries", "The province was ruled from the capital for centuries.",
     "centuries", "PXY", None),
    ("an uncounted plural after 'over the'", "Over the years the village grew into a town.", "the years", "PXY",
     None),
    ("an uncounted plural as the object of 'spend'", "He spent years in prison before the pardon.", "years", "PXY",
     None),
    ("an uncounted plural as a measure", "The robbery was over in a matter of minutes.", "minutes", "PTXM", None),
    ("an uncounted plural measuring a noun", "The merger follows months of negotiations.", "months", "PXM", None),
    ("'one day' after a modal is an unnamed future time", "Experts say the city will one day run out of water.",
     "one day", "FUTURE_REF", None),
    ("'someday' is an unnamed future time", "She hopes to someday return to the stage.", "someday", "FUTURE_REF",
     None),
    ("'one day' measured is a length", "The strike lasted one day.", "one day", "P1D", None),
    ("'the year' anywhere is the year in focus", "The festival is the biggest event of the year.", "the year",
     "2018", None),
    ("'the year' as a subject is the year in focus", "The year has been hard for farmers.", "The year", "2018",
     None),
    ("'the week' is the week of the day last named", "On Friday the index fell. For the week, it lost 2 percent.",
     "the week", "2018-W27", None),
    ("a hundred years written as a decade is the century", "The mill was built in the late 1800s.",
     "the late 1800s", "18", "END"),
    ("'last' after a modal is the verb, not 'the last'", "The strike could last two months.", "two months", "P2M",
     None),
    ("a week counted back from a day is a week-long stretch", "Yields fell in the week ended Tuesday.", "the week",
     "P1W", None),
    ("a part of the day is that of the day last named", "On Tuesday rebels attacked. In the evening they withdrew.",
     "the evening", "2018-07-10TEV", None),
    ("a part of the day with no day named is the publication day's", "Markets closed higher in the afternoon.",
     "the afternoon", "2018-07-12TAF", None),
    ("a frequency is tagged with its period, one SET", "The board meets twice a month.", "twice a month", "P1M",
     None),
    ("a counted frequency is tagged with its period", "Ferries sail three times a week.", "three times a week",
     "P1W", None),
    ("'the year before' counts from the year last named", "In 2016 turnout fell; the year before, it rose.",
     "the year before", "2015", None),
]


@pytest.mark.parametrize("case", VALUE_CASES, ids=[c[0] for c in VALUE_CASES])
def test_expression_takes_its_timeml_extent_and_value(nlp, case):
    _, sentence, text, value, mod = case
    found = _values(nlp, sentence)
    assert found.get(text) == (value, mod), found


@pytest.mark.parametrize("sentence, dct, value", [
    ("The law, passed in the summer, took effect this week.", "2018-01-11", "2017-SU"),
    ("The vote will be held in the summer.", "2018-10-11", "2019-SU"),
    ("Prices rose in the summer.", "2018-10-11", "2018-SU"),
    # the infinitive's event follows a past verb that governs it through an adjective: either side, the nearer
    ("Shortages made it hard for the firm to meet demand into the summer.", "2018-10-11", "2018-SU"),
])
def test_a_season_without_a_year_lies_on_the_side_the_tense_says(nlp, sentence, dct, value):
    assert _values(nlp, sentence, dct)["the summer"][0] == value


@pytest.mark.parametrize("sentence, dct, text, value", [
    ("Shoppers crowded the malls after Thanksgiving.", "1998-12-02", "Thanksgiving", "1998-11-26"),
    ("The ceasefire will begin on Easter Sunday.", "2019-03-01", "Easter Sunday", "2019-04-21"),
    ("He was elected on Election Day 1996.", THU, "Election Day 1996", "1996-11-05"),
    ("The strike began on the Fourth of July.", THU, "the Fourth of July", "2018-07-04"),
])
def test_a_holiday_is_its_day_in_the_year_the_tense_points_to(nlp, sentence, dct, text, value):
    assert _values(nlp, sentence, dct).get(text, (None,))[0] == value


@pytest.mark.parametrize("sentence, dct, expected", [
    ("The summit will be held Feb. 20-21 in Geneva.", "1998-02-12", {"Feb. 20": "1998-02-20", "21": "1998-02-21"}),
    ("Talks are set for March 3 to 5.", "1998-02-12", {"March 3": "1998-03-03", "5": "1998-03-05"}),
    ("The rally took place on Feb. 8 and 9, 1997.", "1998-02-12", {"Feb. 8": "1997-02-08", "9, 1997": "1997-02-09"}),
    ("The season runs from April through September.", "1998-02-12", {"April": "1998-04", "September": "1998-09"}),
    ("The officer was given May 3 to 5 others.", "1998-02-12", {"May 3": "1997-05-03"}),
])
def test_the_end_of_a_range_takes_the_month_and_year_of_its_start(nlp, sentence, dct, expected):
    assert {k: v for k, (v, _) in _values(nlp, sentence, dct).items()} == expected


@pytest.mark.parametrize("sentence, dct, expected", [
    # newswire sentences (sample K's and the dump's): a day range written tight before a noun it modifies
    ("Paradorn Srichaphan has confirmed his intention to compete in the December 1-15 Asian sports jamboree.",
     "2006-11-13", {"December 1": "2006-12-01", "15": "2006-12-15"}),
    ("He visited Japan and attended the Nov. 18-19 Asia-Pacific Economic Cooperation (APEC) forum in Busan.",
     "2005-11-19", {"Nov. 18": "2005-11-18", "19": "2005-11-19"}),
    ("Kasuri's December 7-9 visit was part of regular contact between the two countries.",
     "2006-12-04", {"December 7": "2006-12-07", "9": "2006-12-09"}),
    # the same with an ordinal suffix on the second day
    ("The Feb. 10-12th carnival drew record crowds to the old port.", "2006-02-01",
     {"Feb. 10": "2006-02-10", "12": "2006-02-12"}),
])
def test_a_day_range_joined_by_a_hyphen_ends_on_its_second_day_whatever_word_follows(nlp, sentence, dct, expected):
    assert {k: v for k, (v, _) in _values(nlp, sentence, dct).items()} == expected


def test_a_percent_after_a_hyphenated_pair_is_no_day_range(nlp):
    assert "5" not in _values(nlp, "Rates were cut on May 3-5 percent.", "1998-02-12")


@pytest.mark.parametrize("sentence, dct, expected", [
    # the second day lies past the month's end (a typo): the first day stands alone, no impossible date
    ("The Nov. 30-31 donor conference was moved to Geneva.", "2006-11-10", {"Nov. 30": "2006-11-30"}),
    ("The Feb. 27-30 auction of treasury bonds drew little interest.", "2006-02-10", {"Feb. 27": "2006-02-27"}),
    ("The Feb. 28-29 auction of treasury bonds drew little interest.", "2007-02-10", {"Feb. 28": "2007-02-28"}),
    # February 29 in a leap year is a day
    ("The Feb. 28-29 auction of treasury bonds drew little interest.", "2008-02-10",
     {"Feb. 28": "2008-02-28", "29": "2008-02-29"}),
])
def test_a_day_range_ends_within_its_month(nlp, sentence, dct, expected):
    assert {k: v for k, (v, _) in _values(nlp, sentence, dct).items()} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The war ended more than half a century ago.", {"more than half a century ago": "1968"}),
    ("The agency was formed a year and a half ago.", {"a year and a half ago": "2017-01"}),
    ("The offer runs to Nov. 30, 2018. Until then, holders may convert.", {"Nov. 30, 2018": "2018-11-30",
                                                                          "then": "2018-11-30"}),
    ("The firm was founded in 1990. Since then, sales have tripled.", {"1990": "1990", "then": "1990"}),
    ("He finished his meal and then left.", {}),
])
def test_halves_and_then_take_the_point_they_name(nlp, sentence, expected):
    assert {k: v for k, (v, _) in _values(nlp, sentence).items()} == expected


def test_before_a_noun_phrase_is_a_preposition_and_only_the_length_is_tagged(nlp):
    assert _values(nlp, "Two days before the vote, the minister resigned.") == {"Two days": ("P2D", None)}


@pytest.mark.parametrize("sentence", [
    "Minutes of the central bank's meeting showed dissent.",
    "The country imports about three-quarters of its food.",
    "Officials said they would leave as soon as the road reopened.",
])
def test_records_fractions_and_conjunctions_are_no_timexes(nlp, sentence):
    assert [t.text for t in find_timexes(nlp(sentence), THU)] == []


def test_a_title_with_the_year_is_no_timex(nlp):
    assert [t.text for t in find_timexes(nlp("She was named Person of the Year."), THU)] == []


def test_the_past_before_a_count_is_not_the_vague_past(nlp):
    found = [t.text for t in find_timexes(nlp("Riots have broken out in the past three summers."), THU)]
    assert "the past" not in found, found


@pytest.mark.parametrize("sentence, published, text, value", [
    # real sentences: a newswire report (2005-12-05) and a dev page of the extraction benchmark (a Tuesday)
    ("The former chief executive of Deutsche Boerse, Werner Seifert, is to publish a book attacking the hedge fund "
     "investors who forced him to quit as head of the German stock exchange in May, the Financial Times reported "
     "on Monday.", "2005-12-05", "May", "2005-05"),
    ("A female police inspector had to seek medical attention on Friday after she was reportedly assaulted and hit "
     "in the head with a stone by another woman.", "2022-04-26", "Friday", "2022-04-22"),
    # written for this test: the second of two infinitives under "was forced" happened too
    ("The mayor was forced to resign and apologize on November 24.", "2005-12-05", "November 24", "2005-11-24"),
])
def test_what_a_past_verb_made_happen_is_past(nlp, sentence, published, text, value):
    """'forced him to quit in May', 'had to seek ... on Friday': the quitting and the seeking happened, unlike
    'asked the government to resign Saturday', whose resigning may lie either side."""
    found = {t.text: t.value for t in find_timexes(nlp(sentence), published)}
    assert found.get(text) == value, found
    asked = find_timexes(nlp("They asked the government to resign Saturday."), "2019-06-04")
    assert [t.value for t in asked] == ["2019-06-01"]  # the nearer Saturday, as before
