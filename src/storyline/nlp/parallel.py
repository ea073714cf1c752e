"""Annotation on several processes or machines, with results in the order the articles came.

Annotation is CPU-bound (spaCy parses, then our annotators read the parse),
so it is the stage worth spreading.  :func:`annotate_stream` picks how:

- ``settings.scheduler`` set: the workers of that running Dask cluster
  (``dask scheduler`` + ``dask worker tcp://HOST:8786 --nthreads 1`` on each machine, best with
  ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False``: the profiler costs ~8% of a worker's CPU);
- ``settings.n_process`` > 1 with Dask installed (the ``scale`` extra): a
  ``dask.distributed.LocalCluster`` of that many single-threaded processes;
- otherwise :func:`storyline.nlp.annotate`, i.e. spaCy's ``nlp.pipe`` with
  ``n_process`` (1: this process only).

Workers receive plain ``Article`` records and send back plain ``Annotation``
records (``storyline.records``); the model is loaded once per worker process
(``load_model`` is cached per process).  Results are yielded in input order
whatever order the workers finish in, so the single writer in the caller
resolves entities and links articles exactly as a one-process run does.

Example (a local cluster of two processes; needs ``pip install 'storyline[scale]'``)::

    >>> from storyline.records import Article
    >>> from storyline.settings import Settings
    >>> arts = [Article(external_id="x", title="t", text="Kim met Trump on Tuesday.", published="2019-06-11", id=1)]
    >>> [a.article_id for a in annotate_stream(arts, Settings(n_process=2))]  # doctest: +SKIP
    [1]
"""

from __future__ import annotations

import importlib.util
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from typing import Any

from storyline.errors import WorkersError
from storyline.interrupts import interrupts_held
from storyline.records import Annotation, Article, Unannotated
from storyline.settings import Settings

#: The Dask settings :func:`local_cluster` applies (why: its docstring); deploy/dask/storyline.yaml
#: holds the same for ``dask worker`` on other machines.
WORKER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}

#: What only the workers of :func:`local_cluster` preload: a remote ``dask worker`` keeps its own Ctrl-C.
LOCAL_PRELOAD = "storyline.nlp.local_worker"


def dask_available() -> bool:
    """Whether ``dask.distributed`` can be imported (the ``scale`` extra)."""
    return importlib.util.find_spec("distributed") is not None


def annotate_stream(articles: Iterable[Article], settings: Settings) -> Iterator[Annotation | Unannotated]:
    """One ``Annotation`` per article, in input order, on the workers ``settings`` asks for."""
    if settings.scheduler or (settings.n_process > 1 and dask_available()):
        yield from annotate_on_dask(articles, settings)
    else:
        from storyline.nlp.pipeline import annotate

        yield from annotate(articles, settings)


def annotate_batch(articles: list[Article], settings: Settings) -> list[Annotation | Unannotated]:
    """What one Dask task does: parse and annotate a batch in the worker process (model cached there)."""
    from storyline.nlp.pipeline import annotate

    return list(annotate(articles, replace(settings, n_process=1, scheduler=None)))


def warm_up(model: str) -> None:
    """Load the model in a worker before the first batch arrives, so every worker starts parsing at once."""
    from storyline.nlp.pipeline import load_model

    load_model(model)


@contextmanager
def dask_client(settings: Settings) -> Iterator[Any]:
    """A client of the scheduler at ``settings.scheduler``, or of a LocalCluster of ``n_process`` processes."""
    if not dask_available():
        raise WorkersError("Dask is not installed: pip install 'storyline[scale]' (or run with --workers 1)")
    from distributed import Client

    if settings.scheduler:
        try:
            client = Client(settings.scheduler, timeout=5)
        except OSError as exc:
            raise WorkersError(f"cannot reach the Dask scheduler {settings.scheduler} ({exc});"
                               " start it with 'dask scheduler' or drop --scheduler") from None
        except ValueError as exc:  # an address Dask cannot parse ("nonsense://", "tcp://host:port:x")
            raise WorkersError(f"{settings.scheduler} is not a Dask scheduler address ({exc});"
                               " give it as 'dask scheduler' prints it, e.g. tcp://HOST:8786") from None
        with _closed_held(client):
            yield client
        return
    with local_cluster(settings.n_process) as cluster, _closed_held(Client(cluster)) as client:
        yield client


