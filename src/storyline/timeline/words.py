"""What the timeline stage calls a word: one pattern shared by the modules that cut, compare and show sentences.

Kept apart from display.py so that clauses.py, which cuts sentences, does not depend on the module that decides
what an entry shows.

    >>> WORD.findall("Rumsfeld's U.S. hand-over")
    ["Rumsfeld's", 'hand-over']
"""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
"""A word of a sentence, as the timeline stage counts and compares them (hyphens and apostrophes kept)."""
