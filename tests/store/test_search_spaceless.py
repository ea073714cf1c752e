"""A search in a script written without spaces finds its words inside the sentences that hold them, on both
backends; a word search still goes through the full-text index (``COVID-19`` as a word, ranked)."""

from __future__ import annotations

import pytest

import storyline
from storyline.ingest.article import content_hash
from storyline.records import Article
from storyline.store.base import QueryError
from storyline.store.snippet import bracketed

REPORTS = [("北京遭遇今冬首场大雪", "北京遭遇今冬首场大雪，市区气温降至零下十度。"),
           ("上海铁路恢复运行", "上海和北京之间的高速铁路今天恢复运行，旅客有序出行。"),
           ("東京で初雪", "東京都心で今シーズン初めての雪が観測されました。"),
           ("ฝนตกหนักในกรุงเทพ", "ฝนตกหนักในกรุงเทพมหานครเมื่อวันจันทร์"),
           ("Schools close again", "The schools closed again as COVID-19 cases rose in Beijing on Monday.")]


def _store(url: str) -> storyline.Storyline:
    sl = storyline.open(url)
    for n, (title, text) in enumerate(REPORTS):
        sl.store.add_article(Article(external_id=f"r{n}", title=title, text=text,
                                     content_hash=content_hash(title, text), published=f"2024-12-0{n + 1}"))
    return sl


def test_a_word_of_a_spaceless_script_is_found_inside_its_sentence(store_url):
    sl = _store(store_url)
    hits = sl.search("北京")
    assert [a.title for a, _, _ in hits] == ["北京遭遇今冬首场大雪", "上海铁路恢复运行"]  # in the title first
    assert "[北京]" in bracketed(hits[1][1])
    assert [a.title for a, _, _ in sl.search("北京 铁路")] == ["上海铁路恢复运行"]  # every term
    assert [a.title for a, _, _ in sl.search('"初雪"')] == ["東京で初雪"]
    assert [a.title for a, _, _ in sl.search("กรุงเทพ")] == ["ฝนตกหนักในกรุงเทพ"]
    assert sl.search("广州") == []
    assert [a.title for a, _, _ in sl.search("COVID-19")] == ["Schools close again"]
    assert [a.title for a, _, _ in sl.search("Beijing schools")] == ["Schools close again"]
    sl.close()


def test_a_spaceless_search_takes_like_wildcards_as_letters(store_url):
    sl = _store(store_url)
    assert sl.search("北京%") == [] and sl.search("北_") == []
    sl.close()


def test_an_operator_that_would_turn_round_is_refused_and_case_is_ignored_on_both_backends(store_url):
    """'北京 NOT 上海' dropped NOT and required 上海; a Latin term beside a Chinese one matched in any case on
    SQLite only (its LIKE ignores ASCII case, PostgreSQL's does not)."""
    sl = _store(store_url)
    for query in ("北京 NOT 上海", "北京 -上海", "北京 OR 上海"):
        with pytest.raises(QueryError, match="cannot be used"):
            sl.search(query)
    assert [a.title for a, _, _ in sl.search("北京 AND 铁路")] == ["上海铁路恢复运行"]
    sl.store.add_article(Article(external_id="mixed", title="北京 COVID 通报", text="北京通报新增COVID病例。",
                                 content_hash=content_hash("北京 COVID 通报", "北京通报新增COVID病例。"),
                                 published="2024-12-09"))
    hits = sl.search("北京 covid")
    assert [a.title for a, _, _ in hits] == ["北京 COVID 通报"] and "[COVID]" in bracketed(hits[0][1])
    sl.close()
