"""The Starlette application: routes, security headers, error pages, the open store.

Every view is a plain function that builds its page in a worker thread on a
store handle lent to it alone (``web.readers``, at most :data:`READERS` at
once), so a page that takes long (a search over common words) holds one
thread while the others answer: the event loop only accepts requests and
serves kept pages.  The UI never writes to the store, so a rendered page
stays true until another process commits to it: pages are kept
(``web.cache``) and rendered again only after the store changed.

Example::

    >>> app = create_app(":memory:")
    >>> sorted(r.path for r in app.routes)[:3]
    ['/', '/article/{key}', '/entities']
"""

from __future__ import annotations

import gc
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import storyline
from storyline.api import Storyline
from storyline.settings import SERVE_SEARCH_SECONDS, Settings
from storyline.store import is_server_url
from storyline.web.cache import PageCache
from storyline.web.readers import Readers
from storyline.web.render import HERE, PageError, error_page
from storyline.web.views import article, entities, entity, quotes, stories, story

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class ResponseHeaders:
    """Adds the Content-Security-Policy and friends, and ``Server-Timing``, to every response.

    Server-Timing gives ``app``, the wall time from request to response headers
    (the page is built by then), and ``cpu``, the CPU time the process spent
    meanwhile (this page's work when it is the only one being built, as in the
    latency benchmark; on a machine shared with other work it is the steadier
    figure).  The latency benchmark reads both.  Pure ASGI: nothing
    is buffered.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began, cpu = time.perf_counter(), time.process_time()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                timing = (f"app;dur={(time.perf_counter() - began) * 1000:.2f}, "
                          f"cpu;dur={(time.process_time() - cpu) * 1000:.2f}").encode()
                message["headers"] = [*message.get("headers", []), *HEADERS, (b"server-timing", timing)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


READERS = 4
"""Pages built at once, each in its own thread on its own store handle: enough that a slow search or two
leave threads for other readers, few enough for a PostgreSQL server's connections (one a handle)."""


GZIP_MIN_BYTES = 1024
"""Responses at least this long are sent gzip-compressed to a client that accepts it (smaller ones gain little)."""
GZIP_LEVEL = 6
"""zlib's default: the largest story page (174 KB) in 2.8 ms of CPU to 19.7 KB; level 9 took 4.0 ms for 2% fewer
bytes (benchmarks/RESULTS.md, polish46).  Bodies of 128 KB or more are compressed off the event loop (Starlette)."""


def _build(view: Callable[[Request], Response], request: Request) -> Response:
    """The view's page, built on a store handle lent for it (run in a worker thread)."""
    readers: Readers = request.app.state.readers
    with readers.lend() as sl:
        request.state.sl = sl
        return view(request)


STOPPING = "the server is stopping: this page was not finished; ask again once storyline serve runs"
"""The answer (503) to a page the server's stop caught while it was being built."""


async def _built(view: Callable[[Request], Response], request: Request) -> Response:
    """:func:`_build` in a worker thread; a page the server's stop caught gets the app's own error page (JSON on a
    ``.json`` twin), not uvicorn's plain-text "Internal Server Error".

    A force quit (Ctrl-C twice) cancels every page's task and stops the store's handles, ending the page's
    statement (``web.readers``).  The cancellation came out of the endpoint (after the page's thread ended, or
    at once for a page waiting for a thread), and uvicorn answered a script reading ``/stories.json`` with text
    it cannot parse.  A page's task is cancelled only by the server's stop (a client that goes away cancels
    nothing), so a cancellation is answered so, as is a page that failed once the handles were stopped; any
    other failure is passed on.
    """
    try:
        return await anyio.to_thread.run_sync(_build, view, request, limiter=request.app.state.limiter)
    except anyio.get_cancelled_exc_class():
        return error_page(request, 503, STOPPING)
    except Exception:
        readers: Readers = request.app.state.readers
        if not readers.closed:
            raise
        return error_page(request, 503, STOPPING)


