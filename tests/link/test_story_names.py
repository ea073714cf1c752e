"""Stories on dated news: two reports that share one name and nothing a reader would call one story stay apart.

Real dated newswire articles (``../shared/data/newswire-1997-1998.jsonl``) through the
real API, from the hand-judged pairs of ``benchmarks/data/newswire_pairs_seed21_main.txt``
and ``..._seed22_main.txt``: five pairs judged wrong that main's linking joined through one
shared name (the International Energy Agency, Sergei Ivanov, "Turkish", Gansu Province,
Shanghai), and ten pairs judged right (the OSCE meeting, the Durian mudslides, the CBI and
Laloo Yadav, the Uganda-LRA talks, Niyazov's death, the Kisangani refugees, Vietnam's trade
status, Ahmadinejad's Holocaust remarks, the Africa-France summit, a cricket Test).  A name
counts as one unit of evidence (its entity and its words among the terms), and a pair's story
cosine loses ``Settings.story_name_spread`` of what rests on one shared name
(``link.name_spread.spread_cosines``).  Four more judged-right pairs of seed 22 (SPLIT_RIGHT), which the spread
split in the whole 2,452-report store, are among the reports; and the region path's cosines are checked against
an independent per-pair reckoning of the spread.
"""

from __future__ import annotations

import itertools
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

import storyline
from storyline.link.burst_uses import UsesReader, _iso
from storyline.link.consolidate import _story_rows, burst_similarities, members, story_inputs
from storyline.link.events import day_number
from storyline.link.name_spread import name_partners
from storyline.link.stories import bursty, is_story_feature
from storyline.settings import Settings
from tests.conftest import DATA, newswire_store

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data/newswire-1997-1998.jsonl")

ONE_NAME = {  # judged wrong: what the two reports share
    "the IEA's forecast and a US stock close a year later": ("XIN_ENG_20051110.0322", "XIN_ENG_20061113.0327"),
    "Sergei Ivanov on the CSTO and on India": ("XIN_ENG_20051130.0265", "XIN_ENG_20051115.0313"),
    "a Turkish minister's trip and a brawl after a match": ("AFP_ENG_19970403.0346", "AFP_ENG_19970403.0186"),
    "a Gansu mine rescue and a Gansu gas blast": ("XIN_ENG_20061102.0001", "XIN_ENG_20061129.0027"),
    "Shanghai farmers' incomes and a Shanghai index": ("XIN_ENG_20051117.0031", "XIN_ENG_20051130.0037"),
}
OTHERS = ["AFP_ENG_20051212.0134", "AFP_ENG_20051212.0342", "AFP_ENG_20051214.0488", "AFP_ENG_20061208.0018",
          "AFP_ENG_20061209.0285", "AFP_ENG_20061212.0172", "AFP_ENG_20061214.0321", "AFP_ENG_20061220.0389",
          "XIN_ENG_20051101.0011", "XIN_ENG_20051102.0005", "XIN_ENG_20051108.0206", "XIN_ENG_20051110.0248",
          "XIN_ENG_20051122.0015", "XIN_ENG_20051129.0175", "XIN_ENG_20061129.0460"]
ONE_STORY = {  # judged right
    "OSCE meeting": ("AFP_ENG_20051206.0287", "AFP_ENG_20051206.0280"),
    "Durian mudslides": ("AFP_ENG_20061204.0756", "AFP_ENG_20061201.0147"),
    "CBI and Laloo Yadav": ("AFP_ENG_19970427.0300", "AFP_ENG_19970429.0086"),
    "Uganda-LRA talks": ("XIN_ENG_20061116.0329", "XIN_ENG_20061115.0271"),
    "Niyazov's death": ("AFP_ENG_20061223.0297", "AFP_ENG_20061224.0140"),
    "Kisangani refugees": ("AFP_ENG_19970417.0576", "AFP_ENG_19970418.0168"),
    "Vietnam's trade status": ("AFP_ENG_20061209.0030", "XIN_ENG_20061117.0259"),
    "Ahmadinejad's remarks": ("AFP_ENG_20051214.0113", "AFP_ENG_20051214.0220"),
    "Africa-France summit": ("AFP_ENG_20051203.0420", "AFP_ENG_20051203.0131"),
    "first Test, day one": ("AFP_ENG_20061215.0231", "AFP_ENG_20061215.0433"),
}

