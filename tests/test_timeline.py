"""Timelines from real annotated news: TimeBank gold timexes, Wikinews through the real pipeline.

The pure builder (``build_timeline``) is checked on two TimeBank articles of its dev half whose
temporal expressions are the gold TIMEX3 annotations (sentences and entities
from the real model), so the rules about which values date an entry are tested
apart from our timex tagger.  Cross-article merging and entity timelines are
checked on Wikinews articles of the SemEval-2015 Task 4 trial corpus (the dev set of
``benchmarks/wikinews_timeline.py``; corpus_1-3 are held out) run through the real pipeline
into a real SQLite store, against the gold timelines shipped with them.
"""

from __future__ import annotations

import hashlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import storyline
from storyline.nlp import annotate_doc
from storyline.records import Article, Timex
from storyline.timeline import build_entity_timeline, build_story_timeline, build_timeline
from storyline.timeline.dates import sort_key, timeline_date, within
from tests.conftest import DATA, ROOT, needs_shared

pytestmark = needs_shared

TIMEBANK = DATA / "timeml/TimeBank/TimeBank"
TRIAL = DATA / "wikinews-timeline/Corpus-trial-data_task4_TimeML"
TRIAL_GOLD = DATA / "wikinews-timeline/TimeLines_trial_data_task4_v1.2"
# two days of the gold 'Steve Jobs' timeline, each reported by two articles: his medical leave (announced
# 2011-01-17) and his answer to the iPhone 4 antenna complaints (2010-07-16)
JOBS_DAYS = ("2011-01-17", "2010-07-16")


def timebank_article(path: Path, aid: int) -> tuple[Article, list[Timex]]:
    """Plain text of a TimeML file with its gold TIMEX3 spans as character offsets."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    parts: list[str] = []
    timexes: list[Timex] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(el.text or "")
        for child in el:
            walk(child)
            parts.append(child.tail or "")
        if el.tag == "TIMEX3":
            end = start + len("".join(el.itertext()))
            timexes.append(Timex(start, end, "".join(el.itertext()), el.get("type", ""), el.get("value", "")))

    walk(root.find("TEXT"))
    text = "".join(parts)
    return Article(external_id=path.stem, title=path.stem, text=text, published=dct.get("value"), id=aid), timexes


@pytest.fixture(scope="module")
def timebank(nlp):
    items = []
    for aid, name in enumerate(["wsj_0505.tml", "APW19980322.0749.tml"], start=1):
        art, gold = timebank_article(TIMEBANK / name, aid)
        ann = annotate_doc(nlp(art.text), art)
        ann.timexes = gold  # the gold annotation, so these tests do not depend on our tagger
        items.append((art, ann))
    return items


def test_gold_dates_and_publication_days_become_entries_and_nothing_else(timebank):
    entries = build_timeline(timebank)
    gold = {d for _, ann in timebank for t in ann.timexes if (d := timeline_date(t.type, t.value))}
    days = {(art.published or "")[:10] for art, _ in timebank}
    assert {"1989-10-30", "1989-12-15", "1992", "1998-05", "1998-03-12"} <= gold  # a day, a year, a month
    assert {e.date for e in entries} <= gold | days
    assert not any(e.date.startswith(("P", "XXXX")) or "REF" in e.date for e in entries)
    for date in gold | days:  # each date is an entry, or a month folded into the one day of its happening
        assert any(e.date == date or within(e.date, date) for e in entries), date


def test_every_entry_cites_sentences_that_hold_its_date_or_lead_the_article(timebank):
    texts = {art.id: art for art, _ in timebank}
    anns = {ann.article_id: ann for _, ann in timebank}
    for e in build_timeline(timebank):
        assert e.articles and e.evidence and e.text
        for ev in e.evidence:
            art = texts[ev.article]
            sentence = art.text[ev.start:ev.end]
            assert any(s.start == ev.start and s.end == ev.end for s in anns[ev.article].sentences)
            dated_here = any(ev.start <= t.start < ev.end and (d := timeline_date(t.type, t.value)) is not None
                             and within(e.date, d) for t in anns[ev.article].timexes)
            assert dated_here or e.date == (art.published or "")[:10], (e.date, sentence)


def test_entries_come_in_display_order_with_salience_scaled_to_one(timebank):
    entries = build_timeline(timebank)
    assert [sort_key(e.date) for e in entries] == sorted(sort_key(e.date) for e in entries)
    assert max(e.salience for e in entries) == 1.0 and all(0 < e.salience <= 1 for e in entries)


# -- Wikinews through the real pipeline ------------------------------------------------------
def _gold_docs(name: str, date: str) -> set[str]:
    rows = (TRIAL_GOLD / name).read_text(encoding="utf-8").splitlines()[1:]
    return {m.split("-")[0] for r in rows if r.split("\t")[1] == date for m in r.split("\t")[2:]}


def _docid(path: Path) -> str:
    """The Wikinews id a trial file's name opens with ("17677-Apple_Inc_CEO_Steve.tml" -> "17677")."""
    return re.split(r"[-_]", path.name, maxsplit=1)[0]


