"""Whether a page writes an all-numeric day day-first (``03/04/2021`` is 3 April) or month-first (4 March).

Only US English (and Philippine English) put the month first; British, Irish, Indian, Australian English and
the languages of continental Europe and Latin America put the day first.  A page says its locale in
``og:locale``, a ``Content-Language`` header copy or ``<html lang>``; a bare ``en`` says nothing of the
country, and then the site's country domain (``.co.uk``, ``.de``) does.  Nothing said: None, and the
reader guesses and says so (:func:`~storyline.ingest.published.unclear_order`).

Example::

    >>> import lxml.html
    >>> day_first(lxml.html.fromstring('<html lang="en-GB"><body><p>x</p></body></html>'))
    True
    >>> day_first(lxml.html.fromstring('<html lang="en"><body><p>x</p></body></html>'), "https://www.bbc.co.uk/a")
    True
    >>> day_first(lxml.html.fromstring('<html lang="en-US"><body><p>x</p></body></html>'), "https://x.co.uk/")
    False
    >>> day_first(lxml.html.fromstring('<html><body><p>x</p></body></html>'), "https://example.com/a") is None
    True
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html

MONTH_FIRST_REGIONS = frozenset({"us", "ph"})
"""Countries whose English writes the month first; Canada mixes both orders and is left unsaid."""
MIXED_REGIONS = frozenset({"ca"})
DAY_FIRST_LANGUAGES = frozenset({
    "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "cs", "sk", "da", "nb", "nn", "no", "fi", "el", "tr", "ro",
    "bg", "hr", "sr", "sl", "uk", "be", "et", "lv", "ca", "gl", "eu", "ga", "cy", "is", "he", "ar", "id", "ms",
    "vi", "th", "hi", "ur", "bn", "sw", "af"})
"""Languages whose numeric dates put the day first; year-first ones (Chinese, Japanese, Korean, Hungarian,
Lithuanian, Swedish) are left out: their two-part ambiguity is not the day and month."""
DAY_FIRST_DOMAINS = frozenset({
    "uk", "ie", "au", "nz", "in", "za", "de", "at", "ch", "fr", "be", "nl", "lu", "it", "es", "pt", "br", "ar",
    "mx", "cl", "pe", "ve", "uy", "ru", "pl", "cz", "sk", "dk", "no", "fi", "gr", "tr", "ro", "bg", "hr", "rs",
    "si", "ua", "ee", "lv", "il", "eg", "ng", "ke", "pk", "sg", "my", "id"})
"""Country domains of day-first countries; generic-use ones (``.co``, ``.io``, ``.me``, ``.tv``) are not."""
_LOCALE = re.compile(r"^\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.I)


def day_first(tree: lxml.html.HtmlElement, url: str | None = None) -> bool | None:
    """True when the page writes numeric days day-first, False when month-first, None when it does not say."""
    for said in _declared(tree):
        m = _LOCALE.match(said)
        if m is None:
            continue
        language, region = m[1].lower(), (m[2] or "").lower()
        if language != "en":
            return True if language in DAY_FIRST_LANGUAGES else None
        if region in MONTH_FIRST_REGIONS:
            return False
        if region in MIXED_REGIONS:
            return None
        if region:
            return True
        break  # English of no stated country: the domain may say which
    return _domain(url)


def _declared(tree: lxml.html.HtmlElement) -> list[str]:
    """The locales a page declares, most specific first: og:locale, Content-Language, ``<html lang>``."""
    said = tree.xpath('//meta[@property="og:locale"]/@content')
    said += tree.xpath('//meta[translate(@http-equiv, "CONTENTLAGU", "contentlagu")="content-language"]/@content')
    root = tree.getroottree().getroot()
    said += [v for v in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")) if v]
    return [str(s) for s in said]


def _domain(url: str | None) -> bool | None:
    host = urlsplit(url or "").hostname or ""
    if host.endswith("web.archive.org") or "." not in host:
        return None
    return True if host.rsplit(".", 1)[1] in DAY_FIRST_DOMAINS else None
