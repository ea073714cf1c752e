"""What TimeML does not tag: words that look like time words but are not TIMEX3s.

Each sentence is written for these tests; the mechanisms were found by listing
every expression tagged on the TimeBank and ECB+ dev halves and on 200
newswire articles and asking the TimeML guidelines whether it is markable.
"""

from __future__ import annotations

import pytest

from storyline.nlp.timex import find_timexes

THU = "2018-07-12"  # a Thursday


def _texts(nlp, sentence: str) -> list[str]:
    return [t.text for t in find_timexes(nlp(sentence), THU)]


@pytest.mark.parametrize("sentence", [
    # a month abbreviation inside a longer word is no month
    pytest.param("Refugees went back to the town of Novi Travnik.", id="nov-in-a-name"),
    pytest.param("Talks opened in Augusta, Georgia.", id="aug-in-a-name"),
    pytest.param("The Junior League held a dinner.", id="jun-in-a-word"),
    # a quarter that is a round of a tournament or a fraction of a point is no time
    pytest.param("Australia, beaten by Canada in the quarter-finals, finished fifth.", id="quarter-finals"),
    pytest.param("She lost the first quarter-final to a qualifier.", id="quarter-final"),
    pytest.param("The central bank raised its key rate by a quarter point.", id="quarter-point"),
    pytest.param("The central bank raised its key rate by a quarter-percentage point.", id="quarter-percentage-point"),
])
def test_a_word_that_only_looks_like_a_time_gives_no_timex(nlp, sentence):
    assert _texts(nlp, sentence) == []


def test_a_month_range_written_with_a_hyphen_gives_no_abbreviation(nlp):
    found = _texts(nlp, "The January-March instalments are worth about one billion dollars.")
    assert "Jan" not in found, found


@pytest.mark.parametrize("sentence, extent", [
    ("Voters will elect a parliament for the next five-year term.", "five-year"),
    ("He stressed the 4,000 year history of the country.", "4,000 year"),
    ("They marked the one-year anniversary of the flood.", "one-year"),
])
def test_a_length_before_a_noun_leaves_the_nouns_determiner_out(nlp, sentence, extent):
    assert _texts(nlp, sentence) == [extent]


def test_a_counted_length_keeps_its_determiner(nlp):
    assert _texts(nlp, "Prices rose in the past nine months.") == ["the past nine months"]


def test_a_month_before_a_dash_is_still_a_month(nlp):
    assert _texts(nlp, "A trial was penciled in for October-the man denies the charge.") == ["October"]


@pytest.mark.parametrize("sentence, expected", [
    ("Parliament will debate the future of the territory.", []),
    ("The minister was gloomy about the future of the coal industry.", []),
    ("The company plans to hire more engineers in the future.", ["the future"]),
])
def test_the_future_of_something_is_its_prospects_not_a_time(nlp, sentence, expected):
    assert _texts(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The rules will be written by the future city council.", []),
    ("Talks turned to the future status of the province.", []),
    ("Floods have grown worse over the past generation.", []),
    ("The mayor has vetoed such plans in the past.", ["the past"]),
    ("In the future prices will rise.", ["the future"]),
])
def test_the_future_or_the_past_before_a_noun_is_an_adjective_not_a_time(nlp, sentence, expected):
    assert _texts(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Passengers on Flight 2001 landed safely.", []),
    ("The Windows 2000 launch was delayed again.", []),
    ("She began her reign as Miss World 2005 on Sunday.", ["Sunday"]),
    ("Oscars Host For 2014 Academy Awards Named", ["2014"]),
    ("The bank was founded in 1990 and grew fast.", ["1990"]),
    ("Markets closed early on New Year's Day 1997.", ["New Year's Day 1997"]),
])
def test_a_year_number_inside_a_name_is_no_date(nlp, sentence, expected):
    assert _texts(nlp, sentence) == expected


def test_a_number_after_a_models_capital_letters_is_no_year(nlp):
    """A product page of the extraction benchmark's dev half: 'the RTX 2080' is a graphics card, not a
    year to come (it was an entry 'planned' for 2080); 'FY 2019' still dates a year."""
    from storyline.ingest.article import IngestContext
    from storyline.ingest.html import article_from_html
    from storyline.settings import Settings
    from tests.ingest.pages import EVAL, eval_page

    if not (EVAL / "evaldata.json").is_file():
        pytest.skip("needs ../shared/data/trafilatura-eval")
    url, html, _ = eval_page("tomshardware.com.rtx.html")
    art = article_from_html(IngestContext(Settings()), url, html)
    assert "RTX 2080" in art.text
    values = [t.value for t in find_timexes(nlp(art.text), "2018-09-19")]
    assert not any(v.startswith(("2080", "2070")) for v in values), values
    assert [t.value for t in find_timexes(nlp("Revenue in FY 2019 rose."), THU)] == ["2019"]
    assert _texts(nlp, "The Nvidia RTX 2080 Ti is the fastest card we tested.") == []


def test_a_currency_amount_after_q_is_no_quarter(nlp):
    """Guatemala's quetzal is written 'Q179 million' (a dev page of the extraction benchmark, in Spanish): an
    amount, not 2079-Q1; a quarter's year is set off by a space or an apostrophe."""
    assert _texts(nlp, "The government approved Q179 million for the program.") == []
    assert [t.value for t in find_timexes(nlp("Profit in Q4'18 and Q1 2019 fell."), THU)] == ["2018-Q4", "2019-Q1"]


def test_a_quarter_of_the_calendar_is_still_one(nlp):
    assert _texts(nlp, "Profit fell in the quarter, and sales doubled in a quarter.") == ["the quarter", "a quarter"]