@pytest.fixture(scope="module")
def jobs_store(tmp_path_factory, nlp):
    """The gold 'Steve Jobs' articles of two of his days, annotated into a real store."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_demo_data import convert
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    docs = set().union(*(_gold_docs("steve_jobs.txt", day) for day in JOBS_DAYS))
    sl = storyline.open(tmp_path_factory.mktemp("jobs") / "store.db")
    ids = {}
    for path in sorted(TRIAL.glob("*.tml")):
        if _docid(path) in docs:
            rec = convert(path, whole=True)  # the trial files open with a dateline, not a title: keep the lead
            ids[sl.store.add_article(Article(
                external_id=rec["id"], title=rec["title"], text=rec["text"], published=rec["published"],
                content_hash=hashlib.sha1(rec["text"].encode()).hexdigest()))] = _docid(path)
    sl.annotate()
    yield sl, ids
    sl.close()


def _items(sl):
    return [(a, sl.annotation(a.id)) for a in sl.articles()]


@pytest.mark.parametrize("day, words", [("2011-01-17", "medical leave"), ("2010-07-16", "case")])
def test_articles_reporting_one_day_and_happening_merge_into_one_entry(jobs_store, day, words):
    sl, ids = jobs_store
    gold = _gold_docs("steve_jobs.txt", day)
    entries = [e for e in build_timeline(_items(sl)) if e.date == day]
    merged = max(entries, key=lambda e: len(e.articles))
    assert len(gold) == 2 and {ids[a] for a in merged.articles} == gold  # both articles that date it, one entry
    assert {ev.article for ev in merged.evidence} == set(merged.articles)
    assert words in merged.text.lower()


def test_entity_timeline_is_built_from_sentences_naming_the_entity(jobs_store):
    sl, _ = jobs_store
    jobs = next(e for e in sl.entities() if e.name == "Steve Jobs" or "Steve Jobs" in e.aliases)
    entries = build_entity_timeline(sl.store, jobs.id, sl.settings)
    assert set(JOBS_DAYS) <= {e.date for e in entries}
    for e in entries:
        for ev in e.evidence:
            names = [m for m in sl.annotation(ev.article).mentions
                     if m.entity == jobs.id and ev.start <= m.start < ev.end]
            assert names, e.text
    only_dates = build_entity_timeline(sl.store, jobs.id, storyline.settings.Settings(timeline_lead=False))
    assert {e.date for e in only_dates} <= {e.date for e in entries}


def test_saved_timeline_reads_back_whole_and_in_display_order(jobs_store, tmp_path):
    sl, _ = jobs_store
    entries = build_timeline(_items(sl))
    with storyline.open(tmp_path / "t.db") as other:
        with other.store.transaction():
            sid = other.store.save_story_state(None, {}, None, None, [])
        other.store.save_timeline(sid, entries)
        assert other.store.timeline(sid) == entries
        other.store.save_timeline(sid, entries[:2])  # saving again replaces
        assert other.store.timeline(sid) == entries[:2]
        assert build_story_timeline(other.store, sid, other.settings) == []  # no events: nothing to tell


def test_a_dateline_above_the_lead_is_neither_an_entry_nor_part_of_its_text(nlp):
    """Wikinews puts the date on its own line; the parser runs it into the lead sentence."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_demo_data import convert, detokenize
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    path = next(TRIAL.glob("12315-*.tml"))  # "June 9, 2008" above "Apple Computer today launched a 3G version ..."
    dateline = detokenize("".join(ET.parse(path).getroot().findall("TEXT/s")[0].itertext()).strip())
    rec = convert(path, whole=True)
    art = Article(external_id=rec["id"], title=rec["title"], text=f"{dateline}\n\n{rec['text']}",
                  published=rec["published"], id=1)
    entries = build_timeline([(art, annotate_doc(nlp(art.text), art))])
    assert all(not e.text.startswith(dateline) for e in entries)
    assert all(art.text[ev.start:ev.end].split()[0] != dateline.split()[0] for e in entries for ev in e.evidence)
    assert [e for e in entries if e.date == rec["published"]], "the lead is dated by the publication day"


