"""A full disk or a read-only medium, wherever it surfaces, told to the user as such.

SQLite reports them as ``OperationalError`` ("database or disk is full", "attempt to write a
readonly database", sometimes "disk I/O error" with the OS error behind it); plain file writes
raise ``OSError`` with ENOSPC, EDQUOT, EROFS (or EACCES/EPERM on a write-protected folder).
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator

import sqlcipher3

from ..core.errors import DiskFull, ReadOnlyMedia, UserError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS}
_WINDOWS_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WINDOWS_READ_ONLY = {19}  # ERROR_WRITE_PROTECT


def media_error(exc: BaseException) -> UserError | None:
    """The user-facing error for ``exc`` when it means a full disk or a read-only medium."""
    if isinstance(exc, OSError):
        code = exc.errno
        winerror = getattr(exc, "winerror", None)
        if code in _FULL or winerror in _WINDOWS_FULL:
            return DiskFull()
        if code in _READ_ONLY or winerror in _WINDOWS_READ_ONLY:
            return ReadOnlyMedia()
        return None
    if isinstance(exc, sqlcipher3.OperationalError):
        text = str(exc).lower()
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFull()
        if "readonly" in text or "read-only" in text:
            return ReadOnlyMedia()
    return None


@contextlib.contextmanager
def media_errors() -> Iterator[None]:
    """Re-raise a full disk or read-only medium as its French ``UserError``."""
    try:
        yield
    except (OSError, sqlcipher3.OperationalError) as exc:
        mapped = media_error(exc)
        if mapped is None:
            raise
        raise mapped from None
