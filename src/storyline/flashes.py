"""Flashes: wire records whose whole text is no longer than a headline.

An agency sends "URGENT: 9,007 people killed in 53,173 accidents in China" or
"BAGHDAD, Nov. 12 (Xinhua) -- Annan pays surprise visit to Iraq" minutes before
the report, and ingest keeps such a record (it is news, and the only trace of it
the wire may hold).  It names a happening in a dozen words, so it shares a name and a
word with many reports and the link stage may place it in a story it does not
belong to; and a story must not then be titled by it when the story has a report
to be titled by (``link.titles``).  A record is a flash when its text, its dateline
aside, fits in an editor's title (:data:`storyline.lead.TITLE_CHARS`, 80 characters): a
report never does; a one-sentence brief longer than that (the Fatah brief below, 86) is
no flash.  The line is a title's length, not a figure fitted to the store; text in a script
whose characters are words (Chinese, Japanese) is never counted a flash by characters.

Example::

    >>> flash = "BAGHDAD, Nov. 12 (Xinhua) -- Annan pays surprise visit to Iraq."
    >>> is_flash(flash, "BAGHDAD, Nov. 12 (Xinhua)")
    True
    >>> brief = "Fatah primaries in the Gaza Strip were suspended, a poll official announced on Monday."
    >>> is_flash(brief)
    False
    >>> is_flash("国务院总理今天在北京会见了来访的外国代表团，双方就双边关系和共同关心的国际问题交换了意见。")
    False
"""

from __future__ import annotations

from storyline.lead import TITLE_CHARS
from storyline.plain import WORD_SCRIPTS, script_counts

FLASH_READ = 2 * TITLE_CHARS
"""How much of a text a store reads to tell a flash: a dateline and a headline fit in it."""

_AFTER_DATELINE = " -\u2013\u2014:,"  # what joins a dateline to the text ("BAGHDAD (Xinhua) -- ...")


def is_flash(head: str, dateline: str | None = None) -> bool:
    """Whether a text, given whole or by its first :data:`FLASH_READ` + 1 characters (``head``: longer means
    too long), is no longer than a title once its ``dateline`` is set aside."""
    text = head.strip()
    if len(head) > FLASH_READ or not text:
        return False
    counts = script_counts(text)
    if 2 * sum(counts[s] for s in WORD_SCRIPTS) > counts.total():
        return False
    if dateline and text.startswith(dateline):
        text = text[len(dateline):].lstrip(_AFTER_DATELINE)
    return len(text) <= TITLE_CHARS
