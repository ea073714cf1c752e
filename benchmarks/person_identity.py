"""Is a person entity one person?  Contexts to judge a seeded draw by, and every entity two spellings joined.

Question (issue 7; issue 9 item 5): two mentions in two articles are one entity when their chains share a
resolution key (``per:`` + the folded full name, :mod:`storyline.nlp.resolve`), or, for a person no key places,
when the transliteration skeletons meet, the spellings are close part by part and at least
``MIN_EVIDENCE`` role words and co-occurring entities agree (:mod:`storyline.store.resolution`).  So one
spelling is always one person, and two close spellings are one when the evidence allows.  How often does that
put two people in one entity, and do the stories follow?  There is no gold: the script prints what a reader
needs to judge, and the judgements are kept in ``benchmarks/data/`` with the command.

Usage (on a linked store, e.g. the one ``newswire_stories.py --keep`` writes)::

    .venv/bin/python benchmarks/person_identity.py STORE --draw 40 --seed 48 [--min-articles 3]
    .venv/bin/python benchmarks/person_identity.py STORE --spellings
    .venv/bin/python benchmarks/person_identity.py STORE --disjoint-roles

``--draw``: person entities named in at least ``--min-articles`` original articles (near-duplicate copies
left out), drawn with ``random.Random(seed)`` from the list in id order; for each, every article with its
date, the story holding it, the forms and role words its chain gave the entity, and the first mention in
context.  ``--spellings``: every person entity whose chains carry two ``per:`` keys that are close spellings
(:func:`storyline.spelling.close_spelling`), its articles by spelling, and the role words and co-occurring
entities the spellings' articles share, each entity with the number of articles naming it (how much a shared
co-occurring entity says).  ``--disjoint-roles``: the evidence a split of one name into two people would
read: every person entity of 2+ original articles two of which give it role words with no head word in common
("ambassador" / "governor"), marked when such a pair of articles also shares no co-occurring entity.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import storyline
from storyline.records import Article, Chain
from storyline.spelling import close_spelling

_SPACE = re.compile(r"\s+")


@dataclass
class Named:
    """What one original article says of one entity: its chain and the other entities the article names."""

    article: Article
    chain: Chain
    others: set[int] = field(default_factory=set)


def person_articles(sl: storyline.Storyline) -> dict[int, list[Named]]:
    """Per entity of type PERSON (the type most of its chains gave it), its chains in original articles in
    publication order (one annotation read per article)."""
    persons = {e.id for e in sl.entities(type="PERSON")}
    out: dict[int, list[Named]] = defaultdict(list)
    for art in sl.articles():
        if art.id is None or art.duplicate_of is not None:
            continue
        chains = sl.annotation(art.id).chains
        around = {c.entity for c in chains if c.entity is not None and c.keys}
        for c in chains:
            if c.entity in persons:
                out[c.entity].append(Named(art, c, around - {c.entity}))
    for rows in out.values():
        rows.sort(key=lambda n: (n.article.published or "", n.article.id or 0))
    return out


def context(named: Named, sl: storyline.Storyline, width: int = 110) -> str:
    """The first mention of the chain's entity in its article, with ``width`` characters either side."""
    ann = sl.annotation(named.article.id or 0)
    spans = sorted((m.start, m.end) for m in ann.mentions if m.entity == named.chain.entity)
    start, end = spans[0] if spans else (0, 0)
    text = named.article.text
    return _SPACE.sub(" ", text[max(0, start - width):end + width])


def draw(sl: storyline.Storyline, people: dict[int, list[Named]], n: int, seed: int, least: int) -> None:
    ids = sorted(e for e, rows in people.items() if len({r.article.id for r in rows}) >= least)
    pick = sorted(random.Random(seed).sample(ids, min(n, len(ids))))
    names = sl.store.entity_names(pick)
    print(f"{len(ids)} person entities named in {least}+ original articles; {len(pick)} drawn, random.Random({seed})")
    for eid in pick:
        rows = people[eid]
        print(f"\n=== entity {eid} {names.get(eid)!r}: {len({r.article.id for r in rows})} articles")
        for row in rows:
            stories = sl.stories_of([row.article.id or 0])
            print(f"  [{row.article.external_id} {(row.article.published or '')[:10]} story {stories}]"
                  f" forms={sorted(set(row.chain.aliases))} roles={sorted(set(row.chain.titles))}\n"
                  f"      ...{context(row, sl)}...")


