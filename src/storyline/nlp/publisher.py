"""A wire's own name in its reports is the wire, not another body with the same initials.

An AFP report names AFP as the one spoken to ("an official told AFP") or counting ("an AFP count"); a
Reuters dateline credits Reuters.  Keyed by its letters alone (``acr:afp``), such a bare acronym joins
whatever the store once saw written out with those letters: in the 2,452 newswire articles, one Xinhua
report's "Armed Forces of the Philippines (AFP)" took the agency's bare "AFP" in 133 AFP reports.  The
article says who published it (the record's ``source``, the dateline's credit), so a bare acronym that is
that publisher's name is keyed as a name of its own (``name:afp``): the store then holds two written-out
meanings of "AFP" that cannot be one (:func:`storyline.spelling.same_expansion`), and the acronym alone
joins neither to the other.

Only a chain named by acronyms alone is the publisher: a chain that writes a name out ("the Armed Forces
of the Philippines (AFP)" in an AFP report) says what its letters stand for there.

>>> from storyline.records import Chain
>>> told, army = Chain("AFP", "ORG", keys=["acr:afp"]), Chain("PLA", "ORG", keys=["acr:pla"])
>>> key_publisher([told, army], publisher_names("AFP", ""))
>>> told.keys, army.keys
(['acr:afp', 'name:afp'], ['acr:pla'])
"""

from __future__ import annotations

from storyline.nlp.resolve import is_acronym
from storyline.records import Chain


def publisher_names(*names: str | None) -> set[str]:
    """The acronyms (folded, dots off) by which an article names who published it: the record's source,
    the dateline's credit, each when it is an acronym as a whole.  A site named in words names no acronym,
    even one it holds: "UN News" is published by the UN, whose bare "UN" must still meet "United Nations",
    and "EU Observer" is not the EU.

    >>> sorted(publisher_names("AFP", "Reuters")), publisher_names("UN News", "EU Observer"), publisher_names(None)
    (['afp'], set(), set())
    """
    return {_letters(name.strip()) for name in names if name and is_acronym(name.strip())}


def key_publisher(chains: list[Chain], names: set[str]) -> None:
    """Key each chain named only by acronyms that spell a publisher's name (:func:`publisher_names`) by
    that name too, so the store keeps the publisher apart from bodies the acronym also abbreviates."""
    if not names:
        return
    for chain in chains:
        forms = [chain.name, *chain.aliases]
        if chain.type == "PERSON" or not all(is_acronym(f) for f in forms):
            continue
        if own := sorted({_letters(f) for f in forms} & names):
            chain.keys = list(dict.fromkeys([*chain.keys, *(f"name:{n}" for n in own)]))


def _letters(form: str) -> str:
    return form.replace(".", "").casefold()
