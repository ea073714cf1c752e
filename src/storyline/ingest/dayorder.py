"""Whether an input writes an all-numeric day day-first (``03/04/2021`` is 3 April) or month-first (4 March).

The order is the locale's: CLDR's short date pattern (through babel) says it, ``dd/MM/y`` for British
English, ``M/d/yy`` for US English, ``dd.MM.yy`` for German; a locale whose short form starts with the year
(Canada's ``y-MM-dd``, Japanese, Swedish) does not say which of two leading numbers is the day.  A page says
its locale in ``og:locale``, a ``Content-Language`` header copy or ``<html lang>``, a feed in ``<language>``,
a record in its ``language`` field; a bare ``en`` says nothing of the country, and then the site's country
domain (``.co.uk``, ``.de``) does.  Declarations that disagree (a theme's default ``og:locale`` en_US on an
``en-AU`` page) leave the order unsaid.  Nothing said: None, and the reader guesses and says so
(:func:`~storyline.ingest.published.unclear_order`).

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
    >>> order_of(["en-gb"], "https://www.bbc.co.uk/news/a"), order_of(["en_US", "en-AU"]), order_of(["en-CA"])
    (True, None, None)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

import lxml.html
from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format

DAY_FIRST_DOMAINS = frozenset({
    "uk", "ie", "au", "nz", "in", "za", "de", "at", "ch", "fr", "be", "nl", "lu", "it", "es", "pt", "br", "ar",
    "mx", "cl", "pe", "ve", "uy", "ru", "pl", "cz", "sk", "dk", "no", "fi", "gr", "tr", "ro", "bg", "hr", "rs",
    "si", "ua", "ee", "lv", "il", "eg", "ng", "ke", "pk", "sg", "my", "id"})
"""Country domains of day-first countries; generic-use ones (``.co``, ``.io``, ``.me``, ``.tv``) are not."""
_LOCALE = re.compile(r"^\s*([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.I)
_UNSAID = "unsaid"
"""A declaration naming a locale whose short date is not day-and-month first (year-first ones): it says the
page's order is neither, so it disagrees with a day-first or month-first one."""


def day_first(tree: lxml.html.HtmlElement, url: str | None = None) -> bool | None:
    """True when the page writes numeric days day-first, False when month-first, None when it does not say."""
    return order_of(_declared(tree), url)


def order_of(locales: Iterable[str | None], url: str | None = None) -> bool | None:
    """The numeric day order the declared ``locales`` (``en-GB``, ``de_DE``) agree on, else the ``url``'s
    country domain when they name no country; None when they disagree or nothing says.

    Every declaration counts, in any order: a page's og:locale is often a theme's default (en_US) while its
    ``<html lang>`` is the editor's (en-AU); trusting one of them read Australian pages month-first."""
    orders = {_locale_order(said) for said in locales if said}
    orders.discard(None)
    if not orders:
        return _domain(url)
    if len(orders) > 1:
        return None
    order = orders.pop()
    return order if isinstance(order, bool) else None


@functools.lru_cache(maxsize=256)  # a feed states one language for every entry: CLDR asked once
def _locale_order(said: str) -> bool | str | None:
    """One declaration's order: True, False, :data:`_UNSAID`, or None when it names no country's English
    (a bare ``en`` says nothing of the order) or is no locale at all."""
    m = _LOCALE.match(said)
    if m is None:
        return None
    language, region = m[1].lower(), (m[2] or "").upper()
    if language == "en" and not region:
        return None
    try:
        pattern = get_date_format("short", Locale(language, region or None)).pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return None  # no locale CLDR knows ("en-XX", a typo): it says nothing
    fields = [c for c in pattern if c in "dMy"]
    if not fields or fields[0] == "y":
        return _UNSAID  # year first: the two numbers after it are never written day/month ambiguously
    return fields.index("d") < fields.index("M") if "d" in fields and "M" in fields else _UNSAID


def _declared(tree: lxml.html.HtmlElement) -> list[str]:
    """The locales a page declares: og:locale, Content-Language, ``<html lang>``."""
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
