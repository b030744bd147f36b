"""Bundle files on the stick: names chosen by the app, atomic writing, a window onto a file.

Nothing read from a bundle ever becomes a path: file names are built here from labels folded to
ASCII, dates and sequence numbers that this installation chose itself. A bundle never replaces a
file: its name is reserved by an exclusive create before it is written.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, cast

from ..core.i18n import tr
from ..storage.files import fsync_dir, private_umask
from .errors import SyncError

BUNDLE_SUFFIX = ".ddb"
REQUEST_SUFFIX = ".ddreq"
ENROLMENT_SUFFIX = ".ddenr"
_LABEL_LIMIT = 24


def _t(text: str) -> str:
    return tr("Synchronisation", text)


def ascii_label(text: str, limit: int = _LABEL_LIMIT) -> str:
    """A label as a piece of file name safe on FAT32 and Windows: ASCII letters and digits
    joined by hyphens ("Portable de Zoé" -> "Portable-de-Zoe")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    joined = "-".join(re.findall(r"[A-Za-z0-9]+", folded))[:limit].strip("-")
    return joined or "poste"


def bundle_name(sender: str, recipient: str, day: date, sequence: int, variant: int = 1) -> str:
    """``DD_Portable-Marie_vers_Bureau_2026-12-03_n0012.ddb``: who wrote it, for whom, when,
    and its number; ``variant`` > 1 only when another installation with the same name already
    took that file name."""
    extra = f"_{variant}" if variant > 1 else ""
    return (
        f"DD_{ascii_label(sender)}_vers_{ascii_label(recipient)}_{day:%Y-%m-%d}"
        f"_n{sequence:04d}{extra}{BUNDLE_SUFFIX}"
    )


def request_name(device_id: str) -> str:
    return f"DD-inscription-{device_id[:8]}{REQUEST_SUFFIX}"


def enrolment_name(device_id: str, variant: int = 1) -> str:
    extra = f"-{variant}" if variant > 1 else ""
    return f"DD-inscription-{device_id[:8]}{extra}{ENROLMENT_SUFFIX}"


def target(dest: Path, name: str) -> Path:
    return dest / name if dest.is_dir() else dest


def check_input_file(path: Path) -> None:
    """A French sentence for a file that cannot be read as a bundle, before anything else."""
    if path.is_dir():
        raise SyncError(
            _t(
                "« {nom} » est un dossier, pas un paquet : indiquez un fichier {ext}, ou "
                "utilisez « Synchroniser avec la clé » pour importer tout ce qui, sur la "
                "clé, est destiné à ce poste."
            ).format(nom=str(path)[-120:], ext=BUNDLE_SUFFIX)
        )
    if not path.exists():
        raise SyncError(
            _t("Le fichier « {nom} » est introuvable (clé USB retirée ?).").format(
                nom=str(path)[-120:]
            )
        )
    if not os.access(path, os.R_OK):
        raise SyncError(
            _t("Le fichier « {nom} » ne peut pas être lu (droits d'accès).").format(
                nom=str(path)[-120:]
            )
        )


@dataclass(frozen=True)
class OutputPlace:
    """Where a new bundle goes: a folder (the app chooses a free name), or one file."""

    folder: Path
    file: Path | None


def output_place(dest: Path, suffix: str = BUNDLE_SUFFIX) -> OutputPlace:
    """Checked before anything is numbered or written: the folder exists, a file given by name
    gets the bundle suffix and must not exist yet."""
    if dest.is_dir():
        return OutputPlace(dest, None)
    folder = dest.parent
    if not folder.is_dir():
        raise SyncError(
            _t(
                "Le dossier « {nom} » n'existe pas (clé USB retirée ?) : aucun paquet n'a été "
                "écrit."
            ).format(nom=str(folder)[-120:])
        )
    if dest.suffix.lower() != suffix:
        dest = dest.with_name(dest.name + suffix)
    if dest.exists():
        raise SyncError(
            _t(
                "Le fichier « {nom} » existe déjà : il n'est jamais remplacé. Choisissez un "
                "autre nom ou un dossier."
            ).format(nom=str(dest)[-120:])
        )
    return OutputPlace(folder, dest)


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


def reserve(path: Path) -> bool:
    """Create ``path`` empty, only if no file has that name (exclusive create)."""
    try:
        with private_umask():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
    except FileExistsError:
        return False
    os.close(fd)
    return True


@contextlib.contextmanager
def exclusive_output(path: Path, *, reserved: bool = False) -> Iterator[BinaryIO]:
    """Like ``atomic_output``, but never replaces a file: the name is reserved first (exclusive
    create, which FAT32 and Windows honour too; ``reserved``: already done by ``free_name``),
    and released again on failure."""
    if not reserved and not reserve(path):
        raise SyncError(
            _t("Le fichier « {nom} » existe déjà : il n'est jamais remplacé.").format(nom=path.name)
        )
    try:
        with atomic_output(path) as f:
            yield f
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_size == 0:
                path.unlink()
        raise


def free_name(folder: Path, name_for: Callable[[int], str]) -> Path:
    """Reserve the first free name ``name_for(1)``, ``name_for(2)``…; the empty file is then
    replaced through ``exclusive_output(path, reserved=True)``."""
    variant = 1
    while True:
        path = folder / name_for(variant)
        if reserve(path):
            return path
        variant += 1
        if variant > 1000:
            raise SyncError(_t("Trop de fichiers portent déjà ce nom dans ce dossier."))


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
