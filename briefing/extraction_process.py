"""The extractor in a child process, for the window.

spaCy's compiled pipeline holds Python's GIL for a whole document, so
extracting in a thread of the window's process freezes the window for a
tenth of a second or more per article (measured: 100–250 ms stalls).  A
child process has its own interpreter: the window's thread merely waits for
the answer, and waiting releases the GIL.  The command line, which has no
window, extracts in-process.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from briefing.model import Analysis, Briefing, BriefingError

log = logging.getLogger(__name__)


def extractor_id() -> str:
    """What ``Analysis.extractor`` says for the current extractor; the cache key."""
    from briefing.extract import EXTRACTOR_VERSION
    from briefing.extract.pipeline import MODEL_NAME

    return f"{EXTRACTOR_VERSION} ({MODEL_NAME})"


def _one_blas_thread() -> None:
    """Child initializer: numpy's BLAS on one thread.  The model's matrices are
    small, so more threads gain little, and idle BLAS threads spin on the cores
    the window needs to stay responsive.  Must run before numpy is imported."""
    import os
    import sys

    if "numpy" not in sys.modules:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")


def _warm() -> None:
    from briefing.extract import load_pipeline

    load_pipeline()


def _extract(briefing: Briefing) -> Analysis:
    from briefing.extract import extract

    return extract(briefing)


class ExtractionProcess:
    """One child process that loads the model once and extracts on request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # "spawn": a fork of a process running Qt threads is unsafe.
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_one_blas_thread)
            return self._pool

    def _call(self, fn, *args):
        for attempt in (1, 2):
            try:
                return self._executor().submit(fn, *args).result()
            except BrokenProcessPool:
                # The child died (killed, out of memory): start a new one once.
                log.warning("extraction process died; starting a new one (attempt %d)", attempt)
                with self._lock:
                    self._pool = None
        raise BriefingError("the analysis process stopped unexpectedly twice")

    def warm_up(self) -> None:
        self._call(_warm)

    def extract(self, briefing: Briefing) -> Analysis:
        return self._call(_extract, briefing)

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


_shared: ExtractionProcess | None = None
_shared_lock = threading.Lock()


def shared_extraction_process() -> ExtractionProcess:
    """The process-wide instance: the model is loaded once per app, not per window."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ExtractionProcess()
            atexit.register(_shared.shutdown)
        return _shared
