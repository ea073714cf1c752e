"""A byline under the headline in the page's own language goes, as an English one at the page's edge did
(pages of the extraction benchmark's dev half)."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext
from storyline.ingest.html import article_from_html
from storyline.records import Article
from storyline.settings import Settings
from tests.ingest.pages import EVAL, eval_page

pytestmark = pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")


def _article(name: str) -> Article:
    url, html, _ = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article)
    return art


@pytest.mark.parametrize(("name", "byline"), [
    ("courgage-online.de.HIV.html", "Von Matthias Lauerer"),
    ("nachtkritik.de-Dragqueens.html", "Von Georg Kasch"),
    ("tagesschau.de.rheinmetall.html", "Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR"),
])
def test_a_byline_under_the_lead_is_not_story_text(name, byline):
    """It stood as the story's second line: a PERSON mention and a 'sentence' of the story."""
    art = _article(name)
    assert byline not in art.text.splitlines()
    assert (byline, "byline") in [(r.text, r.reason) for r in art.removed]
    assert len(art.text.splitlines()) >= 8  # the story itself stays


def test_a_heading_that_starts_like_a_byline_stays():
    art = _article("die-tagespost.de.Demut.html")
    assert "Von Risiken und Nebenwirkungen" in art.text.splitlines()
