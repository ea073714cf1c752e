"""One module per kind of page: stories, story, entities, entity, quotes, article.

Each exposes ``def page(request)`` (run in a worker thread, ``web.app``): it asks the API for records, builds
the page's data as a plain dict and hands it to ``render.respond``, which
answers with HTML or, for a path ending in ``.json``, the same dict as JSON.
"""
