"""HTML pages: trafilatura finds the article, its title, date and canonical URL; we clean the rest.

trafilatura (``bare_extraction``) strips navigation, headers, footers and
comments and reads metadata (title, ``<link rel="canonical">``); the
publication date is the page's own (:mod:`~storyline.ingest.pagedate`:
``<time>``, then ``<meta>``, then JSON-LD), htmldate's guess only when the
page states none.  Tables stay (a results table is part of the story).  What it leaves still
goes through :func:`~storyline.ingest.clean.clean_text`, which drops the
headline repeated in the body, credits and share lines.

Example::

    >>> from storyline.settings import Settings
    >>> ctx = IngestContext(Settings(min_text_chars=20))
    >>> page = ("<html><head><title>Storm hits coast</title></head><body><nav>Home</nav><article>"
    ...         "<h1>Storm hits coast</h1><p>A storm hit the coast on Monday, officials said.</p>"
    ...         "</article></body></html>")
    >>> art = article_from_html(ctx, "p.html", page)
    >>> (art.title, art.text)
    ('Storm hits coast', 'A storm hit the coast on Monday, officials said.')
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import trafilatura

from storyline.ingest.article import Given, IngestContext, Problem, build, content_hash, input_hash, unchanged
from storyline.ingest.captions import drop_captions
from storyline.ingest.lead import with_lead
from storyline.ingest.lines import fold
from storyline.ingest.markup import Page, parse
from storyline.ingest.pagedate import choose_date, page_dates
from storyline.ingest.places import boxed_lines
from storyline.ingest.published import FUTURE, as_list
from storyline.ingest.siblings import with_siblings
from storyline.ingest.summary import shown_on_page
from storyline.ingest.titles import is_label, page_headline, site_free_title, site_name
from storyline.records import Article, RemovedLine

NO_ARTICLE = "no article found in the HTML page"
# the page's own publication date only: no guessing from a copyright year or a URL-less scan of the text
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def extract(html: str | bytes, url: str | None = None, favor_recall: bool = False) -> Any:
    """trafilatura's Document for a page (text plus metadata), or None when it finds no article."""
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params=DATE_PARAMS, favor_recall=favor_recall,
    )


def article_from_html(
    ctx: IngestContext,
    external_id: str,
    html: str | bytes,
    fmt: str = "html",
    given: Given | None = None,
) -> Article | Problem:
    """The Article in one page; what ``given`` holds (e.g. a JSON record's fields) wins over the page's."""
    g = given or Given()
    read_from = g.input_hash or input_hash(fmt, html, g.title, g.published, g.url)  # the page, not its text
    if stored := unchanged(ctx, external_id, read_from):  # before extraction, the cost of reading a page
        return stored
    try:
        doc = extract(html, url=g.url)
    except (ValueError, TypeError) as exc:  # lxml refuses some documents outright
        return Problem(external_id, f"not readable as HTML ({exc})")
    if doc is None or not (doc.text or "").strip():
        return Problem(external_id, NO_ARTICLE, "skipped")
    meta = dict(g.metadata)
    page: Page = html  # parsed once here for every check of the markup below (trafilatura parses its own copy)
    if ctx.settings.sibling_paragraphs or ctx.settings.drop_captions or ctx.settings.boxed_edges:
        tree = parse(html)
        page = html if tree is None else tree
    raw, dropped = _restore(ctx, page, doc.text, meta, doc.title, doc.description)
    for key in ("author", "sitename", "hostname"):
        value = getattr(doc, key, None)
        if value and key not in meta:
            meta[key] = value
    address = g.url or doc.url or (external_id if external_id.startswith(("http://", "https://")) else None)
    dates = page_dates(html, address)
    order = dates.day_first if g.day_first is None else g.day_first  # a record's own language and url first
    chosen = choose_date(ctx, g, dates, order, address, doc.date)
    if chosen.late:
        meta[FUTURE] = [*as_list(meta.get(FUTURE)), *chosen.late]  # a broken template's 2099: show says why
    if chosen.raw:
        meta["published_raw"] = chosen.raw
    summary = doc.description
    if summary and not g.description and not shown_on_page(page, summary):
        meta["page_summary"], summary = summary, None  # written for previews, not printed: no standfirst
    given_ = Given(
        title=g.title or (page_headline(doc.title, offered_titles(page)) if is_label(doc.title) else doc.title),
        description=g.description or summary,
        published=chosen.published, published_from=chosen.source, day_first=order,
        order_unclear=chosen.unclear,
        source=g.source or ctx.source or site_name(doc.sitename, doc.hostname, doc.title or ""),
        url=g.url or doc.url, metadata=meta, removed=g.removed,
        boxed=_boxed(ctx, page, raw),
        input_hash=read_from,
    )
    art = build(ctx, external_id, raw, fmt, replace(given_, removed=g.removed + dropped))
    if _thin(art, ctx.settings.recall_below):
        art = _second_opinion(ctx, external_id, html, page, fmt, given_, art)
    headline = isinstance(art, Article) and art.metadata.get("headline_only") and "\n" in doc.text.strip()
    if headline or (isinstance(art, Problem) and art.kind == "skipped"):
        # no line reads as prose; unless the block is a list of links, it is the extractor's article, kept whole
        linked, lines = link_lines(page, doc.text)
        if linked * 2 < lines:
            art = build(ctx, external_id, doc.text, fmt, replace(given_, scraped=False))
        if isinstance(art, Problem):
            art.reason = (NO_ARTICLE + " (" + art.reason.removeprefix("no article text (")
                          .removesuffix(")") + f"; {linked} of {lines} lines are the text of a link)")
    if isinstance(art, Article) and not g.title:  # a title the caller gave is theirs; the page's may name its site
        _drop_site_name(art)
    return art


