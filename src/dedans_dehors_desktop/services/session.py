"""The open store and who works in it: create, open, users, passphrases, backup and restore.

``Store`` is the handle every other service takes: ``Store.create`` / ``Store.open`` unlock it,
``change_passphrase``, ``add_user``, ``remove_user``, ``backup`` and ``check`` act on it, and
``restore`` replaces the store of a folder by a backup.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from ..crypto.keywrap import KdfParams, calibrate
from ..storage.files import atomic_write, default_data_dir, ensure_private_dir, private_umask
from ..storage.media_errors import media_error
from ..storage.selftest import Check as SelfCheck
from ..storage.selftest import run_self_test
from ..storage.store import Store, StorePaths, restore, store_exists
from ..storage.store_lock import set_process_label
from ..storage.store_mutex import WriteOnInteractiveThread

__all__ = [
    "KdfParams",
    "SelfCheck",
    "Store",
    "StorePaths",
    "WriteOnInteractiveThread",
    "atomic_write",
    "calibrate",
    "default_data_dir",
    "ensure_private_dir",
    "media_error",
    "private_umask",
    "restore",
    "role",
    "run_self_test",
    "set_process_label",
    "store_exists",
    "structure_name",
    "user",
    "users",
    "write_private_file",
]


def declare_interactive(store: Store) -> None:
    """This thread draws the window: it never waits long for ``store`` (a French message
    instead) and never writes case data (saves run on a worker)."""
    store.db.lock.declare_interactive(threading.get_ident())


@contextlib.contextmanager
def patience(store: Store, seconds: float) -> Iterator[None]:
    """This thread waits at most ``seconds`` for ``store`` (then ``StoreInUse``)."""
    with store.db.lock.patience(seconds):
        yield


def user(store: Store) -> str:
    """Who is working: the user the store was unlocked for."""
    return store.db.user


def role(store: Store) -> str:
    """``office`` or ``laptop``."""
    return store.db.role


def structure_name(store: Store) -> str:
    return store.db.structure_name


def users(store: Store) -> list[str]:
    """The users who can unlock this store."""
    return list(store.keyfile.users)


def write_private_file(path: Path, data: bytes) -> None:
    """Write a document the user asked for, atomically (old or new content after a crash)."""
    atomic_write(path, data)
