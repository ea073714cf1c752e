"""What would ``quotes --speaker NAME`` list if it read one entity, as ``timeline --entity NAME`` does?

``quotes --speaker NAME`` takes every entity with NAME in an alias (README); ``timeline --entity NAME`` takes the
one ``Storyline.entity_candidates`` puts first.  For every canonical entity name of a store this prints how many
names take several entities (the CLI's stderr note), how many listings the one-entity reading would change, and,
with ``--sample N``, N changed names drawn with ``--seed``, each with the quotes the one-entity reading loses, by
speaker, to be read and judged (polish50b: ``benchmarks/data/polish50b_speaker_one_entity.tsv``).

Usage:
    PYTHONPATH=src python benchmarks/quote_speaker_reading.py STORE.db [--sample 25] [--seed 50]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import storyline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=50)
    ap.add_argument("--pool", type=int, default=400, help="draw from the first POOL changed names, sorted "
                    "(polish50b drew from 400: A to E on the newswire)")
    args = ap.parse_args()
    with storyline.open(args.db) as sl:
        names = sorted({e.name for e in sl.entities()})
        several = changed = 0
        lost_by_name: dict[str, tuple[storyline.Entity, int, Counter[str]]] = {}
        for name in names:
            found = sl.entity_candidates(name)
            several += len(sl.entities(name=name)) > 1
            if not found:
                continue
            union = sl.quote_page(speaker=name, limit=100_000).items
            listed = [(a, q.start) for a, q in sl.quote_page(speaker=found[0].id, limit=100_000).items]
            one = set(listed)
            if [(a, q.start) for a, q in union] != listed:
                changed += 1
                lost = [q for a, q in union if (a, q.start) not in one]
                ids = sorted({e for q in lost for e in (q.speaker, q.body) if e is not None})
                who = sl.entity_names(ids)
                lost_by_name[name] = (found[0], len(one), Counter(
                    f"{who.get(q.speaker, '-') if q.speaker else '-'} (for {who.get(q.body, '-')})" if q.body
                    else who.get(q.speaker, "-") if q.speaker else "-" for q in lost))
        print(f"{args.db}: {len(names)} names; {several} take several entities (the note); "
              f"{changed} listings would change read as one entity")
        drawn = sorted(lost_by_name)[:args.pool]
        random.Random(args.seed).shuffle(drawn)
        for name in drawn[:args.sample]:
            ent, kept, lost = lost_by_name[name]
            print(f"{name}\t#{ent.id} {ent.name}\t{kept}\t{sum(lost.values())}\t"
                  + ", ".join(f"{k} {n}" for k, n in lost.most_common(4)))


if __name__ == "__main__":
    main()
