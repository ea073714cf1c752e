"""The web UI behind ``storyline serve``: stories, a story's timeline, entities, quotes, articles.

Every page is built from the Python API (:class:`storyline.api.Storyline`),
never from SQL of its own, and every HTML page has a JSON twin at the same
URL plus ``.json`` (datasette's convention), so the UI and the API cannot
drift apart.  Starlette routes, Jinja2 templates (autoescaped), uvicorn
serves; no asset comes from another host.

Example::

    >>> from storyline.web import create_app
    >>> app = create_app("demo.db")  # doctest: +SKIP
    >>> import uvicorn; uvicorn.run(app, host="127.0.0.1", port=8000)  # doctest: +SKIP
"""

from storyline.web.app import create_app

__all__ = ["create_app"]
