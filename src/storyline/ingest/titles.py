"""A page's headline without the site's name that its ``<title>`` or ``og:title`` sets beside it.

Pages title themselves ``Headline | Site``, ``Headline - Site.de`` or
``SITE - Headline``; the reader wants the headline.  A part at either end,
set off by a separator with spaces around it (``|``, ``-``, ``–``, ``—``,
``›``, ``·``, ``/``, ``•``, ``::``), is the site's name when its words are
all words of the page's site name (``og:site_name`` and the like, as
trafilatura reads it) or of its host name ("MDR.DE" on mdr.de, "BMBF" for
"Bundesministerium für Bildung und Forschung - BMBF").  A colon never sets
off a site name ("Hummeln: Die Erklärung" keeps its first word), and a title
that is the site's name alone stays as it is.

Example::

    >>> site_free_title("Windows 10 Netzwerk sehr langsam | IT-Learner.de", "IT-Learner.de", "it-learner.de")
    ('Windows 10 Netzwerk sehr langsam', 'IT-Learner.de')
    >>> site_free_title("BMAS - Änderung der Anforderungen an Impfnachweise", "www.bmas.de", "bmas.de")
    ('Änderung der Anforderungen an Impfnachweise', 'BMAS')
    >>> site_free_title("Kim Jong Un: Der Diktator ist zurück", "Frankfurter Rundschau", "fr.de")
    ('Kim Jong Un: Der Diktator ist zurück', None)
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"\s+(?:[|\u2502\-\u2013\u2014\u203a\u00b7/\u2022]|::)\s+")
_WORD = re.compile(r"[^\W_]+")
# the host's parts that name no site: "www", a country or generic top-level domain
_HOST_NOISE = frozenset({"www", "com", "net", "org", "info", "co", "gv", "ac", "gov", "edu"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _site_words(sitename: str | None, hostname: str | None) -> set[str]:
    """Every word of the site's name and of its host name's labels but the top-level domain."""
    words = set(_words(sitename or ""))
    labels = (hostname or "").lower().split(".")
    words.update(w for label in labels[:-1] for w in (label, *label.split("-")) if w and w not in _HOST_NOISE)
    return words


def _names_site(part: str, site: set[str], sitename: str | None) -> bool:
    words = _words(part)
    if not words:
        return False
    return all(w in site for w in words) or _words(sitename or "") == words


def site_free_title(title: str, sitename: str | None, hostname: str | None) -> tuple[str, str | None]:
    """The headline in ``title`` and the site's name taken from it (None when there was none)."""
    site = _site_words(sitename, hostname)
    if not site or _words(title) == _words(sitename or ""):
        return title, None
    whole = (sitename or "").strip()
    if whole and len(whole) < len(title):  # the site's full name, separators and all: "X — Herz und Blut - Blog"
        head = title[: -len(whole)] if title.endswith(whole) else ""
        seps = list(_SEPARATOR.finditer(head))
        if seps and seps[-1].end() == len(head) and head[: seps[-1].start()].strip():
            sep = seps[-1]
            return head[: sep.start()].strip(), whole
    seps = list(_SEPARATOR.finditer(title))
    if not seps:
        return title, None
    cuts = [0, *[p for m in seps for p in (m.start(), m.end())], len(title)]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    lo, hi = 0, len(parts)
    while hi - lo > 1 and _names_site(title[slice(*parts[hi - 1])], site, sitename):
        hi -= 1
    if hi - lo > 1 and _names_site(title[slice(*parts[lo])], site, sitename):
        lo += 1
    if (lo, hi) == (0, len(parts)):
        return title, None
    kept = title[parts[lo][0] : parts[hi - 1][1]].strip()
    dropped = [title[slice(*p)].strip() for p in parts[:lo] + parts[hi:]]
    return kept, " / ".join(dropped)


_NOT_A_NAME = re.compile(r"©|\bcopyright\b|://|[{}$]", re.I)


def site_name(sitename: str | None, hostname: str | None, title: str = "") -> str | None:
    """The outlet a page names itself (``og:site_name`` and the like), else its host name; None when neither.

    A copyright line, an address or an unfilled template is not a name, and
    neither is the page's own headline given as its site name.

    >>> site_name("The Japan Times", "japantimes.co.jp"), site_name("© Spox 2022", "spox.com")
    ('The Japan Times', 'spox.com')
    >>> site_name("UK student halls too full", "theguardian.com", "UK student halls too full"), site_name(None, None)
    ('theguardian.com', None)
    """
    name = " ".join((sitename or "").split())
    if name and not _NOT_A_NAME.search(name) and _words(name) != _words(title):
        return name
    return (hostname or "").strip() or None


def is_label(title: str | None) -> bool:
    """Whether a title is too short to be a headline (two words or fewer), so the page's own titles are worth
    reading (:func:`page_headline`)."""
    return not title or len(_words(title)) <= 2


def page_headline(chosen: str | None, offered: list[str]) -> str | None:
    """The extractor's title, unless the page's own titles all say another headline.

    ``offered`` is what the page calls itself, most specific first: ``og:title``, ``twitter:title``, then the
    ``<title>`` element.  An extractor sometimes takes a label for the title (a section "Medienmitteilungen", a
    site name in an ``<h1>`` "L-Mag", a CMS's name "escenic") while the ``<title>`` says the headline.  When the
    chosen title is a label (one or two words) that the ``<title>`` does not hold, the first offered title of three
    words or more that the ``<title>`` holds is the headline.  A longer chosen title is a headline, even worded
    otherwise than the ``<title>`` (sites write a display headline and a search one), and stays.

    >>> page_headline("Pressemitteilungen", ["Norddeutschland findet seine Meister - Berliner Leichtathletik Verband"])
    'Norddeutschland findet seine Meister - Berliner Leichtathletik Verband'
    >>> page_headline("Medienmitteilungen", ["Medienmitteilungen", "Impfen ist bis Ende Februar noch möglich"])
    'Impfen ist bis Ende Februar noch möglich'
    >>> page_headline("Storm hits coast", ["Storm hits coast | Daily Planet"])
    'Storm hits coast'
    >>> page_headline("Axios Future", ["Axios Future"])
    'Axios Future'
    """
    offered = [" ".join(t.split()) for t in offered if t and t.strip()]
    if not offered or not is_label(chosen):
        return chosen  # a title of three words or more is a headline, even worded otherwise than <title>
    page = set(_words(offered[-1]))
    if chosen and set(_words(chosen)) <= page:
        return chosen
    for title in offered:
        words = _words(title)
        if len(words) >= 3 and set(words) <= page:
            return title
    return chosen
