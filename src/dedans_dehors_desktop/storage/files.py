"""Data folder location and file creation with private permissions and atomic replacement."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs

APP_DIR_NAME = "dedans-dehors"
DATA_DIR_ENV = "DEDANS_DEHORS_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and the parents it needs) with mode 0700; tighten ``path`` if it exists.

    ``mkdir(parents=True)`` would give the parents it creates the umask's mode (0755 under a
    terminal's usual umask): each missing folder is created here, 0700, from the top down.
    Existing parents (the home folder...) are left as they are.
    """
    missing = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # created meanwhile by another process
            folder.mkdir(mode=0o700)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)  # raises the precise OSError
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
        os.chmod(path, 0o700)  # only when needed: a read-only medium refuses even a no-op
    return path


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside get 0600 and folders 0700, including SQLite's -wal and -shm."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name in the same folder, fsync, rename, fsync the folder.

    A crash leaves either the old file or the new one, never a mix.
    """
    with private_umask():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
