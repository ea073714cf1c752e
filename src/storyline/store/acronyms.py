"""When an acronym alone may join a chain to an entity: its letters and what the store saw them stand for.

An acronym names different things in different news: "AL" is the Arab League in one report and Bangladesh's
Awami League in another, "EC" the European Commission or a country's Election Commission.  A bare "EC"
chain carries only ``acr:ec``, so resolution used to put it in whichever entity held that key first.  Once
the store has seen the letters written out two ways that cannot be one name
(:func:`~storyline.spelling.same_expansion`), the letters alone are *ambiguous*, and then:

- a bare chain joins a written-out entity only on its own article's evidence (:func:`bare_home`): at least
  :data:`~storyline.store.resolution.MIN_EVIDENCE` entities of the article that this meaning was seen with
  and no competing meaning was (``co:`` rows, as for persons spelled two ways), more than any other meaning
  has; "the United States" seen with both leagues says nothing, and a tie is no evidence.  Without evidence
  the bare chain stays with the other bare chains of those letters;
- a written-out chain never joins an entity of bare chains: those chains pooled on their letters, not on
  evidence, and what they were seen with together is no evidence any one of them had.

The test applies once the second spelling exists: a bare chain placed while the letters had one written-out
meaning joined it, and a later second spelling does not take it back.

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

ACRONYM, NAME = "acr:", "name:"
WITH = "co:"
"""The prefix of an evidence row: ``co:`` + the id of an entity the holder was seen with in one article."""


def is_acronym_key(key: str) -> bool:
    """Whether a resolution key is an acronym's letters (``acr:``)."""
    return key.startswith(ACRONYM)


def written_out(db: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    """The names each of these entities was written out by (its ``name:`` keys, prefix off); an entity of
    bare chains only is absent.  The prefix is compared as a prefix, not by ordering keys, which would
    depend on the database's collation."""
    if not ids:
        return {}
    names: dict[int, list[str]] = {}
    for eid, key in db.execute(f"SELECT entity_id, key FROM entity_keys WHERE entity_id IN ({marks(ids)})"
                               f" AND substr(key, 1, {len(NAME)}) = ?", [*ids, NAME]):
        names.setdefault(int(eid), []).append(str(key).removeprefix(NAME))
    return {e: sorted(n) for e, n in names.items()}


def may_be_one(ours: list[str], theirs: list[str]) -> bool:
    """Whether entities with these written-out names can be one (an acronym alone would join them)."""
    return not ours or not theirs or any(same_expansion(a, b) for a in ours for b in theirs)


def ambiguous(db: sqlite3.Connection, acronyms: list[str], full: list[str]) -> bool:
    """Whether the store (with a chain that writes out ``full``) has seen these acronym keys spelled out in
    two ways that cannot be one name."""
    if not acronyms:
        return False
    holders = {int(r[0]) for r in db.execute(
        f"SELECT entity_id FROM entity_keys WHERE key IN ({marks(acronyms)})", acronyms)}
    meanings = [m for m in [full, *written_out(db, sorted(holders)).values()] if m]
    return any(not may_be_one(a, b) for i, a in enumerate(meanings) for b in meanings[i + 1:])


def acronym_joins(ours: list[str], theirs: list[str], ambiguous_letters: bool) -> bool:
    """Whether an acronym alone joins a side written out as ``ours`` to a side written out as ``theirs``.

    Two written-out sides join when their names can be one (:func:`may_be_one`), two bare sides always.  A
    bare side and a written-out one join freely while the letters are unambiguous, and never once they are
    (a bare chain goes by :func:`bare_home` instead).
    """
    if ours and theirs:
        return may_be_one(ours, theirs)
    return not ours and not theirs or not ambiguous_letters


def bare_home(db: sqlite3.Connection, holders: list[int], around: Collection[int], needed: int) -> int | None:
    """The entity a bare chain of ambiguous letters joins, among the entities holding its letters
    (``holders``), given the entities of its article (``around``).

    Each written-out meaning counts the entities around that it was seen with and no meaning that cannot be
    one with it was: an entity seen with both says nothing about either.  The meaning with at least
    ``needed`` and more than any other wins; otherwise (a tie is no evidence) the chain joins the entity of
    bare chains of those letters, the oldest if there are several, or none.
    """
    names = written_out(db, holders)
    seen: dict[int, set[str]] = {e: set() for e in names}
    keys, meant = [f"{WITH}{e}" for e in sorted(set(around) - set(holders))], sorted(names)
    if meant and keys:  # the evidence of every meaning, read once
        for eid, key in db.execute(f"SELECT entity_id, key FROM entity_keys WHERE entity_id IN ({marks(meant)})"
                                   f" AND key IN ({marks(keys)})", [*meant, *keys]):
            seen[int(eid)].add(str(key))
    rivals = [(e, o) for i, e in enumerate(meant) for o in meant[i + 1:] if not may_be_one(names[e], names[o])]
    shared = {e: set().union(*(seen[b if a == e else a] for a, b in rivals if e in (a, b))) for e in meant}
    own = {e: len(seen[e] - shared[e]) for e in meant}  # each pair of meanings compared once
    ranked = sorted(own.values(), reverse=True)
    best = [e for e in sorted(own) if own[e] == ranked[0] and own[e] >= needed] if ranked else []
    if len(best) == 1 and (len(ranked) == 1 or ranked[1] < ranked[0]):
        return best[0]
    bare = [e for e in sorted(holders) if e not in names]
    return bare[0] if bare else None
