"""Set-up of a worker process in the LocalCluster ``--workers N`` starts: Ctrl-C is the parent's to handle.

A Ctrl-C in a terminal reaches every process of the foreground group, the
Dask workers included.  Each worker then died in its own asyncio runner and
printed two tracebacks ("Process Dask Worker process (from Nanny): ...
KeyboardInterrupt"), 30 lines per worker under the one line the interrupted
``annotate`` prints, though nothing was wrong: the parent stores what was
finished, closes the cluster (which stops its workers) and exits 130.  So a
local worker ignores SIGINT from the moment Dask loads this module (the
``distributed.worker.preload`` list :func:`storyline.nlp.parallel.local_worker_config`
adds it to).  Workers started by hand with ``dask worker`` on other machines do not
load it: Ctrl-C there still stops that worker, as its user means.
"""

from __future__ import annotations

import signal
from typing import Any


def dask_setup(worker: Any) -> None:
    """Dask's preload hook, run in the worker process's main thread as the worker starts."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
