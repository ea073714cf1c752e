"""The newswire benchmarks' store holds the records as ``storyline ingest`` cleans them (issue 10, item 1).

``benchmarks/link_scale.py``'s ``base_store`` (the store of ``newswire_stories.py`` and
``store_scale.py`` too) used to store each record's text raw, its first line as title: a Xinhua
feature's byline "by Xinhua Writer Pan Xiaoyan" became an article title, then the title of a 16-article
story (the storymix reading), and the writer's name was annotated as a person of the story.  Real
newswire records from ../shared, annotated by the real model into a real SQLite store.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import storyline
from storyline.link.features import article_features
from storyline.settings import Settings
from tests.conftest import DATA, benchmark, needs_shared

pytestmark = needs_shared

BYLINED = {"XIN_ENG_20061128.0315": "Pan Xiaoyan", "XIN_ENG_20061110.0120": "Tian Sulei"}
"""Xinhua features whose text opens with "by Xinhua Writer <name>" on a line of its own, and that name."""


def _records(ids: set[str]) -> list[str]:
    lines = (DATA / "newswire-1997-1998.jsonl").read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if json.loads(ln)["id"] in ids]


def test_a_wire_byline_is_no_title_no_text_and_no_entity_in_the_newswire_benchmark_store(tmp_path: Path) -> None:
    jsonl = tmp_path / "bylined.jsonl"
    jsonl.write_text("\n".join(_records(set(BYLINED))) + "\n", encoding="utf-8")
    db = tmp_path / "base.db"
    benchmark("link_scale").base_store(jsonl, db, Settings())
    with storyline.open(db) as sl:
        articles = list(sl.store.articles())
        assert sorted(a.external_id for a in articles) == sorted(BYLINED)
        for a in articles:
            name = BYLINED[a.external_id]
            assert not a.title.lower().startswith("by ") and name not in a.title
            assert name not in a.text
            assert a.dateline and a.text.startswith(a.dateline)  # the story opens at the wire dateline
            ann = sl.annotation(a.id)
            assert not [m for m in ann.mentions if name.split()[-1] in a.text[m.start : m.end]]
            feats = article_features(a, ann)
            surname = name.split()[-1].lower()
            assert not [k for k in (*feats.lead, *feats.terms) if surname in str(k).lower()]


def test_a_cache_filled_raw_by_the_old_base_store_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with storyline.open(db) as sl:
        from storyline.records import Article

        rec = json.loads(_records({"XIN_ENG_20061128.0315"})[0])
        sl.store.add_article(Article(external_id=rec["id"], title=rec["text"].split("\n")[0], text=rec["text"],
                                     published=rec["published"], content_hash=rec["id"]))
    bench = benchmark("link_scale")
    assert bench.raw_cache(db)
    with pytest.raises(SystemExit, match="delete it"):
        bench.base_store(DATA / "newswire-1997-1998.jsonl", db, Settings())
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
