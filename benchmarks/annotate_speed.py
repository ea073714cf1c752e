"""How much does our annotation cost on top of bare spaCy?

Runs, in one process on the same articles: (1) bare ``nlp.pipe`` over the texts,
(2) our annotators (entities, timexes, quotes, terms) over the parsed docs, and
(3) saving the annotations into a real SQLite store.  Reports each as a ratio
of the bare ``nlp.pipe`` time; the target is annotators < 0.30.  Times are the
process's CPU seconds, not wall time: on a shared machine other jobs stretch wall
time unevenly between the steps, which would skew the ratio.  With ``--repeat``
each step is timed that many times and the least is kept.

Usage:
    python benchmarks/annotate_speed.py [--n 300] [--repeat 1] [--no-append]
        [--data ../shared/data/newswire-1997-1998.jsonl]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from report import append_results, markdown_table
from storyline.nlp import ANNOTATION_VERSION, annotate_doc, load_model
from storyline.records import Article
from storyline.settings import Settings
from storyline.store import SqliteStore


def load_articles(path: Path, n: int) -> list[Article]:
    arts = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            rec = json.loads(line)
            arts.append(Article(external_id=rec["id"], title=rec["text"][:60], text=rec["text"],
                                published=rec.get("published"), content_hash=rec["id"]))
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=1, help="time each step N times, keep the least")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to RESULTS.md")
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/data/newswire-1997-1998.jsonl"))
    args = ap.parse_args()
    settings = Settings()
    nlp = load_model(settings.model)
    arts = load_articles(Path(args.data), args.n)
    words = sum(len(a.text.split()) for a in arts)
    list(nlp.pipe(a.text for a in arts[:20]))  # warm up

    t_pipe = t_ann = t_save = float("inf")
    for _ in range(max(1, args.repeat)):
        t0 = time.process_time()
        docs = list(nlp.pipe((a.text for a in arts), batch_size=settings.batch_size))
        t_pipe = min(t_pipe, time.process_time() - t0)

        with tempfile.TemporaryDirectory() as tmp:
            store = SqliteStore(Path(tmp) / "bench.db")
            for a in arts:
                store.add_article(a)
            t0 = time.process_time()
            anns = [annotate_doc(doc, a) for doc, a in zip(docs, arts, strict=True)]
            t_ann = min(t_ann, time.process_time() - t0)
            t0 = time.process_time()
            for ann in anns:
                store.save_annotation(ann, ANNOTATION_VERSION)
            t_save = min(t_save, time.process_time() - t0)
            store.close()

    rows = [
        ["bare nlp.pipe", f"{t_pipe:.2f}", "1.000", f"{len(arts) / t_pipe:.1f}"],
        ["our annotators", f"{t_ann:.2f}", f"{t_ann / t_pipe:.3f}", ""],
        ["saving to SQLite", f"{t_save:.2f}", f"{t_save / t_pipe:.3f}", ""],
        ["annotators + save", f"{t_ann + t_save:.2f}", f"{(t_ann + t_save) / t_pipe:.3f}",
         f"{len(arts) / (t_pipe + t_ann + t_save):.1f}"],
    ]
    table = markdown_table(["step", "CPU seconds", "ratio to nlp.pipe", "articles/s"], rows)
    print(table)
    if args.no_append:
        return
    append_results(f"Annotation cost vs bare spaCy ({len(arts)} newswire articles, {words} words)", table)


if __name__ == "__main__":
    main()