def local_worker_config() -> dict[str, Any]:
    """The Dask settings of :func:`local_cluster`'s workers: :data:`WORKER_CONFIG`, and :data:`LOCAL_PRELOAD`
    beside whatever preloads the user's Dask config names, which must still load.

    Dask pairs ``preload`` with ``preload-argv`` item by item when the latter is a list of lists (a worker
    whose two lists differ in length fails to start), so our preload gets an empty argument list of its own.
    """
    import dask

    preload = dask.config.get("distributed.worker.preload", default=None) or []
    preload = [preload] if isinstance(preload, str) else list(preload)
    argv = dask.config.get("distributed.worker.preload-argv", default=None) or []
    if LOCAL_PRELOAD in preload:
        return {**WORKER_CONFIG, "distributed.worker.preload": preload}
    if argv and all(isinstance(a, list) for a in argv):
        paired = list(argv)
    elif argv:  # one flat list: Dask gives it to every preload; given each of the user's, none to ours
        paired = [list(argv)] * len(preload)
    else:
        paired = [[] for _ in preload]
    return {**WORKER_CONFIG, "distributed.worker.preload": [*preload, LOCAL_PRELOAD],
            "distributed.worker.preload-argv": [*paired, []]}


@contextmanager
def _closed_held(closable: Any) -> Iterator[Any]:
    """``closable`` (a local cluster, a client) closed at the block's end with Ctrl-C held over its close.

    A second Ctrl-C while the first one's close stopped the workers (seconds) broke
    the close and printed a 38-line traceback.  When the block ends by an exception
    (the first Ctrl-C, mostly) a Ctrl-C during the close is dropped: the process is
    stopping already, and a ``KeyboardInterrupt`` raised where a generator is
    finalized prints as "Exception ignored".  After a normal end it comes after the
    close.  A close that hangs is still stopped by SIGTERM, and Dask times it out.
    """
    try:
        yield closable
    except BaseException:
        with interrupts_held(deliver=False):
            closable.close()
        raise
    with interrupts_held():
        closable.close()


@contextmanager
def local_cluster(n_workers: int) -> Iterator[Any]:
    """A ``LocalCluster`` of ``n_workers`` single-threaded processes, as ``--workers N`` starts it.

    Two Dask defaults are turned off because they cost CPU on every article:

    - the statistical profiler samples every worker thread every 10 ms, which
      on 300 newswire articles cost 8% of the workers' CPU and half of this
      process's, for a dashboard nobody opens here;
    - the nanny starts each worker with ``MALLOC_TRIM_THRESHOLD_=65536``.  Any
      value there also turns off glibc's adaptive mmap threshold, so every
      array spaCy frees above 128 KiB goes back to the kernel and is faulted in
      again on the next parse: 25x the page faults and 15-20% more CPU per
      article than the same annotation in this process (measured on 150
      newswire articles, one process each way).  Without it a worker's memory
      is managed as in any Python process; it stays flat because batches are
      bounded (see :func:`annotate_on_dask`).

    The thread limits the nanny also sets (``OMP_NUM_THREADS=1`` and the like)
    stay: each worker is one thread on one core.  Each worker leaves Ctrl-C to
    this process (:mod:`storyline.nlp.local_worker`), which stops the cluster.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set(local_worker_config()), \
            _closed_held(LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                      dashboard_address=":0", silence_logs=logging.ERROR)) as cluster:
        yield cluster


def annotate_on_dask(articles: Iterable[Article], settings: Settings) -> Iterator[Annotation | Unannotated]:
    """Batches of ``settings.batch_size`` articles as Dask tasks, a bounded number in flight, results in order.

    At most two batches per worker are queued ahead of the writer, so memory
    stays flat however many articles the stream holds.
    """
    with dask_client(settings) as client:
        client.run(warm_up, settings.model)
        ahead = 2 * max(1, len(client.scheduler_info().get("workers", {})))
        stream = iter(articles)
        queue: deque[Any] = deque()
        while True:
            while len(queue) < ahead and (batch := list(islice(stream, settings.batch_size))):
                queue.append(client.submit(annotate_batch, batch, settings, pure=False))
            if not queue:
                return
            yield from queue.popleft().result()
