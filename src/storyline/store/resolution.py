"""Which store entity each chain of one article is: shared keys first, then spellings with evidence.

A chain joins the entity with which it shares the most resolution keys
(``nlp.resolve``).  A person no key places may still be a known person
spelled another way ("Moammar Gadhafi" for "Muammar Gaddafi"): their
transliteration keys (``snd:``, :mod:`storyline.spelling`) meet, and the chain joins that entity only if
the spellings are close part by part and the evidence agrees, at least
:data:`MIN_EVIDENCE` of: a role word both were given ("leader", "colonel"),
an entity both appear with (Libya, Tripoli).  What each person entity was
seen with is kept as evidence rows in ``entity_keys`` (``ttl:`` role words,
``co:`` entity ids), which the key match never reads.

Example::

    >>> from storyline.records import Chain
    >>> from storyline.store import SqliteStore
    >>> db = SqliteStore(":memory:").db
    >>> a = [Chain("Libya", "GPE", keys=["gpe:LY"]), Chain("Tripoli", "GPE", keys=["name:tripoli"]),
    ...      Chain("Moammar Gadhafi", "PERSON", keys=["per:moammar gadhafi", "snd:mmr kdf"], titles=["leader"])]
    >>> resolve_chains(db, a)
    >>> b = [Chain("Libya", "GPE", keys=["gpe:LY"]), Chain("Tripoli", "GPE", keys=["name:tripoli"]),
    ...      Chain("Muammar Gaddafi", "PERSON", keys=["per:muammar gaddafi", "snd:mmr kdf"], titles=["leader"])]
    >>> resolve_chains(db, b)
    >>> a[2].entity == b[2].entity
    True

An entity is called by the full name most articles gave it, not the first one seen:

    >>> c = [Chain("WASHINGTON", "GPE", keys=["gpe:washington"])]
    >>> resolve_chains(db, c); resolve_chains(db, [Chain("Washington", "GPE", keys=["gpe:washington"])])
    >>> db.execute("SELECT name FROM entities WHERE id = ?", (c[0].entity,)).fetchone()[0]
    'Washington'
"""

from __future__ import annotations

import re
import sqlite3

from storyline.records import Chain
from storyline.spelling import SHORTENED, SOUND, close_spelling, without_capitals_twins
from storyline.store.acronyms import NAME, WITH, acronym_joins, ambiguous, bare_home, is_acronym_key, written_out
from storyline.store.base import marks, unused_id
from storyline.store.entity_merge import merge_entities, survivor
from storyline.wires import WIRES

MIN_EVIDENCE = 2
"""Shared role words plus shared co-occurring entities needed before two spellings are one person, and the
entities a bare acronym's article shares with one written-out meaning of ambiguous letters alone
(:func:`storyline.store.acronyms.bare_home`) before the acronym is that meaning."""

_TITLE = "ttl:"
_WORDS = re.compile(r"[^\W_]+")


def resolve_chains(db: sqlite3.Connection, chains: list[Chain]) -> None:
    """Set ``chain.entity`` for every chain of one article, creating entities as needed.

    Chains a key places go first, so a person placed only by spelling, and a chain whose acronym the store
    has seen written out two ways (:mod:`storyline.store.acronyms`), are judged by the entities of the whole
    article around them.
    """
    unsure = [i for i, c in enumerate(chains) if ambiguous(db, _acronyms(c), _full(c))]
    pending = [c for i, c in enumerate(chains) if i not in unsure and not _place(db, chains, c, None)]
    for i in unsure:
        if not _place(db, chains, chains[i], _around(chains)):
            pending.append(chains[i])
    around = _around(chains)
    for chain in pending:
        chain.entity = _attach(db, chain, _spelling_match(db, chain, _evidence(chain, around)))
    around = _around(chains)
    seen = [c for c in chains if c.entity is not None and (  # what evidence may be read for: a bare chain's
            _acronyms(c) and not _wire_itself(c)  # entity may be written out later, and what its articles named
            or c.type == "PERSON" and any(k.startswith(SOUND) for k in c.keys))]  # is then that meaning's evidence
    rows = [(key, c.entity) for c in seen for key in _evidence(c, around - {c.entity})]
    db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)", rows)
    touched = sorted({c.entity for c in chains if c.entity is not None})
    if touched:  # each entity's type is the one it was most often given, set once per article
        db.execute(
            "UPDATE entities SET type = (SELECT t.type FROM entity_types t WHERE t.entity_id = entities.id"
            f" ORDER BY t.count DESC, t.type LIMIT 1) WHERE id IN ({marks(touched)})", touched)
        name_entities(db, touched)


