"""What every view shares: the template environment, HTML-or-JSON responses, page errors, safe links.

A view builds one plain dict (its page's data) and calls :func:`respond`:
the ``.json`` twin serializes that dict, the HTML page renders it through a
template, so both always show the same thing.  Templates autoescape every
string; :func:`safe_url` is the only way a stored URL becomes a link.

Example::

    >>> safe_url("javascript:alert(1)") is None, safe_url("https://example.org/a")
    (True, 'https://example.org/a')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from storyline.plain import SCARE_SPEAKER, day_of, shorten
from storyline.timeline.dates import display_date

HERE = Path(__file__).parent


class PageError(Exception):
    """A request that cannot be answered with its page: unknown id (404), bad query (400)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) link, else None: ``javascript:`` and friends never become hrefs."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def date_label(value: str | None) -> str:
    """A timeline date as a reader writes it; anything else (a timestamp, None) as it is."""
    if not value:
        return ""
    try:
        return display_date(value)
    except (ValueError, KeyError, IndexError):
        return value


class PageEnvironment(Environment):
    """Jinja's environment, reading ``data.key`` from a dict by key first.

    Page data is plain dicts (the JSON twin), and Jinja's default tries the
    attribute first and the key only after an AttributeError: on a story page
    with hundreds of entries that exception path was most of the rendering time.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


LIST_TITLE = 160
"""The most characters of a title a list shows (about two lines of a column), as ``storyline stories`` cuts it."""


SCARE_TITLE = "a term in quotation marks: a word or a title set off, not a statement quoted"
"""What a scare quote is, as every page's tooltip says it (the article's mark, the quote lists' label)."""


def short_title(title: str | None, limit: int = LIST_TITLE) -> str:
    """A title as a list shows it: cut at the last word that fits, with an ellipsis (:func:`~storyline.plain.shorten`,
    as ``storyline stories`` cuts it); the page shows it whole.

    A scraped page's title can run to hundreds of characters (a headline repeated six times, 600 in all),
    and a story's event list and every quote citing it showed all of it.

    >>> short_title("Floods rise in northern Bangladesh as rivers swell", 30)
    'Floods rise in northern …'
    >>> short_title(None)
    '(untitled)'
    """
    return shorten(title or "(untitled)", limit)


def _env() -> Environment:
    env = PageEnvironment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["date_label"] = date_label
    env.filters["day"] = day_of
    env.filters["safe_url"] = safe_url
    env.filters["short_title"] = short_title
    env.globals["LIST_TITLE"] = LIST_TITLE  # the title_link macro adds the whole title as a tooltip past it
    env.globals["SCARE_TITLE"] = SCARE_TITLE
    env.globals["SCARE_SPEAKER"] = SCARE_SPEAKER  # the words the CLI prints too
    return env


ENV = _env()


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def page_key(request: Request, name: str = "key") -> int:
    """The integer id in a path parameter such as ``12`` or ``12.json``; 404 for anything else."""
    raw = str(request.path_params[name])
    raw = raw[: -len(".json")] if raw.endswith(".json") else raw
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise PageError(404, f"{raw!r} is not an id: ids are whole numbers")
    return int(raw)


def json_twin(request: Request) -> str:
    """The URL of a page's JSON twin (same path plus .json, same query)."""
    path = request.url.path.rstrip("/") or "/stories"
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path}.json{query}"


def with_query(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None drops one): for pagination links."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    path = request.url.path
    return path + ("?" + urlencode(params) if params else "")


def respond(request: Request, template: str, data: dict[str, Any], status: int = 200,
            view: dict[str, Any] | None = None) -> Response:
    """The page as JSON (path ends in .json) or as HTML from ``template``.

    ``data`` is all the page says; ``view`` holds only layout worked out for
    HTML (such as the timeline's drawing), so it is left out of the JSON twin.
    """
    if wants_json(request):
        body = json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))
        return Response(body, status_code=status, media_type="application/json")
    html = ENV.get_template(template).render(data=data, view=view or {}, json_url=json_twin(request))
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    """A plain page (or JSON object) saying what went wrong; never a traceback."""
    data = {"page": "error", "status": status, "message": message}
    if wants_json(request):
        return JSONResponse(data, status_code=status)
    html = ENV.get_template("error.html").render(data=data, view={}, json_url=None)
    return HTMLResponse(html, status_code=status)
