"""An article's lead as its title names it: where it opens in the text, and how long a title may be.

The nlp stage keeps the parse of a lead longer than a title (``records.Annotation.lead_parse``) and
``link.titles`` shortens that lead into a story's title by it.  Both read the lead here, so the nlp stage
needs nothing of the link stage (data flows one way: nlp, then link).

Example::

    >>> lead_start("ROME (AP) -- Police arrested two men on Friday. They were ...", "Police arrested two men on…")
    13
"""

from __future__ import annotations

TITLE_CHARS = 80
"""An editor's length: what a list of stories shows on one line."""


def lead_start(text: str, title: str) -> int:
    """Where in ``text`` the lead ``title`` (a first sentence, maybe cut with "…") opens; -1 when not within its
    first 400 characters."""
    head = title.rstrip(" …").rstrip(".")[:60]
    at = text.find(head) if head else -1
    return at if 0 <= at <= 400 else -1
