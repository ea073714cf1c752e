"""Does a refactor of the quote code leave every attribution as it was?  A full dump, and find_quotes' CPU time.

Question: a change meant to keep behaviour (moving code between modules, an
index instead of a repeated scan) must give the same quotes on every article,
not only on the rows a sample judged.  This script parses the articles of the
judged quote samples (``data/quotes_sample_seed*.tsv``, texts from
``../shared/data/newswire-1997-1998.jsonl``; ``data/quotes_sample_web*.tsv``, the
web pages' texts as storyline's HTML ingest gives them; ``data/quotes_sample_ecb*.tsv``,
the ECB+ files' texts as ``ecb_text.py`` rebuilds them; ``data/quotes_sample_tb*.tsv``, the TimeBank
dev files' TEXT with tags stripped; ``data/quotes_sample_wn*.tsv``, the Wikinews trial articles' whole
texts) once into a DocBin cache, runs
:func:`~storyline.nlp.quotes.find_quotes` on each, and writes every
attribution (direct, scare, mixed, indirect) with its kind, content span,
speaker phrase, speaker entity and cue span, one JSON line each.  Two versions'
dumps are compared with ``diff``: empty means unchanged.  It also prints the
CPU time spent inside ``find_quotes`` (process time, the parse excluded), so a
version's cost can be compared on the same parsed articles; on a shared machine
run the versions alternately, several times.

With ``--pool`` (repeatable) it dumps every article of those pools instead (``quotes_sample.POOLS``:
``newswire`` is all 2,452 records, ``ecb`` the ECB+ dev-topic files outside the quote gold): a change
meant to keep behaviour is checked on every article, not only the sampled ones.

Usage:
    PYTHONPATH=src python benchmarks/quotes_identity.py --cache /tmp/q.spacy --out /tmp/new.jsonl
    PYTHONPATH=src python benchmarks/quotes_identity.py --pool newswire --pool ecb --cache /tmp/all.spacy --out F
    diff /tmp/old.jsonl /tmp/new.jsonl      # OLD from another src: PYTHONPATH=/tmp/old/src
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from quotes_sample import NEWSWIRE, pool_of, pool_texts, read_tsv  # noqa: E402


def sample_ids() -> list[str]:
    """The articles of every judged sample (newswire ids, ECB+ file paths, web page and TimeBank file names,
    Wikinews ids), sorted."""
    patterns = ("quotes_sample_seed*.tsv", "quotes_sample_web*.tsv", "quotes_sample_ecb*.tsv", "quotes_sample_tb*.tsv",
                "quotes_sample_wn*.tsv")
    return sorted({r.article for pattern in patterns
                   for path in sorted((HERE / "data").glob(pattern)) for r in read_tsv(path)})


def parsed(ids: list[str], cache: Path) -> list:
    """The parsed articles, read from ``cache`` when it exists, else parsed and saved there."""
    from spacy.tokens import DocBin

    from storyline.nlp import load_model
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    if cache.is_file():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    by_pool: dict[str, set[str]] = {}
    for a in ids:
        by_pool.setdefault(pool_of([a]), set()).add(a)
    texts = {a: t for pool, only in by_pool.items() for a, t in pool_texts(pool, only).items()}
    docs = list(nlp.pipe((texts[a] for a in ids), batch_size=16))
    DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, required=True, help="DocBin of the parsed articles (made if missing)")
    ap.add_argument("--out", type=Path, required=True, help="write the attributions here, one JSON line each")
    ap.add_argument("--pool", action="append", choices=["newswire", "ecb"],
                    help="dump every article of this pool instead of the judged samples' (repeatable)")
    args = ap.parse_args()
    if not NEWSWIRE.is_file():
        print(f"quotes_identity: {NEWSWIRE} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    from storyline.nlp.entities import find_entities
    from storyline.nlp.quotes import find_quotes

    ids = sorted(a for pool in args.pool for a in pool_texts(pool)) if args.pool else sample_ids()
    docs = parsed(ids, args.cache)
    cpu, n = 0.0, 0
    with args.out.open("w", encoding="utf-8") as out:
        for aid, doc in zip(ids, docs, strict=True):
            mentions, chains = find_entities(doc)
            t0 = time.process_time()
            quotes = find_quotes(doc, mentions, chains)
            cpu += time.process_time() - t0
            for q in quotes:
                n += 1
                spk = chains[q.speaker_chain].name if q.speaker_chain is not None else None
                out.write(json.dumps([aid, q.kind, q.start, q.end, q.speaker_text, q.speaker_chain, spk, q.cue,
                                      q.cue_start, q.cue_end, q.confidence, q.partial]) + "\n")
    print(f"{len(ids)} articles, {n} attributions; find_quotes CPU {cpu:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
