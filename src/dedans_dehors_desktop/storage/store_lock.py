"""One process owns a store: an OS lock on ``store.lock`` beside the database.

The lock is exclusive and non-blocking (``portalocker``: ``flock`` on Linux and macOS,
``LockFileEx`` through ``msvcrt`` on Windows); the operating system releases it when the
process ends, even after a kill. Who holds it (the window or a command, the user, the process,
since when) is written to ``store.lock.json``, a sidecar a second process can read even where
the locked file itself cannot be read (Windows). A stale sidecar left by a killed process is
simply overwritten by the next holder.

Within one process the lock is shared: a second ``Store`` on the same folder (the window's
background jobs, tests) joins it. Commands that only read take the same exclusive lock: opening
always writes (the access log's "ouverture" line), so there is no read-only opening to share.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

import portalocker

from ..core.errors import StoreBusy
from ..core.i18n import tr
from .files import atomic_write, private_umask
from .media_errors import media_errors

LOCK_NAME = "store.lock"
HOLDER_NAME = "store.lock.json"
_POLL_SECONDS = 0.02
_TRANSITION_SECONDS = 10.0  # the longest a holder may go unnamed before the message is generic

_label = ["un autre programme Dedans-Dehors"]


def set_process_label(label: str) -> None:
    """How this process is named to another that finds the store busy ("la fenêtre"…)."""
    _label[0] = label


def process_label() -> str:
    return _label[0]


@dataclass
class _Entry:
    handle: IO[bytes]
    count: int
    # Key-file changes of two Store objects in one process still go one at a time.
    key_mutex: threading.Lock = field(default_factory=threading.Lock)


_registry: dict[str, _Entry] = {}
_registry_lock = threading.Lock()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (service account): not worth failing
        return "?"


def _write_holder(root: Path, store_user: str | None) -> None:
    info = {
        "what": process_label(),
        "user": store_user or "",
        "account": _os_user(),
        "pid": os.getpid(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    atomic_write(root / HOLDER_NAME, json.dumps(info, ensure_ascii=False).encode("utf-8"))


def _holder_now(root: Path) -> dict[str, object] | None:
    """The sidecar of a live holder, as it is now (None when absent or unreadable)."""
    try:
        info = json.loads((root / HOLDER_NAME).read_text("utf-8"))
        if isinstance(info, dict) and _alive(int(info["pid"])):
            return info
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check there; a stale sidecar is rare (the holder removes it)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another account's process: alive
        return True
    return True


def busy_message(info: dict[str, object] | None) -> str:
    """French sentence naming who holds the store, from its sidecar as read (generic if none)."""
    try:
        assert info is not None
        what, pid = str(info["what"]), int(str(info["pid"]))
        who = str(info.get("user") or info.get("account") or "?")
        since = datetime.fromisoformat(str(info["since"]))
    except (AssertionError, ValueError, KeyError, TypeError):
        return tr(
            "Erreurs",
            "La base est déjà ouverte par un autre programme Dedans-Dehors. Fermez-le ou "
            "attendez la fin de son opération, puis réessayez. Rien n'a été modifié.",
        )
    return tr(
        "Erreurs",
        "La base est déjà ouverte par {what} (utilisateur {who}, processus {pid}, depuis "
        "{time} le {date}). Fermez-la ou attendez la fin de son opération, puis réessayez. "
        "Rien n'a été modifié.",
    ).format(
        what=what,
        who=who,
        pid=pid,
        time=since.strftime("%H:%M:%S"),
        date=since.strftime("%d/%m/%Y"),
    )


class StoreLock:
    """This process's hold on a store folder; ``release`` once per ``acquire``."""

    def __init__(self, root: Path, key: str) -> None:
        self.root = root
        self._key = key
        self._released = False

    @property
    def key_mutex(self) -> threading.Lock:
        return _registry[self._key].key_mutex

    def set_user(self, store_user: str) -> None:
        """Name the store user in the sidecar once known (after the unlock)."""
        with contextlib.suppress(OSError):
            _write_holder(self.root, store_user)

    def release(self) -> None:
        with _registry_lock:
            if self._released:
                return
            self._released = True
            entry = _registry[self._key]
            entry.count -= 1
            if entry.count:
                return
            del _registry[self._key]
            # The sidecar goes first: once unlocked, a new holder may write its own.
            with contextlib.suppress(OSError):
                (self.root / HOLDER_NAME).unlink()
            with contextlib.suppress(Exception):
                portalocker.unlock(entry.handle)
            entry.handle.close()


def _holder_or_lock(root: Path, handle: IO[bytes]) -> tuple[bool, dict[str, object] | None]:
    """The store is held: find who holds it, or take it if it is let go meanwhile.

    A holder without a sidecar is being taken (sidecar not yet written) or let go (sidecar
    already removed); wait, within a bound, until one or the other shows. Returns (True, None)
    when the lock was taken, else (False, the sidecar as read). The message is built from that
    one reading: read again later, the holder may be gone and the message would name no one.
    """
    deadline = time.monotonic() + _TRANSITION_SECONDS
    while True:
        info = _holder_now(root)
        if info is not None:
            return False, info
        if _try_lock(handle):
            return True, None
        if time.monotonic() >= deadline:
            return False, None
        time.sleep(_POLL_SECONDS)


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
    except portalocker.exceptions.LockException:
        return False
    return True


def acquire(root: Path, *, store_user: str | None = None, wait: float = 0.0) -> StoreLock:
    """Take the store in ``root`` (an existing folder) for this process, or raise StoreBusy.

    ``wait`` seconds are spent retrying before giving up (a command started while another
    finishes); the window never waits.
    """
    key = os.path.normcase(str(root.resolve()))
    with _registry_lock:
        entry = _registry.get(key)
        if entry is not None:
            entry.count += 1
            return StoreLock(root, key)
        with media_errors(), private_umask():
            handle = (root / LOCK_NAME).open("a+b")
        deadline = time.monotonic() + wait
        try:
            while not _try_lock(handle):
                if time.monotonic() >= deadline:
                    # The holder may let go meanwhile: name it from what was read, or take it.
                    taken, holder = _holder_or_lock(root, handle)
                    if taken:
                        break
                    raise StoreBusy(busy_message(holder))
                time.sleep(_POLL_SECONDS)
        except BaseException:
            handle.close()
            raise
        try:
            with media_errors():
                _write_holder(root, store_user)
        except BaseException:
            portalocker.unlock(handle)
            handle.close()
            raise
        _registry[key] = _Entry(handle, 1)
        return StoreLock(root, key)


def held_here(root: Path) -> bool:
    """Whether this process holds the store in ``root``."""
    with _registry_lock:
        return os.path.normcase(str(root.resolve())) in _registry