def spellings(sl: storyline.Storyline, people: dict[int, list[Named]]) -> None:
    counts = {e.id: e.articles for e in sl.entities()}
    names = sl.store.entity_names(sorted(counts))
    joined = 0
    for eid, rows in sorted(people.items()):
        by_key: dict[str, list[Named]] = defaultdict(list)
        for row in rows:
            key = next((k[4:] for k in row.chain.keys if k.startswith("per:")), "")
            by_key[key].append(row)
        keys = [k for k in by_key if k]
        pairs = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if close_spelling(a, b)]
        if not pairs:
            continue
        joined += 1
        print(f"\n=== entity {eid} {names.get(eid)!r}: spellings {pairs}")
        for key, group in by_key.items():
            for row in group:
                print(f"  <{key}> [{row.article.external_id} story {sl.stories_of([row.article.id or 0])}]"
                      f" roles={sorted(set(row.chain.titles))} ...{context(row, sl, 90)}...")
        a, b = pairs[0]
        roles = {t for r in by_key[a] for t in r.chain.titles} & {t for r in by_key[b] for t in r.chain.titles}
        co = {e for r in by_key[a] for e in r.others} & {e for r in by_key[b] for e in r.others}
        shown = ", ".join(f"{names.get(e)} ({counts.get(e, 0)})" for e in sorted(co, key=lambda e: counts.get(e, 0)))
        print(f"  shared by {a!r} and {b!r}: roles {sorted(roles)}; entities (articles naming them) {shown}")
    print(f"\n{joined} person entities joined across two close spellings")


def disjoint_roles(sl: storyline.Storyline, people: dict[int, list[Named]]) -> None:
    names = sl.store.entity_names(sorted(people))
    found = apart = 0
    for eid, rows in sorted(people.items()):
        heads: dict[int, set[str]] = defaultdict(set)
        others: dict[int, set[int]] = defaultdict(set)
        for row in rows:
            aid = row.article.id or 0
            heads[aid] |= {t.split()[-1] for t in row.chain.titles if t.split()}
            others[aid] |= row.others
        given = [a for a in heads if heads[a]]
        pairs = [(a, b) for i, a in enumerate(given) for b in given[i + 1:] if not heads[a] & heads[b]]
        if not pairs:
            continue
        found += 1
        bare = [(a, b) for a, b in pairs if not others[a] & others[b]]
        apart += bool(bare)
        shown = {a: sorted(heads[a]) for a in given[:6]}
        print(f"{'NO SHARED ENTITY ' if bare else ''}entity {eid} {names.get(eid)!r}, {len(heads)} articles: {shown}"
              + (f"; apart: articles {bare[:3]}" if bare else ""))
    print(f"\n{found} person entities of 2+ articles with two articles' role words disjoint; {apart} of them with such"
          " a pair sharing no co-occurring entity")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--draw", type=int, help="draw this many person entities and print their contexts")
    ap.add_argument("--seed", type=int, default=48)
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--spellings", action="store_true", help="list every entity two close spellings joined")
    ap.add_argument("--disjoint-roles", action="store_true", help="list entities whose articles' role words disagree")
    args = ap.parse_args()
    if not args.store.exists():
        ap.error(f"{args.store}: no such store")
    with storyline.open(args.store) as sl:
        people = person_articles(sl)
        if args.draw:
            draw(sl, people, args.draw, args.seed, args.min_articles)
        if args.spellings:
            spellings(sl, people)
        if args.disjoint_roles:
            disjoint_roles(sl, people)


if __name__ == "__main__":
    main()
