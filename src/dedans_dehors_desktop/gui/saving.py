"""Every save of the window runs on a worker; the window keeps drawing while it does.

``save(store, fn, *args)`` runs ``fn(*args)`` on the save queue (one thread: saves land in the
order they were asked) and returns its result, or raises its exception, to the caller on the GUI
thread.
Meanwhile the GUI thread processes events that paint and run timers but holds user input
back: the window never freezes and no second click can start a second save. The store itself
refuses a write of case data on the GUI thread (``WriteOnInteractiveThread``), so a save that
forgets this path fails loudly in the tests.

A save waits at most ``SAVE_WAIT_SECONDS`` behind a long job of the window (an import, a
backup); then it raises ``StoreInUse`` (a French sentence, nothing written) and the dialog keeps
what was typed. After ``NOTICE_MS`` the status bar says that a save is waiting.

A lock asked while a save runs (the idle timer, the session's screen lock) happens as soon as
the save has ended: ``when_idle``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal
from shiboken6 import isValid

from ..services import session
from ..services.session import Store
from .workers import JobContext, WorkerPool

T = TypeVar("T")
P = ParamSpec("P")

SAVE_WAIT_SECONDS = 5.0
NOTICE_MS = 300
_PAINT_SECONDS = 0.02  # how often the window repaints while a save runs


class _SaveQueue(QObject):
    waiting = Signal(str)  # a save takes longer than NOTICE_MS: what to tell the user
    ended = Signal()  # the last save in progress has ended

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.pool = WorkerPool(self, max_threads=1)
        self.depth = 0
        self.after: list[Callable[[], None]] = []


_queue: _SaveQueue | None = None


def queue() -> _SaveQueue:
    """The application's save queue (created on first use, parented to the application)."""
    global _queue
    app = QCoreApplication.instance()
    if _queue is None or not isValid(_queue) or _queue.parent() is not app:
        _queue = _SaveQueue(app)
    return _queue


def busy() -> bool:
    """Whether a save is in progress."""
    return _queue is not None and isValid(_queue) and _queue.depth > 0


def when_idle(callback: Callable[[], None]) -> None:
    """Run ``callback`` now if no save is in progress, else just after the last one ends."""
    if not busy():
        callback()
        return
    q = queue()
    if callback not in q.after:
        q.after.append(callback)


def join(timeout_ms: int = -1) -> bool:
    """Wait for the save queue to be empty (before the store closes)."""
    return _queue is None or not isValid(_queue) or _queue.pool.join(timeout_ms)


def notice_text() -> str:
    return QCoreApplication.translate("Enregistrement", "Enregistrement en cours…")


def save(store: Store, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` (a service call that writes) off the GUI thread; its result.

    The arguments are evaluated by the caller, on the GUI thread: read the widgets there, never
    in ``fn``.
    """
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        with session.patience(store, SAVE_WAIT_SECONDS):
            return fn(*args, **kwargs)  # already off the GUI thread
    q = queue()

    def run(_ctx: JobContext) -> Any:
        with session.patience(store, SAVE_WAIT_SECONDS):
            return fn(*args, **kwargs)

    q.depth += 1
    try:
        worker = q.pool.start(run, name=getattr(fn, "__name__", "enregistrement"))
        # A local loop of processEvents, not a nested QEventLoop: it paints and runs timers
        # but, unlike an event loop, never runs a deferred deletion, so the dialog whose
        # button started the save cannot be deleted under the caller's feet.
        started = time.monotonic()
        noticed = False
        while not worker.wait(_PAINT_SECONDS):
            QCoreApplication.processEvents(
                QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, int(_PAINT_SECONDS * 1000)
            )
            if not noticed and time.monotonic() - started > NOTICE_MS / 1000:
                noticed = True
                q.waiting.emit(notice_text())
    finally:
        q.depth -= 1
        if q.depth == 0:
            q.ended.emit()
            pending, q.after = q.after, []
            for callback in pending:
                QTimer.singleShot(0, callback)
    if worker.error is not None:
        raise worker.error
    result: T = worker.result
    return result
