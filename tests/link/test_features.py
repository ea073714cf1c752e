"""Event features on real ECB+ articles: the lead's names and counts, and the within-story discount.

Topic 7 of ECB+ holds two title fights of one boxer (against Rahman in 2008,
against Thompson in 2012): one story, two happenings, the case the story
discount is for.
"""

from __future__ import annotations

from collections import Counter

import pytest

from storyline.link.events import Cluster, absorb, similarity
from storyline.link.features import article_features, event_features, lead_keys, weigh
from storyline.nlp.pipeline import annotate_doc
from storyline.settings import Settings
from tests.conftest import needs_shared
from tests.link.test_events_stories import ECB, _ecb_reader

pytestmark = needs_shared

FIGHTS = ["7/7_1ecb.xml", "7/7_2ecb.xml", "7/7_1ecbplus.xml", "7/7_2ecbplus.xml", "7/7_3ecbplus.xml"]


@pytest.fixture(scope="module")
def fights(nlp):
    """(article, annotation) of each file, annotated by the real pipeline."""
    read = _ecb_reader()
    out = []
    for i, name in enumerate(FIGHTS, start=1):
        art = read(ECB / name)
        art.id = i
        out.append((art, annotate_doc(nlp(art.text), art)))
    return out


def test_the_lead_gives_names_as_written_and_counts_with_their_noun(nlp):
    art = _ecb_reader()(ECB / "7" / "7_2ecb.xml")  # "... stopping American Hasim Rahman after 44 seconds ..."
    keys = lead_keys(art, annotate_doc(nlp(art.text), art))
    assert "n:44 second" in keys
    assert {"p:rahman", "p:klitschko"} <= set(keys)
    assert all(k[:2] in ("p:", "n:", "q:", "t:", "e:", "d:", "m:", "y:", "w:") for k in keys)


def test_weekdays_months_and_titles_in_the_lead_are_not_names(nlp):
    art = _ecb_reader()(ECB / "23" / "23_2ecb.xml")  # "Dr Mark Vinar, 43, ... on Mt Cook, on Thursday."
    keys = set(lead_keys(art, annotate_doc(nlp(art.text), art)))
    assert "p:vinar" in keys
    assert not keys & {f"p:{w}" for w in ("thursday", "monday", "march", "dr", "minister", "president")}


def test_lead_keys_come_from_the_first_sentences_only(fights):
    art, ann = fights[2]  # a long 2012 report
    first = set(lead_keys(art, ann, sentences=1))
    assert first < set(lead_keys(art, ann, sentences=len(ann.sentences)))


def test_the_story_discount_keeps_the_earlier_fight_out_of_the_later_one(fights):
    settings = Settings()
    feats = [article_features(a, ann) for a, ann in fights]
    raws = [event_features(f) for f in feats]
    df = Counter(k for r in raws for k in r)
    vecs = [weigh(r, df, len(raws), settings, f.lead) for r, f in zip(raws, feats, strict=True)]
    story = Cluster(1, size=len(vecs))
    for v in vecs:
        story.count(v, 300)
    keep = story.common(settings.event_story_discount)
    thompson = Cluster(2)
    for v in vecs[2:4]:
        absorb(thompson, v, None, 150)

    def ratio(k: dict[str, float] | None) -> float:  # the other 2012 report over a 2008 one
        return similarity(vecs[4], thompson, keep=k) / similarity(vecs[1], thompson, keep=k)

    assert ratio(keep) > ratio(None) > 1
    assert similarity(vecs[1], thompson, keep=keep) < settings.event_threshold
    assert similarity(vecs[4], thompson, keep=keep) > settings.event_threshold
    assert keep and max(keep.values()) <= 1.0 and min(keep.values()) >= 1.0 - settings.event_story_discount
