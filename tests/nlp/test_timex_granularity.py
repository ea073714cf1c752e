"""A relative or period expression takes the granularity of what it names (TimeML 1.2.1, temporal functions).

Two shapes the newswire (1997-2006) writes often in economic reports: a
year-ago comparison whose figure is for a month or a year named in its
sentence ("orders in February rose 9.9 percent from a year earlier" is
February a year before, not the whole year), and a quarter or half named by
its first and last months ("the July-September period" is the third quarter,
not September).  The positives are newswire sentences (sample J's row and
rows of the 2,452-article dump whose values changed); the guards keep what
is no comparison ("passed the law a year ago"), what is no quarter ("the
August-October period"), and a year-ago offset from another date ("a year
earlier than planned").  The real model parses them.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, dct, expected", [
    # a month named in the sentence is the period measured (AFP_ENG_19970410.0036)
    ("Japan's private sector machinery orders in February rose 9.9 percent from a year earlier, after growing "
     "14.8 percent in the previous month, the Economic Planning Agency said Thursday.", "1997-04-10",
     ("a year earlier", "DATE", "1996-02")),
    # the month, not a quarter named earlier in the story (AFP_ENG_20061213.0713)
    ("In addition inflation remains subdued, with core consumer prices up just 0.1 percent in October from a year "
     "earlier.", "2006-12-14", ("a year earlier", "DATE", "2005-10")),
    # "than a year ago" (XIN_ENG_20061113.0148)
    ("According to the latest statistics, China's consumer price index, the key inflation indicator, rose by 1.4 "
     "percent year-on-year in October, 0.2 percentage points higher than a year ago.", "2006-11-13",
     ("a year ago", "DATE", "2005-10")),
    # a year written after the comparison: the figure is for 1996, compared with 1995 (AFP_ENG_19970408.0416)
    ("Net foreign investments in the Philippines fell 34.43 percent from a year earlier to 1.055 billion dollars "
     "in 1996, figures from the Central Bank of the Philippines showed Tuesday.", "1997-04-08",
     ("a year earlier", "DATE", "1995")),
])
def test_a_year_ago_comparison_takes_the_month_or_year_measured(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    # sample J (XIN_ENG_20051111.0072)
    ("The US dollar dipped against the yen Friday in Tokyo, but its losses were slight considering a Japanese "
     "government report saying the country's economy grew more than expected in the July-September period.",
     "2005-11-11", ("the July-September period", "DATE", "2005-Q3")),
    # "-to-" in one word (XIN_ENG_20061107.0222)
    ("General Motors Corp. said on Tuesday that it had made losses of 91 million U.S. dollars in the "
     "July-to-September quarter, 24 million dollars less than previously estimated.", "2006-11-07",
     ("the July-to-September quarter", "DATE", "2006-Q3")),
    # a half (XIN_ENG_20061106.0003)
    ("An average of 19.46 million illegal publications were seized each month from July to September, more than "
     "double the monthly average for the January-June period, according to an official.", "2006-11-06",
     ("the January-June period", "DATE", "2006-H1")),
])
def test_a_quarter_or_half_named_by_its_months_is_that_period(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)


@pytest.mark.parametrize("text, dct, expected", [
    # no comparison: the time of an act, the year before the publication date
    ("Parliament passed the law a year ago, and it took effect in January.", "2006-11-13",
     ("a year ago", "DATE", "2005")),
    # an offset from another date, no figure's comparison (XIN_ENG_20061124.0174)
    ("At the ongoing EU-Russia summit in Helsinki, Russia agreed to totally phase out the charges by the end of "
     "2013, a year earlier than previous agreed.", "2006-11-24", ("a year earlier", "DATE", "2005")),
    # a quarter in the sentence keeps the comparison at the quarter, whatever month the sentence also names
    ("Net profit in the third quarter rose 59 percent from a year earlier, the airline said in October.",
     "2005-12-07", ("a year earlier", "DATE", "2004-Q3")),
    # months that make no quarter or half stay the month rules' (XIN_ENG_20051117.0193)
    ("Seasonally adjusted jobless rate in Hong Kong fell to a four-year low of 5.3 percent in the August-October "
     "period, the Census & Statistics Department said Thursday.", "2005-11-17", ("October", "DATE", "2005-10")),
])
def test_what_is_no_measured_period_keeps_its_reading(timexes_of, text, dct, expected):
    assert expected in timexes_of(text, dct)