def cached(view: Callable[[Request], Response]) -> Callable[[Request], Awaitable[Response]]:
    """The view, answered from the page cache while the store has not changed (see ``web.cache``), else
    built in a worker thread (:func:`_built`): the event loop waits on no page's queries (it reads only
    ``data_version``)."""

    async def endpoint(request: Request) -> Response:
        changes: Storyline | None = request.app.state.sl
        if changes is None:  # a server store: no counter says it is unchanged, so no page is kept
            return await _built(view, request)
        pages: PageCache = request.app.state.pages
        key = (request.url.path, request.url.query)
        version = changes.data_version()
        hit = pages.get(key, version)
        if hit is not None:
            return Response(hit[2], status_code=hit[0], media_type=hit[1])
        response = await _built(view, request)
        if response.status_code == 200 and response.media_type:
            pages.put(key, version, (200, response.media_type, bytes(response.body)))
        return response

    return endpoint


async def _home(request: Request) -> Response:
    """The stories page, with the query kept: a hand-typed ``/?q=letter`` searches as ``/stories?q=letter`` does."""
    query = request.url.query
    return RedirectResponse("/stories" + (f"?{query}" if query else ""), status_code=302)


async def _page_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PageError)
    return error_page(request, exc.status, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = "no such page: see the list of stories" if exc.status_code == 404 else str(exc.detail)
    return error_page(request, exc.status_code, message)


async def _server_error(request: Request, exc: Exception) -> Response:
    return error_page(request, 500, "the server could not show this page; the store may be busy or damaged")


def _quiet_gc() -> None:
    """Keep the garbage collector's full passes out of page rendering.

    A story page builds tens of thousands of short-lived objects; with the
    default thresholds a collection pass over everything imported lands in
    one request in twenty and was the whole of the p95 (largest newswire
    story: p95 105 ms with the defaults, 68 ms after this; p50 68 -> 63 ms).
    What is loaded at start-up is frozen out of collection, and young
    objects are collected less often (reference counting frees most of them).
    """
    gc.freeze()
    gc.set_threshold(100_000, 50, 50)


def create_app(db: str | Path, settings: Settings | None = None, cache_size: int = 128,
               readers: int = READERS) -> Starlette:
    """The web application over the store at ``db`` (opened when the server starts, closed when it stops).

    Up to ``cache_size`` rendered pages are kept until the store changes (0: render every request); up to
    ``readers`` pages are built at once.  ``app.state.sl`` only tells whether a SQLite store changed (a
    server store has no such counter: its pages are read again each time, with no session held for it).
    Without ``settings`` a full-text search stops after :data:`~storyline.settings.SERVE_SEARCH_SECONDS`.
    A ``":memory:"`` store serves nothing: each handle would be a database of its own, empty.
    """
    settings = settings or Settings(search_seconds=SERVE_SEARCH_SECONDS)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.sl = None if is_server_url(db) else storyline.open(db, settings)
        app.state.readers = Readers(db, settings, readers, answers=(PageError,))
        app.state.limiter = anyio.CapacityLimiter(readers)
        app.state.pages = PageCache(cache_size)
        _quiet_gc()
        try:
            yield
        finally:
            app.state.readers.close()
            if app.state.sl is not None:
                app.state.sl.close()

    routes = [
        Route("/", _home),
        Route("/stories", cached(stories.page)),
        Route("/stories.json", cached(stories.page)),
        Route("/story/{key}", cached(story.page)),
        Route("/entities", cached(entities.page)),
        Route("/entities.json", cached(entities.page)),
        Route("/entity/{key}", cached(entity.page)),
        Route("/quotes", cached(quotes.page)),
        Route("/quotes.json", cached(quotes.page)),
        Route("/article/{key}", cached(article.page)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={PageError: _page_error, HTTPException: _http_error, Exception: _server_error},
    )
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    app.add_middleware(ResponseHeaders)  # added last, so outermost: its Server-Timing includes the compression
    return app