def _place(db: sqlite3.Connection, chains: list[Chain], chain: Chain, around: set[int] | None) -> bool:
    """Join ``chain`` to the entity its keys find (``around``: see :func:`_key_matches`), merging the entities it
    shows to be one; False, and the chain left unplaced, when only its spelling can place it."""
    found = _key_matches(db, chain, around)
    eid = found[0] if found else None
    if len(found) > 1:  # the chain shows two entities to be one: merge them, whichever came first
        eid = survivor(db, found)
        merge_entities(db, eid, [e for e in found if e != eid], _why(chain))
        for done in chains:
            done.entity = eid if done.entity in found else done.entity
    if eid is None and any(k.startswith(SOUND) for k in chain.keys):
        return False
    chain.entity = _attach(db, chain, eid)
    return True


def _around(chains: list[Chain]) -> set[int]:
    return {c.entity for c in chains if c.entity is not None and c.keys}


def _acronyms(chain: Chain) -> list[str]:
    return [k for k in dict.fromkeys(chain.keys) if is_acronym_key(k)]


def _full(chain: Chain) -> list[str]:
    return _written(list(dict.fromkeys(chain.keys)))


def _wire_itself(chain: Chain) -> bool:
    """Whether ``chain`` is a news wire named by its letters and keyed by its name alone: the wire that filed
    the report (its dateline's credit, "told AFP", :mod:`storyline.nlp.publisher`), or one its report spells out,
    written out in words beside its letters or not ("(AP) -- ... told The Associated Press").

    What such a chain was seen with is where the wire filed from and what it covered, not what its letters
    mean elsewhere: an AP report filed from New Delhi says nothing of whether a bare "AP" in an Indian report
    is the wire or Andhra Pradesh.  So it writes no evidence rows (neither ``co:`` nor ``ttl:``); a wire
    written out in words only ("the Saudi Press Agency reported") still does.  Rows an older release wrote stay
    (re-annotation does not remove evidence).  Every written-out name of the chain must be the wire's own, word
    for word: "AP" keyed as the Associated Press of Pakistan is not the AP.

    >>> _wire_itself(Chain("AP", "ORG", keys=["acr:ap", "name:associated press"]))
    True
    >>> _wire_itself(Chain("AP", "ORG", aliases=["AP", "Associated Press"], keys=["acr:ap", "name:associated press"]))
    True
    >>> _wire_itself(Chain("AP", "ORG", keys=["acr:ap", "name:andhra pradesh"]))
    False
    >>> _wire_itself(Chain("AP", "ORG", keys=["acr:ap", "name:associated press of pakistan"]))
    False
    >>> _wire_itself(Chain("Associated Press", "ORG", keys=["name:associated press", "acr:ap"]))
    False
    """
    letters = {f.replace(".", "").casefold() for f in [chain.name, *chain.aliases]} & WIRES.keys()
    names = {_words(n) for n in _full(chain)}
    return len(letters) == 1 and names == {_words(WIRES[letters.pop()])}


def _words(name: str) -> str:
    """A name's words, folded: "Agence France-Presse" and the key "agence france presse" alike."""
    return " ".join(_WORDS.findall(name.casefold()))


def _written(keys: list[str]) -> list[str]:
    return [k.removeprefix(NAME) for k in keys if k.startswith(NAME)]


def name_entities(db: sqlite3.Connection, ids: list[int]) -> None:
    """Call each entity by the full name most articles gave it (:func:`best_name`), whatever came first."""
    names: dict[int, list[tuple[str, int]]] = {}
    for eid, name, count in db.execute(
            f"SELECT entity_id, name, count FROM entity_names WHERE entity_id IN ({marks(ids)})", ids):
        names.setdefault(int(eid), []).append((name, int(count)))
    db.executemany("UPDATE entities SET name = ? WHERE id = ? AND name <> ?",
                   [(best, eid, best) for eid, forms in names.items() if (best := best_name(forms))])


def best_name(forms: list[tuple[str, int]]) -> str | None:
    """The name most used; on a tie, one not in capitals (a dateline's "WASHINGTON"), then the longest, then
    the first in code-point order (the same in every store and arrival order).

    A form in capitals counts for the same name written in mixed case, and never wins over it: datelines
    ("WASHINGTON --", "BEIJING, Jan. 3 (Xinhua) --") write a place in capitals in every report of a wire,
    so in a store of wire copy the capitals often outnumber the body's "Washington", which is how the name
    is written.  An acronym has no mixed-case form, so "NATO" and "CIA" stay as written.

    >>> best_name([("WASHINGTON", 1), ("Washington", 1)]), best_name([("Kim Jong-un", 1), ("Kim Jong Un", 2)])
    ('Washington', 'Kim Jong Un')
    >>> best_name([("WASHINGTON", 5), ("Washington", 1), ("Washington D.C.", 4)]), best_name([("NATO", 2)])
    ('Washington', 'NATO')
    >>> best_name([("US", 3), ("U.S.", 3)]), best_name([("X", 0)])
    ('U.S.', None)
    """
    live = [(n, c) for n, c in forms if c > 0]
    if not live:
        return None
    same: dict[str, int] = {}
    for name, count in live:
        same[name.casefold()] = same.get(name.casefold(), 0) + count
    shown = without_capitals_twins([n for n, _ in live])
    return min(shown, key=lambda n: (-same[n.casefold()], n.isupper(), -len(n), n))


