"""Threads of one process take turns on a store's connection; the window's thread never waits.

A ``Database`` has one connection and one ``StoreMutex``: every read and every transaction holds
it. Long jobs (a bundle import, a backup, the activity report) hold it for seconds, on a worker
thread. The thread that draws the window is declared ``interactive``: there it waits at most
``INTERACTIVE_WAIT`` seconds and then raises ``StoreInUse`` (a French message, nothing done), so
a click during an import shows a sentence instead of a frozen window. It may read and append to
the access log (a consultation, a print), never write case data: ``forbid_writes_here`` raises
``WriteOnInteractiveThread`` for that, a programming error the tests catch.

Any thread can bound its own wait with ``patience`` (a save in the window's save queue gives up
with the same message rather than waiting behind a long job without end).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from types import TracebackType

from ..core.errors import StoreInUse

INTERACTIVE_WAIT = 0.5


class WriteOnInteractiveThread(RuntimeError):
    """Case data written on the thread that draws the window: a save must run on a worker."""


class StoreMutex:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._interactive: int | None = None
        self._patience = threading.local()

    def declare_interactive(self, thread_id: int | None) -> None:
        """The thread that must never wait long nor write case data (None: no such thread)."""
        self._interactive = thread_id

    @property
    def interactive(self) -> int | None:
        return self._interactive

    @property
    def on_interactive_thread(self) -> bool:
        return self._interactive is not None and threading.get_ident() == self._interactive

    @contextlib.contextmanager
    def patience(self, seconds: float) -> Iterator[None]:
        """Within this block, this thread waits at most ``seconds`` for the store."""
        before = getattr(self._patience, "seconds", None)
        self._patience.seconds = seconds
        try:
            yield
        finally:
            self._patience.seconds = before

    def _limit(self) -> float | None:
        seconds: float | None = getattr(self._patience, "seconds", None)
        if seconds is None and self.on_interactive_thread:
            seconds = INTERACTIVE_WAIT
        return seconds

    def acquire(self) -> None:
        limit = self._limit()
        if limit is None:
            self._lock.acquire()
        elif not self._lock.acquire(timeout=limit):
            raise StoreInUse()

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> StoreMutex:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def forbid_writes_here(self) -> None:
        if self.on_interactive_thread:
            raise WriteOnInteractiveThread(
                "case data written on the interactive thread: run the save on a worker"
            )
