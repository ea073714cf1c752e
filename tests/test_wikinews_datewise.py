"""The news-tls "datewise" baselines of benchmarks/wikinews_timeline.py, on four real articles of its dev corpus.

news-tls (Gholipour Ghalandari and Ifrim 2020) ranks a collection's days by the sentences that name them
(``MentionCountDateRanker``); its date features also count the articles published on *other* days that name a
day (what later reports recall, or earlier ones anticipate).  The benchmark scores both beside the
most-published days and the ``--top l`` view, so the comparison is in every run.  The four Wikinews trial
articles on iPhone 4 (June-August 2010) tell the two rankings apart: the July 16 press conference is named by
the most sentences (three of one report's, one of a later one), while the June 24 release is named by the most
articles of other days (announced for it on June 8 and 16, recalled on July 17).
"""

from __future__ import annotations

from types import ModuleType

import pytest

from storyline.records import Annotation, Article
from tests.conftest import DATA, benchmark, needs_shared

pytestmark = needs_shared

TRIAL = DATA / "wikinews-timeline" / "Corpus-trial-data_task4_TimeML"
IPHONE_4 = ("16844-Apple_unveils_iPhone_4", "16900-Apple_swamped_by_iPhone", "17036-Apple_to_give_free_cases",
            "17174-Apple_executive_leaves")


@pytest.fixture(scope="module")
def wikinews() -> ModuleType:
    return benchmark("wikinews_timeline")


@pytest.fixture(scope="module")
def iphone(nlp, wikinews: ModuleType) -> tuple[list[Article], dict[int, Annotation]]:
    """The four articles as the benchmark reads them (lead kept), annotated by the real model."""
    from storyline.nlp import annotate_doc

    arts, anns = [], {}
    for i, name in enumerate(IPHONE_4, 1):
        rec = wikinews.convert(TRIAL / f"{name}.tml", whole=True)
        art = Article(external_id=rec["id"], title=rec["title"], text=rec["text"], published=rec["published"], id=i)
        arts.append(art)
        anns[i] = annotate_doc(nlp(art.text), art)
    return arts, anns


def test_sentence_days_put_each_named_day_in_the_sentence_that_names_it(wikinews, iphone) -> None:
    arts, anns = iphone
    release = arts[0]  # "iPhone 4 will be available on June 24 in the United States, ..."
    days = wikinews.sentence_days(anns[release.id])
    assert len(days) == len(anns[release.id].sentences)
    named = [release.text[s.start:s.end] for s, ds in zip(anns[release.id].sentences, days, strict=True)
             if "2010-06-24" in ds]
    assert named and all("June 24" in s for s in named), named


def test_datewise_referrals_rank_first_the_day_most_other_days_articles_name(wikinews, iphone) -> None:
    arts, anns = iphone
    ranked = wikinews.datewise_days(arts, anns)
    assert ranked["referrals"][:2] == ["2010-06-24", "2010-07-16"]  # three articles of other days, then two


def test_datewise_mentions_rank_first_the_day_the_most_sentences_name(wikinews, iphone) -> None:
    arts, anns = iphone
    ranked = wikinews.datewise_days(arts, anns)
    assert ranked["mentions"][:2] == ["2010-07-16", "2010-06-24"]  # four sentences, then three


def test_a_day_only_its_own_days_reports_name_is_no_referral(wikinews, iphone) -> None:
    """ "Today's glitches were apparently in the transaction authorization process ..." (published June 16)
    names its own day: a mention, but no other day's article recalls it."""
    arts, anns = iphone
    ranked = wikinews.datewise_days(arts, anns)
    assert "2010-06-16" in ranked["mentions"]
    assert "2010-06-16" not in ranked["referrals"]
