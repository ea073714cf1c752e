"""Event verbs: the words that tell a happening from background in a news sentence.

"The two leaders met in Singapore" reports a happening; "ties remain tense"
does not.  A chronology is made of the first kind, so a dated sentence built
on one of these verbs in the past tense counts as an event.  The list is
general newswire vocabulary (meetings, agreements, violence, arrests and
trials, elections, company deals, disasters), not any one story's words.

Example::

    >>> _forms("sign"), _forms("die"), _forms("ratify")
    ({'signed'}, {'died'}, {'ratified'})
"""

from __future__ import annotations

import re

_REGULAR = ("sign launch kill collapse attack arrest announce elect resign explode invade agree approve vote "
            "file acquire release crash capture sentence charge declare visit unveil merge establish injure "
            "wound bomb storm seize ratify pass fail escape erupt collide testify convict execute appoint "
            "nominate inaugurate sue raid murder assassinate abduct rescue evacuate hijack surrender "
            "open close end start form default die marry retire")
_IRREGULAR = "met won lost struck took began held sold bought fled sank shot sworn swore fought beat withdrew"


def _forms(base: str) -> set[str]:
    """The past form of a regular verb: 'sign' -> signed, 'die' -> died, 'ratify' -> ratified.

    Only the past tense counts: "end", "close" and "start" are as often
    nouns, and a chronology is made of what happened.
    """
    if base.endswith("e"):
        return {base + "d"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base[:-1] + "ied"}
    return {base + "ed"}


EVENT_VERBS = frozenset({f for b in _REGULAR.split() for f in _forms(b)} | set(_IRREGULAR.split())
                        | {"beaten", "kidnapped", "acquitted"})
"""Verbs that report a happening in newswire; a sentence built on one is news, not background."""
_WORD = re.compile(r"[a-z]+")


def has_event_verb(text: str) -> bool:
    """Whether a sentence (or clause) names a happening with one of the :data:`EVENT_VERBS`.

    >>> has_event_verb("The two leaders met in Singapore."), has_event_verb("Ties remain tense since 2003.")
    (True, False)
    """
    return any(w in EVENT_VERBS for w in _WORD.findall(text.lower()))
