"""A wire's own name in its reports is the wire, not another body with the same initials.

An AFP report names AFP as the one spoken to ("an official told AFP") or counting ("an AFP count"); a
Reuters dateline credits Reuters.  Keyed by its letters alone (``acr:afp``), such a bare acronym joins
whatever the store once saw written out with those letters: in the 2,452 newswire articles, one Xinhua
report's "Armed Forces of the Philippines (AFP)" took the agency's bare "AFP" in 133 AFP reports.  The
article says who published it (the record's ``source``, the dateline's credit), so a bare acronym that is
that publisher's name is keyed by the publisher's full name (``name:agence france presse``, from
:data:`storyline.wires.WIRES`): it then joins the agency's written-out entity ("Agence France-Presse (AFP)" in another
report) by that name, and the store holds two written-out meanings of "AFP" that cannot be one
(:func:`storyline.spelling.same_expansion`), so the acronym alone joins neither to the other.  A publisher
the table does not know is keyed by its letters as a name (``name:xyz``), which keeps it apart all the same.

Only a chain named by acronyms alone is the publisher: a chain that writes a name out ("the Armed Forces
of the Philippines (AFP)" in an AFP report) says what its letters stand for there.

>>> from storyline.records import Chain
>>> told, army = Chain("AFP", "ORG", keys=["acr:afp"]), Chain("PLA", "ORG", keys=["acr:pla"])
>>> key_publisher([told, army], publisher_names("AFP", ""))
>>> told.keys, army.keys
(['acr:afp', 'name:agence france presse'], ['acr:pla'])
"""

from __future__ import annotations

from storyline.nlp.resolve import add_keys, is_acronym, name_key, named_by_acronyms
from storyline.records import Chain
from storyline.wires import WIRES


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
        if not named_by_acronyms(chain):
            continue
        if own := sorted({_letters(f) for f in [chain.name, *chain.aliases]} & names):
            add_keys(chain, (f"name:{wire_name(n)}" for n in own))


def wire_name(letters: str) -> str:
    """The folded full name of the publisher these (folded) letters name: the wire's, or the letters themselves.

    >>> wire_name("afp"), wire_name("pa"), wire_name("xyz")
    ('agence france presse', 'press association', 'xyz')
    """
    return name_key(WIRES[letters]) if letters in WIRES else letters


def _letters(form: str) -> str:
    return form.replace(".", "").casefold()
