"""One name in several transliterations: Gaddafi, Gadhafi, Qaddafi, Kadhafi; Yasser and Yasir.

Shared by the nlp stage (a chain's resolution keys) and the store (whether
two spellings are close enough), so it is plain Python with no model.

Names written in another script reach English news in several spellings: the
vowels differ (Moammar, Muammar, Moamer), consonants are doubled or not
(Gaddafi, Gadafi), one sound is written with one letter or two (dh/d, kh/k,
ou/u), and the first sound of Qaddafi is written G, K or Q.  :func:`sound_key`
folds all of that away: each name part becomes its consonant skeleton (first
letter kept as a sound class, later vowels dropped, doubled letters and
digraphs collapsed), so the variants share one key.  The key only *proposes*
a match; :func:`close_spelling` then checks each part is within a small edit
distance of its partner, and the store asks for corroborating evidence (the
same role words, the same people and places around the name) before merging.
Different given names never meet: "Kim Jong Un" and "Kim Jong Nam" have
different skeletons ("an" and "nm").

Example::

    >>> sound_key("Moammar Gadhafi") == sound_key("Muammar Gaddafi") == sound_key("Moamer Kadhafi")
    True
    >>> sound_key("Kim Jong Un") == sound_key("Kim Jong Nam")
    False
    >>> close_spelling("Yasser Arafat", "Yasir Arafat"), close_spelling("Kim Jong Un", "Kim Jong Nam")
    (True, False)
"""

from __future__ import annotations

import os
import re
import unicodedata
from types import MappingProxyType

SOUND = "snd:"
"""Prefix of a person's transliteration resolution key: it only proposes a match (see the store's resolution)."""

SHORTENED = "sub:"
"""Prefix of the key of a form that names its chain's thing in its article only ("World Cup" in a chain of "the
2006 World Cup", :func:`storyline.nlp.resolve.chain_keys`): the store never places or merges by it."""

PARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint", "ben", "de", "da",
                       "di", "del", "der", "van", "von", "la", "le"})
"""Articles and linking words ("al-", "bin") that one spelling writes and another leaves out."""

_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("sch", "sh"), ("ck", "k"),
             ("ou", "u"), ("ee", "i"), ("q", "k"), ("x", "ks"), ("w", "v"))
_FIRST = {"g": "k", "c": "k", "q": "k", "z": "s"}  # Gaddafi, Kaddafi, Qaddafi; Zaid, Said
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLE = re.compile(r"(.)\1+")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_SPLIT = re.compile(r"[^a-z']+")


def _parts(name: str) -> list[str]:
    """The lower-case ASCII words of a name that carry its sound: no particles, initials or suffixes.

    Spelling only, no spaCy: the store compares names with it too.

    >>> _parts("Mu'ammar al-Qadhdhāfī Jr.")
    ['muammar', 'qadhdhafi']
    """
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    words = [w.replace("'", "") for w in _SPLIT.split(text)]
    return [w for w in words if len(w) > 1 and w not in PARTICLES and w not in _SUFFIXES]


def _respelled(part: str) -> str:
    """One spelling for sounds written several ways: digraphs to one letter, no doubled letters, final y as i."""
    w = part
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = _DOUBLE.sub(r"\1", w)
    return w[:-1] + "i" if w.endswith("y") and len(w) > 2 else w


def skeleton(part: str) -> str:
    """The consonant skeleton of one lower-case name part: 'gadhafi' -> 'kdf', 'muammar' -> 'mmr', 'un' -> 'an'.

    >>> [skeleton(p) for p in ("gaddafi", "qaddafi", "kadafi", "yasser", "yasir", "eun", "un")]
    ['kdf', 'kdf', 'kdf', 'ysr', 'ysr', 'an', 'an']
    """
    w = _respelled(part)
    head = "a" if w[0] in "aeiou" else _FIRST.get(w[0], w[0])  # every vowel start alike: Un, Eun
    return head + _DOUBLE.sub(r"\1", _VOWELS.sub("", w[1:]))


