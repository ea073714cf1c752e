"""The headline of a real page, without the site's name its <title> sets beside it (pages of the
extraction benchmark's dev half)."""

from __future__ import annotations

import pytest

from storyline.ingest.article import IngestContext, content_hash
from storyline.ingest.html import article_from_html
from storyline.records import Article
from storyline.settings import Settings
from tests.ingest.pages import EVAL, eval_page

pytestmark = pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")


@pytest.mark.parametrize(("name", "headline", "site"), [
    ("OnlineMarketing.de-Instagram.html", "Instagram arbeitet an neuer Videofunktion für Stories",
     "OnlineMarketing.de"),
    ("japantimes.co.jp.surgical.html", "Losing face: 6,000 surgical masks stolen from Kobe hospital",
     "The Japan Times"),
    ("bmas.de-anforderungen.html", "Änderung der Anforderungen an Impf- und Genesenennachweise", "BMAS"),
    ("herzundblut.com.Besuch.html", "Zu Besuch bei Véronique Lacaze",
     "Herz und Blut - Interior | Design | Lifestyle | Travel Blog"),
    ("aktion-hummelschutz.de.hummeln.html", "Tote Hummeln unter Linden: Die Erklärung", "Hummeln"),
])
def test_a_pages_title_is_its_headline_without_the_sites_name(name, headline, site):
    url, html, _ = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article)
    assert art.title == headline
    assert [r.text for r in art.removed if r.reason == "site name"] == [site]  # show --removed says what went
    assert art.content_hash == content_hash(art.title, art.text)


@pytest.mark.parametrize("name", ["fr.de.nordkorea.html", "nmb-media.de.ebay.html"])
def test_a_title_with_no_site_name_beside_it_stays_whole(name):
    """A headline's own parts ('Kim Jong Un: ... - Donald Trump ist glücklich') and a title that is the site's
    name alone keep every word."""
    url, html, _ = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article)
    assert not [r for r in art.removed if r.reason == "site name"]
    assert " - " in art.title or "/" in art.title


def test_a_title_the_caller_gives_is_kept_as_given():
    from storyline.ingest.article import Given

    url, html, _ = eval_page("OnlineMarketing.de-Instagram.html")
    given = Given(title="Instagram | OnlineMarketing.de")
    art = article_from_html(IngestContext(Settings()), url, html, given=given)
    assert isinstance(art, Article) and art.title == "Instagram | OnlineMarketing.de"


@pytest.mark.parametrize(("name", "source"), [
    ("japantimes.co.jp.surgical.html", "The Japan Times"),
    ("spox.com-corona-fealle.html", "spox.com"),  # its site name is '© Spox 2022', a copyright line
    ("msn.com.university.html", "theguardian.com"),  # its site name is its own headline
])
def test_a_page_names_its_outlet_as_the_source(name, source):
    """Every HTML page was stored with no source ('source ?' in show, nothing for --source to filter on)."""
    url, html, _ = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article) and art.source == source
    given = article_from_html(IngestContext(Settings(), source="Wire"), url, html)  # --source wins
    assert isinstance(given, Article) and given.source == "Wire"


@pytest.mark.parametrize(("name", "headline"), [
    ("telegraph.co.uk.plumber.html", "Plumber jailed after boiler killed millionaire's daughter"),  # a CMS's name
    ("be.ch-impfen.html", "Impfen und Boostern ist bis Ende Februar noch überall möglich"),  # a section
    ("l-mag.de-Holocaust-Gedenken.html", "Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung"),
    ("leichtathletik-berlin.de-norddeutschland.html", "Norddeutschland findet seine Meister"),
])
def test_a_label_taken_for_the_title_gives_way_to_the_pages_headline(name, headline):
    """The extractor took a label (one or two words the <title> does not hold); the page's own titles say the
    headline."""
    url, html, _ = eval_page(name)
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article) and art.title == headline


def test_a_headline_worded_otherwise_than_the_title_element_stays():
    url, html, _ = eval_page("edition.cnn.com-royal.html")
    art = article_from_html(IngestContext(Settings()), url, html)
    assert isinstance(art, Article) and art.title == "What we learned from Harry and Meghan's explosive interview"
