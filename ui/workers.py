"""Running slow work off the UI thread.

A ``Task`` wraps a plain function; it reports back only through signals, so
no worker ever touches a widget.  Cancellation is a flag the function polls
(``task.cancelled``), never a thread kill.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # one line for the user
    progress = Signal(int, int, str)  # done, total, what


class Task(QRunnable):
    """``fn(task, *args)`` run on a pool; ``task`` gives it progress and cancel."""

    def __init__(self, fn: Callable[..., Any], *args: Any):
        super().__init__()
        self.fn = fn
        self.args = args
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the caller keeps the task (and its signals) alive

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, what: str = "") -> None:
        self.signals.progress.emit(done, total, what)

    def run(self) -> None:
        try:
            result = self.fn(self, *self.args)
        except Exception as exc:
            log.error("background task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(result)


class Workers:
    """The app's two pools: one for reads and analysis, one serial pool for
    every write to the library and index (Whoosh takes one writer at a time)."""

    def __init__(self) -> None:
        self.general = QThreadPool()
        self.general.setMaxThreadCount(2)
        self.writer = QThreadPool()
        self.writer.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def _start(self, pool: QThreadPool, task: Task) -> Task:
        # Keep a reference until the task ends, or Python may collect it mid-run.
        self._running.add(task)
        task.signals.finished.connect(partial(self._forget, task))
        task.signals.failed.connect(partial(self._forget, task))
        pool.start(task)
        return task

    def _forget(self, task: Task, *_: object) -> None:
        self._running.discard(task)

    def read(self, task: Task) -> Task:
        return self._start(self.general, task)

    def write(self, task: Task) -> Task:
        return self._start(self.writer, task)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.general.waitForDone(msecs) and self.writer.waitForDone(msecs)