SPLIT_RIGHT = {  # judged right (seed 22), split by storypurity's spread in the whole newswire store
    "Bush and al-Hakim on troop withdrawal": ("AFP_ENG_20061201.0325", "AFP_ENG_20061204.0474"),
    "Johnson-Sirleaf's election": ("XIN_ENG_20051110.0251", "XIN_ENG_20051124.0278"),
    "Zaire: Mobutu-Kabila talks and the Kinshasa evacuation": ("AFP_ENG_19970419.0152", "AFP_ENG_19970413.0309"),
    "NATO-Russia accord": ("AFP_ENG_19970415.0304", "AFP_ENG_19970417.0393"),
}


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """A store with the articles ingested (annotated and linked with the default settings)."""
    pairs = [*ONE_NAME.values(), *ONE_STORY.values(), *SPLIT_RIGHT.values()]
    return newswire_store(tmp_path_factory.mktemp("names"), {x for pair in pairs for x in pair} | set(OTHERS))


def _joined(db: Path, settings: Settings, tmp_path: Path, pairs: dict[str, tuple[str, str]]) -> list[str]:
    """The pairs in one story after relinking a copy of ``db`` from scratch with ``settings``."""
    copy = tmp_path / "relinked.db"
    shutil.copy(db, copy)
    with storyline.open(copy, settings) as sl:
        sl.link(rebuild=True)
        ext = {a.id: a.external_id for a in sl.articles()}
        story = {ext[a]: e.story or -(e.id or 0) for e in sl.events() for a in e.articles}
    return [name for name, (a, b) in pairs.items() if story[a] == story[b]]


def test_reports_sharing_one_name_stay_apart_while_reports_of_one_story_join(linked, tmp_path):
    assert _joined(linked, Settings(), tmp_path, ONE_NAME) == []
    assert _joined(linked, Settings(), tmp_path, ONE_STORY) == list(ONE_STORY)


def test_without_the_name_spread_one_shared_name_joins_them(linked, tmp_path):
    # what the setting guards against: with the plain cosine most of the one-name pairs are one story (the parting
    # of events joined by one name, Settings.story_one_name_share, off too: it parts some of them on its own)
    assert len(_joined(linked, Settings(story_name_spread=0.0, story_one_name_share=0.0), tmp_path, ONE_NAME)) >= 4


def test_a_dated_pair_loses_exactly_the_squares_of_each_shared_names_products_over_its_cosine(linked):
    # an independent per-pair reckoning of the region path (every one of these articles is dated): the bursty
    # vectors one by one, each shared name's products summed (its entity and the terms used as its words),
    # cos - w * sum_U P_U ** 2 / cos; the diagonal stays the plain cosine of an article with itself, 1
    settings = Settings()
    with storyline.open(linked, settings) as sl:
        group = members(sl.store, settings, sorted({s.id for s in sl.stories(with_timeline=False)}))
        reader = UsesReader(sl.store, settings.story_burst_reach)  # the inputs consolidation reads
        _, by_article, uses, partners = story_inputs(sl.store, settings, group, sl.store.linked_originals(), reader)
    plain = [by_article[m.aid] for m in group]
    days = [day_number(m.published) for m in group]
    assert len(plain) > 8 and None not in days and partners  # the region path, every pair dated
    seen = uses.days
    got = _story_rows(plain, days, settings, seen, (), partners).cosines(0, len(plain), 0)
    unit = []
    for v, d in zip(plain, days, strict=True):
        b = bursty(v, d, seen, settings.story_burst_days, settings.story_burst_power, settings.story_burst_reach)
        norm = math.sqrt(sum(x * x for x in b.values())) or 1.0
        unit.append({k: x / norm for k, x in b.items()})
    several = 0  # pairs sharing a name through more than one of its features: where cross terms matter
    for i, j in itertools.combinations(range(len(plain)), 2):
        if abs(days[i] - days[j]) > settings.story_window_days:
            assert got[i, j] == 0.0
            continue
        shared = unit[i].keys() & unit[j].keys()
        cos = sum(unit[i][k] * unit[j][k] for k in shared)
        parts: dict[str, list[float]] = {}
        for k in shared:
            name = k if k.startswith("e:") else partners.get(k)
            if name in unit[i] and name in unit[j]:
                parts.setdefault(name, []).append(unit[i][k] * unit[j][k])
        several += any(len(p) > 1 for p in parts.values())
        squares = sum(sum(p) ** 2 for p in parts.values())
        want = cos - settings.story_name_spread * squares / cos if cos > 0 else cos
        assert got[i, j] == pytest.approx(want, abs=1e-9), (group[i].aid, group[j].aid)
    assert several >= 3
    assert np.diagonal(got) == pytest.approx(1.0)



