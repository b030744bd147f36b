"""What an interrupted operation leaves behind, removed at the next opening (under the lock).

Only names this application writes, and only those that are never the copy in force:

- ``store.db.creating`` (+ ``-wal``/``-shm``): a creation that did not reach its rename;
- ``store.db.restore`` / ``store.key.restore`` (+ ``-wal``/``-shm``) without ``restore.pending``:
  a restore that did not reach its marker (with the marker, the restore is rolled forward
  instead); a stale ``store.db.restore-wal`` would otherwise be replayed into the next restore;
- ``store.key.new``: a passphrase change that did not reach its rename (the old key file is the
  one in force);
- ``.store.key.*.tmp`` and the other temporary names of ``atomic_write`` (``store.lock.json``,
  the markers);
- the ``.dd-backup-*`` work folder of an interrupted backup, on the backup's destination: its
  path is noted in ``backup.pending`` before the encrypted copy is made there.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from pathlib import Path

from .files import fsync_dir

log = logging.getLogger(__name__)

BACKUP_MARKER = "backup.pending"
BACKUP_WORK_PREFIX = ".dd-backup-"
_SQLITE_SIDES = ("", "-wal", "-shm", "-journal")
# Files written with atomic_write in the store folder: their temporary names are ".<name>.*.tmp".
_ATOMIC_NAMES = (
    "store.key",
    "store.key.new",
    "store.key.restore",
    "store.lock.json",
    "restore.pending",
    BACKUP_MARKER,
)


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + side) for side in _SQLITE_SIDES]


def clean(root: Path, *, restore_pending: bool) -> list[str]:
    """Remove leftovers in the store folder ``root``; returns the names removed."""
    removed: list[str] = []
    candidates = [*_sides(root / "store.db.creating"), root / "store.key.new"]
    if not restore_pending:
        candidates += [*_sides(root / "store.db.restore"), root / "store.key.restore"]
    else:  # the database being rolled forward must not meet a stale journal of its name
        candidates += _sides(root / "store.db.restore")[1:]
    for name in _ATOMIC_NAMES:
        candidates += sorted(root.glob(f".{name}.*.tmp"))
    for path in candidates:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path.name)
    removed += clean_backup_work(root)
    if removed:
        fsync_dir(root)
        log.info("restes d'une opération interrompue supprimés : %d", len(removed))
    return removed


def clean_backup_work(root: Path) -> list[str]:
    """The work folder named in ``backup.pending``, if its medium is there; then the marker."""
    marker = root / BACKUP_MARKER
    try:
        work = Path(marker.read_text("utf-8").strip())
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        marker.unlink(missing_ok=True)
        return [marker.name]
    removed = []
    if not work.name.startswith(BACKUP_WORK_PREFIX):  # not ours: never remove it
        marker.unlink(missing_ok=True)
        return [marker.name]
    if work.is_dir():
        shutil.rmtree(work, ignore_errors=True)
        if not work.exists():
            removed.append(work.name)
    if work.exists() or not work.parent.exists():
        return removed  # not removable now, or the backup medium is not plugged in: later
    marker.unlink(missing_ok=True)
    return [*removed, marker.name]
