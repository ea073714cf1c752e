"""What branch tl4's fresh ``--top 8`` sample (newswire, seed 4) found: a date that dates a comparison's baseline
("declined to 118.32 yen compared with 118.45 yen on Wednesday", "in stark contrast to an ICM poll ... on
Wednesday", "up from 35.22 on Monday") was taken for the day of what the sentence reports, so Thursday's fall
was shown under Wednesday and a lead left its publication day for the day before.

The articles are sentences written for these tests, annotated by the real model.
"""

from __future__ import annotations

import hashlib

import pytest

from storyline.records import Article
from storyline.timeline import build_entity_timeline
from storyline.timeline.top import top_entries
from tests.conftest import timeline_of


@pytest.mark.parametrize("lead", [
    "The Japanese yen firmed in Tokyo trading, as the dollar declined to 118.32 yen compared with 118.45 yen on "
    "Wednesday.",
    "The Thai baht weakened against the US dollar, easing to 35.40 from 35.22 on Monday.",
    "The opposition kept a lead of 20 points in three new polls, in stark contrast to a poll in a national "
    "newspaper on Monday that showed the gap narrowing.",
])
def test_a_lead_naming_only_a_comparisons_baseline_day_is_its_publication_days_news(nlp, lead: str) -> None:
    entries = timeline_of(nlp, lead + " Traders said the central bank stayed out of the market.", "2006-12-21")
    (first,) = [e for e in entries if lead.startswith(e.text[:30])]
    assert first.date == "2006-12-21"
    assert [e.date for e in top_entries(entries, 8, {1: "2006-12-21"})] == ["2006-12-21"]


def test_a_comparisons_baseline_day_is_no_happening_of_that_day(nlp) -> None:
    text = ("Asian currencies were mixed on Thursday. "
            "The US currency lost some ground to the Japanese yen, however, as it declined to 118.32 yen "
            "compared with 118.45 yen on Wednesday.")
    entries = timeline_of(nlp, text, "2006-12-21")
    assert all(e.status == "background" for e in entries if e.date == "2006-12-20")
    assert "2006-12-20" not in [e.date for e in top_entries(entries, 8, {1: "2006-12-21"})]


@pytest.mark.parametrize("sentence, day", [
    ("Delegates from 78 countries opened the conference on Tuesday.", "2006-12-19"),
    ("Results from 90.8 percent of the polling stations were announced on Wednesday.", "2006-12-20"),
    ("Trading was halted from 0900 GMT Wednesday after the blast.", "2006-12-20"),
    ("The state cut its holding in the bank from 62.3 percent to 49.9 percent on Tuesday.", "2006-12-19"),
    ("The baht rose to 35.40 from 35.22 after the central bank intervened on Wednesday.", "2006-12-20"),
])
def test_a_figure_after_from_that_is_no_comparison_leaves_its_day_a_happening(nlp, sentence: str, day: str) -> None:
    entries = timeline_of(nlp, "Officials met in Geneva on Thursday. " + sentence, "2006-12-21")
    assert [e.status for e in entries if e.date == day] == ["happened"]


def test_a_name_cut_off_with_its_relative_clause_does_not_take_a_day_slot(nlp) -> None:
    """"… London hotel where Litvinenko met three Russian contacts on November 1." is a noun phrase, not a
    sentence: a day told only by it waits behind the days told by sentences that read alone."""
    text = ("British police said on Friday they had found traces of polonium in the bar of the London hotel where "
            "Litvinenko met three Russian contacts on November 1. "
            "Litvinenko fell ill on November 3, and died three weeks later.")
    entries = timeline_of(nlp, text, "2006-12-08")
    (piece,) = [e for e in entries if e.date == "2006-11-01"]
    assert piece.text.startswith("\u2026 London hotel where")
    assert "2006-11-01" not in [e.date for e in top_entries(entries, 2, {1: "2006-12-08"})]


def test_a_sentence_cut_at_a_word_inside_a_name_starts_at_its_preposition() -> None:
    """A long sentence cut at a word before its date: a cut inside a name ("… National Petroleum Corporation ...")
    looks like a subject opening a clause; cut at the name's preposition it shows it is a piece."""
    from storyline.timeline.candidates import trim

    s = ("Environmental officials in the northeastern city of Harbin warned residents living on the river banks to "
         "stay away from the water because benzene leaked into the river after a blast at the plant of the China "
         "National Petroleum Corporation Jilin Petrochemical Company in Jilin on November 13 and the slick moved on.")
    lo = s.index("on November")
    piece = trim(s, lo, lo + len("on November 13"))
    assert piece.startswith("\u2026 of the China National Petroleum Corporation")


@pytest.mark.parametrize("text", [
    "The following are some of the major news stories due to be covered by the agency on Friday.\n\n"
    "-- Monitoring the talks in Cairo between the two factions.\n\n-- Following the vote in parliament.",
    "Following are the results from the badminton open championship here on Saturday:\n\n"
    "Men's singles, first round: Lin Dan beat Peter Gade 21-15, 21-17.",
])
def test_a_lists_heading_is_no_entry_and_the_article_has_no_lead(nlp, text: str) -> None:
    entries = timeline_of(nlp, text, "2006-11-03")
    assert not [e for e in entries if "ollowing" in e.text]
    assert not [e for e in entries if e.date == "2006-11-03"]


def test_the_following_day_is_no_lists_heading(nlp) -> None:
    text = "The following day, police arrested two men in Cairo on Friday. They were released later."
    entries = timeline_of(nlp, text, "2006-11-04")
    assert [e.date for e in entries if e.text.startswith("The following day")]


def test_a_lists_heading_after_a_dateline_gives_no_entity_a_lead(sl) -> None:
    """The lead loop tested a heading at the sentence's start, before the dateline ("BEIJING, Nov. 15 (Xinhua)
    -- Following is ..."), so the heading slipped past it: the timeline of a name in the list took the first list
    line naming it for the article's news of its publication day."""
    text = ("BEIJING, Nov. 15 (Xinhua) -- Following is the line-up of the Chinese national football team for its "
            "match against Iraq in Beijing on Wednesday:\n"
            "Goalkeeper: Li Lei of Beijing Guoan, who was called up from the reserve squad.\n"
            "Defenders: Zhang Yaokun of Dalian Shide, and Sun Xiang of Shanghai Shenhua.\n")
    sl.store.add_article(Article(external_id="t", title="Line-up", text=text, published="2006-11-15",
                                 content_hash=hashlib.sha1(text.encode()).hexdigest()))
    sl.annotate()
    names = [e for e in sl.entities() if e.name in ("Zhang Yaokun", "Sun Xiang", "Beijing Guoan")]
    assert names
    assert all(not build_entity_timeline(sl.store, e.id, sl.settings) for e in names)
