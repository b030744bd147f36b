"""The one pattern for long jobs: a QObject worker run on a thread pool.

A job is a plain function ``fn(ctx)`` that does not touch widgets. It reports progress through
``ctx.progress(done, total)`` and checks ``ctx.cancelled`` (or calls ``ctx.check()``) between
steps: cancellation is cooperative, a thread is never terminated. Its result or its exception
comes back on the GUI thread through the worker's ``finished`` / ``failed`` signals.

Jobs are joined when the application quits (``WorkerPool.join``) so that none outlives the
store it writes to.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by ``ctx.check()`` once cancellation was asked."""


class JobContext:
    """What a job sees of its worker: progress reporting and the cancellation flag."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker

    @property
    def cancelled(self) -> bool:
        return self._worker.cancel_requested

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def progress(self, done: int, total: int = 0) -> None:
        """``total`` 0 means an indeterminate step (a busy bar)."""
        self._worker.progress.emit(int(done), int(total))

    def message(self, text: str) -> None:
        self._worker.message.emit(text)


class Worker(QObject):
    """Signals of one job. Lives on the GUI thread; its signals are emitted from the pool."""

    progress = Signal(int, int)
    message = Signal(str)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()  # after finished or failed, whatever the outcome

    def __init__(
        self, fn: Callable[[JobContext], Any], name: str = "job", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.fn = fn
        self.name = name
        self._cancel = threading.Event()
        self._ended = threading.Event()
        # Read once ``wait`` or ``done`` says the job ended (a caller that waits on it).
        self.result: Any = None
        self.error: BaseException | None = None

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return not self._ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._ended.wait(timeout)

    def run(self) -> None:
        """Body of the runnable (pool thread)."""
        ctx = JobContext(self)
        try:
            result = self.fn(ctx)
        except BaseException as exc:
            if not isinstance(exc, Cancelled | Exception):
                log.error("job %s stopped by %s", self.name, type(exc).__name__)
            self.error = exc
            self.failed.emit(exc)
        else:
            self.result = result
            self.finished.emit(result)
        finally:
            self._ended.set()
            self.done.emit()


class _Runnable(QRunnable):
    # Not auto-deleted: a C++ deletion on the pool thread of an object Python still refers to
    # corrupts reference counts in PySide6. The pool keeps it until the worker is done, and
    # both are released on the GUI thread.
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.worker = worker
        self.setAutoDelete(False)

    def run(self) -> None:
        self.worker.run()


class WorkerPool(QObject):
    """Starts workers and keeps them alive until they end; joins them on close."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: dict[Worker, _Runnable] = {}
        self._ended: list[_Runnable] = []  # released once no pool thread can still be in them

    def start(
        self,
        fn: Callable[[JobContext], Any],
        *,
        name: str = "job",
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Worker:
        worker = Worker(fn, name)
        if on_finished:
            worker.finished.connect(on_finished)
        if on_failed:
            worker.failed.connect(on_failed)
        if on_progress:
            worker.progress.connect(on_progress)
        if self._pool.activeThreadCount() == 0:
            self._ended.clear()
        runnable = _Runnable(worker)
        self._active[worker] = runnable
        worker.done.connect(lambda w=worker: self._retire(w))
        self._pool.start(runnable)
        return worker

    def _retire(self, worker: Worker) -> None:
        runnable = self._active.pop(worker, None)
        if runnable is not None:
            self._ended.append(runnable)

    @property
    def active(self) -> list[Worker]:
        return [w for w in self._active if w.running]

    def cancel_all(self) -> None:
        for worker in list(self._active):
            worker.cancel()

    def join(self, timeout_ms: int = -1) -> bool:
        """Cancel every job and wait for the threads to end. True when all have ended."""
        self.cancel_all()
        done = bool(self._pool.waitForDone(timeout_ms))
        if done:
            self._ended.clear()
        return done


_default: WorkerPool | None = None


def pool() -> WorkerPool:
    """The application's pool (created on first use, parented to the application)."""
    global _default
    app = QCoreApplication.instance()
    if _default is None or not isValid(_default) or _default.parent() is not app:
        _default = WorkerPool(app)
    return _default


def run_in_background(fn: Callable[[JobContext], Any], **kw: Any) -> Worker:
    """Shortcut for ``pool().start(...)`` (see ``WorkerPool.start`` for the keywords)."""
    return pool().start(fn, **kw)