def _evidence(chain: Chain, around: set[int]) -> list[str]:
    return [f"{_TITLE}{t}" for t in chain.titles] + [f"{WITH}{e}" for e in sorted(around) if e != chain.entity]


def _key_matches(db: sqlite3.Connection, chain: Chain, around: set[int] | None = None) -> list[int]:
    """The entity sharing most resolution keys with the chain (transliteration keys aside), then any other
    entity the chain shows to be the same one; empty when none.

    A chain without keys (a person named by one word only, "Kim") matches
    nothing: one word never identifies a person across articles.  An acronym
    alone joins a chain that writes its name out to an entity with another
    written-out name only when the two names can be one
    (:func:`~storyline.spelling.same_expansion`): "Central Bureau of
    Investigation (CBI)" is not the "Confederation of British Industry (CBI)".

    The chain bridges a second entity (for :func:`resolve_chains` to merge) only on its fullest name as
    written (:func:`_bridging`: not a shortened form, not a name's middle-name variant, "John Smith" fitting
    both John F. and John Q. Smith), or on an acronym alone when the entities' written-out names can be one:
    "Injured Reserve (IR)" joins the "Injured Reserve" entity and the one of bare "IR" chains; a bare "IR"
    never joins two written-out names.

    Once the store has seen the chain's acronym written out two ways (``around`` given: the entities of the
    chain's article), a written-out chain never joins or bridges an entity of bare chains by the acronym
    alone (:func:`~storyline.store.acronyms.acronym_joins`, read by placing and bridging alike), and a bare
    chain joins the one entity its article's evidence points to, or the bare chains of its letters
    (:func:`~storyline.store.acronyms.bare_home`), and bridges nothing.

    Placing and bridging read the same keys: never a name the article shortened from a fuller one that numbers
    an edition (a ``sub:`` key, :mod:`storyline.nlp.shortenings`), so "World Cup" in a chain of
    "the 2006 World Cup" neither puts it in the entity of other articles' "World Cup" nor merges the two, in
    whichever order the articles come.
    """
    keys = [k for k in dict.fromkeys(chain.keys) if not k.startswith((SOUND, SHORTENED))]
    # a "mid:" key (first and last of a name written with middle names) meets "per:" keys only
    look = [k for k in keys if not k.startswith("mid:")]
    look += [("mid:" if k.startswith("per:") else "per:") + k[4:] for k in keys if k[:4] in ("per:", "mid:")]
    look = list(dict.fromkeys(look))
    if not look:
        return []
    full = _written(keys)
    shared: dict[int, set[str]] = {}
    for key, eid in db.execute(f"SELECT key, entity_id FROM entity_keys WHERE key IN ({marks(look)})", look):
        shared.setdefault(int(eid), set()).add(key)
    ranked = sorted(shared, key=lambda e: (-len(shared[e]), e))
    if around is not None and not full and all(is_acronym_key(k) for k in look):  # bare, ambiguous letters
        home = bare_home(db, ranked, around, MIN_EVIDENCE)
        return [] if home is None else [home]
    only = [e for e in ranked if all(is_acronym_key(k) for k in shared[e])]  # shares no more than an acronym
    names = written_out(db, ranked) if only else {}  # read once, and only when an acronym alone may join
    fits = [(e, e not in only) for e in ranked
            if e not in only or acronym_joins(full, names.get(e, []), around is not None)]
    if not fits:
        return []
    own = _bridging(keys, chain.type)
    group = [fits[0][0]]
    if len(fits) == 1 or (fits[0][1] and not shared[group[0]] & own):
        return group  # nothing else to bridge to, or placed by a middle-name variant only: it bridges nothing
    ours = list(names.get(group[0], []))  # the group's written-out names
    for eid, more in fits[1:]:
        if shared[eid] & own:
            group.append(eid)
            ours += names.get(eid, [])
        elif not more and acronym_joins(ours, theirs := names.get(eid, []), around is not None):
            group.append(eid)  # an acronym alone, and the names written out (if both have any) can be one
            ours += theirs
    return group


