"""An article's lead as its title names it: where it opens in the text, and how long a title may be.

The nlp stage keeps the parse of a lead longer than a title (``records.Annotation.lead_parse``) and
``link.titles`` shortens that lead into a story's title by it.  Both read the lead here, so the nlp stage
needs nothing of the link stage (data flows one way: nlp, then link).

Example::

    >>> lead_start("ROME (AP) -- Police arrested two men on Friday. They were ...", "Police arrested two men on…")
    13
"""

from __future__ import annotations

import re

TITLE_CHARS = 80
"""An editor's length: what a list of stories shows on one line."""


def lead_start(text: str, title: str) -> int:
    """Where in ``text`` the lead ``title`` (a first sentence, maybe cut with "…") opens; -1 when not within its
    first 400 characters."""
    head = title.rstrip(" …").rstrip(".")[:60]
    at = text.find(head) if head else -1
    return at if 0 <= at <= 400 else -1


# a list's heading: "The following are some of major Mideast news stories due to be covered ... on Friday.",
# "Following is the line-up of China national football team against Iraq ... on Wednesday:"; what it introduces is
# a list (a news agency's advisory, a line-up, a table): the timeline takes neither it nor the next line as a lead,
# and a title names the list without the frame
LIST_HEADING = re.compile(r"(?:the\s+)?following\s+(?:is|are)\b", re.IGNORECASE)
_LIST_FRAME = re.compile(rf"{LIST_HEADING.pattern}\s+(?:(?:the|a|an)\s+)?", re.IGNORECASE)


def list_title(title: str) -> str:
    """A title that opens with a list's heading, as the list's name: what a table or line-up is, not that it
    follows.  A heading that leaves less than two words ("Following are the") names nothing and stays whole,
    and a name spelled with a capital second letter ("iPhone") keeps its first.

    >>> list_title("Following are the top scorers of the English premier league")
    'Top scorers of the English premier league'
    >>> list_title("The following day, talks resumed in Geneva")
    'The following day, talks resumed in Geneva'
    >>> list_title("Following are the"), list_title("Following is iPhone sales data")
    ('Following are the', 'iPhone sales data')
    """
    frame = _LIST_FRAME.match(title)
    rest = title[frame.end():] if frame else ""
    if len(rest.split()) < 2:
        return title
    return rest if rest[1:2].isupper() else rest[:1].upper() + rest[1:]
