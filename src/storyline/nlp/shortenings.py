"""Which shortened forms of a chain's name stand for another thing across articles: "World Cup" in a chain
that opened with "the 2006 World Cup".

An article names a thing in full once and then shortens it: "the 2006 World Cup ... the World Cup", "the
American Red Cross ... the Red Cross".  Within the article the short form is that thing, and the chain holds
both.  Across articles it is not: other articles' "World Cup" is another edition or the competition, their
"Red Cross" another society.  A key for the short form would make the store join every edition into one
entity (in the 2,452 newswire articles it put "2006 World Cup" into "World Cup", "Doha Asian Games" into
"East Asian Games", the American Red Cross into the ICRC).  So when the words the full form adds name a
*different one of its kind*, the short form gets a ``sub:`` key instead of a ``name:`` key: the store
neither looks it up nor keeps it (:mod:`storyline.store.resolution`), so the short form is that thing within its
article only, where its mentions sit in the chain.  The added words name another one of the kind when they are

- a year, a number or an ordinal: an edition ("2006 World Cup", "4th Summit of the Americas", "11th National
  Assembly");
- a place or a nationality: a country or its people ("US State Department", "Lebanese Red Cross", "Bangladesh
  Supreme Court"), a compass word ("East Asian Games"), or a place the article names ("Doha Asian Games" in an
  article that says "in Doha");
- a possessive ("Santiago's Military School": the school of that place).

(A name's end after a preposition is never its short form: "the Red Cross" after "International Committee of the
Red Cross" is what the committee is of, and the article's chaining keeps it apart, :data:`PREPOSITIONS`.)

Other words keep the forms one thing across articles too ("Tennis Masters Cup" / "Masters Cup", "UN Security
Council" / "Security Council"): a word that only says what kind of thing it is does not tell two apart.

Example::

    >>> sorted(shortened(["2006 World Cup", "World Cup"], set()))
    ['World Cup']
    >>> shortened(["Tennis Masters Cup", "Masters Cup"], set())
    set()
    >>> shortened(["Doha Asian Games", "Asian Games"], {"doha"}), shortened(["Doha Asian Games", "Asian Games"], set())
    ({'Asian Games'}, set())
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from storyline.nlp.names import fold
from storyline.nlp.resolve import country_code, name_key, nationality_of

PREPOSITIONS = frozenset({"of", "on", "for", "against", "in", "at", "to", "and", "de"})
"""Words after which a name's end names another thing than the name: "Committee of the Red Cross" is the
committee, "the Tar Heels and the Purple Aces" two teams."""

COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
"""Words that name a part of a place or people: "East Asian Games" are not the Asian Games."""

ORDINAL_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "inaugural"})
"""Words that number an edition ("the Fifth Asian Games"); a figure ("2006", "4th") is caught by its digit."""

_POSSESSIVE = re.compile(r"['’]s?$")


def shortened(forms: Iterable[str], places: Collection[str]) -> set[str]:
    """The forms of one chain that another of its forms extends by words naming a different one of the kind.

    ``places``: the places and peoples the article names, folded (:func:`~storyline.nlp.names.fold`), so that
    a city the article names ("Doha") counts as a place when a name starts with it.

    >>> sorted(shortened(["Santiago's Military School", "Military School"], set()))
    ['Military School']
    """
    forms = list(dict.fromkeys(forms))
    return {short for short in forms for full in forms if full != short
            and (added := _added_words(full, short)) is not None and distinguishing(added, places)}


def _added_words(full: str, short: str) -> list[str] | None:
    """The words ``full`` writes before a tail that is ``short`` (compared as keys), or None."""
    words, key = full.split(), name_key(short)
    for k in range(1, len(words)):
        if name_key(" ".join(words[k:])) == key:
            added = words[:k]
            return added[:-1] if len(added) > 1 and added[-1].lower() == "the" else added
    return None


def distinguishing(added: list[str], places: Collection[str]) -> bool:
    """Whether words written before a name tell one of its kind from others (see the module's docstring).

    >>> distinguishing(["2006"], set()), distinguishing(["Lebanese"], set()), distinguishing(["US"], set())
    (True, True, True)
    >>> distinguishing(["Tennis"], set()), distinguishing(["UN"], set()), distinguishing(["Senate"], set())
    (False, False, False)
    """
    text = " ".join(added)
    folded = [fold(w) for w in added]
    if _POSSESSIVE.search(added[-1]):
        return True
    if any(any(c.isdigit() for c in w) or w in ORDINAL_WORDS for w in folded) or folded[0] in COMPASS_WORDS:
        return True
    if country_code(text, gpe=False) or nationality_of(text):
        return True
    return fold(text) in places or any(w in places for w in folded)