def _bridging(keys: list[str], kind: str) -> set[str]:
    """The keys of a chain of type ``kind`` on which it may merge two entities: its fullest written name
    (the longest ``name:``/``per:`` form) and keys that are not names (a country code), never a shortened
    form, and a ``per:`` key only when the chain is a person.

    A chain gets a key for each form of its name, and a shortened form names many things: the chain "Asian
    Games" (keys ``name:doha asian games``, ``name:asian games``) would merge the Doha games with an entity
    another article's "Asian Games" put in the East Asian Games, and a "2006 World Cup" with every World Cup.

    A company's chain gets a ``per:`` key too when its name looks like a person's ("Walt Disney"), so that
    a mistyped person still finds their entity; it must not then merge the person with the company.  Entity
    types are not compared: the tagger mistypes names ("Sam's Club" as a person), and a merge of the
    mistyped entity with the right one is what a bridging chain is for.

    >>> sorted(_bridging(["name:2006 world cup", "name:world cup", "per:world cup", "gpe:QA", "acr:wc"], "EVENT"))
    ['gpe:QA', 'name:2006 world cup']
    >>> sorted(_bridging(["name:walt disney", "per:walt disney"], "ORG")), _bridging(["per:walt disney"], "PERSON")
    (['name:walt disney'], {'per:walt disney'})
    """
    keys = [k for k in keys if kind == "PERSON" or not k.startswith("per:")]
    named = [k for k in keys if k.startswith((NAME, "per:"))]
    longest = max((len(k.split(":", 1)[1]) for k in named), default=0)
    return {k for k in keys if not k.startswith("mid:") and not is_acronym_key(k)
            and (k not in named or len(k.split(":", 1)[1]) == longest)}


def _why(chain: Chain) -> str:
    return f"the chain {chain.name!r} ({', '.join(k for k in dict.fromkeys(chain.keys) if not k.startswith(SOUND))})"


def _spelling_match(db: sqlite3.Connection, chain: Chain, evidence: list[str]) -> int | None:
    """The person entity spelled like this chain that the most evidence ties to it, if enough does."""
    sounds = [k for k in dict.fromkeys(chain.keys) if k.startswith(SOUND)]
    if not evidence:
        return None
    cands = [int(r[0]) for r in db.execute(
        f"SELECT DISTINCT entity_id FROM entity_keys WHERE key IN ({','.join('?' * len(sounds))})", sounds)]
    best: tuple[int, int] | None = None
    forms = [chain.name, *chain.aliases]
    for eid in cands:
        aliases = [r[0] for r in db.execute("SELECT alias FROM entity_aliases WHERE entity_id = ?", (eid,))]
        if not any(close_spelling(a, f) for a in aliases for f in forms):
            continue
        (n,) = db.execute(
            f"SELECT count(*) FROM entity_keys WHERE entity_id = ? AND key IN ({','.join('?' * len(evidence))})",
            [eid, *evidence]).fetchone()
        if n >= MIN_EVIDENCE and (best is None or n > best[0]):
            best = (n, eid)
    return best[1] if best else None


def _attach(db: sqlite3.Connection, chain: Chain, eid: int | None) -> int:
    """Join the chain to entity ``eid`` (a new one when None): its keys (not a ``sub:`` one: see
    :func:`_key_matches`), aliases and type counts."""
    if eid is None:
        eid = unused_id(db, "entities", "entity_lineage")  # never an id the lineage says was merged away
        db.execute("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)", (eid, chain.name, chain.type))
    keys = [k for k in dict.fromkeys(chain.keys) if not k.startswith(SHORTENED)]
    db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)", [(k, eid) for k in keys])
    db.execute("INSERT INTO entity_names (entity_id, name, count) VALUES (?, ?, 1)"
               " ON CONFLICT(entity_id, name) DO UPDATE SET count = count + 1", (eid, chain.name))
    db.executemany(  # one round trip on a server store (psycopg pipelines executemany), not one per alias
        "INSERT INTO entity_aliases (entity_id, alias, count) VALUES (?, ?, 1)"
        " ON CONFLICT(entity_id, alias) DO UPDATE SET count = count + 1",
        [(eid, alias) for alias in dict.fromkeys([chain.name, *chain.aliases])],
    )
    db.execute(
        "INSERT INTO entity_types (entity_id, type, count) VALUES (?, ?, ?)"
        " ON CONFLICT(entity_id, type) DO UPDATE SET count = count + excluded.count",
        (eid, chain.type, max(1, len(chain.mentions))),
    )
    return eid
