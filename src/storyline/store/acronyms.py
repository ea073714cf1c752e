"""When an acronym alone may join a chain to an entity: its letters and what the store saw them stand for.

An acronym names different things in different news: "AL" is the Arab League in one report and Bangladesh's
Awami League in another, "EC" the European Commission or a country's Election Commission.  A bare "EC"
chain carries only ``acr:ec``, so resolution used to put it in whichever entity held that key first.  Once
the store has seen the letters written out two ways that cannot be one name
(:func:`~storyline.spelling.same_expansion`), the letters alone are *ambiguous*: a bare chain then joins a
written-out entity, and a written-out chain an entity of bare chains, only on evidence, at least
:data:`~storyline.store.resolution.MIN_EVIDENCE` entities that both the chain's article and the entity were
seen with (``co:`` rows, as for persons spelled two ways): an "EC" report naming the European Union and
Brussels is the Commission's.  Without evidence the bare chain stays with the other bare chains of those
letters.

Placing a chain and bridging two entities read the same predicate (:func:`acronym_joins`), so a bare chain
that came before the second expansion and one that came after meet the same test.

Example::

    >>> from storyline.records import Chain
    >>> from storyline.store import SqliteStore
    >>> from storyline.store.resolution import resolve_chains
    >>> db = SqliteStore(":memory:").db
    >>> arab = [Chain("Arab League", "ORG", keys=["name:arab league", "acr:al"]),
    ...         Chain("Egypt", "GPE", keys=["gpe:EG"]), Chain("Cairo", "GPE", keys=["name:cairo"])]
    >>> awami = [Chain("Awami League", "ORG", keys=["name:awami league", "acr:al"])]
    >>> resolve_chains(db, arab); resolve_chains(db, awami)
    >>> ambiguous(db, ["acr:al"], []), ambiguous(db, ["acr:nato"], ["north atlantic treaty organization"])
    (True, False)

A bare "AL" in a report that also names Egypt and Cairo is the Arab League's; one that names neither joins
neither league:

    >>> cairo = [Chain("AL", "ORG", keys=["acr:al"]), Chain("Egypt", "GPE", keys=["gpe:EG"]),
    ...          Chain("Cairo", "GPE", keys=["name:cairo"])]
    >>> resolve_chains(db, cairo); cairo[0].entity == arab[0].entity
    True
    >>> elsewhere = [Chain("AL", "ORG", keys=["acr:al"])]
    >>> resolve_chains(db, elsewhere); elsewhere[0].entity in (arab[0].entity, awami[0].entity)
    False
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from storyline.spelling import same_expansion
from storyline.store.base import marks

ACRONYM, ACRONYM_END, NAME, NAME_END = "acr:", "acr;", "name:", "name;"  # 'acr:' <= an acronym key < 'acr;'
WITH = "co:"
"""The prefix of an evidence row: ``co:`` + the id of an entity the holder was seen with in one article."""


def is_acronym_key(key: str) -> bool:
    """Whether a resolution key is an acronym's letters (``acr:``)."""
    return ACRONYM <= key < ACRONYM_END


def written_out(db: sqlite3.Connection, eid: int) -> list[str]:
    """The names an entity was written out by (its ``name:`` keys, prefix off)."""
    return [r[0].removeprefix(NAME) for r in db.execute(
        "SELECT key FROM entity_keys WHERE entity_id = ? AND key >= ? AND key < ?", (eid, NAME, NAME_END))]


def may_be_one(ours: list[str], theirs: list[str]) -> bool:
    """Whether entities with these written-out names can be one (an acronym alone would join them)."""
    return not ours or not theirs or any(same_expansion(a, b) for a in ours for b in theirs)


def ambiguous(db: sqlite3.Connection, acronyms: list[str], full: list[str]) -> bool:
    """Whether the store (with a chain that writes out ``full``) has seen these acronym keys spelled out in
    two ways that cannot be one name."""
    if not acronyms:
        return False
    holders = sorted({int(r[0]) for r in db.execute(
        f"SELECT entity_id FROM entity_keys WHERE key IN ({marks(acronyms)})", acronyms)})
    meanings = [m for m in [full, *(written_out(db, e) for e in holders)] if m]
    return any(not may_be_one(a, b) for i, a in enumerate(meanings) for b in meanings[i + 1:])


def evidence(db: sqlite3.Connection, eid: int, around: Collection[int]) -> int:
    """How many of the entities ``around`` a chain (its article's other entities) entity ``eid`` was seen with."""
    keys = [f"{WITH}{e}" for e in sorted(around) if e != eid]
    if not keys:
        return 0
    (n,) = db.execute(f"SELECT count(*) FROM entity_keys WHERE entity_id = ? AND key IN ({marks(keys)})",
                      [eid, *keys]).fetchone()
    return int(n)


def acronym_joins(db: sqlite3.Connection, ours: list[str], theirs: list[str], eid: int,
                  around: Collection[int] | None, needed: int) -> bool:
    """Whether an acronym alone joins a side written out as ``ours`` to entity ``eid``, written out as ``theirs``.

    Two written-out sides join when their names can be one (:func:`may_be_one`), two bare sides always.  A
    bare side and a written-out one join freely while the letters are unambiguous (``around`` is None), and on
    ``needed`` entities of evidence (:func:`evidence`) once they are ambiguous (``around``: the entities of
    the chain's article).
    """
    if ours and theirs:
        return may_be_one(ours, theirs)
    if around is None or (not ours and not theirs):
        return True
    return evidence(db, eid, around) >= needed