def sound_key(name: str) -> str | None:
    """The skeletons of a name's parts, in order; None for a name of fewer than two parts.

    >>> sound_key("Muammar al-Gaddafi"), sound_key("Gaddafi")
    ('mmr kdf', None)
    """
    parts = _parts(name)
    return " ".join(skeleton(p) for p in parts) if len(parts) >= 2 else None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions).

    >>> edit_distance("moamer", "muammar")
    3
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def close_spelling(a: str, b: str) -> bool:
    """Same sound key, and each part (respelled) within an edit or so per three letters of its partner.

    The skeleton ignores vowels; this keeps two names whose skeletons meet by
    chance but whose spellings are far apart ("Mary Mora", "Mr Muir") apart.
    """
    pa, pb = _parts(a), _parts(b)
    if len(pa) != len(pb) or len(pa) < 2 or sound_key(a) != sound_key(b):
        return False
    pairs = [(_respelled(x), _respelled(y)) for x, y in zip(pa, pb, strict=True)]
    return all(edit_distance(x, y) <= max(len(x), len(y)) // 3 + 1 for x, y in pairs)


LINKING = frozenset({"of", "for", "the", "and", "on", "in", "at", "to", "de", "&"})
"""Words a name's acronym and its other spellings skip ("Armed Forces of the Philippines (AFP)")."""
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("our", "or"), ("tre", "ter"), ("mme", "m"), ("ence", "ense"))
SHORT = MappingProxyType({"st": "saint", "mt": "mount", "ft": "fort", "intl": "international", "natl": "national",
                           "dept": "department", "univ": "university", "assn": "association", "govt": "government"})
"""Words names write short ("Paris St Germain")."""


def _spelled(word: str) -> str:
    """One spelling of a word for comparing names: written out, American endings, no plural s ("Programme",
    "Forces")."""
    word = SHORT.get(word, word)
    w = word[:-1] if len(word) > 4 and word.endswith("s") else word
    for british, american in _SPELLINGS:
        if w.endswith(british):
            return w[: -len(british)] + american
    return w


def _alike(a: str, b: str) -> bool:
    """One word begins the other ("Afghan", "Afghanistan"), or they share a stem of five letters or more
    that is most of the shorter ("immune", "immunity")."""
    n, short = len(os.path.commonprefix([a, b])), min(len(a), len(b))
    return n == short or (n >= 5 and n >= 0.8 * short)


def same_expansion(a: str, b: str) -> bool:
    """Whether two folded full names (:func:`storyline.nlp.resolve.name_key`) can name one organisation: every
    word of the shorter has a like word in the longer, linking words aside.  Spelling variants and a name written
    short are one; two expansions of one acronym are not, so an acronym alone never joins them.

    >>> same_expansion("world food programme", "world food program")
    True
    >>> same_expansion("red cross", "international committee of red cross")
    True
    >>> same_expansion("confederation of british industry", "central bureau of investigation")
    False
    >>> same_expansion("new democratic party", "national democratic party")
    False
    """
    wa, wb = ([_spelled(w) for w in n.split() if w not in LINKING] for n in (a, b))
    short, long = sorted((wa, wb), key=len)
    return bool(short) and all(any(_alike(x, y) for y in long) for x in short)


def without_capitals_twins(names: list[str]) -> list[str]:
    """``names`` less each form written in capitals whose mixed-case twin is among them.

    A dateline writes a place in capitals ("WASHINGTON --") where the body writes it as a name is written
    ("lashed out at Washington"): the capitals form is no spelling of its own to show.  An acronym has no
    mixed-case twin, so it stays.

    >>> without_capitals_twins(["WASHINGTON", "Washington", "NATO", "WASHINGTON"])
    ['Washington', 'NATO']
    """
    mixed = {n.casefold() for n in names if not n.isupper()}
    return [n for n in names if not (n.isupper() and n.casefold() in mixed)]