def test_right_pairs_the_spread_split_in_the_whole_store_join_among_these_reports(linked, tmp_path):
    # in the 2,452-report store the spread split them (competing stories of the whole store, RESULTS.md, issue 7,
    # branches storypurity and amend35e: Bush/al-Hakim, Johnson-Sirleaf and the Kinshasa evacuation still split
    # after the mend, NATO-Russia joined again); among these reports three of them are one story
    assert _joined(linked, Settings(), tmp_path, SPLIT_RIGHT) == [
        "Bush and al-Hakim on troop withdrawal", "Zaire: Mobutu-Kabila talks and the Kinshasa evacuation",
        "NATO-Russia accord"]


@pytest.mark.xfail(strict=True, reason="a judged-right pair split: Johnson-Sirleaf's first-round result and her "
                   "win a fortnight later share Liberia's names and election words; split among these reports with "
                   "or without the name spread, and in the whole store with it (not without)")
def test_the_two_reports_of_johnson_sirleafs_election_are_one_story(linked, tmp_path):
    assert "Johnson-Sirleaf's election" in _joined(linked, Settings(), tmp_path, SPLIT_RIGHT)


def _pair_cosine(store, settings: Settings, story_ids: list[int], pair: tuple[int, int]) -> float:
    """The story cosine of two articles in the consolidation region of ``story_ids``, made of what consolidation
    makes it of (``story_inputs``: burst weights and name partners counted over the store's articles around the
    region)."""
    group = members(store, settings, story_ids)
    _, plain, uses, partners = story_inputs(store, settings, group, store.linked_originals(),
                                            UsesReader(store, settings.story_burst_reach))
    days = [day_number(m.published) for m in group]
    sims = burst_similarities(list(plain.values()), days, settings, uses.days, (), partners)
    at = [m.aid for m in group]
    return float(sims[at.index(pair[0]), at.index(pair[1])])


def test_a_pairs_burst_weighed_story_cosine_is_the_same_in_any_region_that_holds_it(linked):
    # the root of issue 7's order dependence: counted over the region's own articles, the same two reports scored
    # differently in the region of their own stories and in the region of every story, so a pair near the bar
    # joined in one arrival history and not in another; counted over the store's articles around them, it cannot.
    # Without the name spread: its name partners are counted over the store's articles around the whole region,
    # whose span still depends on the region (RESULTS.md, notes on issue 7, branch storyroot)
    settings = Settings(story_name_spread=0.0)
    with storyline.open(linked, settings) as sl:
        ext = {a.external_id: a.id for a in sl.articles()}
        every = sorted({s.id for s in sl.stories(with_timeline=False)})
        for a, b in [*ONE_NAME.values(), *ONE_STORY.values()]:
            pair = (ext[a], ext[b])
            own = sl.store.stories_of_articles(list(pair))
            assert _pair_cosine(sl.store, settings, own, pair) == pytest.approx(
                _pair_cosine(sl.store, settings, every, pair), abs=1e-12), (a, b)


def test_the_stores_counted_uses_and_name_partners_are_those_of_its_decoded_articles(linked):
    """The identity the counted uses rest on (``store/story_uses.py``): around any region, a feature's uses read
    from the counts are the days of the stored dated originals whose cached link features name it, and the name
    partners read through the counts are :func:`name_partners` over those articles' features -- for the whole
    store's region and for each story's alone (narrower spans, fewer articles)."""
    settings = Settings()
    reach = settings.story_burst_reach
    with storyline.open(linked, settings) as sl:
        st = sl.store
        stories = sorted({s.id for s in sl.stories(with_timeline=False)})
        reader, checked = UsesReader(st, reach), 0
        for region in [stories, *([sid] for sid in stories)]:
            group = members(st, settings, region)
            features = {k for m in group for k in m.raw if is_story_feature(k)}
            days = [day_number(m.published) for m in group]
            low, high = min(days) - reach, max(days) + reach
            around = [aid for aid, _ in st.dated_originals(_iso(low), _iso(high + 1))]
            cached = st.link_features(around).values()
            decoded = [{k for k in data["r"] if k in features} for data in cached]
            want: dict[str, list[int]] = {}
            for data in cached:
                for k in data["r"].keys() & features:
                    want.setdefault(k, []).append(day_number(data["p"]))
            names = st.entity_names(sorted({int(k[2:]) for k in features if k.startswith("e:")}))
            uses = reader.uses(features, days)
            assert uses.days == {k: sorted(v) for k, v in want.items()}
            assert reader.partners(uses, names) == name_partners(decoded, names)
            checked += bool(name_partners(decoded, names))
        assert checked >= 5  # regions where some term rides with a name
