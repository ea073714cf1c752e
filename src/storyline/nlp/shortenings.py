"""Which shortened forms of a chain's name stand for another thing across articles: "World Cup" in a chain
that opened with "the 2006 World Cup".

An article names a thing in full once and then shortens it: "the 2006 World Cup ... the World Cup".  Within the
article the short form is that thing, and the chain holds both.  Across articles it is not when the words the
full form adds number an *edition*: other articles' "World Cup" is another edition or the competition itself.
A key for the short form would make the store join every edition into one entity (in the 2,452 newswire
articles it put "2006 World Cup" into "World Cup" and every later edition with it).  So when the added words
hold a year, a number or an ordinal ("2006 World Cup", "4th Summit of the Americas", "11th National Assembly",
"the Fifth Asian Games"), the short form gets a ``sub:`` key instead of a ``name:`` key: the store neither looks
it up nor keeps it (:mod:`storyline.store.resolution`), so the short form is that thing within its article only,
where its mentions sit in the chain.

Only an edition marker, and a name's end after a preposition (:func:`ends_after_preposition`), are read so.  A
place, a people, a compass word or a possessive before a name tells one of
its kind from others now and then ("Lebanese Red Cross"), but in most news it only says where the one thing is:
"the U.S. Supreme Court ... the Supreme Court", "the Boston Red Sox ... the Red Sox", "US State Department" /
"State Department" are one body in every article, and splitting it is as wrong as a wrong merge.  Words that only
say what kind of thing it is keep the forms one thing too ("Tennis Masters Cup" / "Masters Cup").

Example::

    >>> sorted(shortened(["2006 World Cup", "World Cup"]))
    ['World Cup']
    >>> shortened(["Tennis Masters Cup", "Masters Cup"]), shortened(["U.S. Supreme Court", "Supreme Court"])
    (set(), set())
"""

from __future__ import annotations

from collections.abc import Iterable

from storyline.nlp.names import fold
from storyline.nlp.resolve import name_key
from storyline.nlp.timex.lexicon import ORDINALS

ORDINAL_WORDS = frozenset(ORDINALS) | {"inaugural"}
"""Words that number an edition ("the Fifth Asian Games"); a figure ("2006", "4th") is caught by its digit."""


def shortened(forms: Iterable[str]) -> set[str]:
    """The forms of one chain that another of its forms extends by words numbering an edition.

    >>> sorted(shortened(["4th Summit of the Americas", "Summit of the Americas"]))
    ['Summit of the Americas']
    """
    forms = list(dict.fromkeys(forms))
    return {short for short in forms for full in forms if full != short
            and (added := _added_words(full, short)) is not None and edition(added)}


def _added_words(full: str, short: str) -> list[str] | None:
    """The words ``full`` writes before a tail that is ``short`` (compared as keys), or None."""
    words, key = full.split(), name_key(short)
    for k in range(1, len(words)):
        if name_key(" ".join(words[k:])) == key:
            return words[:k]
    return None


def edition(added: list[str]) -> bool:
    """Whether words written before a name number an edition of it: a figure or an ordinal word.

    >>> edition(["2006"]), edition(["the", "Fifth"]), edition(["US"]), edition(["Lebanese"]), edition(["Boston"])
    (True, True, False, False, False)
    """
    return any(any(c.isdigit() for c in w) or fold(w) in ORDINAL_WORDS for w in added)


PREPOSITIONS = frozenset({"of", "on", "for", "against", "in", "at", "to", "and", "de"})
"""Words after which a name's end may name another thing than the name (see :func:`_owned_ends`)."""

def ends_after_preposition(forms: list[str]) -> set[str]:
    """The chain's forms that are another form's end after a preposition: the chain's in this article, no store
    key.  The same end names other bodies in other articles ("Homeland Security" is the House Committee on
    Homeland Security in one and the Department of Homeland Security in another), so as a key it would merge
    them (stop 34's review r34g).

    >>> sorted(ends_after_preposition(["House Committee on Homeland Security", "Homeland Security"]))
    ['Homeland Security']
    >>> ends_after_preposition(["Boston Red Sox", "Red Sox"])
    set()
    """
    words = {f: name_key(f).split() for f in dict.fromkeys(forms)}
    return {f for f, end in words.items() for g, full in words.items()
            if f != g and 1 < len(end) < len(full) and full[-len(end):] == end and full[-len(end) - 1] in PREPOSITIONS}


def local_forms(forms: list[str]) -> set[str]:
    """The chain's forms that name its thing in its article only: shortened from an edition's name, or another
    form's end after a preposition.

    >>> sorted(local_forms(["2006 World Cup", "World Cup", "Committee on Homeland Security", "Homeland Security"]))
    ['Homeland Security', 'World Cup']
    """
    return shortened(forms) | ends_after_preposition(forms)
