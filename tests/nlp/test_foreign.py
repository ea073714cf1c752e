"""A page not in the model's language is not read by it (dev pages of the extraction benchmark): the English
model made 'Diese' a nationality, 'zum Beispiel' a person and '2056 Menschen' a year on German pages."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.nlp import annotate
from storyline.records import Annotation, Article
from storyline.settings import Settings
from tests.conftest import needs_shared
from tests.ingest.pages import EVAL, eval_page

pytestmark = [needs_shared, pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(),
                                              reason="needs ../shared/data/trafilatura-eval")]

PAGES = {"OnlineMarketing.de-Instagram.html": "de", "biobiochile.cl-gremios.html": "es",
         "brasil247.com-militares.html": "pt", "bbc.com.52241221.html": "en"}


def _annotated() -> dict[str, Annotation]:
    arts = []
    for i, name in enumerate(PAGES, 1):
        url, html, _ = eval_page(name)
        art = article_from_html(IngestContext(Settings()), url, html)
        assert isinstance(art, Article)
        art.id = i
        arts.append(art)
    out = {}
    for name, ann in zip(PAGES, annotate(arts), strict=True):
        assert isinstance(ann, Annotation)
        out[name] = ann
    return out


def test_a_page_not_in_english_is_skipped_with_the_reason_and_keeps_its_sentences_and_terms():
    anns = _annotated()
    for name, code in PAGES.items():
        ann = anns[name]
        if code == "en":
            assert ann.skipped is None and ann.mentions and ann.timexes, name
            continue
        assert ann.skipped == f"language {code}: the English model does not read it"
        assert (ann.mentions, ann.chains, ann.timexes, ann.quotes) == ([], [], [], []), name
        assert len(ann.sentences) > 3 and len(ann.terms) > 10, name
    de = anns["OnlineMarketing.de-Instagram.html"].terms
    assert "instagram" in de[:5] and not {"die", "der", "und", "mit", "sie"} & set(de)  # German stop words go
