"""A store of linked stories built through the store's own writes (no spaCy, no linking): for read tests."""

from __future__ import annotations

from typing import Any

from storyline.records import Annotation, Article, Chain, Evidence, Mention, Quote, Sentence, TimelineEntry, Timex

TEXT = "Acme Corp said on Monday that \"prices will rise\". Acme Corp shares fell."


def fill_stories(store: Any, n_stories: int) -> None:
    """``n_stories`` stories, story ``s`` (from 0) of ``1 + s % 3`` events of two annotated articles each,
    active from 2020-01-(s+1) to 2020-02-(s+1), every story with a one-entry timeline."""
    aid = 0
    for s in range(n_stories):
        with store.transaction():
            sid = store.save_story_state(None, {"n": 2 * (1 + s % 3)}, f"2020-01-{s + 1:02d}", f"2020-02-{s + 1:02d}",
                                         [])
        arts = []
        for _event in range(1 + s % 3):
            ids = []
            for _ in range(2):
                aid += 1
                new = store.add_article(Article(external_id=f"a{aid}", title=f"Acme {aid}", text=TEXT,
                                                published=f"2020-01-{s + 1:02d}", content_hash=f"h{aid}"))
                ann = Annotation(
                    article_id=new, sentences=[Sentence(0, 49), Sentence(50, 72)],
                    mentions=[Mention(0, 9, "Acme Corp", "ORG", chain=0), Mention(50, 59, "Acme Corp", "ORG", chain=0)],
                    chains=[Chain(name="Acme Corp", type="ORG", aliases=["Acme Corp", "Acme"], mentions=[0, 1],
                                  keys=["acme corp"])],
                    timexes=[Timex(15, 21, "Monday", "DATE", "2020-01-06", signal="on", signal_start=12)],
                    quotes=[Quote(31, 47, "prices will rise", speaker_chain=0, cue="said", confidence=0.9)])
                store.save_annotation(ann, 1)
                ids.append(new)
            with store.transaction():
                eid = store.save_event_state(None, {"n": 2}, f"2020-01-{s + 1:02d}", None, [], sid)
                for a in ids:
                    store.add_to_event(eid, a)
            arts += ids
        store.save_timeline(sid, [TimelineEntry(date=f"2020-01-{s + 1:02d}", text="Acme prices rise.", salience=1.0,
                                                articles=arts[:3], evidence=[Evidence(arts[0], 0, 49)],
                                                entities=[1])])
