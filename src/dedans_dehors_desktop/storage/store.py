"""Creating, unlocking, backing up and restoring a store (database + key file in a data folder).

Folder layout::

    store.db         SQLCipher database (raw 256-bit key), plus its -wal / -shm while open
    store.key        the data key wrapped per user (see keyfile.py)
    backups/         automatic encrypted copies (before each migration)
    replaced/        what a restore replaced, kept rather than deleted
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import struct
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3

from ..core.errors import (
    CorruptStore,
    InputRejected,
    KeyFileMissing,
    StoreAlreadyExists,
    StoreNotFound,
    ValidationError,
    WrongPassphrase,
)
from ..core.i18n import tr
from ..core.passphrase import check as check_passphrase
from ..crypto.keywrap import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, calibrate
from . import access_log, meta, migrations, youth_index
from .connection import Connection, connect, integrity_problems
from .database import Database
from .files import atomic_write, ensure_private_dir, fsync_dir, private_umask
from .keyfile import MAX_KEYFILE_BYTES, KeyFile
from .repository import Repository
from .selftest import require_self_test

DB_NAME = "store.db"
KEY_NAME = "store.key"
RESTORE_MARKER = "restore.pending"
log = logging.getLogger(__name__)
BACKUP_MAGIC = b"DDBACKUP\x00\x01"
MAX_BACKUP_BYTES = 8 * 1024**3


@dataclass(frozen=True)
class StorePaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def key(self) -> Path:
        return self.root / KEY_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def replaced(self) -> Path:
        return self.root / "replaced"

    def exists(self) -> bool:
        return self.db.exists()


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _export_encrypted(conn: Connection, dest: Path, data_key: bytes) -> None:
    """Encrypted copy of the open database into ``dest`` with the same key (never an empty key)."""
    with private_umask():
        conn.execute("ATTACH DATABASE ? AS bak KEY \"x'" + data_key.hex() + "'\"", (str(dest),))
    try:
        conn.execute("SELECT sqlcipher_export('bak')")
        version = migrations.schema_version(conn)
        conn.execute(f"PRAGMA bak.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE bak")


LOG_RETENTION_DAYS = 365  # CNIL 2021 guidance on logging: keep access logs 6 to 12 months


def _kdf_for(kdf: KdfParams | None, enforce_policy: bool) -> KdfParams:
    """The given parameters, or calibrated ones; never below the floor in real use."""
    if kdf is None:
        return calibrate()[0]
    if enforce_policy and (kdf.memory_kib < FLOOR_MEMORY_KIB or kdf.iterations < FLOOR_ITERATIONS):
        raise ValueError("Argon2id parameters below the floor")
    return kdf


class Store:
    """An unlocked store. ``repo`` is the one write path; ``db`` the open database."""

    def __init__(
        self, paths: StorePaths, keyfile: KeyFile, db: Database, data_key: bytes, kdf_seconds: float
    ) -> None:
        self.paths = paths
        self.keyfile = keyfile
        self.db = db
        self._data_key = data_key
        self.kdf_seconds = kdf_seconds
        self.repo = Repository(db)

    # --- creating and opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        root: Path,
        *,
        role: str,
        structure_name: str,
        user: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        enforce_policy: bool = True,
    ) -> Store:
        require_self_test()
        if role not in ("office", "laptop"):
            raise ValidationError(tr("Erreurs", "Rôle inconnu : « office » ou « laptop »."), "role")
        if not structure_name.strip():
            raise ValidationError(
                tr("Erreurs", "Le nom de la Mission Locale est obligatoire."), "name"
            )
        if enforce_policy:
            check_passphrase(passphrase)
        paths = StorePaths(ensure_private_dir(root))
        if paths.db.exists():
            raise StoreAlreadyExists()
        if paths.key.exists():  # left by an interrupted creation: keep it aside, never delete it
            paths.key.rename(paths.root / f"{KEY_NAME}.orphan-{_timestamp()}")
        kdf = _kdf_for(kdf, enforce_policy)
        data_key = os.urandom(32)
        keyfile = KeyFile(str(uuid.uuid4()))
        keyfile.add_slot(user, passphrase, data_key, kdf)
        tmp_db = paths.root / f"{DB_NAME}.creating"
        for leftover in (tmp_db, *(tmp_db.with_name(tmp_db.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        conn = connect(tmp_db, data_key, create=True)
        try:
            migrations.migrate(conn)
            now = datetime.now(UTC).isoformat(timespec="seconds")
            with contextlib.closing(conn.cursor()) as cur:
                cur.execute("BEGIN IMMEDIATE")
                meta.create(
                    cur,
                    [
                        ("store_id", keyfile.store_id),
                        ("replica_id", uuid.uuid4().hex[:16]),
                        ("role", role),
                        ("structure_name", structure_name.strip()),
                        ("created_at", now),
                        ("counter", "0"),
                        ("seq", "0"),
                        ("hlc", "0"),
                    ],
                )
                cur.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        keyfile.save(paths.key)
        os.replace(tmp_db, paths.db)
        fsync_dir(paths.root)
        return cls.open(root, user=user, passphrase=passphrase)

    @classmethod
    def open(cls, root: Path, *, user: str | None, passphrase: str) -> Store:
        require_self_test()
        paths = StorePaths(root)
        _finish_pending_restore(paths)
        if not paths.db.exists():
            if paths.key.exists():
                raise StoreNotFound(
                    tr(
                        "Erreurs",
                        "Le fichier de clé est là, mais la base est "
                        "introuvable. Restaurez une sauvegarde.",
                    )
                )
            raise StoreNotFound()
        if not paths.key.exists():
            raise KeyFileMissing()
        keyfile = KeyFile.load(paths.key)
        start = time.perf_counter()
        user, data_key = keyfile.unlock(user, passphrase)
        kdf_seconds = time.perf_counter() - start
        conn = connect(paths.db, data_key)
        try:
            try:
                store_id = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
            except Exception:
                raise CorruptStore() from None
            if not store_id or store_id[0] != keyfile.store_id:
                raise CorruptStore(
                    tr(
                        "Erreurs",
                        "La base et le fichier de clé ne vont pas ensemble. Rien n'a été modifié.",
                    )
                )

            def backup_before(version: int) -> Path:
                ensure_private_dir(paths.backups)
                dest = paths.backups / f"avant-migration-v{version}-{_timestamp()}.db"
                _export_encrypted(conn, dest, data_key)
                return dest

            applied = migrations.migrate(conn, backup=backup_before)
            if applied:
                log.info("schéma migré jusqu'à la version %d", applied[-1])
            db = Database(conn, user)
            with db.transaction():
                stale = youth_index.stale_ids(conn, date.today())
                if stale:
                    youth_index.refresh(conn, stale)
                cutoff = datetime.now(UTC) - timedelta(days=LOG_RETENTION_DAYS)
                access_log.purge_before(conn, cutoff.isoformat(timespec="seconds"))
                db.log("ouverture", "store", keyfile.store_id)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            # A page that fails its HMAC surfaces here as a plain DatabaseError ("malformed");
            # its subclasses (OperationalError...) are mistakes of ours, not a damaged file.
            if type(exc) is not sqlcipher3.DatabaseError:
                raise
            raise CorruptStore() from None
        except BaseException:
            conn.close()
            raise
        log.info("base ouverte (KDF %.2f s)", kdf_seconds)
        return cls(paths, keyfile, db, data_key, kdf_seconds)

    def close(self) -> None:
        self.db.close()
        self._data_key = b""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- key slots -----------------------------------------------------------------------------

    def change_passphrase(
        self, old: str, new: str, *, kdf: KdfParams | None = None, enforce_policy: bool = True
    ) -> None:
        """Re-wrap only (the database is not re-encrypted); atomic.

        The new key file is written beside the old one, verified by unlocking it, and only then
        renamed over it; until that rename the old key file is the one in force.
        """
        user = self.db.user
        _, key = self.keyfile.unlock(user, old)  # raises WrongPassphrase
        if enforce_policy:
            check_passphrase(new)
        kdf = _kdf_for(kdf, enforce_policy)
        candidate = KeyFile(self.keyfile.store_id, list(self.keyfile.slots))
        candidate.replace_slot(user, new, key, kdf)
        pending = self.paths.root / f"{KEY_NAME}.new"
        atomic_write(pending, candidate.to_bytes())
        if KeyFile.load(pending).unlock(user, new)[1] != key:
            pending.unlink()
            raise CorruptStore()
        os.replace(pending, self.paths.key)
        fsync_dir(self.paths.root)
        self.keyfile = candidate

    def add_user(
        self,
        user: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        enforce_policy: bool = True,
    ) -> None:
        if enforce_policy:
            check_passphrase(passphrase)
        candidate = KeyFile(self.keyfile.store_id, list(self.keyfile.slots))
        candidate.add_slot(user, passphrase, self._data_key, _kdf_for(kdf, enforce_policy))
        candidate.save(self.paths.key)
        self.keyfile = candidate

    def remove_user(self, user: str) -> None:
        """Withdraw another user's access (their key slot); one's own access cannot be withdrawn."""
        if user == self.db.user:
            raise ValidationError(
                tr("Erreurs", "Vous ne pouvez pas retirer votre propre accès."), "user"
            )
        candidate = KeyFile(self.keyfile.store_id, list(self.keyfile.slots))
        candidate.remove_slot(user)
        candidate.save(self.paths.key)
        self.keyfile = candidate
        self.db.log("modification", "utilisateur", user)

    # --- integrity -----------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found by the database integrity check and the access-log verification."""

        with self.db.lock:
            problems = integrity_problems(self.db.conn)
            if problems:  # damaged pages: reading the log could fail, and it proves nothing
                return problems
            return access_log.verify(self.db.conn)

    # --- backup --------------------------------------------------------------------------------

    def backup(self, dest: Path) -> None:
        """An encrypted copy in one file: the key file, then the encrypted database.

        Restoring needs a passphrase that opened this store when the backup was made.
        """
        dest = dest.resolve()
        with private_umask():
            work = Path(_mkdtemp(dest.parent))
        try:
            copy = work / "copy.db"
            with self.db.lock:
                _export_encrypted(self.db.conn, copy, self._data_key)
            check_conn = connect(copy, self._data_key)
            try:
                if integrity_problems(check_conn):
                    raise CorruptStore()
            finally:
                check_conn.close()
            key_bytes = self.keyfile.to_bytes()
            tmp = work / "backup.part"
            with private_umask(), tmp.open("wb") as out:
                out.write(BACKUP_MAGIC + struct.pack(">I", len(key_bytes)) + key_bytes)
                with copy.open("rb") as src:
                    shutil.copyfileobj(src, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
            fsync_dir(dest.parent)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        self.db.log("sauvegarde", "store", self.keyfile.store_id)


def _mkdtemp(parent: Path) -> str:
    import tempfile

    return tempfile.mkdtemp(prefix=".dd-backup-", dir=parent)


def read_backup(path: Path) -> tuple[KeyFile, int]:
    """The key file inside a backup and the offset of the database bytes; strict limits."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(BACKUP_MAGIC) + 4)
            if (
                size > MAX_BACKUP_BYTES
                or len(head) < len(BACKUP_MAGIC) + 4
                or head[: len(BACKUP_MAGIC)] != BACKUP_MAGIC
            ):
                raise InputRejected(
                    tr(
                        "Erreurs",
                        "Ce fichier n'est pas une sauvegarde Dedans-Dehors. Rien n'a été modifié.",
                    )
                )
            (key_len,) = struct.unpack(">I", head[len(BACKUP_MAGIC) :])
            if key_len > MAX_KEYFILE_BYTES or len(head) + key_len >= size:
                raise InputRejected(
                    tr("Erreurs", "La sauvegarde est tronquée ou endommagée. Rien n'a été modifié.")
                )
            keyfile = KeyFile.from_bytes(f.read(key_len))
    except FileNotFoundError:
        raise InputRejected(tr("Erreurs", "Fichier de sauvegarde introuvable.")) from None
    return keyfile, len(head) + key_len


def restore(backup_file: Path, root: Path, *, user: str | None, passphrase: str) -> None:
    """Replace the store in ``root`` by the backup, atomically; the replaced files are kept.

    The restored store gets a new replica id: its old counters are remembered in its version
    vector, and new writes can never reuse a dot the old installation already issued.
    """
    require_self_test()
    keyfile, offset = read_backup(backup_file)
    user, data_key = keyfile.unlock(user, passphrase)
    paths = StorePaths(ensure_private_dir(root))
    new_db = paths.root / f"{DB_NAME}.restore"
    new_key = paths.root / f"{KEY_NAME}.restore"
    for leftover in (new_db, new_key):
        leftover.unlink(missing_ok=True)
    with private_umask(), backup_file.open("rb") as src, new_db.open("wb") as out:
        src.seek(offset)
        shutil.copyfileobj(src, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())
    try:
        conn = connect(new_db, data_key)
    except (CorruptStore, StoreNotFound):
        new_db.unlink(missing_ok=True)
        raise InputRejected(
            tr(
                "Erreurs",
                "La base contenue dans la sauvegarde est endommagée. Rien n'a été modifié.",
            )
        ) from None
    try:
        if integrity_problems(conn):
            raise InputRejected(
                tr(
                    "Erreurs",
                    "La base contenue dans la sauvegarde est endommagée. Rien n'a été modifié.",
                )
            )
        migrations.migrate(conn)
        db = Database(conn, user)
        with db.transaction():
            # The version vector already holds the old replica's counter (written at each commit).
            db.become_new_replica(uuid.uuid4().hex[:16])
            db.set_meta("restored_at", datetime.now(UTC).isoformat(timespec="seconds"))
        # sqlcipher_export copies rows without their rowids: the full-text index must follow.
        db.rebuild_fts()
        with db.transaction():
            youth_index.rebuild(conn)
        with db.transaction():
            db.log("restauration", "store", keyfile.store_id)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        conn.close()
        new_db.unlink(missing_ok=True)
        raise
    conn.close()
    atomic_write(new_key, keyfile.to_bytes())
    atomic_write(paths.root / RESTORE_MARKER, b"1")
    _finish_pending_restore(paths)


def _finish_pending_restore(paths: StorePaths) -> None:
    """Roll a restore forward: once the marker exists, both renames happen, even after a crash."""
    marker = paths.root / RESTORE_MARKER
    if not marker.exists():
        return
    new_db = paths.root / f"{DB_NAME}.restore"
    new_key = paths.root / f"{KEY_NAME}.restore"
    if new_db.exists() and new_key.exists():
        stamp = _timestamp()
        ensure_private_dir(paths.replaced)
        # The WAL first: after a crash it holds committed transactions (often everything since
        # the last close), and SQLite finds it beside the kept copy as "<name>-wal".
        wal = Path(str(paths.db) + "-wal")
        if wal.exists():
            os.replace(wal, paths.replaced / f"{DB_NAME}.{stamp}-wal")
        Path(str(paths.db) + "-shm").unlink(missing_ok=True)
        for current in (paths.db, paths.key):
            if current.exists():
                os.replace(current, paths.replaced / f"{current.name}.{stamp}")
        os.replace(new_db, paths.db)
        os.replace(new_key, paths.key)
    elif new_key.exists():  # the database was already moved in: finish with the key
        os.replace(new_key, paths.key)
    fsync_dir(paths.root)
    marker.unlink()
    fsync_dir(paths.root)


def store_exists(root: Path) -> bool:
    return StorePaths(root).exists()


__all__ = ["Store", "StorePaths", "WrongPassphrase", "read_backup", "restore", "store_exists"]
