"""Bundle files on the stick: names chosen by the app, atomic writing, a window onto a file.

Nothing read from a bundle ever becomes a path: file names are built here from device ids and
sequence numbers that this installation chose itself.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from ..storage.files import fsync_dir, private_umask

BUNDLE_SUFFIX = ".ddb"
REQUEST_SUFFIX = ".ddreq"
ENROLMENT_SUFFIX = ".ddenr"


def bundle_name(sender: str, recipient: str, sequence: int) -> str:
    return f"DD-{sender[:8]}-{recipient[:8]}-{sequence:06d}{BUNDLE_SUFFIX}"


def request_name(device_id: str) -> str:
    return f"DD-inscription-{device_id[:8]}{REQUEST_SUFFIX}"


def enrolment_name(device_id: str) -> str:
    return f"DD-inscription-{device_id[:8]}{ENROLMENT_SUFFIX}"


def target(dest: Path, name: str) -> Path:
    return dest / name if dest.is_dir() else dest


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Write to a temporary name beside ``path``; flushed, synced and renamed on success only."""
    tmp = path.with_name(f".{path.name}.part")
    with private_umask():
        f = tmp.open("wb")
    try:
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


class Window(io.RawIOBase):
    """A read-only view of ``f`` from ``offset`` to its end, seen as a whole file."""

    def __init__(self, f: BinaryIO, offset: int) -> None:
        super().__init__()
        self._f = f
        self._offset = offset
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, pos: int, whence: int = 0) -> int:
        if whence == io.SEEK_SET:
            self._pos = pos
        elif whence == io.SEEK_CUR:
            self._pos += pos
        else:
            end = self._f.seek(0, io.SEEK_END)
            self._pos = end - self._offset + pos
        self._pos = max(self._pos, 0)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self._f.seek(self._offset + self._pos)
        data = self._f.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self._pos += n
        return n

    def as_binary(self) -> BinaryIO:
        return cast(BinaryIO, self)
