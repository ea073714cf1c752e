"""The language of an article, found at ingest from its text (pages of the extraction benchmark's dev half, the
newswire), or given by its record or the --language option."""

from __future__ import annotations

import json

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.ingest.readers import read_inputs
from storyline.records import Article
from storyline.settings import Settings
from tests.conftest import needs_shared
from tests.ingest.pages import EVAL, NEWSWIRE, eval_page, newswire, write_jsonl

pytestmark = [needs_shared, pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(),
                                              reason="needs ../shared/data/trafilatura-eval")]


@pytest.mark.parametrize(("name", "code"), [
    ("OnlineMarketing.de-Instagram.html", "de"),  # 12% English function words by its English borrowings
    ("biobiochile.cl-gremios.html", "es"),
    ("bondyblog.fr.paris-8.html", "fr"),
    ("brasil247.com-militares.html", "pt"),
    ("football.ua.podolski.html", "ru"),
    ("xinhuanet.com.c_1125597921.html", "zh"),
    ("bbc.com.52241221.html", "en"),
    ("blog.gaijinpot.com.chikan.html", "en"),  # quotes a tweet in Japanese, in Japanese script
    ("hearya.com.metal.html", "en"),  # a list of singers' names: few English function words
])
def test_a_pages_language_is_found_from_its_text(name, code):
    url, html, _ = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article)
    assert (art.metadata.get("language"), art.metadata.get("language_from")) == (code, "text")


def test_no_newswire_article_is_found_in_another_language_than_english():
    """Results tables and lists of scorers ('8 Christian Rigano (Messina)') are English by their few words; a
    flash in capitals has too few to tell, and is read by the model as before."""
    arts = [a for a in read_inputs([str(NEWSWIRE)], Settings()) if isinstance(a, Article)]
    assert len(arts) == 2452
    assert [a.external_id for a in arts if a.metadata.get("language", "en") != "en"] == []
    assert [a.external_id for a in arts if "language" not in a.metadata] == ["XIN_ENG_20061107.0430",
                                                                              "XIN_ENG_20061108.0369"]


def test_a_records_language_wins_over_the_option_and_the_option_over_the_text(tmp_path):
    recs = newswire(3)
    recs[0]["language"] = "de-DE"
    recs[1]["language"] = "German"
    path = write_jsonl(tmp_path / "r.jsonl", recs)
    got = [(a.metadata["language"], a.metadata["language_from"])
           for a in read_inputs([str(path)], Settings(), language="fr") if isinstance(a, Article)]
    assert got == [("de", "input"), ("de", "input"), ("fr", "option")]
    plain = [a.metadata["language"] for a in read_inputs([str(path)], Settings()) if isinstance(a, Article)]
    assert plain == ["de", "de", "en"]
    assert json.loads(path.read_text().splitlines()[2]).get("language") is None
