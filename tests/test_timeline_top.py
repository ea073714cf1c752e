"""The ``--top N`` view chooses days first (datewise), on the dev corpus of the Wikinews timelines.

The 30 articles of the SemEval-2015 Task 4 trial corpus (the dev set of
``benchmarks/wikinews_timeline.py``; corpus_1-3 are held out) go through the
real pipeline into a real SQLite store, and the whole corpus is one story.
"""

from __future__ import annotations

import hashlib
import sys

import pytest

import storyline
from storyline.records import Article, TimelineEntry
from storyline.timeline import build_timeline, top_timeline
from storyline.timeline.candidates import article_candidates
from storyline.timeline.top import day_scores, top_entries
from tests.conftest import DATA, ROOT

TRIAL = DATA / "wikinews-timeline" / "Corpus-trial-data_task4_TimeML"


@pytest.fixture(scope="module")
def dev(tmp_path_factory):
    """(store, timeline, articles by id) of the trial corpus taken as one story."""
    if not TRIAL.is_dir():
        pytest.skip(f"needs the Wikinews trial corpus in {TRIAL} (../shared beside the repository)")
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_demo_data import convert

    sl = storyline.open(tmp_path_factory.mktemp("trial") / "s.db")
    for path in sorted(TRIAL.glob("*.tml")):
        rec = convert(path)
        sl.store.add_article(Article(external_id=rec["id"], title=rec["title"], text=rec["text"],
                                     published=rec["published"], published_from="input", source=rec["source"],
                                     content_hash=hashlib.sha1(rec["text"].encode()).hexdigest()))
    sl.annotate()
    arts = {a.id: a for a in sl.store.articles() if a.id is not None}
    entries = build_timeline([(a, sl.store.annotation(i)) for i, a in arts.items()])
    yield sl.store, entries, arts
    sl.close()


def test_the_days_most_articles_give_are_the_top_days(dev) -> None:
    """The iPhone's unveiling (2007-01-10: four articles) and the day Jobs answered the antenna complaints
    (2010-07-16: two later articles say "yesterday") lead the dev story.  Ranking days by summed salience
    left both out of the top 5 for days with two middling sentences from one article each."""
    store, entries, _ = dev
    top = [e.date for e in top_timeline(store, entries, 5)]
    assert {"2007-01-10", "2010-07-16", "2003-04-28"} <= set(top)


def test_days_are_scored_by_articles_published_on_them_and_later_ones_naming_them(dev) -> None:
    _, entries, arts = dev
    scores = day_scores(entries, {i: a.published for i, a in arts.items()})
    assert scores["2003-04-28"] == max(scores.values())  # the iTunes store's launch: three later articles recall it
    assert scores["2007-01-10"] == 2  # the iPhone's unveiling: two articles published that day
    assert scores["2011-08-24"] == 2  # no article that day; two later ones recall it
    assert all(v >= 0 for v in scores.values())


def test_every_top_entry_is_a_happening_on_its_own_day(dev) -> None:
    store, entries, _ = dev
    top = top_timeline(store, entries, 23)  # l = the 23 gold days of the trial corpus
    assert len(top) == len({e.date for e in top}) == 23
    assert all(len(e.date) == 10 and e.status in ("happened", "recalled") for e in top)


def test_an_announced_plan_is_the_news_of_its_publication_day(dev) -> None:
    """"Under this new agreement, Apple Inc. will own all Apple trademarks" (2007-02-06): the agreement is
    that day's happening; the lead was marked planned and its day never reached the top view."""
    _, entries, _ = dev
    (lead,) = [e for e in entries if e.date == "2007-02-06"]
    assert lead.text.startswith("Under this new agreement") and lead.status == "happened"


def test_a_lead_naming_only_an_earlier_year_still_dates_the_publication_day(dev) -> None:
    """The court-case article of 2006-05-08 opens on "a breach of the 1991 settlement": it reports that
    day's ruling, so its day gets an entry (it had none)."""
    store, _, arts = dev
    (art,) = [a for a in arts.values() if (a.published or "").startswith("2006-05-08")]
    cands = article_candidates(art, store.annotation(art.id))
    assert any(c.published and c.date == "2006-05-08" for c in cands)


def test_a_day_that_repeats_an_adjacent_chosen_day_waits() -> None:
    """The verdict day's neighbour tells the verdict again: its two articles count as one, so a day of
    other news with one article (and a more salient entry) comes first."""
    same = [TimelineEntry("2011-06-20", "The jury found the doctor guilty of manslaughter.", articles=[1, 2, 3],
                          salience=1.0),
            TimelineEntry("2011-06-21", "A day after the jury found the doctor guilty, he appealed.", articles=[4, 5],
                          salience=0.4),
            TimelineEntry("2011-06-28", "Floods closed the airport.", articles=[6], salience=0.5)]
    assert [e.date for e in top_entries(same, 2, None)] == ["2011-06-20", "2011-06-28"]
    assert len(top_entries(same, 3, None)) == 3  # it still fills a slot when nothing else is left


def test_a_publication_day_whose_news_went_to_another_day_does_not_take_a_slot() -> None:
    """Three articles published on Nov. 2 report arrivals their leads date to Nov. 3 (merged there); what
    is left on Nov. 2 is a stray sentence of one of them.  Counting the three articles for Nov. 2 put that
    sentence in the top view over a day of real news reported by one article."""
    entries = [TimelineEntry("2006-11-03", "The presidents of Benin and Burundi arrived in Beijing on Thursday.",
                             articles=[1, 2, 3, 4], salience=1.0),
               TimelineEntry("2006-11-02", "Even items from 2,000 years ago still make vogue artwork today.",
                             articles=[1], salience=0.3),
               TimelineEntry("2006-11-06", "China and Egypt signed a deal on nuclear energy on Monday.",
                             articles=[5], salience=0.6)]
    published = {1: "2006-11-02", 2: "2006-11-02", 3: "2006-11-02", 4: "2006-11-03", 5: "2006-11-06"}
    assert day_scores(entries, published)["2006-11-02"] == 1  # the one article its entry cites
    assert [e.date for e in top_entries(entries, 2, published)] == ["2006-11-03", "2006-11-06"]


def test_the_benchmark_keeps_each_trial_articles_lead() -> None:
    """The trial corpus's TimeML opens with the date line, then the lead; dropping two sentences (as for a
    corpus that repeats its title first) lost the lead that tells the day's news."""
    if not TRIAL.is_dir():
        pytest.skip(f"needs the Wikinews trial corpus in {TRIAL}")
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_demo_data import convert

    path = next(TRIAL.glob("16844*.tml"))
    assert convert(path, whole=True)["text"].startswith("Yesterday, at this year's Apple Worldwide Developers")
    assert convert(path)["text"].startswith("The announcement was long-awaited")  # the attribution gold's text
