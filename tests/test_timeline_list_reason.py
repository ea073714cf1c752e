"""A story whose articles are lists ("Following are the top scorers of the English premier league on Saturday:")
has an empty timeline, and says that it opens as a list or a document, not that no sentence reads as a dated
happening (review r41c: the words after the heading do not tell a list from a statement's text; branch tl41:
all ten empty timelines of the 1,600 newswire stories are such lists: top scorers, line-ups, results, schedules,
Xinhua's list of the day's stories to be covered).  Issue 10 item 3 asks that every story have a non-empty
timeline or say why not; the why is what the user can see in the article.

The article is the real Xinhua record (../shared/data/newswire-1997-1998.jsonl), stored in a real SQLite file,
annotated by the real model and linked.
"""

from __future__ import annotations

import storyline
from storyline.ingest import content_hash
from storyline.records import Article
from storyline.settings import Settings
from storyline.timeline import build_story_timeline, timeline_note
from tests.conftest import needs_shared
from tests.newswire import newswire_reports

SCORERS = "XIN_ENG_20061118.0198"


@needs_shared
def test_a_story_of_a_list_says_it_is_a_list(tmp_path) -> None:
    article = newswire_reports([SCORERS])[SCORERS]
    with storyline.open(tmp_path / "s.db", Settings()) as sl:
        sl.add(article)
        sl.annotate()
        sl.link()
        (story,) = sl.stories(with_timeline=False)
        assert build_story_timeline(sl.store, story.id, Settings()) == []
        note = timeline_note(sl.store, story.id, empty=True)
    assert note.startswith('its article opens as a list or a document ("Following are the top scorers of ..."): '
                           "results, a line-up"), note


def test_a_statement_under_a_list_heading_is_said_to_open_as_a_list_or_a_document(tmp_path) -> None:
    # review r41a: "Following is the full text of ..." opens a statement, which no reader calls a list; review
    # r41c: nor "Following is a statement issued by ..." (no wording after the heading tells a list from a document)
    for opening in ("Following is the full text of a statement issued by the Chinese Foreign Ministry:",
                    "Following is a statement issued by the Chinese Foreign Ministry on Tuesday:"):
        text = (f"{opening} The Chinese government firmly opposes the sale of weapons to Taiwan by the United "
                "States. China urges the United States to stop selling weapons to Taiwan and to stop military "
                "contact with Taiwan.")
        with storyline.open(tmp_path / f"s{len(opening)}.db", Settings()) as sl:
            sl.add(Article(external_id="x", title="Statement", text=text, published="2006-11-21", source="x",
                           content_hash=content_hash("S", text)))
            sl.annotate()
            sl.link()
            (story,) = sl.stories(with_timeline=False)
            assert build_story_timeline(sl.store, story.id, Settings()) == []
            note = timeline_note(sl.store, story.id, empty=True)
        # the whole note, so that any other wording (tl41's "its article is a list (...)") fails
        assert note.startswith(f'its article opens as a list or a document ("{opening[:20]}') and (
            "results, a line-up, a schedule or a statement's text tell no dated happening") in note, note
