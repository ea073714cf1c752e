"""What branch tl5's fresh ``--top 8`` sample (newswire, seed 5) found: in a story of few articles, one article's
recollection of the distant past counted as what the story is about, so it filled the short view: "the Big Goose
Pagoda ... built more than 1,300 years ago" and "China and Mongolia established a good-neighborly partnership ...
in 2003" in the four Xinhua reports of a Mongolian leader's visits to China (2005 and 2006).  A quarter of four
articles is one; an old date now needs two articles at least before the story is about it.  And "trade volume
... from January to September hit 1.13 billion U.S. dollars", a tally over nine months, was shown under January
as a recollection: months or years bounding a period now date it as background.

The articles are the four real reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

import json

import pytest

from storyline.records import Article, TimelineEntry
from storyline.timeline import build_timeline
from storyline.timeline.merge import history_flags, is_history
from storyline.timeline.top import top_entries
from tests.conftest import DATA, needs_shared

VISITS = ("XIN_ENG_20051125.0341", "XIN_ENG_20061121.0217", "XIN_ENG_20061123.0017", "XIN_ENG_20061126.0095")


@pytest.fixture(scope="module")
def visits(nlp) -> tuple[list[TimelineEntry], dict[int, str | None]]:
    """The four reports' timeline, as one story's, and their publication days."""
    from storyline.nlp import annotate_doc

    records = {}
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            if r["id"] in VISITS:
                records[r["id"]] = r
    items = []
    for i, key in enumerate(VISITS, 1):
        r = records[key]
        art = Article(external_id=key, title=r["text"].split(". ")[0], text=r["text"], id=i, published=r["published"])
        items.append((art, annotate_doc(nlp(art.text), art)))
    return build_timeline(items), {a.id: a.published for a, _ in items if a.id is not None}


RECALLED = ("Big Goose Pagoda", "good-neighborly partnership")  # what one article each recalls of the past


def recalled(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """The entries telling the pagoda or the 2003 partnership, found by their words (whatever date they get)."""
    return [e for e in entries if any(words in e.text for words in RECALLED)]


@needs_shared
def test_one_articles_distant_past_does_not_fill_a_small_storys_top_view(visits) -> None:
    entries, published = visits
    assert len(recalled(entries)) == len(RECALLED), [(e.date, e.text) for e in entries]
    view = top_entries(entries, 8, published, articles=len(VISITS))
    assert recalled(view) == []
    assert {"2006-11-22", "2006-11-26"} <= {e.date for e in view}  # the visit's own days stay


@needs_shared
def test_one_articles_distant_past_is_set_apart_as_history(visits) -> None:
    entries, published = visits
    pairs = list(zip(entries, history_flags(entries, min(p for p in published.values() if p), len(VISITS)),
                     strict=True))
    told = recalled(entries)
    assert len(told) == len(RECALLED)
    assert all(flag for e, flag in pairs if e in told)
    assert not any(flag for e, flag in pairs if e.date >= "2005")


def test_an_old_date_two_articles_tell_is_what_a_small_story_is_about() -> None:
    told_twice = TimelineEntry("2003", "The partnership was established in 2003.", articles=[1, 2])
    assert not is_history(told_twice, "2006-11-21", 4)
    assert is_history(TimelineEntry("2003", "The partnership was established in 2003.", articles=[1]),
                      "2006-11-21", 4)


@needs_shared
def test_months_bounding_a_period_date_a_tally_not_a_happening_of_the_first_month(visits) -> None:
    """"trade volume between China and Mongolia from January to September hit 1.13 billion U.S. dollars": the
    tally covers nine months; shown under January it filled a slot of the view as a recollection."""
    entries, published = visits
    (tally,) = [e for e in entries if "from January to September" in e.text]
    assert tally.status == "background"
    view = top_entries(entries, 8, published, articles=len(VISITS))
    assert "2006-01" not in [e.date for e in view]
    assert "2006-11-22" in [e.date for e in view]  # "a visit to China from Nov. 22 to 27": days, a happening's


# Branch tl41 (issue 10 item 3), on the same four reports: reading the ``--top 8`` views of the newswire stories,
# a day's happening was folded into the next day's as if the two were one happening told twice, when the two days'
# reports shared only names, titles and a verb of saying.  "Mongolia is willing to further cooperation with China,
# said Mongolian Prime Minister Miegombyn Enkhbold here on Tuesday" (2006-11-21), and his refuting on Thursday of
# reports of refugee camps (2006-11-23), were both merged into "Enkhbold started his official visit to China on
# Nov. 22.", so the story's own title lost its day.  A retelling a day later must share a word of what happened,
# not only who took part and who said it.


def willing(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """The entries telling that Mongolia is willing to further cooperation with China."""
    return [e for e in entries if "willing to further cooperation" in e.text]


@needs_shared
def test_reports_a_day_apart_sharing_only_names_and_said_keep_their_own_days(visits) -> None:
    entries, _ = visits
    assert {e.date for e in willing(entries)} == {"2006-11-21"}, [(e.date, e.text[:90]) for e in entries]
    assert any(e.date == "2006-11-23" and "refuted" in e.text for e in entries)


@needs_shared
def test_the_titles_day_is_in_the_top_view(visits) -> None:
    entries, published = visits
    view = top_entries(entries, 8, published, articles=len(VISITS))
    assert willing(view), [(e.date, e.text[:90]) for e in view]
    assert "2006-11-22" in {e.date for e in view}  # the talks the next day keep theirs