def test_an_entry_shows_a_sentence_of_its_own_date_not_a_coarser_one_folded_into_it():
    # "last week" (a week) tells of the same aid as the day's sentence, so it folds into the day; shown under
    # the day, its text would date the week's announcement to that day
    from storyline.timeline.candidates import Candidate
    from storyline.timeline.merge import group_candidates, to_entry

    day = Candidate("2024-04-08", 1, 0, 90, "On April 8 the agency launched an appeal for food aid to the region.",
                    words={"agency", "launched", "appeal", "food", "region"}, event=True, background=True)
    week = Candidate("2024-W15", 2, 0, 90, "The government last week announced new food aid to the region.",
                     words={"government", "announced", "appeal", "food", "region"}, event=True, published=True)
    [group] = group_candidates([day, week])
    entry = to_entry(group, {})
    assert (entry.date, entry.text, entry.articles) == ("2024-04-08", day.text, [1, 2])


def _page_timeline(nlp, name: str) -> tuple[Article, list]:
    """A page of the extraction benchmark's dev half, ingested, annotated and told as a timeline."""
    from storyline.ingest.article import IngestContext
    from storyline.ingest.html import article_from_html
    from storyline.settings import Settings
    from tests.ingest.pages import eval_page

    url, html, _ = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article)
    art.id = 1
    return art, build_timeline([(art, annotate_doc(nlp(art.text), art))])


@pytest.mark.parametrize("name", ["auto.oe24.at-golfchina.html", "bergsteigen.com-skibergsteigen.html",
                                  "bewusster-leben.de.hope.html", "publikum.net-HPV-Impfungen.html"])
def test_an_entry_of_a_real_page_ends_where_its_sentence_ends_not_where_the_parser_broke_it(nlp, name):
    """The English model's parser breaks German sentences mid-line ("Hoffnung ist unser Motor und unsere");
    an entry runs on to the sentence's closing mark or the end of its line."""
    art, entries = _page_timeline(nlp, name)
    assert entries
    for e in entries:
        for ev in e.evidence:
            said = art.text[ev.start : ev.end].rstrip()
            assert said[-1] in ".!?…:;\"'”’»«“)]" or art.text[ev.end : ev.end + 1] in ("\n", ""), said


def test_the_year_of_a_cited_reference_is_no_entry(nlp):
    """A page on dead bumblebees in summer 2017 cites its sources ("(Koch & Stevenson, 2017)", "Baal et al.
    (1994)", "Jacobs (1998)") and lists them ("Smeets P, Duchateau MJ, 2003."): each year was an entry."""
    _, entries = _page_timeline(nlp, "aktion-hummelschutz.de.hummeln.html")
    assert entries
    assert all(e.date.startswith("2017-") for e in entries), [(e.date, e.text) for e in entries]