def offered_titles(page: Page) -> list[str]:
    """What the page calls itself, most specific first: og:title, twitter:title, the <title> element (last)."""
    tree = parse(page)
    if tree is None:
        return []
    metas = [str(v) for q in ("//meta[@property='og:title']/@content", "//meta[@name='twitter:title']/@content")
             for v in tree.xpath(q)[:1]]
    element = tree.find(".//title")
    return [*metas, element.text_content()] if element is not None else []


def _drop_site_name(art: Article) -> None:
    """The page's title without the site's name set beside the headline (:mod:`~storyline.ingest.titles`);
    the name goes to ``removed``, reason 'site name'."""
    title, site = site_free_title(art.title, art.metadata.get("sitename"), art.metadata.get("hostname"))
    if site:
        art.title = title
        art.removed = [*art.removed, RemovedLine(site, "site name")]
        art.content_hash = content_hash(art.title, art.text)


def _thin(art: Article | Problem, below: int) -> bool:
    """Whether the article found is too little to trust: none, a headline alone, or a body under ``below``."""
    if isinstance(art, Problem):
        return art.kind == "skipped" and below > 0
    return len(art.text) < below or bool(art.metadata.get("headline_only"))


def _second_opinion(
    ctx: IngestContext, external_id: str, html: str | bytes, page: Page, fmt: str, given: Given,
    first: Article | Problem,
) -> Article | Problem:
    """The article trafilatura finds when asked for recall, when its cleaned body is twice the first one's.

    trafilatura's default choice of block sometimes lands on a teaser or a
    widget beside the story (a page whose body is a short line or two); its
    recall mode looks wider.  Run only on such thin results, so it costs
    nothing on the pages where the first choice holds a story.
    """
    try:
        doc = extract(html, url=given.url, favor_recall=True)
    except (ValueError, TypeError):
        return first
    if doc is None or not (doc.text or "").strip():
        return first
    meta = {k: v for k, v in given.metadata.items() if k not in ("paragraphs_restored", "lead_restored")}
    raw, dropped = _restore(ctx, page, doc.text, meta, doc.title, doc.description)
    second = build(ctx, external_id, raw, fmt, replace(given, metadata=meta, removed=given.removed + dropped,
                                                       boxed=_boxed(ctx, page, raw)))
    before = len(first.text) if isinstance(first, Article) else 0
    if not isinstance(second, Article) or second.metadata.get("headline_only") or len(second.text) < 2 * before:
        return first
    second.metadata["extracted_with"] = "favor_recall"
    return second


def _restore(
    ctx: IngestContext, page: Page, text: str, meta: dict[str, Any], headline: str | None = None,
    summary: str | None = None,
) -> tuple[str, list[RemovedLine]]:
    """The extracted text checked against the page's markup, and the lines that check took out.

    Put back: the paragraphs of the story's other text boxes
    (:mod:`~storyline.ingest.siblings`) and the lead set in its own box
    (:mod:`~storyline.ingest.lead`), noted in ``meta``; taken out: captions and
    picture credits (:mod:`~storyline.ingest.captions`).  ``page`` is best the parsed tree.
    """
    if not (ctx.settings.sibling_paragraphs or ctx.settings.drop_captions):
        return text, []
    dropped: list[RemovedLine] = []
    if ctx.settings.sibling_paragraphs:
        text, restored = with_siblings(page, text)
        if restored:
            meta["paragraphs_restored"] = restored
    if ctx.settings.drop_captions:
        text, dropped = drop_captions(page, text)
    if ctx.settings.sibling_paragraphs:  # after the captions: a lead the page reuses under its photo stays
        text, led = with_lead(page, text, headline, summary)
        if led:
            meta["lead_restored"] = True
    return text, dropped


def _boxed(ctx: IngestContext, page: Page, text: str) -> dict[str, bool]:
    """The extracted lines the markup places in the article's box, when the setting asks for them."""
    return boxed_lines(page, text.split("\n")) if ctx.settings.boxed_edges else {}


def link_lines(html: Page, text: str) -> tuple[int, int]:
    """How many of the extracted lines are the whole text of a link on the page, and how many lines there are.

    A section front or a list of headlines is all links; a story whose lines
    only fail to read as prose (a poem, a post without final punctuation) is not.

    >>> link_lines('<p><a href="/a">Apple launches iPhone</a></p><p>It rained</p>', "Apple launches iPhone\\nIt rained")
    (1, 2)
    """
    tree = parse(html)
    anchors = set() if tree is None else {fold(a.text_content()) for a in tree.iter("a")}
    lines = [fold(ln) for ln in text.splitlines() if ln.strip()]
    return sum(ln in anchors for ln in lines), len(lines)
