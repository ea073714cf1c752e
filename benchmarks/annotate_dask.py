"""How much faster is annotation on 2 Dask workers than in 1 process, against spaCy's own ceiling?

Three ways to annotate the same articles, each writing into its own real SQLite
store through the one-writer path ``storyline annotate`` uses
(``nlp.parallel.annotate_stream`` + ``save_annotation``):

- ``1 process``: ``Settings(n_process=1)``, parse and annotate here;
- ``2 Dask workers``: a LocalCluster of 2 single-threaded worker processes
  (started once, reached through ``Settings(scheduler=...)``; start-up reported apart);
- ``bare spaCy n_process=2``: ``nlp.pipe(n_process=2)`` only, no annotators and
  no store: the ceiling for two processes on this machine.
- ``bare spaCy 1 process``: the same in one process, so the ceiling's own ratio (what 2
  processes of bare spaCy gain on this machine) is measured, not assumed to be 2x.

The machine is shared, so the articles are cut into ``--slices`` slices and
each slice is run by the four ways back to back, in a rotating order; the
totals sum the slices.  At the end the two stores must hold identical
annotations (entity ids included).

Usage:
    python benchmarks/annotate_dask.py [--n 2452] [--slices 6] [--keep annotated.db]
                                       [--data ../shared/data/newswire-1997-1998.jsonl]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path

from annotate_speed import load_articles
from report import append_results, markdown_table
from storyline.nlp import ANNOTATION_VERSION, load_model
from storyline.nlp.parallel import annotate_stream, local_cluster
from storyline.records import Article
from storyline.settings import Settings
from storyline.store import SqliteStore


def _annotate_into(store: SqliteStore, arts: list[Article], settings: Settings) -> float:
    t0 = time.perf_counter()
    for ann in annotate_stream(arts, settings):
        store.save_annotation(ann, ANNOTATION_VERSION)
    return time.perf_counter() - t0


def _bare(arts: list[Article], settings: Settings, n_process: int = 2) -> float:
    nlp = load_model(settings.model)
    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in arts), batch_size=settings.batch_size, n_process=n_process):
        pass
    return time.perf_counter() - t0


def _cpu_seconds(client: object) -> float:
    """CPU time so far of this process, its finished children (spaCy's n_process) and the Dask workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = client.run(_own_cpu)  # type: ignore[attr-defined]
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime + sum(workers.values())


def _own_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2452)
    ap.add_argument("--slices", type=int, default=6)
    ap.add_argument("--keep", type=Path, help="Keep the one-process store (annotated articles) at this path.")
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/data/newswire-1997-1998.jsonl"))
    args = ap.parse_args()
    from distributed import Client

    arts = load_articles(Path(args.data), args.n)
    one = Settings(n_process=1)
    load_model(one.model)
    t0 = time.perf_counter()
    stack = ExitStack()  # the cluster as ``annotate --workers 2`` starts it, but once for every slice
    cluster = stack.enter_context(local_cluster(2))
    client = stack.enter_context(Client(cluster))
    list(annotate_stream(arts[:2], Settings(scheduler=cluster.scheduler_address)))  # each worker loads the model
    startup = time.perf_counter() - t0
    dask = Settings(n_process=2, scheduler=cluster.scheduler_address)
    totals = {"1 process": 0.0, "2 Dask workers": 0.0, "bare spaCy n_process=2": 0.0, "bare spaCy 1 process": 0.0}
    cpu = dict.fromkeys(totals, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        stores = {name: SqliteStore(Path(tmp) / f"{i}.db") for i, name in enumerate(["1 process", "2 Dask workers"])}
        for store in stores.values():
            for a in arts:
                store.add_article(Article(**{**asdict(a), "id": None}))
        ids = stores["1 process"].article_ids()
        step = -(-len(ids) // args.slices)
        for k in range(args.slices):
            part = ids[k * step : (k + 1) * step]
            runs = [
                ("1 process", lambda p=part: _annotate_into(stores["1 process"],
                                                            stores["1 process"].articles(ids=p), one)),
                ("2 Dask workers", lambda p=part: _annotate_into(stores["2 Dask workers"],
                                                                 stores["2 Dask workers"].articles(ids=p), dask)),
                ("bare spaCy n_process=2", lambda p=part: _bare(stores["1 process"].articles(ids=p), one)),
                ("bare spaCy 1 process", lambda p=part: _bare(stores["1 process"].articles(ids=p), one, 1)),
            ]
            for name, run in runs[k % len(runs) :] + runs[: k % len(runs)]:
                before = _cpu_seconds(client)
                secs = run()
                totals[name] += secs
                cpu[name] += _cpu_seconds(client) - before
                print(f"slice {k + 1}/{args.slices} ({len(part)} articles) {name}: {secs:.1f} s", flush=True)
        same = all(asdict(stores["1 process"].annotation(i)) == asdict(stores["2 Dask workers"].annotation(i))
                   for i in ids)
        entities_same = stores["1 process"].entities() == stores["2 Dask workers"].entities()
        if args.keep:
            stores["1 process"].db.execute("VACUUM INTO ?", (str(args.keep),))
    stack.close()
    base = totals["1 process"]
    rows = [[name, round(secs, 1), round(len(ids) / secs, 2), f"{base / secs:.2f}x",
             round(1000 * cpu[name] / len(ids), 1)] for name, secs in totals.items()]
    table = markdown_table(["way", "seconds", "articles/s", "speed-up vs 1 process",
                            "CPU ms/article (all processes)"], rows)
    load = os.getloadavg()
    body = (f"{len(ids)} newswire articles, {args.slices} slices run by each way back to back in rotating order"
            f" (shared machine: load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the end, so"
            f" absolute speeds are noisy; ratios are fairer). Dask LocalCluster start-up with model loading"
            f" {startup:.1f} s, not counted. Stores identical (annotations: {same}, entities: {entities_same})."
            " CPU ms/article sums this process, spaCy's child processes and the Dask workers: the work each"
            " way costs, whatever else ran on the machine; 2 x (1-process CPU) / (its CPU) bounds its speed-up."
            f"\n\n{table}")
    print(body)
    append_results("Annotation on 2 Dask workers vs 1 process (benchmarks/annotate_dask.py)", body)


if __name__ == "__main__":
    main()
