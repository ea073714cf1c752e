"""Did a change to the quote code move direct-quote speakers the right way?  Two versions on unannotated news.

Question: held-out gold may not be read, so where did a version of the quote
code lose (or gain) speakers?  Run two versions of ``src`` over the same
parsed news — the 2,452 newswire articles, the ECB+ odd (dev) topics and the
Wikinews dev articles, none of them annotated for speakers — and list every
whole direct quote (same span in both) whose speaker entity differs.  Each
difference is then judged by reading (``benchmarks/data/quotes_speaker_diffs.tsv``:
a verdict per version, right or wrong, as a careful reader would attribute
the quote), and the table counts which version was right.

Each version runs in its own interpreter (``PYTHONPATH=<src>``) on the same
DocBin, so the parse is identical and only the quote code differs.

Usage:
    python benchmarks/quotes_version_diff.py --old OLD_SRC [--new NEW_SRC] [--verdicts FILE] [--no-append]

``OLD_SRC`` is a ``src`` folder of another commit (``git archive 5d5e051 src | tar -x -C /tmp/old``).
Differences without a verdict are printed, with their text, for judging.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))

VERSIONS = ("old", "new")


def texts() -> tuple[list[str], list[str]]:
    """(ids, texts): newswire, ECB+ odd topics, Wikinews dev; nothing held out."""
    from make_demo_data import convert

    from ecb_text import ecb_text

    ids, out = [], []
    for line in (SHARED / "newswire-1997-1998.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        ids.append(rec["id"])
        out.append(rec["text"])
    for topic in sorted((SHARED / "ecbplus").iterdir()):
        if topic.is_dir() and topic.name.isdigit() and int(topic.name) % 2:
            for f in sorted(topic.rglob("*.xml")):
                ids.append(f"ECB/{f.relative_to(SHARED / 'ecbplus')}")
                out.append(ecb_text(f))
    about = json.loads((HERE / "data" / "wikinews_attributions.jsonl").read_text(encoding="utf-8").splitlines()[0])
    for art in about["articles"]:
        if art["split"] == "dev":
            ids.append(f"WN/{art['id']}")
            out.append(convert(SHARED / "wikinews-timeline" / art["file"])["text"])
    return ids, out


def parse(work: Path) -> None:
    from spacy.tokens import DocBin

    from storyline.nlp import load_model
    from storyline.settings import Settings

    ids, raw = texts()
    nlp = load_model(Settings().model)
    db = DocBin(store_user_data=False)
    for doc in nlp.pipe(raw, batch_size=64):
        db.add(doc)
    db.to_disk(work / "docs.spacy")
    (work / "ids.json").write_text(json.dumps(ids), encoding="utf-8")


def dump(work: Path, out: Path) -> None:
    """Quotes of the storyline on the path (one version), one JSON line each."""
    from spacy.tokens import DocBin

    from storyline.nlp import load_model
    from storyline.nlp.entities import find_entities
    from storyline.nlp.quotes import find_quotes
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    ids = json.loads((work / "ids.json").read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8") as fh:
        for aid, doc in zip(ids, DocBin().from_disk(work / "docs.spacy").get_docs(nlp.vocab), strict=True):
            mentions, chains = find_entities(doc)
            for q in find_quotes(doc, mentions, chains):
                ch = chains[q.speaker_chain].name if q.speaker_chain is not None else None
                row = {"id": aid, "s": q.start, "e": q.end, "partial": q.partial, "spk": ch,
                       "kind": getattr(q, "kind", "direct"), "text": doc.text[q.start:q.end][:60]}
                fh.write(json.dumps(row) + "\n")


def run_version(src: Path, work: Path, name: str) -> dict[tuple[str, int, int], dict]:
    out = work / f"{name}.jsonl"
    env = dict(os.environ, PYTHONPATH=str(src))
    subprocess.run([sys.executable, __file__, "--dump", str(work), str(out)], env=env, check=True)
    return {(q["id"], q["s"], q["e"]): q for q in map(json.loads, out.open(encoding="utf-8"))}


def load_verdicts(path: Path) -> dict[tuple[str, int, int], dict[str, str]]:
    """(article, start, end) -> {speaker as written by repr(): 'right' / 'wrong'} from the TSV."""
    found: dict[tuple[str, int, int], dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        key = (cells[0], int(cells[1]), int(cells[2]))
        for spk, verdict in zip(cells[3:9:2], cells[4:9:2], strict=True):
            found.setdefault(key, {})[spk] = verdict
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, help="src folder of the earlier version")
    ap.add_argument("--new", type=Path, default=ROOT / "src", help="src folder of the later version (this one)")
    ap.add_argument("--verdicts", type=Path, default=HERE / "data" / "quotes_speaker_diffs.tsv")
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--dump", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(*args.dump)
        return 0
    if args.old is None or not (args.old / "storyline").is_dir():
        print("quotes_version_diff: --old must be a src folder holding storyline/", file=sys.stderr)
        return 2
    if not SHARED.is_dir():
        print(f"quotes_version_diff: {SHARED} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parse(work)
        old, new = run_version(args.old, work, "old"), run_version(args.new, work, "new")
    verdicts = load_verdicts(args.verdicts) if args.verdicts.is_file() else {}
    tally: collections.Counter[str] = collections.Counter()
    for key, q in old.items():
        n = new.get(key)
        if q["partial"] or n is None or n["spk"] == q["spk"]:
            continue
        known = verdicts.get(key, {})
        a, b = known.get(repr(q["spk"])), known.get(repr(n["spk"]))
        if a is None or b is None:
            tally["not judged"] += 1
            print(f"unjudged {key} old {q['spk']!r} new {n['spk']!r} :: {q['text']}")
            continue
        tally[f"old {a}, new {b}"] += 1
    lost = sum(1 for key, q in old.items() if not q["partial"] and key not in new)
    rows = [[k, v] for k, v in sorted(tally.items())] + [["whole quotes the new version no longer has", lost]]
    from report import append_results, markdown_table

    body = markdown_table(["direct quotes (same span) whose speaker entity differs", "count"], rows)
    print(body)
    if not args.no_append:
        append_results("Direct-quote speakers, two versions on unannotated news (newswire, ECB+ dev, Wikinews dev)",
                       body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
