"""A story's title names its happening in a few words, as an editor heads a report.

Real wire records with no headline (their titles are made from the first sentence, up to 160 characters):
linked through the real pipeline, each one's story is titled by its lead without the reporting frame the
quote tagger read, the time expressions, "here", the role before a name and the apposition after it, and
the trailing clause of figures, at an editor's length and cut at a phrase break.  On main each was titled
by its whole first sentence.
"""

from __future__ import annotations

import json
import re

import pytest

import storyline
from storyline.link.titles import MAX_CHARS
from tests.conftest import DATA

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"

pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data (the real newswire records)")

# record id -> the title its story gets
TITLES = {
    # "Chinese President Hu Jintao said here Saturday that China will establish three to five trade and economic
    # cooperation zones in Africa in the next three years": the frame and the times go; "in Africa" stays
    # (81 characters: the parse-cut title may end up to 10 past MAX_CHARS)
    "XIN_ENG_20061103.0401": "China will establish three to five trade and economic cooperation zones in Africa",
    # "... ended lower Thursday with the composite index down 9.12 points to close at 1,043.69 points"
    "XIN_ENG_20051110.0109": "Share prices on the Jakarta Stock Exchange ended lower",
    # "Aslan Maskhadov, the president of the breakaway Russian republic of Chechnya, is planning a pilgrimage to
    # Mecca this year, Russian television reported Sunday."
    "AFP_ENG_19970406.0247": "Aslan Maskhadov is planning a pilgrimage to Mecca",
    # "... in Thailand's insurgency-torn south on Wednesday, police said."
    "AFP_ENG_20061227.0136": "Two Muslims and a Buddhist were shot dead and an elementary school was burned",
}


@pytest.fixture(scope="module")
def linked(tmp_path_factory, nlp):
    records = [json.loads(line) for line in NEWSWIRE.read_text(encoding="utf-8").splitlines()]
    chosen = [r for r in records if r["id"] in TITLES]
    folder = tmp_path_factory.mktemp("titles")
    path = folder / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
    with storyline.open(folder / "s.db") as sl:
        sl.ingest([path])
        titles = {}
        for story in sl.stories(with_timeline=False):
            (art,) = sl.store.articles(ids=sl.store.story_article_ids(story.id))
            titles[art.external_id] = (story.title, art)
        yield titles


@pytest.mark.parametrize("record", sorted(TITLES))
def test_a_wire_story_is_titled_by_its_lead_shortened_to_the_happening(linked, record):
    title, art = linked[record]
    assert art.metadata.get("title_from") == "first sentence" and len(art.title) > 100  # what main showed
    assert title == TITLES[record]


def test_a_title_holds_no_frame_no_time_no_cut_mark_and_only_the_articles_words_in_order(linked):
    for title, art in linked.values():
        assert len(title) <= MAX_CHARS + 10 and not title.endswith("…")
        assert not re.search(r"\b(said|says|here|Saturday|Sunday|Wednesday|Thursday)\b", title)
        at = 0
        for word in title.split():  # every word is the article's, in the article's order
            found = art.text.find(word, at)
            assert found >= 0, (word, title)
            at = found + len(word)
